#include "NetworkLegend.h"

#include "NetworkNodeItem.h"

#include <algorithm>
#include <QPainter>

namespace finalist {

NetworkLegend::NetworkLegend(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

namespace {

struct EdgeKind
{
    const char* label;
    Qt::PenStyle style;
    qreal width;
};

const EdgeKind kEdges[] = {
    { QT_TRANSLATE_NOOP("finalist::NetworkLegend", "Met in a round"), Qt::SolidLine, 1.6 },
    { QT_TRANSLATE_NOOP("finalist::NetworkLegend", "Works there"), Qt::DotLine, 1 },
    { QT_TRANSLATE_NOOP("finalist::NetworkLegend", "Introduced by"), Qt::DashLine, 1.4 },
    { QT_TRANSLATE_NOOP("finalist::NetworkLegend", "Works with"), Qt::DashDotLine, 1 },
};

constexpr int kTextLeft = 28; // after the dot or the line sample

} // namespace

QSize NetworkLegend::sizeHint() const
{
    // As wide as its longest text, in whatever language (German's are longer).
    const QFontMetrics metrics = fontMetrics();
    int widest = 8 + metrics.horizontalAdvance(tr("Larger dot: warmer"));
    for (const auto& role : EnumTable<RoleCategory>::entries())
        widest = std::max(widest, kTextLeft + metrics.horizontalAdvance(enumLabel(role.value)));
    for (const EdgeKind& edge : kEdges)
        widest = std::max(widest, kTextLeft + metrics.horizontalAdvance(tr(edge.label)));
    const int line = metrics.height() + 4;
    return { std::max(190, widest + 12), line * 12 + 16 };
}

void NetworkLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    QColor panel = p.color(QPalette::Base);
    panel.setAlpha(230);
    painter.setPen(p.color(QPalette::Mid));
    painter.setBrush(panel);
    painter.drawRoundedRect(rect().adjusted(0, 0, -1, -1), 6, 6);
    const int line = fontMetrics().height() + 4;
    int y = 8 + line / 2;
    painter.setPen(p.color(QPalette::WindowText));
    for (const auto& role : EnumTable<RoleCategory>::entries()) {
        painter.setBrush(NetworkNodeItem::roleColor(role.value, dark));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(16, y), 5, 5);
        painter.setPen(p.color(QPalette::WindowText));
        painter.drawText(QPointF(kTextLeft, y + fontMetrics().ascent() / 2 - 1),
                         enumLabel(role.value));
        y += line;
    }
    const auto edge = [&](const QString& label, Qt::PenStyle style, qreal width) {
        painter.setPen(QPen(p.color(QPalette::WindowText), width, style));
        painter.drawLine(QPointF(8, y), QPointF(24, y));
        painter.setPen(p.color(QPalette::WindowText));
        painter.drawText(QPointF(kTextLeft, y + fontMetrics().ascent() / 2 - 1), label);
        y += line;
    };
    for (const EdgeKind& kind : kEdges)
        edge(tr(kind.label), kind.style, kind.width);
    painter.drawText(QPointF(8, y + fontMetrics().ascent() / 2 - 1), tr("Larger dot: warmer"));
}

} // namespace finalist
