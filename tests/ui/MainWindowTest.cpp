#include "shell/MainWindow.h"

#include "common/EmptyStateWidget.h"
#include "journal/JournalView.h"
#include "ScriptedPrompter.h"
#include "shell/Session.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace finalist;

namespace {

class Window : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("window.sqlite"));
        session.attach(&window);
        ASSERT_TRUE(session.open(path));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    QAction* action(const char* name) { return window.findChild<QAction*>(QLatin1String(name)); }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    test::ScriptedPrompter prompter;
    Session session{ prompter, clock };
    MainWindow window;
    QString path;
};

} // namespace

TEST_F(Window, NavigationWalksEverySectionByClickAndShortcut)
{
    QListWidget* navigation = window.navigation();
    ASSERT_EQ(navigation->count(), MainWindow::SectionCount);
    EXPECT_EQ(window.currentSection(), MainWindow::Today);
    for (int i = MainWindow::SectionCount - 1; i >= 0; --i) {
        const QRect rect = navigation->visualItemRect(navigation->item(i));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        EXPECT_EQ(window.currentSection(), i);
        QWidget* shown = window.sectionWidget(static_cast<MainWindow::Section>(i));
        EXPECT_TRUE(shown->isVisible());
        if (i == MainWindow::Journal) {
            EXPECT_NE(qobject_cast<JournalView*>(shown), nullptr) << "the journal is built";
            continue;
        }
        auto* page = qobject_cast<EmptyStateWidget*>(shown);
        ASSERT_NE(page, nullptr);
        EXPECT_EQ(page->title(), navigation->item(i)->text());
        EXPECT_TRUE(page->text().contains(QStringLiteral("coming version")))
            << "says plainly it is not built yet";
    }
    for (int i = 0; i < MainWindow::SectionCount; ++i) {
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        EXPECT_EQ(window.currentSection(), i);
        EXPECT_EQ(navigation->currentRow(), i);
    }
}

TEST_F(Window, TitleAndStatusBarShowTheDatabase)
{
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("window.sqlite")));
    auto* label = window.findChild<QLabel*>(QStringLiteral("databasePath"));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), QDir::toNativeSeparators(path));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("Backed up today")))
        << "the daily backup was taken on opening";
}

TEST_F(Window, BackupNowWritesIntoTheBackupsFolder)
{
    const int before = QDir(folder.path(QStringLiteral("backups"))).entryList(QDir::Files).size();
    clock.set(clock.now().addSecs(60));
    QSignalSpy messages(&session, &Session::message);
    action("backupNow")->trigger();
    EXPECT_EQ(QDir(folder.path(QStringLiteral("backups"))).entryList(QDir::Files).size(),
              before + 1);
    ASSERT_EQ(messages.count(), 1);
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(QStringLiteral("Backed up to")));
}

TEST_F(Window, RestoreFromTheFileMenuBringsBackTheBackup)
{
    Opportunity o;
    o.company = QStringLiteral("After the backup");
    clock.set(clock.now().addSecs(60));
    ASSERT_OK(OpportunityRepository(*session.database()).add(o));
    prompter.backupsToChoose << BackupStore::listFor(path).back().path; // the daily one, empty
    action("restoreBackup")->trigger();
    EXPECT_TRUE(prompter.told.isEmpty()) << prompter.told.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(OpportunityRepository(*session.database()).count().value(), 0);
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(QStringLiteral("Restored")));
}

TEST_F(Window, OpeningAnotherDatabaseSwitchesAndReleasesTheOldOne)
{
    const QString other = folder.path(QStringLiteral("other.sqlite"));
    prompter.filesToOpen << other;
    QSignalSpy changed(&session, &Session::databaseChanged);
    emit window.openDatabaseRequested();
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(session.database()->path(), other);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("other.sqlite")));
    EXPECT_TRUE(Database::open(path, clock).ok()) << "the first file's lock was released";
}

TEST_F(Window, ANewDatabaseNeverOverwritesAnExistingFile)
{
    prompter.newFiles << path;
    emit window.newDatabaseRequested();
    ASSERT_EQ(prompter.told.size(), 1);
    EXPECT_TRUE(prompter.told.first().contains(QStringLiteral("already exists")));
    EXPECT_EQ(session.database()->path(), path);
}
