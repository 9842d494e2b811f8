#include "CliFixture.h"
#include "RawSql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace finalist;
using test::Cli;
using test::CliOutcome;

namespace {

constexpr QFileDevice::Permissions kGroupOrOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

QStringList filesIn(const QString& folder, const QString& pattern)
{
    return QDir(folder).entryList({ pattern }, QDir::Files, QDir::Name);
}

} // namespace

TEST_F(Cli, ABackupWhereTheUserChoseIsPrivate)
{
    ASSERT_EQ(run({ QStringLiteral("demo") }).exitCode, 0);
    const QString copy = folder.path(QStringLiteral("copy.sqlite"));
    ASSERT_EQ(run({ QStringLiteral("backup"), QStringLiteral("--to"), copy }).exitCode, 0);
    EXPECT_EQ(QFileInfo(copy).permissions() & kGroupOrOthers, 0);
    ASSERT_EQ(run({ QStringLiteral("backup") }).exitCode, 0);
    const QString backups = folder.path(QStringLiteral("backups"));
    for (const QString& name : filesIn(backups, QStringLiteral("*.sqlite")))
        EXPECT_EQ(QFileInfo(QDir(backups).filePath(name)).permissions() & kGroupOrOthers, 0)
            << name.toStdString();
}

TEST_F(Cli, RestoringTwiceKeepsTheDataEachRestoreReplaced)
{
    ASSERT_EQ(run({ QStringLiteral("demo") }).exitCode, 0);
    const QString small = folder.path(QStringLiteral("small.sqlite"));
    ASSERT_EQ(run({ QStringLiteral("backup"), QStringLiteral("--to"), small }).exitCode, 0);
    ASSERT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("40") })
                  .exitCode,
              0);
    ASSERT_EQ(statsCount(QStringLiteral("contacts")), 15 + 40);

    for (int attempt = 0; attempt < 2; ++attempt) {
        const CliOutcome restore = run({ QStringLiteral("restore"), small });
        ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    }
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), 15);
    const QString backups = folder.path(QStringLiteral("backups"));
    const QStringList kept = filesIn(backups, QStringLiteral("cli-*-before-restore*.sqlite"));
    ASSERT_EQ(kept.size(), 2) << kept.join(QLatin1Char(' ')).toStdString();
    QList<qint64> contacts;
    for (const QString& name : kept)
        contacts << test::countRows(QDir(backups).filePath(name), QStringLiteral("contacts"));
    EXPECT_TRUE(contacts.contains(15 + 40)) << "the first restore's safety copy is still there";
    EXPECT_TRUE(filesIn(folder.root(), QStringLiteral("cli.sqlite.*"))
                    .filter(QStringLiteral("restor"))
                    .isEmpty());
    EXPECT_TRUE(filesIn(folder.root(), QStringLiteral("cli.sqlite.previous")).isEmpty());
}

TEST_F(Cli, ADamagedBackupIsRefusedBeforeAnythingChanges)
{
    ASSERT_EQ(run({ QStringLiteral("demo") }).exitCode, 0);
    const QString copy = folder.path(QStringLiteral("copy.sqlite"));
    ASSERT_EQ(run({ QStringLiteral("backup"), QStringLiteral("--to"), copy }).exitCode, 0);
    test::overwriteBytes(copy, 4096, QByteArray(8, '\x7f')); // a b-tree page's header
    const QByteArray before = test::sha256Of(path);
    const CliOutcome restore = run({ QStringLiteral("restore"), copy });
    EXPECT_NE(restore.exitCode, 0);
    EXPECT_FALSE(restore.err.isEmpty());
    EXPECT_EQ(test::sha256Of(path), before);
    EXPECT_FALSE(QDir(folder.path(QStringLiteral("backups"))).exists())
        << "no safety copy is needed when nothing changed";
}
