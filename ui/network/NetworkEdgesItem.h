#pragma once

#include "services/NetworkGraph.h"

#include <array>
#include <QGraphicsItem>
#include <QHash>
#include <QPainterPath>
#include <QPen>
#include <vector>

namespace finalist {

// Every line of the network in one item, drawn kind by kind: a line item per edge cost more
// memory than the people they join (thousands of items, each indexed by the scene). A node
// that moves says so, and only the lines at it are drawn again.
class NetworkEdgesItem : public QGraphicsItem
{
public:
    explicit NetworkEdgesItem(const QColor& ink);

    void add(const QGraphicsItem* from, const QGraphicsItem* to, NetworkEdge::Kind kind);
    std::size_t count() const { return m_edges.size(); }
    // The line as drawn now, from one node's place to the other's.
    QLineF line(std::size_t edge) const;
    // Before and after a node moves: where its lines were and where they are now.
    void nodeMoving(const QGraphicsItem* node);
    void nodeMoved(const QGraphicsItem* node);
    // The bounds as small as the lines allow again, after people moved back in (the bounds
    // only grow while they are dragged; an export frames what is drawn).
    void fitToLines();

    QRectF boundingRect() const override;
    // Nothing to point at: the canvas under a line is empty to the mouse, as it was to the
    // single lines' thin shapes (a click there clears the choice, drags the view).
    QPainterPath shape() const override { return {}; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void repaint(const QRectF& area);
    struct Edge
    {
        const QGraphicsItem* from;
        const QGraphicsItem* to;
        NetworkEdge::Kind kind;
    };
    QRectF linesAt(const QGraphicsItem* node) const;

    std::vector<Edge> m_edges;
    QHash<const QGraphicsItem*, std::vector<std::size_t>> m_byNode;
    std::array<QPen, 4> m_pens; // by kind
    QRectF m_bounds;
};

} // namespace finalist
