// The network view on the demo story: laid out off the UI thread, selection in step with the
// contacts, focus on one opportunity, exports; screenshots when FINALIST_SHOTS_DIR is set.
#include "network/NetworkView.h"

#include "network/NetworkEdgesItem.h"
#include "network/NetworkNodeItem.h"
#include "services/DemoSample.h"
#include "StalePixels.h"
#include "storage/ContactRepository.h"
#include "storage/NetworkQuery.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTest>

using namespace finalist;

namespace {

class NetworkUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("network.sqlite")), clock);
        ASSERT_TRUE(db);
        ASSERT_OK(fillDemoSample(*db));
        view = std::make_unique<NetworkView>(*db);
        view->resize(1000, 700);
        QSignalSpy laidOut(view.get(), &NetworkView::laidOut);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        ASSERT_TRUE(laidOut.count() > 0 || laidOut.wait(5000));
    }

    int nodes() const
    {
        int count = 0;
        for (QGraphicsItem* item : view->scene()->items())
            count += dynamic_cast<NetworkNodeItem*>(item) != nullptr;
        return count;
    }

    qint64 contactNamed(const QString& first)
    {
        for (const Contact& c : ContactRepository(*db).list().value())
            if (c.firstName == first)
                return c.id;
        return 0;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    std::unique_ptr<NetworkView> view;
};

} // namespace

TEST_F(NetworkUi, ShowsEveryoneAndSavesWhereTheyAre)
{
    EXPECT_GT(nodes(), 15); // you, the companies, fifteen people
    auto stored = NetworkQuery(*db).positions();
    ASSERT_OK(stored);
    EXPECT_EQ(stored.value().size(), nodes());
}

// A graph laid out again where everyone already stands writes nothing; a person moved by hand
// writes that one position only.
TEST_F(NetworkUi, OnlyPeopleWhoMovedAreWritten)
{
    const qint64 before = db->changeCount();
    QSignalSpy laidOut(view.get(), &NetworkView::laidOut);
    view->reload();
    ASSERT_TRUE(laidOut.wait(5000));
    EXPECT_EQ(db->changeCount(), before) << "nobody moved";

    NetworkNodeItem* person = nullptr;
    for (NetworkNodeItem* node : view->nodes())
        if (node->contactId() > 0)
            person = node;
    ASSERT_TRUE(person);
    const QPointF to = person->pos() + QPointF(120, 40);
    person->setPos(to); // dragged there; the release saves
    QTest::mouseRelease(view->canvas()->viewport(), Qt::LeftButton, {},
                        view->canvas()->mapFromScene(to));
    const auto stored = NetworkQuery(*db).positions();
    ASSERT_OK(stored);
    EXPECT_EQ(stored.value().value(person->key()), to);
    EXPECT_EQ(db->changeCount(), before + 1) << "one row written";
}

// Fitted, the whole network shows with every name that is drawn whole inside the canvas,
// in a small window too: the room kept around the dots is in pixels, as the names are.
TEST_F(NetworkUi, FittedEveryNameShownIsWhole)
{
    for (const QSize size : { QSize(1000, 700), QSize(460, 300) }) {
        view->resize(size);
        QApplication::processEvents();
        view->fit();
        QApplication::processEvents();
        const QGraphicsView* canvas = view->canvas();
        const QRectF shown = canvas->viewport()->rect();
        int named = 0;
        for (const NetworkNodeItem* node : view->nodes()) {
            EXPECT_TRUE(shown.contains(canvas->mapFromScene(node->pos())))
                << node->name().toStdString();
            if (!node->labelOffset())
                continue;
            ++named;
            const QPointF corner = canvas->mapFromScene(node->mapToScene(*node->labelOffset()));
            EXPECT_TRUE(shown.contains(QRectF(corner, node->labelSize())))
                << node->name().toStdString() << " at " << size.width() << "x" << size.height();
        }
        EXPECT_GT(named, 3);
    }
}

// The dots of one colour share one brush and one pen rather than each holding its own.
TEST_F(NetworkUi, DotsShareTheirBrushesAndPens)
{
    QHash<QRgb, const void*> brushes;
    const void* pen = nullptr;
    int shared = 0;
    for (NetworkNodeItem* node : view->nodes()) {
        if (node->contactId() <= 0)
            continue;
        QBrush brush = node->brush();
        const void* data = brush.data_ptr().get();
        const QRgb colour = brush.color().rgba();
        if (brushes.contains(colour)) {
            EXPECT_EQ(brushes.value(colour), data) << node->name().toStdString();
            ++shared;
        }
        brushes.insert(colour, data);
        QPen outline = node->pen();
        EXPECT_TRUE(!pen || pen == outline.data_ptr()) << node->name().toStdString();
        pen = outline.data_ptr();
    }
    EXPECT_GT(shared, 1) << "people of one role drawn";
}

// The canvas paints the scene itself (Qt's own view keeps a record per item of where it
// painted it, a kilobyte and more each): what it shows is what Qt's view shows.
TEST_F(NetworkUi, TheCanvasShowsWhatQtsOwnViewShows)
{
    view->fit();
    NetworkNodeItem* person = nullptr;
    for (NetworkNodeItem* node : view->nodes())
        if (node->contactId() > 0 && !person)
            person = node;
    ASSERT_TRUE(person);
    view->selectContact(person->contactId()); // the selection's frame is drawn too
    QApplication::processEvents();
    QGraphicsView* canvas = view->canvas();
    QGraphicsView plain(canvas->scene());
    plain.setRenderHints(canvas->renderHints());
    plain.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    plain.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    plain.setFrameShape(canvas->frameShape());
    plain.resize(canvas->size());
    plain.setSceneRect(canvas->sceneRect());
    plain.setTransform(canvas->transform());
    plain.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&plain));
    plain.horizontalScrollBar()->setValue(canvas->horizontalScrollBar()->value());
    plain.verticalScrollBar()->setValue(canvas->verticalScrollBar()->value());
    ASSERT_EQ(plain.viewportTransform(), canvas->viewportTransform());
    const QImage ours = canvas->viewport()->grab().toImage();
    const QImage qts = plain.viewport()->grab().toImage();
    EXPECT_EQ(test::differingPixels(ours, qts), 0);
    // Not an empty picture either: the people are drawn.
    QImage background(ours.size(), ours.format());
    background.fill(canvas->viewport()->palette().color(canvas->viewport()->backgroundRole()));
    EXPECT_GT(test::differingPixels(ours, background), 1000);
}

// The lines are one item, not one each; a person dragged with the mouse takes their lines along.
TEST_F(NetworkUi, ThePeopleDraggedTakeTheirLinesAlong)
{
    std::vector<NetworkEdgesItem*> lines;
    for (QGraphicsItem* item : view->scene()->items())
        if (auto* edges = dynamic_cast<NetworkEdgesItem*>(item))
            lines.push_back(edges);
    ASSERT_EQ(lines.size(), 1u);
    NetworkEdgesItem* edges = lines.front();
    ASSERT_GT(edges->count(), std::size_t(nodes() - 1)) << "everyone is joined to someone";
    EXPECT_EQ(view->scene()->items().size(), nodes() + 1) << "a dot each, their names drawn by it";

    NetworkNodeItem* person = nullptr;
    for (NetworkNodeItem* node : view->nodes())
        if (node->contactId() > 0 && !person)
            person = node;
    ASSERT_TRUE(person);
    std::vector<std::size_t> theirs;
    for (std::size_t i = 0; i < edges->count(); ++i)
        if (edges->line(i).p1() == person->pos() || edges->line(i).p2() == person->pos())
            theirs.push_back(i);
    ASSERT_FALSE(theirs.empty());

    view->fit();
    view->selectContact(person->contactId()); // chosen first: the drag alone changes the screen
    QApplication::processEvents();
    QGraphicsView* canvas = view->canvas();
    const QPoint from = canvas->mapFromScene(person->pos());
    const QPoint to = from + QPoint(60, 30);
    QTest::mousePress(canvas->viewport(), Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, canvas->viewport()->mapToGlobal(to), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas->viewport(), &move);
    QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, {}, to);
    ASSERT_NE(canvas->mapFromScene(person->pos()), from) << "the person moved";
    for (std::size_t i : theirs) {
        const QLineF line = edges->line(i);
        EXPECT_TRUE(line.p1() == person->pos() || line.p2() == person->pos());
    }
    // What the drag left on screen is what a whole repaint draws: the lines were redrawn
    // where they went and where they were, and nothing of them stayed behind.
    EXPECT_EQ(test::stalePixels(*view, *canvas->viewport()), 0);
    const QPointF far = edges->boundingRect().bottomRight() + QPointF(500, 500);
    person->setPos(far); // beyond every line drawn so far: the item grows to hold theirs
    EXPECT_TRUE(edges->boundingRect().contains(far));
}

TEST_F(NetworkUi, SelectionGoesBothWays)
{
    const qint64 priya = contactNamed(QStringLiteral("Priya"));
    ASSERT_GT(priya, 0);
    view->selectContact(priya);
    EXPECT_EQ(view->selectedContact(), priya);

    QSignalSpy picked(view.get(), &NetworkView::contactSelected);
    const qint64 maya = contactNamed(QStringLiteral("Maya"));
    for (QGraphicsItem* item : view->scene()->items())
        if (auto* node = dynamic_cast<NetworkNodeItem*>(item); node && node->contactId() == maya) {
            const QPoint at = view->canvas()->mapFromScene(node->scenePos());
            QTest::mouseClick(view->canvas()->viewport(), Qt::LeftButton, {}, at);
        }
    ASSERT_GE(picked.count(), 1);
    EXPECT_EQ(picked.last().at(0).toLongLong(), maya);
}

TEST_F(NetworkUi, FocusOnOneOpportunityShowsItsPanel)
{
    const int everyone = nodes();
    QComboBox* focus = view->focusBox();
    ASSERT_GT(focus->count(), 1);
    int quarry = -1;
    for (int i = 0; i < focus->count(); ++i)
        if (focus->itemText(i).startsWith(QStringLiteral("Quarry")))
            quarry = i;
    ASSERT_GE(quarry, 0);
    QSignalSpy laidOut(view.get(), &NetworkView::laidOut);
    focus->setCurrentIndex(quarry);
    emit focus->activated(quarry);
    ASSERT_TRUE(laidOut.wait(5000));
    EXPECT_LT(nodes(), everyone);
    EXPECT_GE(nodes(), 3); // you, Quarry Health, Nina
}

TEST_F(NetworkUi, ExportsPngAndSvgWhole)
{
    const QString png = folder.path(QStringLiteral("network.png"));
    const QString svg = folder.path(QStringLiteral("network.svg"));
    ASSERT_TRUE(view->exportPng(png));
    ASSERT_TRUE(view->exportSvg(svg));
    QFile image(png);
    ASSERT_TRUE(image.open(QIODevice::ReadOnly));
    EXPECT_TRUE(image.read(8).startsWith("\x89PNG"));
    QFile drawing(svg);
    ASSERT_TRUE(drawing.open(QIODevice::ReadOnly));
    const QByteArray text = drawing.readAll();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains("Priya"));
    EXPECT_FALSE(view->exportPng(folder.path(QStringLiteral("missing/folder/x.png"))));
    EXPECT_FALSE(QFile::exists(folder.path(QStringLiteral("missing/folder/x.png"))));
}

TEST_F(NetworkUi, Screenshots)
{
    const QString shots = qEnvironmentVariable("FINALIST_SHOTS_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set FINALIST_SHOTS_DIR to write screenshots";
    QDir().mkpath(shots);
    view->selectContact(contactNamed(QStringLiteral("Priya")));
    EXPECT_TRUE(view->grab().save(QDir(shots).filePath(QStringLiteral("network.png"))));
    QPalette dark(QColor(0x2b2d31), QColor(0x202124));
    dark.setColor(QPalette::WindowText, QColor(0xe8eaed));
    dark.setColor(QPalette::Text, QColor(0xe8eaed));
    dark.setColor(QPalette::Base, QColor(0x202124));
    dark.setColor(QPalette::Window, QColor(0x2b2d31));
    dark.setColor(QPalette::ButtonText, QColor(0xe8eaed));
    QSignalSpy laidOut(view.get(), &NetworkView::laidOut);
    view->setPalette(dark);
    ASSERT_TRUE(laidOut.wait(5000));
    EXPECT_TRUE(view->grab().save(QDir(shots).filePath(QStringLiteral("network-dark.png"))));
}
