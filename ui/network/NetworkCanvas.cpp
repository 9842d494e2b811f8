#include "NetworkCanvas.h"

#include <QPainter>
#include <QPaintEvent>

namespace finalist {

NetworkCanvas::NetworkCanvas(QGraphicsScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
{
    // Someone listening to changed() makes the scene send what changed, in its own
    // coordinates, to its views (QGraphicsView::updateScene) instead of keeping, item by item,
    // where each view painted it.
    connect(scene, &QGraphicsScene::changed, this, [] {});
}

void NetworkCanvas::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    painter.setRenderHints(renderHints());
    // The view only scales and moves: the exposed pixels map onto a scene rectangle exactly.
    const QRectF exposed(event->rect());
    const QRectF source = viewportTransform().inverted().mapRect(exposed);
    scene()->render(&painter, exposed, source, Qt::IgnoreAspectRatio);
}

} // namespace finalist
