// finalist-cli against locks left behind, other programs' files, empty files and folders.
#include "CliFixture.h"
#include "CrashSupport.h"
#include "RawSql.h"
#include "storage/Migrations.h"

#include <map>
#include <QDateTime>
#include <QDir>
#include <QFile>

using namespace finalist;
using test::CliOutcome;

namespace {

class CliFiles : public test::Cli
{
protected:
    QString lockPath() const { return path + QStringLiteral(".lock"); }

    void writeLock(const QByteArray& content, qint64 secondsAgo = 0) const
    {
        QFile file(lockPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.flush();
        if (secondsAgo > 0)
            file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-secondsAgo),
                             QFileDevice::FileModificationTime);
        file.close();
    }

    // Every name in the folder with its checksum.
    std::map<QString, QByteArray> snapshot() const
    {
        std::map<QString, QByteArray> files;
        for (const QFileInfo& entry :
             QDir(folder.root())
                 .entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
            files[entry.fileName()]
                = entry.isDir() ? QByteArray("folder") : test::sha256Of(entry.absoluteFilePath());
        }
        return files;
    }
};

} // namespace

TEST_F(CliFiles, AnEmptyLockFileDoesNotLockTheUserOut)
{
    ASSERT_EQ(run({ QStringLiteral("init") }).exitCode, 0);
    writeLock({});
    const CliOutcome demo = run({ QStringLiteral("demo") });
    EXPECT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.err.contains(QStringLiteral("empty or unreadable lock")))
        << demo.err.toStdString();
    EXPECT_FALSE(QFile::exists(lockPath()));
}

TEST_F(CliFiles, AnotherComputersLockIsNamedAndBrokenOnlyOnRequest)
{
    ASSERT_EQ(run({ QStringLiteral("init") }).exitCode, 0);
    writeLock("4242\nfinalist\nwork-laptop\nfeedbeef\nboot\n", 2 * 86400 + 60);
    const QByteArray before = test::sha256Of(path);

    const CliOutcome refused = run({ QStringLiteral("demo") });
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("work-laptop"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("2 day"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("break-lock"))) << refused.err.toStdString();
    EXPECT_EQ(test::sha256Of(path), before);
    EXPECT_TRUE(QFile::exists(lockPath()));
    EXPECT_EQ(run({ QStringLiteral("stats") }).exitCode, 0) << "reading needs no lock";

    const CliOutcome broken = run({ QStringLiteral("break-lock") });
    EXPECT_EQ(broken.exitCode, 0) << broken.err.toStdString();
    EXPECT_TRUE(broken.err.contains(QStringLiteral("Warning"))) << broken.err.toStdString();
    EXPECT_TRUE(broken.err.contains(QStringLiteral("work-laptop"))) << broken.err.toStdString();
    EXPECT_FALSE(QFile::exists(lockPath()));
    EXPECT_EQ(run({ QStringLiteral("demo") }).exitCode, 0);

    const CliOutcome again = run({ QStringLiteral("break-lock") });
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("no lock"))) << again.out.toStdString();
}

TEST_F(CliFiles, BreakLockLeavesALiveWriterAlone)
{
    ASSERT_EQ(run({ QStringLiteral("init") }).exitCode, 0);
    auto holder = Database::open(path);
    ASSERT_TRUE(holder.ok());
    const CliOutcome broken = run({ QStringLiteral("break-lock") });
    EXPECT_EQ(broken.exitCode, 3);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("already open"))) << broken.err.toStdString();
    EXPECT_TRUE(QFile::exists(lockPath()));
}

TEST_F(CliFiles, InitDoesNotTakeOverAnotherProgramsDatabase)
{
    for (const QString& version : { QStringLiteral("0"), QStringLiteral("5") }) {
        QFile::remove(path);
        test::rawSql(path, QStringLiteral("CREATE TABLE t (a)"));
        test::rawSql(path, QStringLiteral("PRAGMA user_version = %1").arg(version));
        const auto before = snapshot();
        for (const QString& command :
             { QStringLiteral("init"), QStringLiteral("check"), QStringLiteral("demo") }) {
            const CliOutcome outcome = run({ command });
            EXPECT_EQ(outcome.exitCode, 3) << command.toStdString();
            EXPECT_TRUE(outcome.err.contains(QStringLiteral("another program")))
                << outcome.err.toStdString();
            EXPECT_TRUE(snapshot() == before)
                << command.toStdString() << " at " << version.toStdString();
        }
    }
}

TEST_F(CliFiles, AnEmptyFileBecomesAJournalThroughInitOnly)
{
    QFile empty(path);
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    for (const QString& command : { QStringLiteral("check"), QStringLiteral("demo") }) {
        const CliOutcome outcome = run({ command });
        EXPECT_EQ(outcome.exitCode, 3) << command.toStdString();
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("empty file")))
            << outcome.err.toStdString();
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("init"))) << outcome.err.toStdString();
        EXPECT_EQ(QFileInfo(path).size(), 0);
        EXPECT_FALSE(QFile::exists(lockPath()));
    }
    const CliOutcome init = run({ QStringLiteral("init") });
    EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_EQ(run({ QStringLiteral("check") }).exitCode, 0);
}

TEST_F(CliFiles, AFolderAtThePathIsNotADiskProblem)
{
    ASSERT_TRUE(QDir().mkpath(path));
    for (const QString& command : { QStringLiteral("check"), QStringLiteral("init") }) {
        const CliOutcome outcome = run({ command });
        EXPECT_EQ(outcome.exitCode, 3) << command.toStdString();
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("is a folder")))
            << outcome.err.toStdString();
        EXPECT_FALSE(outcome.err.contains(QStringLiteral("full"))) << outcome.err.toStdString();
    }
    EXPECT_TRUE(QDir(path).isEmpty());
}

TEST_F(CliFiles, ASymlinkDoesNotMakeASecondWriter)
{
    ASSERT_EQ(run({ QStringLiteral("init") }).exitCode, 0);
    const QString link = folder.path(QStringLiteral("link.sqlite"));
    ASSERT_TRUE(QFile::link(path, link));
    auto holder = Database::open(path);
    ASSERT_TRUE(holder.ok());
    const CliOutcome second = run({ QStringLiteral("demo") }, link);
    EXPECT_EQ(second.exitCode, 3);
    EXPECT_TRUE(second.err.contains(QStringLiteral("already open"))) << second.err.toStdString();
}

// After a crash in the middle of a write, read-only commands used to exit 3 with "check
// permissions" until a writer came by; now they put the file back as it was and answer.
TEST_F(CliFiles, ReadOnlyCommandsFinishWhatACrashInterrupted)
{
    ASSERT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--entries"), QStringLiteral("300") })
                  .exitCode,
              0);
    const QString crashed = folder.path(QStringLiteral("crashed.sqlite"));
    test::copyMidWrite(path, QStringLiteral("UPDATE journal_entries SET experience = 'half'"),
                       crashed);
    const CliOutcome stats = run({ QStringLiteral("stats") }, crashed);
    EXPECT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    EXPECT_EQ(statsCount(QStringLiteral("journal entries"), crashed),
              statsCount(QStringLiteral("journal entries")));
    EXPECT_EQ(run({ QStringLiteral("check") }, crashed).exitCode, 0);
    EXPECT_EQ(test::countRows(crashed, QStringLiteral("journal_entries"),
                              QStringLiteral("experience = 'half'")),
              0);
}

TEST_F(CliFiles, ABackupCanBeRestoredOverAnEmptyFileButNotOverAFolder)
{
    const QString other = folder.path(QStringLiteral("other.sqlite"));
    ASSERT_EQ(run({ QStringLiteral("demo") }, other).exitCode, 0);
    const QString backup = folder.path(QStringLiteral("backup.sqlite"));
    ASSERT_EQ(run({ QStringLiteral("backup"), QStringLiteral("--to"), backup }, other).exitCode, 0);

    ASSERT_TRUE(QDir().mkpath(path));
    EXPECT_EQ(run({ QStringLiteral("restore"), backup }).exitCode, 3);
    EXPECT_TRUE(QFileInfo(path).isDir()) << "a folder is never moved aside";
    ASSERT_TRUE(QDir().rmdir(path));

    QFile empty(path);
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    const CliOutcome restored = run({ QStringLiteral("restore"), backup });
    EXPECT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_EQ(statsCount(QStringLiteral("contacts")),
              statsCount(QStringLiteral("contacts"), other));
}
