#include "StageProxy.h"

#include "OpportunityListModel.h"

namespace finalist {

StageProxy::StageProxy(OpportunityListModel* model, Stage stage, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
    , m_stage(stage)
{
    setSourceModel(model);
    setDynamicSortFilter(true);
}

bool StageProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* card = m_model->card(sourceRow);
    return card && card->stage == m_stage;
}

Qt::ItemFlags StageProxy::flags(const QModelIndex& index) const
{
    // The column itself (an invalid index) takes drops; cards are dragged, never dropped on.
    return index.isValid() ? QSortFilterProxyModel::flags(index) : Qt::ItemIsDropEnabled;
}

bool StageProxy::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                 const QModelIndex&) const
{
    return !OpportunityListModel::idsIn(data).isEmpty();
}

bool StageProxy::dropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex&)
{
    const QList<qint64> ids = OpportunityListModel::idsIn(data);
    for (const qint64 id : ids) {
        if (auto moved = m_model->moveTo(id, m_stage); !moved) {
            emit moveFailed(moved.error().message);
            return false;
        }
        emit moved(id, m_stage);
    }
    // False: the view must not also remove the dragged rows; the model moved them already.
    return false;
}

} // namespace finalist
