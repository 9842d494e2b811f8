// Wins and Lessons on the demo story, and the window keeping the graph and the table in step.
#include "common/InlineMessage.h"
#include "contacts/ContactDetail.h"
#include "contacts/ContactsView.h"
#include "lessons/LessonsView.h"
#include "network/NetworkNodeItem.h"
#include "network/NetworkView.h"
#include "RawSql.h"
#include "ScriptedPrompter.h"
#include "services/DemoSample.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "Shots.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"
#include "wins/WinsView.h"

#include <gtest/gtest.h>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace finalist;

namespace {

class Story : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("story.sqlite"));
        db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        ASSERT_OK(fillDemoSample(*db));
    }

    void shot(QWidget& widget, const QString& name) { test::saveShot(widget, name); }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    QString path;
};

} // namespace

TEST_F(Story, WinsShowTheRecordAndKeepWhatIsTyped)
{
    WinsView view(*db);
    view.resize(1000, 640);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QListView* processes = view.opportunities();
    QAbstractItemModelTester tester(processes->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_GT(processes->model()->rowCount(), 1);
    const QModelIndexList harbor
        = processes->model()->match(processes->model()->index(0, 0), Qt::DisplayRole,
                                    QStringLiteral("Harbor"), 1, Qt::MatchStartsWith);
    ASSERT_EQ(harbor.size(), 1);
    EXPECT_TRUE(harbor.first().data().toString().contains(QLatin1Char('\n')))
        << "the role on a line of its own";
    processes->scrollTo(harbor.first());
    QTest::mouseClick(processes->viewport(), Qt::LeftButton, {},
                      processes->visualRect(harbor.first()).center());
    ASSERT_EQ(processes->currentIndex(), harbor.first());
    const int before = view.wins()->count();
    ASSERT_GT(before, 0);
    EXPECT_TRUE(view.wins()->item(0)->text().startsWith(QStringLiteral("✓")));
    shot(view, QStringLiteral("wins.png"));

    QTest::mouseClick(view.addButton(), Qt::LeftButton); // nothing typed
    EXPECT_TRUE(view.message()->isError());
    const int stored = test::rawSql(path, QStringLiteral("SELECT count(*) FROM wins")).toInt();
    QTest::keyClicks(view.winEdit(), QStringLiteral("Maya said my research plan was the best"));
    QTest::keyClick(view.winEdit(), Qt::Key_Return);
    EXPECT_EQ(view.wins()->count(), before + 1);
    EXPECT_EQ(test::rawSql(path, QStringLiteral("SELECT count(*) FROM wins")).toInt(), stored + 1);
    view.wins()->setCurrentRow(view.wins()->count() - 1);
    view.removeSelected();
    EXPECT_EQ(test::rawSql(path, QStringLiteral("SELECT count(*) FROM wins")).toInt(), stored);
}

TEST_F(Story, LessonsGroupByOpportunityOrTagWithThemesCounted)
{
    LessonsView view(*db);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1000, 640);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const int lessons = test::rawSql(path, QStringLiteral("SELECT count(*) FROM lessons")).toInt();
    ASSERT_GT(lessons, 0);
    int shown = 0;
    for (int g = 0; g < view.model()->rowCount(); ++g)
        shown += view.model()->item(g)->rowCount();
    EXPECT_EQ(shown, lessons) << "by opportunity, each lesson once";
    EXPECT_TRUE(view.model()->item(0)->text().contains(QStringLiteral("lesson")));
    EXPECT_FALSE(view.themes()->text().isEmpty());
    shot(view, QStringLiteral("lessons.png"));

    QSignalSpy opened(&view, &LessonsView::entryRequested);
    view.setGrouping(LessonsView::Grouping::ByTag);
    ASSERT_GT(view.model()->rowCount(), 1);
    const QModelIndex first = view.model()->index(0, 0, view.model()->index(0, 0));
    ASSERT_TRUE(first.isValid());
    emit view.tree()->activated(first);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_GT(opened.first().at(0).toLongLong(), 0);
}

TEST_F(Story, SelectingInTheGraphSelectsInTheTable)
{
    db.reset(); // the session opens the file itself
    test::ScriptedPrompter prompter;
    Session session(prompter, clock);
    MainWindow window;
    session.attach(&window);
    ASSERT_TRUE(session.open(path));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* network = qobject_cast<NetworkView*>(window.sectionWidget(MainWindow::Network));
    auto* contacts = qobject_cast<ContactsView*>(window.sectionWidget(MainWindow::Contacts));
    ASSERT_NE(network, nullptr);
    ASSERT_NE(contacts, nullptr);
    QSignalSpy laidOut(network, &NetworkView::laidOut);
    window.showSection(MainWindow::Network);
    ASSERT_TRUE(laidOut.count() > 0 || laidOut.wait(5000));
    NetworkNodeItem* someone = nullptr;
    for (QGraphicsItem* item : network->scene()->items())
        if (auto* node = dynamic_cast<NetworkNodeItem*>(item); node && node->contactId() > 0)
            someone = node;
    ASSERT_NE(someone, nullptr);
    someone->setSelected(true);
    EXPECT_EQ(contacts->detail()->contactId(), someone->contactId());

    // And back: choosing a row in the table selects the person in the graph.
    window.showSection(MainWindow::Contacts);
    contacts->table()->selectRow(0);
    const qint64 chosen = contacts->detail()->contactId();
    ASSERT_GT(chosen, 0);
    EXPECT_EQ(network->selectedContact(), chosen);
}

TEST_F(Story, TheWinsViewOpensTheWizardOnItsOpportunity)
{
    WinsView view(*db);
    view.show();
    QListView* processes = view.opportunities();
    ASSERT_GT(processes->model()->rowCount(), 1);
    processes->setFocus();
    QTest::keyClick(processes, Qt::Key_Down); // from the newest to the next
    ASSERT_EQ(processes->currentIndex().row(), 1);
    const qint64 shown = processes->currentIndex().data(Qt::UserRole).toLongLong();
    QSignalSpy asked(&view, &WinsView::answerRejectionRequested);
    auto* button = view.findChild<QPushButton*>(QStringLiteral("answerRejection"));
    ASSERT_TRUE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked.first().first().toLongLong(), shown);
    EXPECT_GT(shown, 0);
}

// New processes come in at the top of the list while another is chosen: the list still shows
// the chosen one after it is read again, forty rows further down.
TEST_F(Story, TheChosenProcessStaysInSightWhenTheListGrows)
{
    for (int i = 0; i < 40; ++i) {
        Opportunity o;
        o.company = QStringLiteral("Company %1").arg(i);
        o.appliedOn = QDate(2025, 1, 1).addDays(i);
        ASSERT_OK(OpportunityRepository(*db).add(o));
    }
    WinsView view(*db);
    view.resize(900, 420);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QListView* processes = view.opportunities();
    processes->setFocus();
    QTest::keyClick(processes, Qt::Key_Down);
    const qint64 chosen = processes->currentIndex().data(Qt::UserRole).toLongLong();
    ASSERT_GT(chosen, 0);

    for (int i = 0; i < 40; ++i) { // synced from another computer, say: all newer
        Opportunity newer;
        newer.company = QStringLiteral("Newer %1").arg(i);
        newer.appliedOn = QDate(2026, 11, 1).addDays(i);
        ASSERT_OK(OpportunityRepository(*db).add(newer));
    }
    view.reload();
    QApplication::processEvents();
    ASSERT_EQ(processes->currentIndex().data(Qt::UserRole).toLongLong(), chosen);
    EXPECT_TRUE(
        processes->viewport()->rect().intersects(processes->visualRect(processes->currentIndex())))
        << "the chosen process is in sight";
}

// The process list takes every row's height from the first instead of measuring thousands of
// processes on every start on the Wins: so every row is two lines, with a role or without.
TEST_F(Story, EveryProcessInTheWinsListIsTwoLinesHigh)
{
    Opportunity bare;
    bare.company = QStringLiteral("No Role Yet");
    ASSERT_OK(OpportunityRepository(*db).add(bare));
    WinsView view(*db);
    view.resize(900, 420);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QListView* processes = view.opportunities();
    EXPECT_TRUE(processes->uniformItemSizes());
    const int twoLines = 2 * processes->fontMetrics().lineSpacing();
    ASSERT_GT(processes->model()->rowCount(), 1);
    bool sawBare = false;
    for (int row = 0; row < processes->model()->rowCount(); ++row) {
        const QModelIndex index = processes->model()->index(row, 0);
        const QString text = index.data().toString();
        EXPECT_EQ(text.count(QLatin1Char('\n')), 1) << text.toStdString();
        EXPECT_GE(processes->visualRect(index).height(), twoLines) << text.toStdString();
        sawBare = sawBare || text.startsWith(QStringLiteral("No Role Yet"));
    }
    EXPECT_TRUE(sawBare);
}
