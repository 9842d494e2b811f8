#pragma once

#include "services/NetworkGraph.h"

#include <optional>
#include <QFont>
#include <QGraphicsEllipseItem>

namespace finalist {

// One node of the network: a dot coloured by role and sized by warmth, its name beside it. It
// drags its lines along when moved. The name keeps its size on screen at every zoom; the view
// decides where around the dot it goes, or hides it when there is no room.
class NetworkEdgesItem;

class NetworkNodeItem : public QGraphicsEllipseItem
{
public:
    NetworkNodeItem(const NetworkNode& node, const QPalette& palette);

    const QString& key() const { return m_key; }
    qint64 contactId() const { return m_contactId; }
    NetworkNode::Kind kind() const { return m_kind; }
    const QString& name() const { return m_name; }
    // The dot alone, in scene coordinates (the name beside it is not part of it).
    QRectF dotSceneRect() const
    {
        return mapRectToScene(QGraphicsEllipseItem::boundingRect()); // outline included
    }
    // The name's size on screen, in pixels: it keeps it at every zoom.
    QSizeF labelSize() const { return m_labelSize; }
    // Where the name's top-left corner is from the dot's centre, in this item's units; nothing
    // while it is hidden.
    std::optional<QPointF> labelOffset() const { return m_labelOffset; }
    int importance() const { return m_importance; }
    void setImportance(int importance) { m_importance = importance; }
    // The lines this node tells when it moves.
    void setEdges(NetworkEdgesItem* edges) { m_edges = edges; }
    // offset: the name's top-left corner from the dot's centre, in this item's units, at the
    // view's scale (pixels per unit); nothing hides the name.
    void placeLabel(std::optional<QPointF> offset, qreal scale);
    // The view's scale changed before the names are placed again (the wheel): the name keeps
    // its place and its size on screen, and the area it is drawn in follows.
    void rescaleLabel(qreal scale) { placeLabel(m_labelOffset, scale); }
    // For exports: the name drawn at the scene's scale, as large as the picture makes it,
    // rather than at the screen's size.
    void setLabelAtSceneScale(bool atSceneScale) { m_labelAtSceneScale = atSceneScale; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    static QColor roleColor(RoleCategory role, bool dark);
    static qreal radiusFor(const NetworkNode& node);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    QString m_key;
    qint64 m_contactId = 0;
    NetworkNode::Kind m_kind;
    int m_importance = 0;
    // The name is drawn by the dot rather than by an item of its own: with 2,000 people, a
    // child item each doubled what the scene held.
    QString m_name;
    QFont m_labelFont;
    QColor m_labelColor;
    QSizeF m_labelSize;
    qreal m_labelAscent = 0;
    std::optional<QPointF> m_labelOffset;
    QRectF m_labelRect; // in this item's units, at the scale it was placed for
    bool m_labelAtSceneScale = false;
    NetworkEdgesItem* m_edges = nullptr;
};

} // namespace finalist
