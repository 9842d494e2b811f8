#pragma once

#include "services/NetworkGraph.h"

#include <QGraphicsEllipseItem>

class QGraphicsLineItem;
class QGraphicsSimpleTextItem;

namespace finalist {

// One node of the network: a dot coloured by role and sized by warmth, its name beside it. It
// drags its edges along when moved.
class NetworkNodeItem : public QGraphicsEllipseItem
{
public:
    NetworkNodeItem(const NetworkNode& node, const QPalette& palette);

    const QString& key() const { return m_key; }
    qint64 contactId() const { return m_contactId; }
    void attach(QGraphicsLineItem* edge, bool atStart);
    void setLabelVisible(bool visible);

    static QColor roleColor(RoleCategory role, bool dark);
    static qreal radiusFor(const NetworkNode& node);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    QString m_key;
    qint64 m_contactId = 0;
    QGraphicsSimpleTextItem* m_label;
    std::vector<std::pair<QGraphicsLineItem*, bool>> m_edges; // bool: this node is the start
};

} // namespace finalist
