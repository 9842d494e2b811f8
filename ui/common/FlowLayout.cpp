#include "FlowLayout.h"

#include <QStyle>
#include <QWidget>

namespace finalist {

FlowLayout::FlowLayout(QWidget* parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += (width > 0 ? horizontalGap() : 0) + hint.width();
        height = std::max(height, hint.height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(),
                 height + margins.top() + margins.bottom());
}

QSize FlowLayout::minimumSize() const
{
    // The widest item alone on its line.
    QSize size;
    for (const QLayoutItem* item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool place) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint().boundedTo(area.size().expandedTo(item->minimumSize()));
        if (x > area.x() && x + hint.width() > area.right() + 1) {
            x = area.x();
            y += lineHeight + verticalGap();
            lineHeight = 0;
        }
        if (place)
            item->setGeometry(
                QRect(QPoint(x, y),
                      QSize(std::min(hint.width(), area.width()), item->sizeHint().height())));
        x += hint.width() + horizontalGap();
        lineHeight = std::max(lineHeight, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return y + lineHeight - rect.y() + margins.bottom();
}

int FlowLayout::styleGap(int metric) const
{
    const QWidget* owner = parentWidget();
    const int gap
        = owner ? owner->style()->pixelMetric(QStyle::PixelMetric(metric), nullptr, owner) : -1;
    return gap >= 0 ? gap : 6; // styles that leave it to the layout
}

int FlowLayout::horizontalGap() const
{
    if (spacing() >= 0)
        return spacing();
    return styleGap(QStyle::PM_LayoutHorizontalSpacing);
}

int FlowLayout::verticalGap() const
{
    return styleGap(QStyle::PM_LayoutVerticalSpacing);
}

} // namespace finalist
