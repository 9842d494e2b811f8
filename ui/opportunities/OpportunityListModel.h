#pragma once

#include "domain/OpportunityCard.h"
#include "Result.h"

#include <QAbstractTableModel>

namespace finalist {

class Database;

// Every process the board and the list show, one row each: the one model both views share,
// each through its own proxy (a column of the board per stage, the sortable table). Reads go
// through OpportunityBoard (one query); a stage change is written at once and moves only its row.
class OpportunityListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Company,
        Role,
        Stage,
        InStage,
        LastActivity,
        NextFollowUp,
        Applied,
        Source,
        Location,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int StageRole = Qt::UserRole + 2; // int(finalist::Stage)
    static constexpr int SortRole = Qt::UserRole + 3; // dates and numbers as themselves
    static constexpr int CardRole = Qt::UserRole + 4; // for the card delegate: line 2 and 3
    static constexpr int OverdueRole = Qt::UserRole + 5; // a follow-up is late: the card says so
    static const char* const kMimeType;

    explicit OpportunityListModel(Database& db, QObject* parent = nullptr);

    Status reload(const OpportunityFilter& filter);
    Status reload() { return reload(m_filter); }
    const OpportunityFilter& filter() const { return m_filter; }
    const OpportunityCard* card(int row) const;
    int rowOf(qint64 id) const;
    // Writes the move, then updates the one row; the proxies move it between columns.
    Status moveTo(qint64 id, finalist::Stage stage);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    // "12 days" in the stage, "today"; and dates said the way the list shows them.
    static QString daysSince(const QDate& date, const QDate& today);
    static QString shortDate(const QDate& date);
    // The ids a drag carries.
    static QList<qint64> idsIn(const QMimeData* mime);

private:
    QString cardText(const OpportunityCard& card) const;

    Database& m_db;
    OpportunityFilter m_filter;
    QDate m_today; // as of the last reload
    std::vector<OpportunityCard> m_cards;
};

} // namespace finalist
