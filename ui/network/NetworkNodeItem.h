#pragma once

#include "services/NetworkGraph.h"

#include <optional>
#include <QGraphicsEllipseItem>

class QGraphicsSimpleTextItem;

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
    QString name() const;
    QGraphicsSimpleTextItem* label() const { return m_label; }
    QSizeF labelSize() const;
    int importance() const { return m_importance; }
    void setImportance(int importance) { m_importance = importance; }
    // The lines this node tells when it moves.
    void setEdges(NetworkEdgesItem* edges) { m_edges = edges; }
    // offset: the name's top-left corner from the dot's centre, in this item's units; nothing
    // hides the name.
    void placeLabel(std::optional<QPointF> offset);

    static QColor roleColor(RoleCategory role, bool dark);
    static qreal radiusFor(const NetworkNode& node);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    QString m_key;
    qint64 m_contactId = 0;
    NetworkNode::Kind m_kind;
    int m_importance = 0;
    QGraphicsSimpleTextItem* m_label;
    NetworkEdgesItem* m_edges = nullptr;
};

} // namespace finalist
