#include "CliFixture.h"
#include "RawSql.h"

#include <QDir>
#include <QFile>

using namespace finalist;
using test::Cli;
using test::CliOutcome;

namespace {

// The database files set aside by a restore (their -wal and -shm companions go along).
QStringList refusedCopiesIn(const QString& folder)
{
    QStringList names
        = QDir(folder).entryList({ QStringLiteral("cli.sqlite.refused-*") }, QDir::Files);
    names.removeIf([](const QString& name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    return names;
}

} // namespace

TEST_F(Cli, BackupToAFileThatCheckAccepts)
{
    ASSERT_EQ(run({ QStringLiteral("demo") }).exitCode, 0);
    const QString copy = folder.path(QStringLiteral("copies/copy.sqlite"));
    const CliOutcome backup = run({ QStringLiteral("backup"), QStringLiteral("--to"), copy });
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    EXPECT_TRUE(backup.out.contains(copy));
    EXPECT_EQ(run({ QStringLiteral("check") }, copy).exitCode, 0);
    EXPECT_EQ(run({ QStringLiteral("stats") }, copy).out, run({ QStringLiteral("stats") }).out);
}

TEST_F(Cli, BackupWithoutATargetGoesToTheBackupsFolder)
{
    ASSERT_EQ(run({ QStringLiteral("demo") }).exitCode, 0);
    const CliOutcome backup = run({ QStringLiteral("backup") });
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    const QString backups = folder.path(QStringLiteral("backups"));
    EXPECT_TRUE(backup.out.contains(backups));
    const QStringList made
        = QDir(backups).entryList({ QStringLiteral("*-manual.sqlite") }, QDir::Files);
    ASSERT_EQ(made.size(), 1);
    EXPECT_EQ(run({ QStringLiteral("check") }, QDir(backups).filePath(made.first())).exitCode, 0);
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
    const QString earlier = run({ QStringLiteral("stats") }, copy).out;

    const CliOutcome restore = run({ QStringLiteral("restore"), copy });
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    EXPECT_TRUE(restore.out.contains(QStringLiteral("Restored")));
    EXPECT_EQ(run({ QStringLiteral("stats") }).out, earlier);
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), 15);
    EXPECT_EQ(statsCount(QStringLiteral("journal entries")), 3);
    EXPECT_EQ(run({ QStringLiteral("check") }).exitCode, 0);
    EXPECT_FALSE(QDir(folder.path(QStringLiteral("backups"))).isEmpty())
        << "the state before the restore was kept";
}

TEST_F(Cli, RestoreRefusesAMissingOrDamagedBackup)
{
    ASSERT_EQ(run({ QStringLiteral("demo") }).exitCode, 0);
    const QByteArray before = test::sha256Of(path);
    const CliOutcome missing
        = run({ QStringLiteral("restore"), folder.path(QStringLiteral("absent.sqlite")) });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("There is no backup file")));

    const QString junk = folder.path(QStringLiteral("junk.sqlite"));
    QFile file(junk);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'J'));
    file.close();
    const CliOutcome refused = run({ QStringLiteral("restore"), junk });
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_FALSE(refused.err.isEmpty());
    EXPECT_EQ(test::sha256Of(path), before);
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), 15);
}

TEST_F(Cli, RestoreReplacesADamagedDatabaseAndKeepsItAside)
{
    ASSERT_EQ(run({ QStringLiteral("demo") }).exitCode, 0);
    const QString copy = folder.path(QStringLiteral("good.sqlite"));
    ASSERT_EQ(run({ QStringLiteral("backup"), QStringLiteral("--to"), copy }).exitCode, 0);
    ASSERT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--entries"), QStringLiteral("300") })
                  .exitCode,
              0);
    test::overwriteBytes(path, 4 * 4096, QByteArray(4096, '\x5A'));
    const QByteArray damaged = test::sha256Of(path);
    ASSERT_EQ(run({ QStringLiteral("check") }).exitCode, 4);

    const CliOutcome restore = run({ QStringLiteral("restore"), copy });
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    EXPECT_EQ(run({ QStringLiteral("check") }).exitCode, 0);
    EXPECT_EQ(statsCount(QStringLiteral("journal entries")), 3);
    const QStringList aside = refusedCopiesIn(folder.root());
    ASSERT_EQ(aside.size(), 1) << "the damaged file is kept, not deleted";
    EXPECT_TRUE(restore.out.contains(aside.first()));
    EXPECT_EQ(test::sha256Of(folder.path(aside.first())), damaged);
}

TEST_F(Cli, RestoreReplacesAForeignFile)
{
    ASSERT_EQ(run({ QStringLiteral("init") }, folder.path(QStringLiteral("other.sqlite"))).exitCode,
              0);
    QFile garbage(path);
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(5000, 'G'));
    garbage.close();
    const CliOutcome restore
        = run({ QStringLiteral("restore"), folder.path(QStringLiteral("other.sqlite")) });
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    EXPECT_EQ(run({ QStringLiteral("check") }).exitCode, 0);
    EXPECT_EQ(refusedCopiesIn(folder.root()).size(), 1);
}

TEST_F(Cli, RestoreWaitsForAnotherWriter)
{
    ASSERT_EQ(run({ QStringLiteral("demo") }).exitCode, 0);
    const QString copy = folder.path(QStringLiteral("copy.sqlite"));
    ASSERT_EQ(run({ QStringLiteral("backup"), QStringLiteral("--to"), copy }).exitCode, 0);
    auto holder = Database::open(path);
    ASSERT_TRUE(holder.ok());
    const QByteArray before = test::sha256Of(path);
    const CliOutcome restore = run({ QStringLiteral("restore"), copy });
    EXPECT_EQ(restore.exitCode, 3);
    EXPECT_TRUE(restore.err.contains(QStringLiteral("already open")));
    EXPECT_EQ(test::sha256Of(path), before);
    EXPECT_TRUE(refusedCopiesIn(folder.root()).isEmpty());
}
