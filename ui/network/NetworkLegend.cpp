#include "NetworkLegend.h"

#include "NetworkNodeItem.h"

#include <QPainter>

namespace finalist {

NetworkLegend::NetworkLegend(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

QSize NetworkLegend::sizeHint() const
{
    const int line = fontMetrics().height() + 4;
    return { 190, line * 12 + 16 };
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
        painter.drawText(QPointF(28, y + fontMetrics().ascent() / 2 - 1), enumLabel(role.value));
        y += line;
    }
    const auto edge = [&](const QString& label, Qt::PenStyle style, qreal width) {
        painter.setPen(QPen(p.color(QPalette::WindowText), width, style));
        painter.drawLine(QPointF(8, y), QPointF(24, y));
        painter.setPen(p.color(QPalette::WindowText));
        painter.drawText(QPointF(28, y + fontMetrics().ascent() / 2 - 1), label);
        y += line;
    };
    edge(tr("Met in a round"), Qt::SolidLine, 1.6);
    edge(tr("Works there"), Qt::DotLine, 1);
    edge(tr("Introduced by"), Qt::DashLine, 1.4);
    edge(tr("Works with"), Qt::DashDotLine, 1);
    painter.drawText(QPointF(8, y + fontMetrics().ascent() / 2 - 1), tr("Larger dot: warmer"));
}

} // namespace finalist
