#include "StageColumn.h"

#include "CardDelegate.h"
#include "OpportunityListModel.h"
#include "StageProxy.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace finalist {

StageColumn::StageColumn(OpportunityListModel* model, Stage stage, QWidget* parent)
    : QFrame(parent)
    , m_stage(stage)
    , m_proxy(new StageProxy(model, stage, this))
    , m_header(new QLabel(this))
    , m_list(new QListView(this))
    , m_emptyHint(new QLabel(tr("Drag a card here"), m_list->viewport()))
{
    setObjectName(QStringLiteral("column-") + enumKey(stage));
    m_header->setTextFormat(Qt::PlainText);
    QFont bold = m_header->font();
    bold.setWeight(QFont::DemiBold);
    m_header->setFont(bold);
    m_header->setContentsMargins(6, 2, 6, 2);

    m_list->setObjectName(QStringLiteral("cards-") + enumKey(stage));
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new CardDelegate(m_list));
    m_list->setUniformItemSizes(true); // 5,000 cards lay out without measuring each
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setAccessibleName(enumLabel(stage));
    m_list->installEventFilter(this);
    // The column's background is the window's, a shade apart from the cards' base colour.
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    // An empty column says it takes cards; the hint lets drags and clicks through to the list.
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_emptyHint->setContentsMargins(0, 16, 0, 0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    setFrameShape(QFrame::NoFrame);

    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) {
        emit opened(index.data(OpportunityListModel::IdRole).toLongLong());
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_list->indexAt(pos);
        if (!index.isValid())
            return;
        m_list->setCurrentIndex(index);
        emit menuRequested(index.data(OpportunityListModel::IdRole).toLongLong(),
                           m_list->viewport()->mapToGlobal(pos));
    });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &StageColumn::updateHeader);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StageColumn::updateHeader);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &StageColumn::updateHeader);
    updateHeader();
}

int StageColumn::count() const
{
    return m_proxy->rowCount();
}

void StageColumn::updateHeader()
{
    m_header->setText(tr("%1 · %2").arg(enumLabel(m_stage)).arg(count()));
    m_emptyHint->setVisible(count() == 0);
    m_emptyHint->resize(m_list->viewport()->width(), m_emptyHint->sizeHint().height());
}

void StageColumn::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    m_emptyHint->resize(m_list->viewport()->width(), m_emptyHint->sizeHint().height());
}

qint64 StageColumn::currentId() const
{
    return m_list->currentIndex().data(OpportunityListModel::IdRole).toLongLong();
}

bool StageColumn::select(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(OpportunityListModel::IdRole).toLongLong() == id) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            return true;
        }
    }
    return false;
}

void StageColumn::focusRow(int row)
{
    m_list->setFocus(Qt::OtherFocusReason);
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(std::clamp(row, 0, m_proxy->rowCount() - 1), 0));
}

bool StageColumn::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list
        && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        // An empty column shows no focused card, so its title shows the focus.
        m_header->setForegroundRole(event->type() == QEvent::FocusIn ? QPalette::Highlight
                                                                     : QPalette::WindowText);
        return QFrame::eventFilter(watched, event);
    }
    if (watched != m_list || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool horizontal = key->key() == Qt::Key_Left || key->key() == Qt::Key_Right;
    const int direction = key->key() == Qt::Key_Right ? 1 : -1;
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0;
    if (horizontal && key->modifiers() == Qt::ControlModifier) {
        if (const qint64 id = currentId(); id > 0)
            emit moveRequested(id, direction);
        return true;
    }
    if (horizontal && key->modifiers() == Qt::NoModifier) {
        emit neighbourRequested(direction, row);
        return true;
    }
    if (key->key() == Qt::Key_Menu
        || (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier)) {
        if (const qint64 id = currentId(); id > 0)
            emit menuRequested(id,
                               m_list->viewport()->mapToGlobal(
                                   m_list->visualRect(m_list->currentIndex()).center()));
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace finalist
