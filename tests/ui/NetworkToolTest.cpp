// The network as a tool: names placed where they cover nothing, double click and context menu
// asking for the contact or the process, the empty state, and the remembered focus and zoom.
#include "common/EmptyStateWidget.h"
#include "Eventually.h"
#include "network/NetworkNodeItem.h"
#include "network/NetworkView.h"
#include "services/DemoBulk.h"
#include "services/DemoSample.h"
#include "storage/ContactRepository.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace finalist;

namespace {

// A view on its own database, shown and laid out.
class NetworkTool : public ::testing::Test
{
protected:
    void open(bool demo, int extraContacts = 0)
    {
        db = test::openOrFail(folder.path(QStringLiteral("network.sqlite")), clock);
        ASSERT_TRUE(db);
        if (demo)
            ASSERT_OK(fillDemoSample(*db));
        if (extraContacts > 0)
            ASSERT_OK(fillDemoBulk(*db, 0, extraContacts));
        view = makeView();
        ASSERT_TRUE(view);
    }

    std::unique_ptr<NetworkView> makeView()
    {
        auto made = std::make_unique<NetworkView>(*db);
        made->resize(1000, 700);
        QSignalSpy laidOut(made.get(), &NetworkView::laidOut);
        made->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(made.get()));
        EXPECT_TRUE(laidOut.count() > 0 || laidOut.wait(10000));
        return made;
    }

    qint64 contactNamed(const QString& first) const
    {
        for (const Contact& c : ContactRepository(*db).list().value())
            if (c.firstName == first)
                return c.id;
        return 0;
    }

    NetworkNodeItem* nodeOf(qint64 contactId) const
    {
        for (NetworkNodeItem* node : view->nodes())
            if (node->contactId() == contactId && contactId > 0)
                return node;
        return nullptr;
    }

    NetworkNodeItem* nodeKeyed(const QString& key) const
    {
        for (NetworkNodeItem* node : view->nodes())
            if (node->key() == key)
                return node;
        return nullptr;
    }

    // Where a node is on screen, after bringing it to the middle.
    QPoint onScreen(NetworkNodeItem* node) const
    {
        view->canvas()->centerOn(node);
        view->placeLabels();
        return view->canvas()->mapFromScene(node->scenePos());
    }

    // Whether a point of the canvas falls on a shown name.
    bool onAName(const QPoint& point) const
    {
        for (const auto& shown : shownNames())
            if (shown.second.contains(point))
                return true;
        return false;
    }

    // A place on the canvas with nothing under it.
    QPoint emptySpot() const
    {
        const QRect area = view->canvas()->viewport()->rect();
        for (int y = area.bottom() - 4; y > area.top(); y -= 17)
            for (int x = area.right() - 4; x > area.left(); x -= 17)
                if (view->canvas()->items(QPoint(x, y)).isEmpty() && !onAName(QPoint(x, y)))
                    return { x, y };
        ADD_FAILURE() << "no empty place on the canvas";
        return {};
    }

    QRectF screenRectOf(const QGraphicsItem* item) const
    {
        const auto* node = dynamic_cast<const NetworkNodeItem*>(item);
        return view->canvas()->viewportTransform().mapRect(node ? node->dotSceneRect()
                                                                : item->sceneBoundingRect());
    }

    // The shown names as they are on screen: they do not scale, so their scene rectangles
    // would not say; their anchor does.
    std::vector<std::pair<QString, QRectF>> shownNames() const
    {
        std::vector<std::pair<QString, QRectF>> names;
        for (NetworkNodeItem* node : view->nodes()) {
            const std::optional<QPointF> offset = node->labelOffset();
            if (!offset)
                continue;
            const QPointF at = view->canvas()->viewportTransform().map(node->mapToScene(*offset));
            names.emplace_back(node->name(), QRectF(at, node->labelSize()));
        }
        return names;
    }

    // Every shown name clear of every dot and every other name (half a pixel for rounding).
    void expectNothingCovered() const
    {
        const auto names = shownNames();
        for (std::size_t i = 0; i < names.size(); ++i) {
            const QRectF name = names[i].second.adjusted(0.5, 0.5, -0.5, -0.5);
            for (std::size_t j = i + 1; j < names.size(); ++j)
                EXPECT_FALSE(name.intersects(names[j].second))
                    << names[i].first.toStdString() << " covers " << names[j].first.toStdString();
            for (NetworkNodeItem* node : view->nodes())
                EXPECT_FALSE(name.intersects(screenRectOf(node)))
                    << names[i].first.toStdString() << " covers the dot of "
                    << node->name().toStdString();
        }
    }

    std::size_t shownCount() const { return shownNames().size(); }

    static QAction* actionNamed(QMenu& menu, const QString& name)
    {
        for (QAction* action : menu.actions())
            if (action->objectName() == name)
                return action;
        return nullptr;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    std::unique_ptr<NetworkView> view;
};

} // namespace

TEST_F(NetworkTool, NamesCoverNoDotAndNoOtherNameAtAnyZoom)
{
    open(true, 160); // the story and a crowd of 160 more
    ASSERT_GT(view->nodes().size(), std::size_t(150));
    expectNothingCovered();
    const std::size_t fitted = shownCount();
    EXPECT_GT(fitted, std::size_t(5));

    view->setZoom(view->zoom() * 3);
    expectNothingCovered();
    const std::size_t closer = shownCount();
    EXPECT_GT(closer, fitted); // room for more names once zoomed in

    view->setZoom(0.2);
    expectNothingCovered();
    EXPECT_LT(shownCount(), fitted); // far away only a few names stay: the prominent ones
    for (NetworkNodeItem* node : view->nodes())
        if (node->labelOffset().has_value())
            EXPECT_TRUE(node->kind() != NetworkNode::Kind::Person || node->importance() >= 30)
                << node->name().toStdString();
}

// The names are drawn by their dots: in full ink where they were placed, at the same size on
// screen whatever the zoom.
TEST_F(NetworkTool, NamesAreDrawnWherePlacedAtTheScreensSize)
{
    open(true, 0);
    const QColor ink = view->palette().color(QPalette::WindowText);
    // Whether the name's place on screen holds a pixel of the text's own colour: the lines are
    // drawn fainter, the dots in role colours, so only a glyph reaches it.
    const auto inkedAt = [&](const QRectF& place) {
        const QImage shown = view->canvas()->viewport()->grab().toImage();
        const QRect inside = place.toAlignedRect() & shown.rect();
        for (int y = inside.top(); y <= inside.bottom(); ++y)
            for (int x = inside.left(); x <= inside.right(); ++x) {
                const QColor c = shown.pixelColor(x, y);
                if (std::abs(c.red() - ink.red()) + std::abs(c.green() - ink.green())
                        + std::abs(c.blue() - ink.blue())
                    < 40)
                    return true;
            }
        return false;
    };
    // How many pixels wide the ink is inside a name's place, as drawn.
    const auto inkWidth = [&](const QRectF& place) {
        const QImage shown = view->canvas()->viewport()->grab().toImage();
        const QRect inside = place.adjusted(-4, 0, 4, 0).toAlignedRect() & shown.rect();
        int left = inside.right(), right = inside.left() - 1;
        for (int y = inside.top(); y <= inside.bottom(); ++y)
            for (int x = inside.left(); x <= inside.right(); ++x) {
                const QColor c = shown.pixelColor(x, y);
                if (std::abs(c.red() - ink.red()) + std::abs(c.green() - ink.green())
                        + std::abs(c.blue() - ink.blue())
                    < 40) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
            }
        return right - left + 1;
    };
    std::vector<std::pair<QString, QRectF>> names = shownNames();
    ASSERT_FALSE(names.empty());
    for (const auto& [name, place] : names)
        EXPECT_TRUE(inkedAt(place)) << name.toStdString();
    const QString first = names.front().first;
    const int width = inkWidth(names.front().second);
    EXPECT_GT(width, 10);

    view->setZoom(view->zoom() * 2);
    names = shownNames();
    const auto again = std::find_if(names.begin(), names.end(),
                                    [&](const auto& shown) { return shown.first == first; });
    ASSERT_NE(again, names.end()) << "a name shown stays shown closer in";
    EXPECT_TRUE(inkedAt(again->second));
    EXPECT_NEAR(inkWidth(again->second), width, 2) << "the same size on screen";
    // Where no name is placed, no glyph: an empty spot of the canvas holds no ink.
    const QPoint empty = emptySpot();
    EXPECT_FALSE(inkedAt(QRectF(empty - QPoint(2, 2), QSizeF(4, 4))));
}

TEST_F(NetworkTool, TheChosenPersonsNameIsShownFirst)
{
    open(true, 160);
    view->setZoom(0.6);
    std::vector<NetworkNodeItem*> hidden;
    for (NetworkNodeItem* node : view->nodes())
        if (node->contactId() > 0 && !node->labelOffset().has_value())
            hidden.push_back(node);
    ASSERT_FALSE(hidden.empty());
    // A name hidden only because more important ones took its place comes first once chosen
    // (one boxed in by dots has no place at all at this zoom).
    bool shown = false;
    for (NetworkNodeItem* node : hidden) {
        view->selectContact(node->contactId());
        expectNothingCovered();
        if (node->labelOffset().has_value()) {
            shown = true;
            break;
        }
    }
    EXPECT_TRUE(shown);
}

TEST_F(NetworkTool, DoubleClickAsksForThePersonOrTheProcess)
{
    open(true);
    QSignalSpy contacts(view.get(), &NetworkView::contactRequested);
    QSignalSpy opportunities(view.get(), &NetworkView::opportunityRequested);
    const qint64 priya = contactNamed(QStringLiteral("Priya"));
    NetworkNodeItem* node = nodeOf(priya);
    ASSERT_NE(node, nullptr);
    QTest::mouseDClick(view->canvas()->viewport(), Qt::LeftButton, {}, onScreen(node));
    ASSERT_EQ(contacts.count(), 1);
    EXPECT_EQ(contacts.first().at(0).toLongLong(), priya);
    EXPECT_EQ(opportunities.count(), 0);

    // Pointing at the name is pointing at the person: it is drawn by the dot, not a dot itself.
    view->placeLabels();
    const auto names = shownNames();
    const auto named = std::find_if(names.begin(), names.end(),
                                    [&](const auto& shown) { return shown.first == node->name(); });
    ASSERT_NE(named, names.end()) << "Priya's name is shown";
    const QPoint onName = named->second.center().toPoint();
    ASSERT_FALSE(screenRectOf(node).contains(onName));
    QTest::mouseDClick(view->canvas()->viewport(), Qt::LeftButton, {}, onName);
    ASSERT_EQ(contacts.count(), 2);
    EXPECT_EQ(contacts.last().at(0).toLongLong(), priya);
    std::unique_ptr<QMenu> menu = view->menuAt(onName);
    EXPECT_NE(actionNamed(*menu, QStringLiteral("networkOpenContact")), nullptr);

    // A company's hub stands for its newest process there.
    const Opportunity quarry = [&] {
        for (const Opportunity& o : OpportunityRepository(*db).list().value())
            if (o.company == QStringLiteral("Quarry Health"))
                return o;
        return Opportunity{};
    }();
    ASSERT_GT(quarry.id, 0);
    NetworkNodeItem* hub = nodeKeyed(QStringLiteral("company:quarry health"));
    ASSERT_NE(hub, nullptr);
    QTest::mouseDClick(view->canvas()->viewport(), Qt::LeftButton, {}, onScreen(hub));
    ASSERT_EQ(opportunities.count(), 1);
    EXPECT_EQ(opportunities.first().at(0).toLongLong(), quarry.id);

    // Empty space asks for nothing.
    QTest::mouseDClick(view->canvas()->viewport(), Qt::LeftButton, {}, emptySpot());
    EXPECT_EQ(contacts.count(), 2);
    EXPECT_EQ(opportunities.count(), 1);
}

TEST_F(NetworkTool, ContextMenuOffersTheContactsQuickActions)
{
    open(true);
    const qint64 priya = contactNamed(QStringLiteral("Priya"));
    const Contact contact = ContactRepository(*db).get(priya).value();
    std::unique_ptr<QMenu> menu = view->menuAt(onScreen(nodeOf(priya)));
    for (const char* name : { "networkOpenContact", "networkDraftNote", "networkThankYouSent",
                              "networkWriteEmail", "networkOpenProfile" })
        EXPECT_NE(actionNamed(*menu, QString::fromLatin1(name)), nullptr) << name;
    EXPECT_EQ(menu->defaultAction(), actionNamed(*menu, QStringLiteral("networkOpenContact")));
    EXPECT_EQ(actionNamed(*menu, QStringLiteral("networkWriteEmail"))->isEnabled(),
              !contact.email.isEmpty());
    EXPECT_EQ(actionNamed(*menu, QStringLiteral("networkOpenProfile"))->isEnabled(),
              !contact.linkedInUrl.isEmpty());
    EXPECT_EQ(actionNamed(*menu, QStringLiteral("networkFit")), nullptr);

    QSignalSpy opened(view.get(), &NetworkView::contactRequested);
    QSignalSpy drafted(view.get(), &NetworkView::draftNoteRequested);
    QSignalSpy thanked(view.get(), &NetworkView::thankYouSentRequested);
    actionNamed(*menu, QStringLiteral("networkOpenContact"))->trigger();
    actionNamed(*menu, QStringLiteral("networkDraftNote"))->trigger();
    actionNamed(*menu, QStringLiteral("networkThankYouSent"))->trigger();
    ASSERT_EQ(opened.count(), 1);
    ASSERT_EQ(drafted.count(), 1);
    ASSERT_EQ(thanked.count(), 1);
    EXPECT_EQ(opened.first().at(0).toLongLong(), priya);
    EXPECT_EQ(drafted.first().at(0).toLongLong(), priya);
    EXPECT_EQ(thanked.first().at(0).toLongLong(), priya);

    // A person without an email address: the action is greyed and says why.
    Contact bare;
    for (const Contact& c : ContactRepository(*db).list().value())
        if (c.email.isEmpty() && nodeOf(c.id))
            bare = c;
    if (bare.id > 0) {
        std::unique_ptr<QMenu> bareMenu = view->menuAt(onScreen(nodeOf(bare.id)));
        QAction* email = actionNamed(*bareMenu, QStringLiteral("networkWriteEmail"));
        ASSERT_NE(email, nullptr);
        EXPECT_FALSE(email->isEnabled());
        EXPECT_FALSE(email->toolTip().isEmpty());
    }
}

TEST_F(NetworkTool, ContextMenuOnEmptySpaceFitsAndResetsTheZoom)
{
    open(true);
    const qreal fitted = view->zoom();
    std::unique_ptr<QMenu> menu = view->menuAt(emptySpot());
    QAction* fit = actionNamed(*menu, QStringLiteral("networkFit"));
    QAction* reset = actionNamed(*menu, QStringLiteral("networkResetZoom"));
    ASSERT_NE(fit, nullptr);
    ASSERT_NE(reset, nullptr);
    EXPECT_EQ(actionNamed(*menu, QStringLiteral("networkOpenContact")), nullptr);
    view->setZoom(fitted * 2.5);
    reset->trigger();
    EXPECT_DOUBLE_EQ(view->zoom(), 1.0);
    fit->trigger();
    EXPECT_NEAR(view->zoom(), fitted, 1e-9);
    expectNothingCovered();
}

TEST_F(NetworkTool, CompanyMenuListsItsProcessesOrOffersANewOne)
{
    open(true);
    NetworkNodeItem* quarry = nodeKeyed(QStringLiteral("company:quarry health"));
    ASSERT_NE(quarry, nullptr);
    std::unique_ptr<QMenu> menu = view->menuAt(onScreen(quarry));
    QAction* open = actionNamed(*menu, QStringLiteral("networkOpenOpportunity"));
    ASSERT_NE(open, nullptr);
    EXPECT_TRUE(open->text().contains(QStringLiteral("Quarry Health")));
    EXPECT_EQ(actionNamed(*menu, QStringLiteral("networkNewOpportunity")), nullptr);

    // A company someone works at, with no process recorded there.
    Contact stranger;
    stranger.firstName = QStringLiteral("Ola");
    stranger.lastName = QStringLiteral("Nordmann");
    stranger.company = QStringLiteral("Fjord Analytics");
    stranger.warmth = 5;
    ASSERT_OK(ContactRepository(*db).add(stranger));
    QSignalSpy laidOut(view.get(), &NetworkView::laidOut);
    view->reload();
    ASSERT_TRUE(laidOut.wait(5000));
    NetworkNodeItem* fjord = nodeKeyed(QStringLiteral("company:fjord analytics"));
    ASSERT_NE(fjord, nullptr);
    std::unique_ptr<QMenu> none = view->menuAt(onScreen(fjord));
    QAction* create = actionNamed(*none, QStringLiteral("networkNewOpportunity"));
    ASSERT_NE(create, nullptr);
    QSignalSpy asked(view.get(), &NetworkView::newOpportunityRequested);
    create->trigger();
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked.first().at(0).toString(), QStringLiteral("Fjord Analytics"));
}

TEST_F(NetworkTool, RightClickOpensTheMenuOnScreen)
{
    open(true);
    const qint64 priya = contactNamed(QStringLiteral("Priya"));
    const QPoint at = onScreen(nodeOf(priya));
    QStringList seen;
    QTimer::singleShot(100, [&] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            for (QAction* action : menu->actions())
                seen << action->objectName();
            menu->close();
        }
    });
    QWidget* viewport = view->canvas()->viewport();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &event);
    EXPECT_TRUE(seen.contains(QStringLiteral("networkOpenContact")));
}

TEST_F(NetworkTool, AnEmptyDatabaseSaysWhatWillAppearThere)
{
    open(false);
    EmptyStateWidget* empty = view->emptyState();
    ASSERT_NE(empty, nullptr);
    EXPECT_FALSE(view->canvas()->isVisible()); // no lone dot
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(empty->text().contains(QStringLiteral("introduced whom")));
    EXPECT_TRUE(empty->text().contains(QStringLiteral("processes they belong to")));
    EXPECT_TRUE(empty->text().contains(QStringLiteral("Import\u00a0Contacts"))); // one line
    std::unique_ptr<QMenu> menu = view->menuAt(QPoint(5, 5));
    EXPECT_TRUE(menu->isEmpty());

    // A process with nobody recorded in it yet says how to add them.
    Opportunity lone;
    lone.company = QStringLiteral("Solo Works");
    lone.role = QStringLiteral("Designer");
    ASSERT_OK(OpportunityRepository(*db).add(lone));
    QSignalSpy laidOut(view.get(), &NetworkView::laidOut);
    view->reload();
    ASSERT_TRUE(laidOut.wait(5000));
    const int index = view->focusBox()->findData(lone.id);
    ASSERT_GT(index, 0);
    view->focusBox()->setCurrentIndex(index);
    emit view->focusBox()->activated(index);
    ASSERT_TRUE(laidOut.wait(5000));
    ASSERT_NE(view->emptyState(), nullptr);
    EXPECT_NE(view->emptyState(), empty);
    EXPECT_TRUE(view->emptyState()->text().contains(QStringLiteral("rounds")));

    // Once someone is there, the graph replaces the message.
    Contact met;
    met.firstName = QStringLiteral("Ada");
    met.company = QStringLiteral("Elsewhere");
    ASSERT_OK(ContactRepository(*db).add(met));
    view->focusBox()->setCurrentIndex(0);
    emit view->focusBox()->activated(0);
    ASSERT_TRUE(laidOut.wait(5000));
    EXPECT_EQ(view->emptyState(), nullptr);
    EXPECT_TRUE(view->canvas()->isVisible());
}

TEST_F(NetworkTool, ComingBackKeepsTheZoomAndPlace)
{
    open(true);
    view->setZoom(2.0);
    const QPointF centre = view->canvas()->mapToScene(view->canvas()->viewport()->rect().center());
    QSignalSpy laidOut(view.get(), &NetworkView::laidOut);
    view->reload(); // what showing the section again does
    ASSERT_TRUE(laidOut.wait(5000));
    EXPECT_NEAR(view->zoom(), 2.0, 1e-9);
    const QPointF after = view->canvas()->mapToScene(view->canvas()->viewport()->rect().center());
    EXPECT_NEAR(after.x(), centre.x(), 2.0);
    EXPECT_NEAR(after.y(), centre.y(), 2.0);
}

TEST_F(NetworkTool, ViewStateRoundTrip)
{
    open(true);
    const int quarry = [&] {
        for (int i = 0; i < view->focusBox()->count(); ++i)
            if (view->focusBox()->itemText(i).startsWith(QStringLiteral("Quarry")))
                return i;
        return -1;
    }();
    ASSERT_GT(quarry, 0);
    const qint64 quarryId = view->focusBox()->itemData(quarry).toLongLong();
    QSignalSpy laidOut(view.get(), &NetworkView::laidOut);
    view->focusBox()->setCurrentIndex(quarry);
    emit view->focusBox()->activated(quarry);
    ASSERT_TRUE(laidOut.wait(5000));
    const qint64 nina = contactNamed(QStringLiteral("Nina"));
    ASSERT_NE(nodeOf(nina), nullptr);
    view->selectContact(nina);
    view->setZoom(1.3);
    view->canvas()->centerOn(nodeOf(nina)->scenePos() + QPointF(30, -20));
    const QPointF centre = view->canvas()->mapToScene(view->canvas()->viewport()->rect().center());
    const QByteArray saved = view->saveViewState();
    ASSERT_FALSE(saved.isEmpty());

    // A new window restores it before its first layout is ready.
    auto again = std::make_unique<NetworkView>(*db);
    again->resize(1000, 700);
    QSignalSpy againLaidOut(again.get(), &NetworkView::laidOut);
    EXPECT_TRUE(again->restoreViewState(saved));
    EXPECT_EQ(again->saveViewState(), saved); // pending, and still what it says
    again->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(again.get()));
    while (again->isLayingOut())
        ASSERT_TRUE(againLaidOut.wait(5000));
    EXPECT_EQ(again->focusBox()->currentData().toLongLong(), quarryId);
    EXPECT_EQ(again->selectedContact(), nina);
    EXPECT_NEAR(again->zoom(), 1.3, 1e-9);
    const QPointF restored
        = again->canvas()->mapToScene(again->canvas()->viewport()->rect().center());
    EXPECT_NEAR(restored.x(), centre.x(), 2.0);
    EXPECT_NEAR(restored.y(), centre.y(), 2.0);

    // Restored while idle, on the same focus: at once.
    view->setZoom(0.7);
    EXPECT_TRUE(view->restoreViewState(saved));
    EXPECT_NEAR(view->zoom(), 1.3, 1e-9);
}

TEST_F(NetworkTool, DamagedViewStateChangesNothing)
{
    open(true);
    view->setZoom(1.1);
    const QByteArray saved = view->saveViewState();
    EXPECT_FALSE(view->restoreViewState(QByteArray()));
    EXPECT_FALSE(view->restoreViewState(QByteArray("not a view state")));
    EXPECT_FALSE(view->restoreViewState(saved.left(saved.size() - 3)));
    EXPECT_FALSE(view->restoreViewState(saved + QByteArray("x")));
    QByteArray wrongVersion = saved;
    wrongVersion[4] = char(99);
    EXPECT_FALSE(view->restoreViewState(wrongVersion));
    EXPECT_NEAR(view->zoom(), 1.1, 1e-9);
    EXPECT_EQ(view->focusBox()->currentIndex(), 0);
    EXPECT_FALSE(view->isLayingOut());

    // A process deleted since: everyone instead, the zoom still restored.
    NetworkViewState gone = *NetworkViewState::fromBytes(saved);
    gone.opportunityId = 987654;
    gone.zoom = 0.8;
    EXPECT_TRUE(view->restoreViewState(gone.toBytes()));
    EXPECT_EQ(view->focusBox()->currentIndex(), 0);
    EXPECT_NEAR(view->zoom(), 0.8, 1e-9);
    // A zoom beyond what the view allows is brought within it.
    gone.zoom = 1e9;
    EXPECT_TRUE(view->restoreViewState(gone.toBytes()));
    EXPECT_LE(view->zoom(), 6.0);
}

TEST_F(NetworkTool, AFittedNetworkFollowsTheWindowUntilMoved)
{
    open(true);
    const qreal small = view->zoom();
    view->resize(1400, 1000);
    ASSERT_EVENTUALLY(view->zoom() > small * 1.1, 2000); // filled the larger window
    expectNothingCovered();
    const qreal large = view->zoom();
    view->setZoom(large * 1.5);
    view->resize(900, 600);
    QApplication::processEvents();
    EXPECT_NEAR(view->zoom(), large * 1.5, 1e-9); // the user's zoom stays
}
