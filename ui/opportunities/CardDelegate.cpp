#include "CardDelegate.h"

#include "common/Glyph.h"
#include "OpportunityListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace finalist {

namespace {

constexpr int kMargin = 4; // between cards
constexpr int kPadding = 8; // inside a card
constexpr int kDetailLines = 3;

} // namespace

QSize CardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics metrics(option.font);
    return { 180,
             2 * kMargin + 2 * kPadding + metrics.height() + 4
                 + kDetailLines * metrics.lineSpacing() };
}

void CardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const
{
    const QPalette& palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    shape.addRoundedRect(card, 5, 5);
    painter->fillPath(shape, palette.color(QPalette::Base));
    const QColor line = selected
        ? palette.color(QPalette::Highlight)
        : blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.22);
    painter->setPen(QPen(line, selected ? 2.0 : 1.0));
    painter->drawPath(shape);
    if (focused && !selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1.0, Qt::DashLine));
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 4, 4);
    }

    const QRect text = card.toRect().adjusted(kPadding, kPadding - 2, -kPadding, -kPadding);
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const QFontMetrics boldMetrics(bold);
    const QString company = index.data(Qt::DisplayRole).toString();
    painter->drawText(QRect(text.left(), text.top(), text.width(), boldMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(company, Qt::ElideRight, text.width()));

    painter->setFont(option.font);
    const QFontMetrics metrics(option.font);
    const QColor muted = blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.68);
    int y = text.top() + boldMetrics.height() + 4;
    const QStringList lines
        = index.data(OpportunityListModel::CardRole).toString().split(QLatin1Char('\n'));
    const bool late = index.data(OpportunityListModel::OverdueRole).toBool();
    const QColor warning = palette.color(QPalette::Base).lightness() > 128
        ? QColor(0xc6, 0x28, 0x28)
        : QColor(0xef, 0x9a, 0x9a);
    for (int i = 0; i < lines.size() && i < kDetailLines; ++i) {
        painter->setPen(i == 0 ? palette.color(QPalette::Text)
                               : (late && i == kDetailLines - 1 ? warning : muted));
        painter->drawText(QRect(text.left(), y, text.width(), metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(lines[i], Qt::ElideRight, text.width()));
        y += metrics.lineSpacing();
    }
    painter->restore();
}

} // namespace finalist
