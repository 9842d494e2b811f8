#include "NetworkNodeItem.h"

#include "NetworkEdgesItem.h"

#include <QBrush>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPen>
#include <QStyleOptionGraphicsItem>

namespace finalist {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// A brush or a pen made from a colour allocates its own data; the dots of one colour share
// theirs instead (2,000 people, a handful of colours).
const QBrush& sharedBrush(const QColor& colour)
{
    static QHash<QRgb, QBrush> brushes;
    auto it = brushes.constFind(colour.rgba());
    if (it == brushes.constEnd())
        it = brushes.insert(colour.rgba(), QBrush(colour));
    return *it;
}

const QPen& sharedPen(const QColor& colour, int width)
{
    static QHash<std::pair<QRgb, int>, QPen> pens;
    const auto key = std::make_pair(colour.rgba(), width);
    auto it = pens.constFind(key);
    if (it == pens.constEnd())
        it = pens.insert(key, QPen(colour, width));
    return *it;
}

} // namespace

QColor NetworkNodeItem::roleColor(RoleCategory role, bool dark)
{
    // One hue per role, a lighter tone on dark backgrounds so each stays readable.
    static const QColor light[]
        = { QColor(0x8e24aa), QColor(0x3949ab), QColor(0x00897b), QColor(0x43a047),
            QColor(0xef6c00), QColor(0x6d4c41), QColor(0x757575) };
    static const QColor night[]
        = { QColor(0xce93d8), QColor(0x9fa8da), QColor(0x80cbc4), QColor(0xa5d6a7),
            QColor(0xffcc80), QColor(0xbcaaa4), QColor(0xbdbdbd) };
    const int i = std::clamp(int(role), 0, 6);
    return dark ? night[i] : light[i];
}

qreal NetworkNodeItem::radiusFor(const NetworkNode& node)
{
    switch (node.kind) {
    case NetworkNode::Kind::Me:
        return 16;
    case NetworkNode::Kind::Company:
        return 11;
    case NetworkNode::Kind::Person:
        return 5 + node.warmth * 1.6; // warmth 0 to 5
    }
    return 6;
}

NetworkNodeItem::NetworkNodeItem(const NetworkNode& node, const QPalette& palette)
    : m_key(node.key)
    , m_contactId(node.contactId)
    , m_kind(node.kind)
    , m_name(node.label)
{
    const qreal r = radiusFor(node);
    setRect(-r, -r, 2 * r, 2 * r);
    setPos(node.position);
    setZValue(node.kind == NetworkNode::Kind::Person ? 2 : 3);
    const bool dark = isDark(palette);
    QColor fill;
    switch (node.kind) {
    case NetworkNode::Kind::Me:
        fill = palette.color(QPalette::Highlight);
        break;
    case NetworkNode::Kind::Company:
        fill = palette.color(QPalette::Window);
        setPen(sharedPen(palette.color(QPalette::WindowText), 2));
        break;
    case NetworkNode::Kind::Person:
        fill = roleColor(node.role, dark);
        setPen(sharedPen(palette.color(QPalette::Base), 1));
        break;
    }
    setBrush(sharedBrush(fill));
    if (node.kind == NetworkNode::Kind::Me)
        setPen(Qt::NoPen);
    if (node.kind != NetworkNode::Kind::Person)
        m_labelFont.setWeight(QFont::DemiBold);
    m_labelColor = palette.color(QPalette::WindowText);
    const QFontMetricsF metrics(m_labelFont);
    m_labelSize = QSizeF(metrics.horizontalAdvance(m_name), metrics.height());
    m_labelAscent = metrics.ascent();
    placeLabel(QPointF(r + 3, -m_labelSize.height() / 2), 1.0);
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setToolTip(node.label);
}

void NetworkNodeItem::placeLabel(std::optional<QPointF> offset, qreal scale)
{
    const QRectF placed = offset ? QRectF(*offset, m_labelSize / scale) : QRectF();
    if (offset == m_labelOffset && placed == m_labelRect)
        return;
    prepareGeometryChange();
    m_labelOffset = offset;
    m_labelRect = placed;
}

QRectF NetworkNodeItem::boundingRect() const
{
    const QRectF dot = QGraphicsEllipseItem::boundingRect();
    return m_labelOffset ? dot | m_labelRect : dot;
}

void NetworkNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
                            QWidget* widget)
{
    // The dot alone carries the selection's frame, as before the name was drawn here.
    QStyleOptionGraphicsItem dot(*option);
    dot.state &= ~QStyle::State_Selected;
    QGraphicsEllipseItem::paint(painter, &dot, widget);
    if (option->state & QStyle::State_Selected) {
        // Qt's own frame: a solid line that stands out from the ink, the ink dashed over it.
        const QColor ink = option->palette.windowText().color();
        const QColor contrast(ink.red() > 127 ? 0 : 255, ink.green() > 127 ? 0 : 255,
                              ink.blue() > 127 ? 0 : 255);
        painter->save();
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(contrast, 0, Qt::SolidLine));
        painter->drawRect(QGraphicsEllipseItem::boundingRect());
        painter->setPen(QPen(ink, 0, Qt::DashLine));
        painter->drawRect(QGraphicsEllipseItem::boundingRect());
        painter->restore();
    }
    if (!m_labelOffset)
        return;
    painter->save();
    if (!m_labelAtSceneScale) {
        // Readable at every zoom: from where the corner falls on screen, drawn unscaled.
        const QPointF corner = painter->worldTransform().map(*m_labelOffset);
        painter->setWorldTransform(QTransform::fromTranslate(corner.x(), corner.y()));
    } else {
        painter->translate(*m_labelOffset);
    }
    painter->setFont(m_labelFont);
    painter->setPen(m_labelColor);
    painter->drawText(QPointF(0, m_labelAscent), m_name);
    painter->restore();
}

QVariant NetworkNodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (m_edges && change == ItemPositionChange)
        m_edges->nodeMoving(this);
    else if (m_edges && change == ItemPositionHasChanged)
        m_edges->nodeMoved(this);
    return QGraphicsEllipseItem::itemChange(change, value);
}

} // namespace finalist
