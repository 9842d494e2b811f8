#include "Glyph.h"

#include "GlyphIconEngine.h"

#include <cmath>
#include <numbers>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace finalist {

namespace {

// Each glyph is drawn on a 24 x 24 grid and scaled to the size asked for.
void paintGlyph(QPainter& p, Glyph glyph, const QColor& color)
{
    QPen pen(color, 1.7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (glyph) {
    case Glyph::Today: { // the sun
        p.drawEllipse(QPointF(12, 12), 4.2, 4.2);
        for (int i = 0; i < 8; ++i) {
            const double angle = i * std::numbers::pi / 4;
            const QPointF direction(std::cos(angle), std::sin(angle));
            p.drawLine(QPointF(12, 12) + direction * 7.2, QPointF(12, 12) + direction * 9.6);
        }
        break;
    }
    case Glyph::Opportunities: { // a briefcase
        p.drawRoundedRect(QRectF(3.5, 7.5, 17, 12.5), 2, 2);
        p.drawRoundedRect(QRectF(9, 4, 6, 3.5), 1, 1);
        p.drawLine(QPointF(3.5, 12.5), QPointF(20.5, 12.5));
        p.drawLine(QPointF(12, 11.5), QPointF(12, 14));
        break;
    }
    case Glyph::Journal: { // a notebook with its spine and two lines
        p.drawRoundedRect(QRectF(5.5, 3, 13, 18), 1.8, 1.8);
        p.drawLine(QPointF(9, 3), QPointF(9, 21));
        p.drawLine(QPointF(11.5, 8.5), QPointF(15.5, 8.5));
        p.drawLine(QPointF(11.5, 12), QPointF(15.5, 12));
        break;
    }
    case Glyph::Wins: { // a five-pointed star
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
            const double radius = i % 2 ? 3.9 : 9;
            star << QPointF(12 + radius * std::cos(angle), 12.8 + radius * std::sin(angle));
        }
        p.drawPolygon(star);
        break;
    }
    case Glyph::Lessons: { // a light bulb
        QPainterPath bulb;
        bulb.moveTo(9.2, 16);
        bulb.cubicTo(9.2, 13, 6, 11.8, 6, 8.6);
        bulb.cubicTo(6, 5.2, 8.7, 3, 12, 3);
        bulb.cubicTo(15.3, 3, 18, 5.2, 18, 8.6);
        bulb.cubicTo(18, 11.8, 14.8, 13, 14.8, 16);
        bulb.closeSubpath();
        p.drawPath(bulb);
        p.drawLine(QPointF(9.5, 19), QPointF(14.5, 19));
        p.drawLine(QPointF(10.5, 21.5), QPointF(13.5, 21.5));
        break;
    }
    case Glyph::Contacts: { // a person
        p.drawEllipse(QPointF(12, 8), 3.6, 3.6);
        QPainterPath shoulders;
        shoulders.moveTo(4.5, 20.5);
        shoulders.cubicTo(4.5, 13.5, 19.5, 13.5, 19.5, 20.5);
        p.drawPath(shoulders);
        break;
    }
    case Glyph::Network: { // three people, linked
        const QPointF nodes[] = { { 12, 5 }, { 5, 18 }, { 19, 18 } };
        p.drawLine(nodes[0], nodes[1]);
        p.drawLine(nodes[0], nodes[2]);
        p.drawLine(nodes[1], nodes[2]);
        p.setBrush(color);
        for (const QPointF& node : nodes)
            p.drawEllipse(node, 2.6, 2.6);
        break;
    }
    case Glyph::Outreach: { // an envelope
        p.drawRoundedRect(QRectF(3, 6, 18, 13), 1.8, 1.8);
        p.drawPolyline(QPolygonF({ { 3.8, 7 }, { 12, 13.2 }, { 20.2, 7 } }));
        break;
    }
    }
}

} // namespace

QPixmap glyphPixmap(Glyph glyph, const QColor& color, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 24.0, size / 24.0);
    paintGlyph(p, glyph, color);
    return pixmap;
}

QIcon glyphIcon(Glyph glyph, const QPalette& palette, int size)
{
    const auto muted = [&palette](QPalette::ColorGroup group) {
        return blend(palette.color(group, QPalette::Text), palette.color(group, QPalette::Base),
                     0.75);
    };
    return QIcon(
        new GlyphIconEngine(glyph,
                            { muted(QPalette::Active), palette.color(QPalette::HighlightedText),
                              muted(QPalette::Disabled) },
                            size));
}

QColor blend(const QColor& a, const QColor& b, qreal weight)
{
    const auto mix
        = [weight](float x, float y) { return static_cast<float>(weight * x + (1 - weight) * y); };
    return QColor::fromRgbF(mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()),
                            mix(a.blueF(), b.blueF()));
}

} // namespace finalist
