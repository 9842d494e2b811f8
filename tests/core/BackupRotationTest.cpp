#include "storage/BackupRotation.h"

#include "RawSql.h"
#include "storage/BackupStore.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace finalist;

namespace {

constexpr QFileDevice::Permissions kGroupOrOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

BackupInfo info(const QDateTime& at, const QString& reason)
{
    return { at.toString(Qt::ISODate) + QLatin1Char('-') + reason, at, reason };
}

bool alwaysHealthy(const BackupInfo&)
{
    return true;
}

class RotationOnDisk : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("journal.sqlite")), clock);
        ASSERT_TRUE(db);
        Opportunity o;
        o.company = QStringLiteral("Kept Co");
        ASSERT_OK(OpportunityRepository(*db).add(o));
    }

    QString takeAt(const QTime& time, const QString& reason)
    {
        clock.set(QDateTime(clock.now().date(), time, Qt::UTC));
        auto taken = BackupStore(*db).snapshot(reason);
        EXPECT_TRUE(taken.ok()) << FINALIST_DESCRIBE(taken);
        return taken.ok() ? taken.value() : QString();
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST(BackupKinds, ReasonsAreSortedIntoKinds)
{
    EXPECT_EQ(backupKindOf(QStringLiteral("daily")), BackupKind::Daily);
    EXPECT_EQ(backupKindOf(QStringLiteral("manual")), BackupKind::Manual);
    EXPECT_EQ(backupKindOf(QStringLiteral("before-v9")), BackupKind::BeforeMigration);
    EXPECT_EQ(backupKindOf(QStringLiteral("before-v12")), BackupKind::BeforeMigration);
    EXPECT_EQ(backupKindOf(QStringLiteral("before-restore")), BackupKind::BeforeRestore);
    EXPECT_EQ(backupKindOf(QStringLiteral("before-vx")), BackupKind::Other);
    EXPECT_EQ(backupKindOf(QString()), BackupKind::Other);
}

TEST(BackupRotationRules, ABusyDayKeepsTheNewestFiveOfEachKindAndTheDaysKeeper)
{
    const QDateTime day(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    std::vector<BackupInfo> backups;
    // Newest first, as BackupStore::list gives them: a daily at 08:00, then through the day
    // one before-v9, one before-restore and eight manual backups, newest at 17:00.
    for (int hour = 17; hour >= 10; --hour)
        backups.push_back(info(day.addSecs((hour - 8) * 3600), QStringLiteral("manual")));
    backups.push_back(info(day.addSecs(3600), QStringLiteral("before-restore")));
    backups.push_back(info(day.addSecs(1800), QStringLiteral("before-v9")));
    backups.push_back(info(day, QStringLiteral("daily")));

    const auto keep = BackupRotation().keepers(backups, day.addSecs(12 * 3600), alwaysHealthy);
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(keep.count(backups[i].path)) << "manual #" << i;
    for (int i = 5; i < 8; ++i)
        EXPECT_FALSE(keep.count(backups[i].path)) << "manual #" << i << " is the sixth or later";
    EXPECT_TRUE(keep.count(backups[8].path)) << "before-restore";
    EXPECT_TRUE(keep.count(backups[9].path)) << "before-v9";
    EXPECT_FALSE(keep.count(backups[10].path))
        << "the day's keeper is its newest backup, a manual one";
    EXPECT_EQ(keep.size(), 7u);
}

TEST(BackupRotationRules, BeforeRestoreBackupsAreKeptThirtyDaysHoweverMany)
{
    const QDateTime now(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);
    std::vector<BackupInfo> backups;
    for (int daysAgo : { 1, 2, 3, 4, 5, 6, 7, 29 }) // eight within 30 days
        backups.push_back(info(now.addDays(-daysAgo), QStringLiteral("before-restore")));
    backups.push_back(info(now.addDays(-31), QStringLiteral("before-restore")));
    backups.push_back(info(now.addDays(-200), QStringLiteral("before-restore")));
    BackupRotation rules;
    rules.keepDaily = 1;
    rules.keepWeekly = 0;
    const auto keep = rules.keepers(backups, now, alwaysHealthy);
    for (size_t i = 0; i < 8; ++i)
        EXPECT_TRUE(keep.count(backups[i].path)) << i;
    EXPECT_FALSE(keep.count(backups[8].path)) << "older than 30 days and not among the newest five";
    EXPECT_FALSE(keep.count(backups[9].path));

    // Past 30 days the newest five of the kind still stay.
    const auto later = rules.keepers(backups, now.addDays(365), alwaysHealthy);
    for (size_t i = 0; i < 5; ++i)
        EXPECT_TRUE(later.count(backups[i].path)) << i;
    EXPECT_EQ(later.size(), 5u);
}

TEST(BackupRotationRules, TheNewestHealthyBackupIsNeverRotatedOut)
{
    const QDateTime now(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);
    std::vector<BackupInfo> backups;
    for (int daysAgo = 0; daysAgo < 100; ++daysAgo)
        backups.push_back(info(now.addDays(-daysAgo), QStringLiteral("daily")));
    // Everything from the last 90 days copied a damaged file; day 95 was the last good one.
    const QString good = backups[95].path;
    std::vector<QString> asked;
    const auto keep = BackupRotation().keepers(backups, now, [&](const BackupInfo& b) {
        asked.push_back(b.path);
        return b.takenAt <= now.addDays(-95);
    });
    EXPECT_TRUE(keep.count(good));
    EXPECT_EQ(asked.size(), 96u) << "asked from the newest down, and no further";
    EXPECT_FALSE(keep.count(backups[96].path));
}

TEST_F(RotationOnDisk, ADayOfEveryKindKeepsTheSafetyCopies)
{
    const QString daily = takeAt(QTime(8, 0), QStringLiteral("daily"));
    const QString beforeMigration = takeAt(QTime(8, 30), QStringLiteral("before-v9"));
    const QString beforeRestore = takeAt(QTime(9, 0), QStringLiteral("before-restore"));
    QStringList manual;
    for (int i = 0; i < 7; ++i)
        manual << takeAt(QTime(10 + i, 0), QStringLiteral("manual"));
    BackupStore store(*db);
    store.rotate();
    for (const QString& path : { beforeMigration, beforeRestore })
        EXPECT_TRUE(QFile::exists(path)) << path.toStdString();
    EXPECT_FALSE(QFile::exists(daily)) << "the day's newest backup stands for the day";
    for (int i = 0; i < 7; ++i)
        EXPECT_EQ(QFile::exists(manual[i]), i >= 2) << i;
    EXPECT_EQ(store.list().size(), 2u + 5u);

    // The next days' dailies do not push them out either.
    for (int day = 0; day < 10; ++day) {
        clock.advanceDays(1);
        ASSERT_OK(store.takeDailyIfDue());
    }
    EXPECT_TRUE(QFile::exists(beforeMigration));
    EXPECT_TRUE(QFile::exists(beforeRestore));
    for (int i = 2; i < 7; ++i)
        EXPECT_TRUE(QFile::exists(manual[i])) << i;
}

TEST_F(RotationOnDisk, TwoBackupsInOneSecondKeepTheirKind)
{
    const QString first = takeAt(QTime(10, 0), QStringLiteral("manual"));
    const QString second = takeAt(QTime(10, 0), QStringLiteral("manual"));
    ASSERT_NE(first, second);
    for (const BackupInfo& backup : BackupStore(*db).list())
        EXPECT_EQ(backup.reason, QStringLiteral("manual")) << backup.path.toStdString();
}

TEST_F(RotationOnDisk, StalePartialFilesGoAtTheNextBackupAndOthersStay)
{
    const QString backups = BackupStore::folderFor(db->path());
    ASSERT_TRUE(QDir().mkpath(backups));
    const QStringList ours = { QStringLiteral("journal-20260301-090000-daily.sqlite.partial"),
                               QStringLiteral("journal-20260301-100000-before-v9.sqlite.partial") };
    const QStringList theirs = { QStringLiteral("journal-old-20260301-090000-daily.sqlite.partial"),
                                 QStringLiteral("notes.txt.partial") };
    for (const QString& name : ours + theirs) {
        QFile file(QDir(backups).filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("half");
    }
    takeAt(QTime(11, 0), QStringLiteral("manual"));
    for (const QString& name : ours)
        EXPECT_FALSE(QFile::exists(QDir(backups).filePath(name))) << name.toStdString();
    for (const QString& name : theirs)
        EXPECT_TRUE(QFile::exists(QDir(backups).filePath(name))) << name.toStdString();
}

TEST_F(RotationOnDisk, BackupsAndCopiesAreReadableByTheOwnerOnly)
{
    const QString snapshot = takeAt(QTime(10, 0), QStringLiteral("manual"));
    EXPECT_EQ(QFileInfo(snapshot).permissions() & kGroupOrOthers, 0);
    EXPECT_EQ(QFileInfo(BackupStore::folderFor(db->path())).permissions() & kGroupOrOthers, 0);

    // A copy where the user chose replaces an existing world-readable file with a private one.
    const QString shared = folder.path(QStringLiteral("copy.sqlite"));
    QFile old(shared);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    ASSERT_TRUE(QFile::setPermissions(shared,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_OK(BackupStore(*db).exportTo(shared));
    EXPECT_EQ(QFileInfo(shared).permissions() & kGroupOrOthers, 0);
    EXPECT_EQ(test::countRows(shared, QStringLiteral("opportunities")), 1);

    clock.set(clock.now().addSecs(60));
    ASSERT_OK(BackupStore(*db).restoreFrom(snapshot));
    for (const BackupInfo& backup : BackupStore(*db).list())
        EXPECT_EQ(QFileInfo(backup.path).permissions() & kGroupOrOthers, 0)
            << backup.path.toStdString();
    EXPECT_EQ(QFileInfo(db->path()).permissions() & kGroupOrOthers, 0);
}

TEST_F(RotationOnDisk, RetryingARestoreNeverLosesTheDataItReplaced)
{
    const QString empty = takeAt(QTime(10, 0), QStringLiteral("manual"));
    Opportunity o;
    o.company = QStringLiteral("Second Co");
    ASSERT_OK(OpportunityRepository(*db).add(o));
    BackupStore store(*db);
    clock.set(clock.now().addSecs(60));
    ASSERT_OK(store.restoreFrom(empty));
    clock.set(clock.now().addSecs(60));
    ASSERT_OK(store.restoreFrom(empty));
    std::vector<qint64> counts;
    for (const BackupInfo& backup : store.list()) {
        if (backup.reason == QLatin1String("before-restore"))
            counts.push_back(test::countRows(backup.path, QStringLiteral("opportunities")));
    }
    ASSERT_EQ(counts.size(), 2u);
    EXPECT_EQ(counts.back(), 2) << "the first restore's safety copy holds both rows";
    const QStringList stray
        = QDir(folder.root()).entryList({ QStringLiteral("journal.sqlite.*") }, QDir::Files);
    EXPECT_TRUE(stray.filter(QStringLiteral("restore")).isEmpty())
        << stray.join(QLatin1Char(' ')).toStdString();
}
