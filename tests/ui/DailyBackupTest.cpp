// Today's backup is written once the window is up, in the background, after the whole-file
// check: opening does not wait for a copy of the whole journal, and the user goes on writing.
#include "RawSql.h"
#include "ScriptedPrompter.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/BackgroundTask.h"
#include "storage/BackupStore.h"
#include "storage/ContactRepository.h"
#include "storage/DurableFiles.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>

using namespace finalist;

namespace {

class DailyBackup : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        for (int i = 0; i < 200; ++i)
            addContact(*db, QStringLiteral("Before %1").arg(i));
    }

    static void addContact(Database& db, const QString& name)
    {
        Contact c;
        c.firstName = name;
        c.company = QStringLiteral("Company of %1").arg(name);
        ASSERT_OK(ContactRepository(db).add(c));
    }

    QString backupLabel(const MainWindow& window) const
    {
        auto* label = window.findChild<QLabel*>(QStringLiteral("backupState"));
        return label ? label->text() : QString();
    }

    std::vector<BackupInfo> dailyBackups() const
    {
        std::vector<BackupInfo> daily;
        for (const BackupInfo& backup : BackupStore::listFor(path)) {
            if (backup.reason == QStringLiteral("daily"))
                daily.push_back(backup);
        }
        return daily;
    }

    QStringList partialCopies() const
    {
        return QDir(BackupStore::folderFor(path))
            .entryList({ QStringLiteral("*.partial") }, QDir::Files);
    }

    // One run of the app: the window goes before the session, as in main().
    struct Run
    {
        Run(Prompter& prompter, const Clock& clock)
            : session(prompter, clock)
        {
            session.attach(&window);
        }
        Session session;
        MainWindow window;
    };

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    QString path = folder.path(QStringLiteral("journal.sqlite"));
    test::ScriptedPrompter prompter;
};

TEST_F(DailyBackup, IsWrittenAfterOpeningWhileTheUserGoesOnWriting)
{
    Run run(prompter, clock);
    Session& session = run.session;
    MainWindow& window = run.window;
    QSignalSpy checked(session.integrityCheck(), &BackgroundTask::finished);
    ASSERT_TRUE(session.open(path));
    EXPECT_TRUE(dailyBackups().empty()) << "opening does not wait for the copy";
    EXPECT_EQ(backupLabel(window), QStringLiteral("Backing up…"));

    // The check is done and the copy under way: the user's next contact is saved meanwhile.
    ASSERT_TRUE(checked.wait(20000));
    addContact(*session.database(), QStringLiteral("Typed while the copy ran"));
    session.waitForBackgroundWork();

    const auto daily = dailyBackups();
    ASSERT_EQ(daily.size(), 1u);
    EXPECT_EQ(backupLabel(window), QStringLiteral("Backed up today"));
    EXPECT_TRUE(window.statusBar()->currentMessage().isEmpty()) << "success says nothing more";
    EXPECT_OK(checkWholeDatabase(daily.front().path, daily.front().path));
    const qint64 copied = test::countRows(daily.front().path, QStringLiteral("contacts"));
    EXPECT_TRUE(copied == 200 || copied == 201) << "one consistent snapshot: " << copied;
    EXPECT_EQ(ContactRepository(*session.database()).count().value(), 201);
    EXPECT_TRUE(partialCopies().isEmpty());
}

TEST_F(DailyBackup, ClosingWhileItRunsWaitsForAWholeCopy)
{
    {
        Run run(prompter, clock);
        Session& session = run.session;
        QSignalSpy checked(session.integrityCheck(), &BackgroundTask::finished);
        ASSERT_TRUE(session.open(path));
        ASSERT_TRUE(checked.wait(20000)); // the copy has just started
    } // the window closes, the session ends
    const auto daily = dailyBackups();
    ASSERT_EQ(daily.size(), 1u);
    EXPECT_OK(checkWholeDatabase(daily.front().path, daily.front().path));
    EXPECT_EQ(test::countRows(daily.front().path, QStringLiteral("contacts")), 200);
    EXPECT_TRUE(partialCopies().isEmpty());
}

// A copy cut short (the program killed in the middle) leaves a ".partial" file, never a
// backup under a final name; the next opening removes it and writes today's backup whole.
TEST_F(DailyBackup, APartialCopyLeftByAKillIsRemovedAndReplaced)
{
    ASSERT_TRUE(QDir().mkpath(BackupStore::folderFor(path)));
    const QString partial
        = QDir(BackupStore::folderFor(path))
              .filePath(QStringLiteral("journal-20261201-081500-daily.sqlite.partial"));
    QFile cut(partial);
    ASSERT_TRUE(cut.open(QIODevice::WriteOnly));
    cut.write(QByteArray(8192, '\x01'));
    cut.close();

    Run run(prompter, clock);
    ASSERT_TRUE(run.session.open(path));
    run.session.waitForBackgroundWork();
    EXPECT_FALSE(QFile::exists(partial));
    ASSERT_EQ(dailyBackups().size(), 1u);
    EXPECT_EQ(test::countRows(dailyBackups().front().path, QStringLiteral("contacts")), 200);
}

TEST_F(DailyBackup, TakenOnlyOnceADay)
{
    for (int start = 0; start < 2; ++start) {
        Run run(prompter, clock);
        ASSERT_TRUE(run.session.open(path));
        if (start == 1) {
            EXPECT_EQ(backupLabel(run.window), QStringLiteral("Backed up today")) << "at once";
        }
        run.session.waitForBackgroundWork();
    }
    EXPECT_EQ(dailyBackups().size(), 1u);
}

// Where no backup can be written, the journal opens and saves all the same, and says so.
TEST_F(DailyBackup, AFolderThatCannotBeMadeIsReportedAndTheJournalStillSaves)
{
    QFile blocker(BackupStore::folderFor(path)); // a file where the folder should be
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    Run run(prompter, clock);
    Session& session = run.session;
    MainWindow& window = run.window;
    ASSERT_TRUE(session.open(path));
    session.waitForBackgroundWork();
    EXPECT_EQ(backupLabel(window), QStringLiteral("Not backed up today"));
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(
        QStringLiteral("Today's automatic backup failed")))
        << window.statusBar()->currentMessage().toStdString();
    addContact(*session.database(), QStringLiteral("Saved without a backup"));
    EXPECT_EQ(test::countRows(path, QStringLiteral("contacts")), 201);
}

} // namespace
