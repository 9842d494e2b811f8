#include "CliFixture.h"
#include "RawSql.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>

using namespace finalist;
using test::Cli;
using test::CliOutcome;

TEST_F(Cli, HelpAndVersion)
{
    const CliOutcome help = runRaw({ QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0);
    for (const char* expected : { "init", "check", "stats", "backup [--to FILE]", "restore FILE",
                                  "demo --entries N --contacts M", "Exit codes", "--database" })
        EXPECT_TRUE(help.out.contains(QLatin1String(expected))) << expected;
    for (int code = 0; code <= 4; ++code)
        EXPECT_TRUE(help.out.contains(QStringLiteral("  %1  ").arg(code))) << code;
    const CliOutcome version = runRaw({ QStringLiteral("--version") });
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.contains(QStringLiteral(FINALIST_VERSION)));
}

TEST_F(Cli, UsageErrorsExitTwoWithUsageOnStderr)
{
    const CliOutcome unknown = run({ QStringLiteral("dance") });
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Unknown command “dance”")));
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Usage:"))) << "the usage follows";
    EXPECT_TRUE(unknown.out.isEmpty());

    const QList<QStringList> mistakes = {
        {},
        { QStringLiteral("--frobnicate"), QStringLiteral("init") },
        { QStringLiteral("demo"), QStringLiteral("--entries"), QStringLiteral("lots") },
        { QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("-3") },
        { QStringLiteral("restore") },
        { QStringLiteral("restore"), QStringLiteral("a.sqlite"), QStringLiteral("b.sqlite") },
        { QStringLiteral("init"), QStringLiteral("extra") },
        { QStringLiteral("stats"), QStringLiteral("--to"), QStringLiteral("x.sqlite") },
        { QStringLiteral("backup"), QStringLiteral("--to"), QString() },
        { QStringLiteral("init"), QStringLiteral("--entries"), QStringLiteral("5") },
    };
    for (const QStringList& arguments : mistakes) {
        const CliOutcome outcome = run(arguments);
        EXPECT_EQ(outcome.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("Usage:")))
            << arguments.join(QLatin1Char(' ')).toStdString();
    }
    EXPECT_EQ(runRaw({ QStringLiteral("--database"), QString(), QStringLiteral("init") }).exitCode,
              2);
    EXPECT_TRUE(QDir(folder.root()).isEmpty()) << "a usage error touches no file";
}

TEST_F(Cli, InitThenCheck)
{
    const CliOutcome init = run({ QStringLiteral("init") });
    EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_TRUE(init.out.contains(path));
    EXPECT_TRUE(init.out.contains(QStringLiteral("schema version %1").arg(latestSchemaVersion())));
    const CliOutcome check = run({ QStringLiteral("check") });
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("integrity: ok")));
    EXPECT_TRUE(
        check.out.contains(QStringLiteral("schema: %1 (this version of Finalist knows up to %1)")
                               .arg(latestSchemaVersion())));
}

TEST_F(Cli, StatsPrintsEveryKindInAFixedOrder)
{
    ASSERT_EQ(run({ QStringLiteral("init") }).exitCode, 0);
    const CliOutcome stats = run({ QStringLiteral("stats") });
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    QStringList kinds;
    for (const QString& line : stats.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        kinds << line.section(QStringLiteral(": "), 0, 0);
    EXPECT_EQ(kinds,
              QStringList({ QStringLiteral("opportunities"), QStringLiteral("rounds"),
                            QStringLiteral("contacts"), QStringLiteral("meetings"),
                            QStringLiteral("links"), QStringLiteral("journal entries"),
                            QStringLiteral("lessons"), QStringLiteral("wins"),
                            QStringLiteral("outreach"), QStringLiteral("follow-ups"),
                            QStringLiteral("templates"), QStringLiteral("goals") }));
}

TEST_F(Cli, DemoFillsTheSampleAndStatsShowsIt)
{
    const CliOutcome demo = run({ QStringLiteral("demo") });
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_EQ(run({ QStringLiteral("check") }).exitCode, 0);
    EXPECT_EQ(statsCount(QStringLiteral("opportunities")), 3);
    EXPECT_EQ(statsCount(QStringLiteral("rounds")), 8);
    EXPECT_GE(statsCount(QStringLiteral("contacts")), 12);
    EXPECT_GE(statsCount(QStringLiteral("meetings")), 8);
    EXPECT_GE(statsCount(QStringLiteral("links")), 5);
    EXPECT_GE(statsCount(QStringLiteral("journal entries")), 3);
    EXPECT_GE(statsCount(QStringLiteral("lessons")), 3);
    EXPECT_GE(statsCount(QStringLiteral("wins")), 2);
    EXPECT_GE(statsCount(QStringLiteral("outreach")), 5);
    EXPECT_GE(statsCount(QStringLiteral("follow-ups")), 3);
    EXPECT_EQ(statsCount(QStringLiteral("goals")), 1);
}

TEST_F(Cli, DemoRefusesADatabaseWithDataAndChangesNothing)
{
    ASSERT_EQ(run({ QStringLiteral("demo") }).exitCode, 0);
    const QByteArray before = test::sha256Of(path);
    const CliOutcome again = run({ QStringLiteral("demo") });
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds")));
    EXPECT_EQ(test::sha256Of(path), before);
    EXPECT_EQ(statsCount(QStringLiteral("opportunities")), 3);
}

TEST_F(Cli, LargeDemoSetsAreCounted)
{
    const CliOutcome demo
        = run({ QStringLiteral("demo"), QStringLiteral("--entries"), QStringLiteral("200"),
                QStringLiteral("--contacts"), QStringLiteral("50") });
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.out.contains(QStringLiteral("Added 200 journal entries and 50 contacts in")));
    EXPECT_EQ(statsCount(QStringLiteral("journal entries")), 200);
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), 50);
    EXPECT_GT(statsCount(QStringLiteral("opportunities")), 0);
    EXPECT_GT(statsCount(QStringLiteral("rounds")), 0);
    EXPECT_EQ(run({ QStringLiteral("check") }).exitCode, 0);
}

TEST_F(Cli, GarbageIsRefusedUntouched)
{
    QFile garbage(path);
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(5000, 'G'));
    garbage.close();
    const QByteArray before = test::sha256Of(path);
    for (const QString& command :
         { QStringLiteral("check"), QStringLiteral("stats"), QStringLiteral("init"),
           QStringLiteral("demo"), QStringLiteral("backup") }) {
        const CliOutcome outcome = run({ command });
        EXPECT_EQ(outcome.exitCode, 3) << command.toStdString();
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("not a Finalist database")))
            << outcome.err.toStdString();
        EXPECT_EQ(test::sha256Of(path), before);
    }
}

TEST_F(Cli, ADamagedDatabaseIsReportedUntouched)
{
    ASSERT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--entries"), QStringLiteral("300") })
                  .exitCode,
              0);
    test::overwriteBytes(path, 4 * 4096, QByteArray(4096, '\x5A')); // the middle of page 5
    const QByteArray before = test::sha256Of(path);
    // check reads every page; a writer checks the whole file before it writes, and a contact
    // import while it reads its file, committing nothing unless the journal is whole.
    const auto imported = [](const char* kind, const char* file) {
        return QStringList{ QStringLiteral("import"), QLatin1String(kind),
                            test::fixturePath(QStringLiteral("import/") + QLatin1String(file)) };
    };
    for (const QStringList& command :
         { QStringList{ QStringLiteral("check") }, QStringList{ QStringLiteral("demo") },
           QStringList{ QStringLiteral("init") }, imported("linkedin", "Connections.csv"),
           imported("linkedin", "Invitations.csv"), imported("vcard", "apple-3.0.vcf"),
           imported("csv", "Connections.csv") }) {
        const CliOutcome outcome = run(command);
        EXPECT_EQ(outcome.exitCode, 4) << command.join(u' ').toStdString();
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("damaged"))) << outcome.err.toStdString();
        EXPECT_EQ(test::sha256Of(path), before);
    }
    // A reader does not read the whole file first: what it reads of the damage is refused as
    // damage, and nothing is written either way.
    for (const QStringList& command :
         { QStringList{ QStringLiteral("stats") },
           QStringList{ QStringLiteral("search"), QStringLiteral("interview") } }) {
        const CliOutcome outcome = run(command);
        EXPECT_TRUE(outcome.exitCode == 0 || outcome.exitCode == 4)
            << command.join(u' ').toStdString() << ": " << outcome.exitCode;
        if (outcome.exitCode == 4)
            EXPECT_TRUE(outcome.err.contains(QStringLiteral("damaged")))
                << outcome.err.toStdString();
        EXPECT_EQ(test::sha256Of(path), before);
    }
}

TEST_F(Cli, AContactImportCommitsNothingWhenTheJournalIsDamagedWhereItDoesNotRead)
{
    ASSERT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--entries"), QStringLiteral("300"),
                    QStringLiteral("--contacts"), QStringLiteral("20") })
                  .exitCode,
              0);
    // A page of journal entries: importing contacts neither reads nor writes it, so only the
    // whole-file check, run while the import reads its file, can find the damage in time.
    const qint64 page = test::rawSql(path,
                                     QStringLiteral("SELECT pageno FROM dbstat WHERE name "
                                                    "= 'journal_entries' AND pagetype = "
                                                    "'leaf' ORDER BY pageno LIMIT 1 "
                                                    "OFFSET 3"))
                            .toLongLong();
    ASSERT_GT(page, 1);
    test::overwriteBytes(path, (page - 1) * 4096 + 100, QByteArray(2000, '\x5A'));
    const QByteArray before = test::sha256Of(path);
    const CliOutcome outcome = run({ QStringLiteral("import"), QStringLiteral("linkedin"),
                                     test::fixturePath(QStringLiteral("import/Connections.csv")) });
    EXPECT_EQ(outcome.exitCode, 4) << outcome.out.toStdString();
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("Nothing imported")))
        << outcome.err.toStdString();
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("damaged"))) << outcome.err.toStdString();
    EXPECT_EQ(test::sha256Of(path), before);
    EXPECT_EQ(test::rawSql(path, QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 20);
}

TEST_F(Cli, ANewerSchemaIsRefusedUntouched)
{
    ASSERT_EQ(run({ QStringLiteral("init") }).exitCode, 0);
    test::rawSql(path, QStringLiteral("PRAGMA user_version = 99"));
    const QByteArray before = test::sha256Of(path);
    const CliOutcome newer = run({ QStringLiteral("check") });
    EXPECT_EQ(newer.exitCode, 3);
    EXPECT_TRUE(newer.err.contains(QStringLiteral("newer version")));
    EXPECT_EQ(run({ QStringLiteral("demo") }).exitCode, 3);
    EXPECT_EQ(run({ QStringLiteral("init") }).exitCode, 3);
    EXPECT_EQ(test::sha256Of(path), before);
}

TEST_F(Cli, AMissingFileIsNotCreatedByReaders)
{
    for (const QString& command : { QStringLiteral("check"), QStringLiteral("stats") }) {
        const CliOutcome outcome = run({ command });
        EXPECT_EQ(outcome.exitCode, 3) << command.toStdString();
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("There is no database")));
        EXPECT_FALSE(QFile::exists(path));
    }
}

TEST_F(Cli, ASecondWriterIsRefused)
{
    ASSERT_EQ(run({ QStringLiteral("init") }).exitCode, 0);
    auto holder = Database::open(path);
    ASSERT_TRUE(holder.ok());
    const QByteArray before = test::sha256Of(path);
    const CliOutcome second = run({ QStringLiteral("demo") });
    EXPECT_EQ(second.exitCode, 3);
    EXPECT_TRUE(second.err.contains(QStringLiteral("already open")));
    EXPECT_EQ(test::sha256Of(path), before);
    EXPECT_EQ(run({ QStringLiteral("stats") }).exitCode, 0) << "reading needs no lock";
}
