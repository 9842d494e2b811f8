#pragma once

#include "services/OutreachLog.h"

#include <QAbstractTableModel>

namespace finalist {

// The outreach log as a table: one row per note, newest first.
class OutreachListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        ContactColumn,
        CompanyColumn,
        KindColumn,
        StatusColumn,
        SubjectColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit OutreachListModel(QObject* parent = nullptr);
    void setLines(std::vector<OutreachLine> lines);
    const OutreachLine* lineAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<OutreachLine> m_lines;
};

} // namespace finalist
