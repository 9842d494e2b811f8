// The network's lines are one item (ui/network/NetworkEdgesItem): a person moved takes their
// lines along, and the screen is redrawn where the lines were as well as where they go.
#include "network/NetworkEdgesItem.h"
#include "network/NetworkNodeItem.h"
#include "StalePixels.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QTest>

using namespace finalist;

namespace {

NetworkNode person(const QString& key, QPointF at)
{
    NetworkNode node;
    node.key = key;
    node.label = key;
    node.position = at;
    return node;
}

} // namespace

TEST(NetworkLines, AMovedPersonsLinesAreRedrawnWhereTheyWereAndWhereTheyGo)
{
    QGraphicsScene scene(-50, -50, 400, 400);
    auto* hub = new NetworkNodeItem(person(QStringLiteral("hub"), { 0, 0 }), QPalette());
    auto* far = new NetworkNodeItem(person(QStringLiteral("far"), { 250, 0 }), QPalette());
    auto* corner = new NetworkNodeItem(person(QStringLiteral("corner"), { 250, 250 }), QPalette());
    auto* lines = new NetworkEdgesItem(Qt::black);
    lines->add(hub, far, NetworkEdge::Kind::MetIn);
    lines->add(hub, corner, NetworkEdge::Kind::MetIn); // the lines span the square between them
    scene.addItem(lines);
    for (NetworkNodeItem* node : { hub, far, corner }) {
        scene.addItem(node);
        node->setEdges(lines);
        node->placeLabel(std::nullopt, 1);
    }

    QGraphicsView view(&scene);
    view.setFixedSize(420, 420);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_EQ(test::stalePixels(view, *view.viewport()), 0);

    const QRectF before = lines->boundingRect();
    far->setPos(0, 250); // from the right of the hub to below it, inside what the lines span
    EXPECT_EQ(lines->line(0), QLineF(QPointF(0, 0), QPointF(0, 250)));
    EXPECT_EQ(lines->boundingRect(), before);
    EXPECT_EQ(test::stalePixels(view, *view.viewport()), 0)
        << "the line to the right is gone, the one below drawn";

    far->setPos(320, 320); // beyond every line drawn so far
    EXPECT_TRUE(lines->boundingRect().contains(QPointF(320, 320)));
    EXPECT_EQ(test::stalePixels(view, *view.viewport()), 0);

    far->setPos(100, 0); // and back in: an export frames the lines as they are now
    lines->fitToLines();
    EXPECT_FALSE(lines->boundingRect().contains(QPointF(300, 300)));
    EXPECT_TRUE(lines->boundingRect().contains(QPointF(250, 250)));
}
