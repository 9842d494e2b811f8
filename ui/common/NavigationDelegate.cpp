#include "NavigationDelegate.h"

#include "Glyph.h"

#include <QPainter>

namespace finalist {

namespace {
constexpr int kInset = 6; // between the pill and the edges of the list
constexpr int kPadding = 10; // inside the pill, before the icon and between icon and text
} // namespace

void NavigationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    const bool hovered = opt.state & QStyle::State_MouseOver;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QPalette& palette = opt.palette;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF pill = QRectF(opt.rect).adjusted(kInset, 1, -kInset, -1);
    if (selected || hovered) {
        const QColor fill = selected ? palette.color(group, QPalette::Highlight)
                                     : blend(palette.color(group, QPalette::Text),
                                             palette.color(group, QPalette::Base), 0.07);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, 6, 6);
    }

    QRect content = pill.toRect().adjusted(kPadding, 0, -kPadding, 0);
    if (!opt.icon.isNull()) {
        const QSize size = opt.decorationSize;
        const QRect iconRect(QPoint(content.left(), content.center().y() - size.height() / 2 + 1),
                             size);
        opt.icon.paint(painter, iconRect, Qt::AlignCenter,
                       selected ? QIcon::Selected : QIcon::Normal);
        content.setLeft(iconRect.right() + 1 + kPadding);
    }
    painter->setFont(opt.font);
    painter->setPen(palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QString text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, content.width());
    painter->drawText(content, Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    const QSize natural = QStyledItemDelegate::sizeHint(option, index);
    return { natural.width() + 2 * (kInset + kPadding), std::max(natural.height() + 16, 38) };
}

} // namespace finalist
