#include "BoardView.h"

#include "domain/Stages.h"
#include "OpportunityListModel.h"
#include "StageColumn.h"
#include "StageProxy.h"

#include <QDragMoveEvent>
#include <QHBoxLayout>
#include <QListView>
#include <QScrollBar>

namespace finalist {

namespace {

constexpr int kColumnWidth = 210;
constexpr int kEdge = 48; // how near the edge a dragged card starts the scrolling

} // namespace

BoardView::BoardView(OpportunityListModel* model, QWidget* parent)
    : QScrollArea(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("board"));
    auto* strip = new QWidget(this);
    auto* layout = new QHBoxLayout(strip);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(8);
    for (const Stage stage : stages::all()) {
        auto* column = new StageColumn(model, stage, strip);
        column->setFixedWidth(kColumnWidth);
        column->list()->viewport()->installEventFilter(this);
        layout->addWidget(column);
        m_columns.push_back(column);
        connect(column, &StageColumn::opened, this, &BoardView::opened);
        connect(column, &StageColumn::menuRequested, this, &BoardView::menuRequested);
        connect(column, &StageColumn::moveRequested, this, &BoardView::moveByStep);
        connect(column, &StageColumn::neighbourRequested, this,
                [this, column](int direction, int row) { focusNeighbour(column, direction, row); });
        connect(column->proxy(), &StageProxy::moved, this, &BoardView::moved);
        connect(column->proxy(), &StageProxy::moveFailed, this, &BoardView::moveFailed);
    }
    layout->addStretch(1);
    // The board is one stop for Tab (the first column with cards); the arrows do the rest.
    connect(model, &QAbstractItemModel::modelReset, this, &BoardView::updateTabStop);
    connect(model, &QAbstractItemModel::dataChanged, this, &BoardView::updateTabStop);
    updateTabStop();
    setWidget(strip);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // each column scrolls on its own
}

StageColumn* BoardView::column(Stage stage) const
{
    for (StageColumn* column : m_columns)
        if (column->stage() == stage)
            return column;
    return nullptr;
}

void BoardView::setVisibleStages(const std::vector<Stage>& stages)
{
    for (StageColumn* column : m_columns)
        column->setVisible(std::find(stages.begin(), stages.end(), column->stage())
                           != stages.end());
    updateTabStop();
}

void BoardView::updateTabStop()
{
    StageColumn* entry = nullptr;
    for (StageColumn* column : m_columns) {
        if (column->isHidden())
            continue;
        if (!entry || (entry->count() == 0 && column->count() > 0))
            entry = column;
    }
    for (StageColumn* column : m_columns)
        column->list()->setFocusPolicy(column == entry ? Qt::StrongFocus : Qt::ClickFocus);
}

qint64 BoardView::currentId() const
{
    for (StageColumn* column : m_columns)
        if (column->list()->hasFocus() && column->currentId() > 0)
            return column->currentId();
    return 0;
}

void BoardView::select(qint64 id)
{
    for (StageColumn* column : m_columns) {
        if (!column->isHidden() && column->select(id)) {
            ensureWidgetVisible(column, 0, 0);
            column->list()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void BoardView::moveByStep(qint64 id, int step)
{
    const int row = m_model->rowOf(id);
    const OpportunityCard* card = m_model->card(row);
    if (!card)
        return;
    // The next visible column in that direction: a filtered-out stage is skipped.
    auto at = std::find_if(m_columns.begin(), m_columns.end(),
                           [&](StageColumn* c) { return c->stage() == card->stage; });
    if (at == m_columns.end())
        return;
    int index = int(at - m_columns.begin());
    do {
        index += step;
    } while (index >= 0 && index < int(m_columns.size())
             && m_columns[std::size_t(index)]->isHidden());
    if (index < 0 || index >= int(m_columns.size()))
        return;
    const Stage target = m_columns[std::size_t(index)]->stage();
    if (auto moved = m_model->moveTo(id, target); !moved) {
        emit moveFailed(moved.error().message);
        return;
    }
    emit moved(id, target);
    select(id);
}

void BoardView::focusNeighbour(StageColumn* from, int direction, int row)
{
    auto at = std::find(m_columns.begin(), m_columns.end(), from);
    int index = int(at - m_columns.begin());
    while (true) {
        index += direction;
        if (index < 0 || index >= int(m_columns.size()))
            return;
        StageColumn* next = m_columns[std::size_t(index)];
        if (!next->isHidden()) {
            next->focusRow(row);
            ensureWidgetVisible(next, 0, 0);
            return;
        }
    }
}

bool BoardView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::DragMove) {
        auto* widget = static_cast<QWidget*>(watched);
        const QPoint here = viewport()->mapFromGlobal(
            widget->mapToGlobal(static_cast<QDragMoveEvent*>(event)->position().toPoint()));
        QScrollBar* bar = horizontalScrollBar();
        if (here.x() < kEdge)
            bar->setValue(bar->value() - kEdge / 2);
        else if (here.x() > viewport()->width() - kEdge)
            bar->setValue(bar->value() + kEdge / 2);
    }
    return QScrollArea::eventFilter(watched, event);
}

} // namespace finalist
