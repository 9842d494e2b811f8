#pragma once

#include "domain/Enums.h"

#include <QSortFilterProxyModel>

namespace finalist {

class OpportunityListModel;

// One column of the board: the shared model's rows in one stage. A card dropped on it moves to
// that stage (the write happens in the model, which then moves the row between proxies).
class StageProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    StageProxy(OpportunityListModel* model, Stage stage, QObject* parent = nullptr);
    Stage stage() const { return m_stage; }

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void moved(qint64 id, finalist::Stage stage);
    void moveFailed(const QString& message);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    OpportunityListModel* m_model;
    Stage m_stage;
};

} // namespace finalist
