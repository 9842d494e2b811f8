#include "NetworkNodeItem.h"

#include "NetworkEdgesItem.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsSimpleTextItem>
#include <QPalette>
#include <QPen>

namespace finalist {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
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
    , m_label(new QGraphicsSimpleTextItem(node.label, this))
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
        setPen(QPen(palette.color(QPalette::WindowText), 2));
        break;
    case NetworkNode::Kind::Person:
        fill = roleColor(node.role, dark);
        setPen(QPen(palette.color(QPalette::Base), 1));
        break;
    }
    setBrush(fill);
    if (node.kind == NetworkNode::Kind::Me)
        setPen(Qt::NoPen);
    QFont font = m_label->font();
    if (node.kind != NetworkNode::Kind::Person)
        font.setWeight(QFont::DemiBold);
    m_label->setFont(font);
    m_label->setBrush(palette.color(QPalette::WindowText));
    m_label->setFlag(ItemIgnoresTransformations); // readable at every zoom
    m_label->setPos(r + 3, -m_label->boundingRect().height() / 2);
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setToolTip(node.label);
}

QString NetworkNodeItem::name() const
{
    return m_label->text();
}

QSizeF NetworkNodeItem::labelSize() const
{
    return m_label->boundingRect().size();
}

void NetworkNodeItem::placeLabel(std::optional<QPointF> offset)
{
    m_label->setVisible(offset.has_value());
    if (offset)
        m_label->setPos(*offset);
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
