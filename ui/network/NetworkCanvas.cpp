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
    // Two pixels more around them, as Qt's view allows for smoothing, so an item whose ink
    // spills a little past its bounds (a selection frame, a name's overhang) is drawn again
    // where it touches the exposed part; the paint event's region still clips.
    const QRectF exposed = QRectF(event->rect()).adjusted(-2, -2, 2, 2);
    const QRectF source = viewportTransform().inverted().mapRect(exposed);
    scene()->render(&painter, exposed, source, Qt::IgnoreAspectRatio);
}

} // namespace finalist
