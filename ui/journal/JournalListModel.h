#pragma once

#include "storage/JournalRepository.h"

#include <QAbstractListModel>

namespace finalist {

// The entry list: newest first a page at a time, or ranked search hits when the filter has
// text. A thin adapter: the rules live in JournalRepository and JournalSearch.
class JournalListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        DateRole,
        DetailRole,
        SnippetRole
    };

    explicit JournalListModel(Database& db, QObject* parent = nullptr);

    void setFilter(const JournalFilter& filter);
    const JournalFilter& filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    int rowOf(qint64 entryId) const;
    qint64 idAt(int row) const;
    // Shows a saved entry's new title and date without reloading the list.
    void updateRow(qint64 entryId, const QString& title, const QDate& writtenOn);
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static constexpr int kPageSize = 200;
    // A search shows its best hundred matches: it is refined, not scrolled, and each hit costs
    // a snippet.
    static constexpr int kSearchPageSize = 100;

private:
    struct Row
    {
        qint64 id = 0;
        QString title;
        QDate writtenOn;
        QString detail; // opportunity and mood
        QString snippet; // excerpt, or the search snippet with match markers
    };

    std::vector<Row> nextPage();

    Database& m_db;
    JournalFilter m_filter;
    std::vector<Row> m_rows;
    bool m_more = false;
    QString m_lastError;
};

} // namespace finalist
