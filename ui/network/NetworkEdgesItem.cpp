#include "NetworkEdgesItem.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace finalist {

namespace {

// Room around the lines for their width and smoothing, in scene units.
constexpr qreal kMargin = 4;

QRectF around(const QLineF& line)
{
    return QRectF(line.p1(), line.p2()).normalized().adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

} // namespace

NetworkEdgesItem::NetworkEdgesItem(const QColor& ink)
{
    setZValue(0); // under the dots
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // paint() draws only the lines in the exposed part
    for (auto kind : { NetworkEdge::Kind::MetIn, NetworkEdge::Kind::WorksAt,
                       NetworkEdge::Kind::IntroducedBy, NetworkEdge::Kind::WorksWith }) {
        QColor faint = ink;
        faint.setAlpha(kind == NetworkEdge::Kind::MetIn ? 150 : 90);
        QPen pen(faint);
        pen.setCosmetic(true);
        switch (kind) {
        case NetworkEdge::Kind::MetIn:
            pen.setWidthF(1.6);
            break;
        case NetworkEdge::Kind::WorksAt:
            pen.setStyle(Qt::DotLine);
            break;
        case NetworkEdge::Kind::IntroducedBy:
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(1.4);
            break;
        case NetworkEdge::Kind::WorksWith:
            pen.setStyle(Qt::DashDotLine);
            break;
        }
        m_pens[std::size_t(kind)] = pen;
    }
}

void NetworkEdgesItem::add(const QGraphicsItem* from, const QGraphicsItem* to,
                           NetworkEdge::Kind kind)
{
    prepareGeometryChange();
    m_edges.push_back({ from, to, kind });
    m_byNode[from].push_back(m_edges.size() - 1);
    m_byNode[to].push_back(m_edges.size() - 1);
    m_bounds |= around(line(m_edges.size() - 1));
}

QLineF NetworkEdgesItem::line(std::size_t edge) const
{
    return QLineF(m_edges[edge].from->pos(), m_edges[edge].to->pos());
}

QRectF NetworkEdgesItem::linesAt(const QGraphicsItem* node) const
{
    QRectF area;
    for (std::size_t edge : m_byNode.value(node))
        area |= around(line(edge));
    return area;
}

void NetworkEdgesItem::repaint(const QRectF& area)
{
    // Through the scene: an item's own update() covers its whole bounds once the view takes
    // the scene's changed() (NetworkCanvas), and these bounds hold the whole network.
    if (QGraphicsScene* shown = scene())
        shown->update(mapRectToScene(area));
    else
        update(area);
}

void NetworkEdgesItem::nodeMoving(const QGraphicsItem* node)
{
    if (const QRectF area = linesAt(node); !area.isEmpty())
        repaint(area);
}

void NetworkEdgesItem::fitToLines()
{
    QRectF bounds;
    for (std::size_t i = 0; i < m_edges.size(); ++i)
        bounds |= around(line(i));
    if (bounds == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = bounds;
}

void NetworkEdgesItem::nodeMoved(const QGraphicsItem* node)
{
    const QRectF area = linesAt(node);
    if (area.isEmpty())
        return; // nobody joined to it
    if (!m_bounds.contains(area)) {
        prepareGeometryChange();
        m_bounds |= area;
    }
    repaint(area);
}

QRectF NetworkEdgesItem::boundingRect() const
{
    return m_bounds;
}

void NetworkEdgesItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    // What is exposed, or what the painter may still draw on (QGraphicsScene::render exposes
    // an item whole and clips instead).
    QRectF exposed = option->exposedRect;
    if (painter->hasClipping())
        exposed &= painter->clipBoundingRect();
    std::array<std::vector<QLineF>, 4> byKind;
    for (std::size_t i = 0; i < m_edges.size(); ++i) {
        const QLineF l = line(i);
        if (exposed.intersects(around(l)))
            byKind[std::size_t(m_edges[i].kind)].push_back(l);
    }
    for (std::size_t kind = 0; kind < byKind.size(); ++kind) {
        if (byKind[kind].empty())
            continue;
        painter->setPen(m_pens[kind]);
        painter->drawLines(byKind[kind].data(), int(byKind[kind].size()));
    }
}

} // namespace finalist
