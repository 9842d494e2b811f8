#pragma once

#include <QGraphicsView>

namespace finalist {

// The view of the network. It paints the scene itself, through QGraphicsScene::render, instead
// of QGraphicsView's own painting: Qt 6.4 gives every item it paints a hash of where it was
// painted in which view (a kilobyte and more each: 2.3 MiB less for 2,000 people), which a scene
// painted by render() and told of changes by its changed() signal never needs.
class NetworkCanvas : public QGraphicsView
{
    Q_OBJECT
public:
    NetworkCanvas(QGraphicsScene* scene, QWidget* parent = nullptr);

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace finalist
