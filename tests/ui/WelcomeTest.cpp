// A newcomer's first Today: the welcome and its three ways in, gone once the journal has
// something in it.
#include "ScriptedPrompter.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"
#include "today/DuePanel.h"
#include "today/TodayView.h"
#include "today/WelcomePanel.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace finalist;

namespace {

class Welcome : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("new.sqlite")), clock);
        ASSERT_TRUE(db);
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(Welcome, AnEmptyJournalIsGreetedWithThreeWaysIn)
{
    TodayView today(*db);
    today.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&today));
    ASSERT_TRUE(today.welcome()->isVisible());
    EXPECT_FALSE(today.due()->isVisible()) << "no empty lists under the greeting";
    QSignalSpy record(&today, &TodayView::recordProcessRequested);
    QSignalSpy import(&today, &TodayView::importContactsRequested);
    QSignalSpy demo(&today, &TodayView::demoRequested);
    QTest::mouseClick(today.welcome()->recordButton(), Qt::LeftButton);
    QTest::mouseClick(today.welcome()->importButton(), Qt::LeftButton);
    QTest::mouseClick(today.welcome()->demoButton(), Qt::LeftButton);
    EXPECT_EQ(record.count(), 1);
    EXPECT_EQ(import.count(), 1);
    EXPECT_EQ(demo.count(), 1);

    Opportunity first;
    first.company = QStringLiteral("Lumen");
    ASSERT_OK(OpportunityRepository(*db).add(first));
    today.reload();
    EXPECT_FALSE(today.welcome()->isVisible());
    EXPECT_TRUE(today.due()->isVisible());
}

TEST_F(Welcome, TheDemoIsAJournalOfItsOwnAndYoursIsOneClickAway)
{
    QStandardPaths::setTestModeEnabled(true); // the demo goes beside the default journal
    const QString demoPath
        = QFileInfo(Database::defaultPath()).dir().filePath(QStringLiteral("demo.sqlite"));
    QFile::remove(demoPath);
    const QString mine = db->path();
    db.reset();
    {
        test::ScriptedPrompter prompter;
        Session session(prompter, clock);
        MainWindow window;
        session.attach(&window);
        ASSERT_TRUE(session.open(mine));
        session.openDemo();
        ASSERT_EQ(session.database()->path(), demoPath);
        EXPECT_GT(OpportunityRepository(*session.database()).list().value().size(), 0u);
        ASSERT_TRUE(session.open(mine));
    }
    auto again = test::openOrFail(mine, clock);
    ASSERT_TRUE(again);
    EXPECT_EQ(OpportunityRepository(*again).list().value().size(), 0u) << "nothing mixed in";
    QFile::remove(demoPath);
    QStandardPaths::setTestModeEnabled(false);
}
