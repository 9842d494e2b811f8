#pragma once

#include "storage/ContactTable.h"

#include <QAbstractTableModel>

namespace finalist {

// The contacts table, a page at a time. Sorting and filtering go to ContactTable (SQL), never
// through a proxy over every row.
class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 200;

    explicit ContactListModel(Database& db, QObject* parent = nullptr);

    void setFilter(const ContactTable::Filter& filter);
    const ContactTable::Filter& filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    qint64 idAt(int row) const;
    int rowOf(qint64 contactId) const;
    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

private:
    void readPage();

    Database& m_db;
    ContactTable::Filter m_filter;
    std::vector<ContactTable::Row> m_rows;
    qint64 m_total = 0;
    QString m_lastError;
};

} // namespace finalist
