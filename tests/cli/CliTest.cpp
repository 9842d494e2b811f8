#include "RawSql.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QProcess>

using namespace finalist;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Cli : public ::testing::Test
{
protected:
    Outcome run(const QStringList& arguments, const QString& database = {})
    {
        QStringList all = arguments;
        all.prepend(database.isEmpty() ? path : database);
        all.prepend(QStringLiteral("--database"));
        return runRaw(all);
    }

    static Outcome runRaw(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(FINALIST_CLI), arguments);
        EXPECT_TRUE(process.waitForFinished(120000));
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    qint64 statsCount(const QString& kind)
    {
        const Outcome stats = run({ QStringLiteral("stats") });
        for (const QString& line : stats.out.split(QLatin1Char('\n'))) {
            if (line.startsWith(kind + QStringLiteral(": ")))
                return line.mid(kind.size() + 2).toLongLong();
        }
        return -1;
    }

    test::TempFolder folder;
    QString path = folder.path(QStringLiteral("cli.sqlite"));
};

} // namespace

TEST_F(Cli, HelpAndVersion)
{
    const Outcome help = runRaw({ QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Exit codes")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("restore FILE")));
    const Outcome version = runRaw({ QStringLiteral("--version") });
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.contains(QStringLiteral(FINALIST_VERSION)));
}

TEST_F(Cli, UsageErrorsExitTwo)
{
    EXPECT_EQ(run({ QStringLiteral("dance") }).exitCode, 2);
    EXPECT_TRUE(run({ QStringLiteral("dance") }).err.contains(QStringLiteral("Unknown command")));
    EXPECT_EQ(runRaw({}).exitCode, 2);
    EXPECT_EQ(run({ QStringLiteral("--frobnicate"), QStringLiteral("init") }).exitCode, 2);
    EXPECT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--entries"), QStringLiteral("lots") })
                  .exitCode,
              2);
    EXPECT_EQ(run({ QStringLiteral("restore") }).exitCode, 2);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("x"))); // nothing odd was created
}

TEST_F(Cli, InitThenCheck)
{
    const Outcome init = run({ QStringLiteral("init") });
    EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_TRUE(init.out.contains(QStringLiteral("schema version 2")));
    const Outcome check = run({ QStringLiteral("check") });
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("integrity: ok")));
}

TEST_F(Cli, DemoFillsTheSampleAndStatsShowsIt)
{
    const Outcome demo = run({ QStringLiteral("demo") });
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_EQ(run({ QStringLiteral("check") }).exitCode, 0);
    EXPECT_EQ(statsCount(QStringLiteral("opportunities")), 3);
    EXPECT_GE(statsCount(QStringLiteral("contacts")), 12);
    EXPECT_GE(statsCount(QStringLiteral("links")), 5);
    EXPECT_GE(statsCount(QStringLiteral("journal entries")), 3);
    EXPECT_GE(statsCount(QStringLiteral("outreach")), 5);
    EXPECT_GE(statsCount(QStringLiteral("follow-ups")), 3);
    EXPECT_EQ(statsCount(QStringLiteral("goals")), 1);
}

TEST_F(Cli, DemoRefusesADatabaseWithDataAndChangesNothing)
{
    ASSERT_EQ(run({ QStringLiteral("demo") }).exitCode, 0);
    const QByteArray before = test::sha256Of(path);
    const Outcome again = run({ QStringLiteral("demo") });
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds")));
    EXPECT_EQ(test::sha256Of(path), before);
    EXPECT_EQ(statsCount(QStringLiteral("opportunities")), 3);
}

TEST_F(Cli, BadFilesAreRefusedUntouched)
{
    QFile garbage(path);
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(5000, 'G'));
    garbage.close();
    QByteArray before = test::sha256Of(path);
    for (const QString& command : { QStringLiteral("check"), QStringLiteral("stats"),
                                    QStringLiteral("init"), QStringLiteral("demo") }) {
        const Outcome outcome = run({ command });
        EXPECT_EQ(outcome.exitCode, 3) << command.toStdString();
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("not a Finalist database")))
            << outcome.err.toStdString();
        EXPECT_EQ(test::sha256Of(path), before);
    }

    const QString damaged = folder.path(QStringLiteral("damaged.sqlite"));
    ASSERT_EQ(
        run({ QStringLiteral("demo"), QStringLiteral("--entries"), QStringLiteral("300") }, damaged)
            .exitCode,
        0);
    test::overwriteBytes(damaged, 4 * 4096, QByteArray(4096, '\x5A'));
    before = test::sha256Of(damaged);
    const Outcome corrupted = run({ QStringLiteral("check") }, damaged);
    EXPECT_NE(corrupted.exitCode, 0);
    EXPECT_TRUE(corrupted.err.contains(QStringLiteral("damaged")));
    EXPECT_EQ(test::sha256Of(damaged), before);

    const QString future = folder.path(QStringLiteral("future.sqlite"));
    ASSERT_EQ(run({ QStringLiteral("init") }, future).exitCode, 0);
    test::rawSql(future, QStringLiteral("PRAGMA user_version = 99"));
    before = test::sha256Of(future);
    const Outcome newer = run({ QStringLiteral("check") }, future);
    EXPECT_EQ(newer.exitCode, 3);
    EXPECT_TRUE(newer.err.contains(QStringLiteral("newer version")));
    EXPECT_EQ(run({ QStringLiteral("demo") }, future).exitCode, 3);
    EXPECT_EQ(test::sha256Of(future), before);

    const Outcome missing
        = run({ QStringLiteral("check") }, folder.path(QStringLiteral("nowhere.sqlite")));
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_FALSE(QFile::exists(folder.path(QStringLiteral("nowhere.sqlite"))));
}

TEST_F(Cli, BackupToAFileThatCheckAccepts)
{
    ASSERT_EQ(run({ QStringLiteral("demo") }).exitCode, 0);
    const QString copy = folder.path(QStringLiteral("copies/copy.sqlite"));
    const Outcome backup = run({ QStringLiteral("backup"), QStringLiteral("--to"), copy });
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    EXPECT_EQ(run({ QStringLiteral("check") }, copy).exitCode, 0);
    EXPECT_EQ(run({ QStringLiteral("stats") }, copy).out, run({ QStringLiteral("stats") }).out);
    const Outcome inFolder = run({ QStringLiteral("backup") });
    ASSERT_EQ(inFolder.exitCode, 0);
    EXPECT_TRUE(inFolder.out.contains(folder.path(QStringLiteral("backups"))));
}

TEST_F(Cli, RestoreBringsBackAnEarlierState)
{
    ASSERT_EQ(run({ QStringLiteral("demo") }).exitCode, 0);
    const QString copy = folder.path(QStringLiteral("before.sqlite"));
    ASSERT_EQ(run({ QStringLiteral("backup"), QStringLiteral("--to"), copy }).exitCode, 0);
    ASSERT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--entries"), QStringLiteral("200"),
                    QStringLiteral("--contacts"), QStringLiteral("50") })
                  .exitCode,
              0);
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), 15 + 50);
    const Outcome restore = run({ QStringLiteral("restore"), copy });
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), 15);
    EXPECT_EQ(statsCount(QStringLiteral("journal entries")), 3);
    EXPECT_EQ(run({ QStringLiteral("check") }).exitCode, 0);

    const Outcome bogus
        = run({ QStringLiteral("restore"), folder.path(QStringLiteral("absent.sqlite")) });
    EXPECT_EQ(bogus.exitCode, 1);
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), 15);
}

TEST_F(Cli, LargeDemoSetsAreCounted)
{
    const Outcome demo
        = run({ QStringLiteral("demo"), QStringLiteral("--entries"), QStringLiteral("200"),
                QStringLiteral("--contacts"), QStringLiteral("50") });
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_EQ(statsCount(QStringLiteral("journal entries")), 200);
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), 50);
}

TEST_F(Cli, ASecondWriterIsRefused)
{
    ASSERT_EQ(run({ QStringLiteral("init") }).exitCode, 0);
    auto holder = Database::open(path);
    ASSERT_TRUE(holder.ok());
    const QByteArray before = test::sha256Of(path);
    const Outcome second = run({ QStringLiteral("demo") });
    EXPECT_EQ(second.exitCode, 3);
    EXPECT_TRUE(second.err.contains(QStringLiteral("already open")));
    EXPECT_EQ(test::sha256Of(path), before);
    EXPECT_EQ(run({ QStringLiteral("stats") }).exitCode, 0) << "reading needs no lock";
}
