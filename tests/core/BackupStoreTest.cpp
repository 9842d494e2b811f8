#include "storage/BackupStore.h"

#include "RawSql.h"
#include "storage/BackupPolicy.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace finalist;

namespace {

class Backups : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("journal.sqlite")), clock);
        ASSERT_TRUE(db);
        addOpportunity(QStringLiteral("First Co"));
    }

    void addOpportunity(const QString& company)
    {
        Opportunity o;
        o.company = company;
        ASSERT_OK(OpportunityRepository(*db).add(o));
    }

    qint64 opportunityCount() const
    {
        auto count = OpportunityRepository(*db).count();
        return count ? count.value() : -1;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(Backups, DailyBackupIsTakenAtMostOnceADay)
{
    BackupStore store(*db);
    auto first = store.takeDailyIfDue();
    ASSERT_OK(first);
    ASSERT_TRUE(first.value().has_value());
    EXPECT_TRUE(QFile::exists(*first.value()));
    EXPECT_EQ(QFileInfo(*first.value()).absolutePath(), folder.path(QStringLiteral("backups")));

    clock.set(clock.now().addSecs(5 * 3600));
    auto again = store.takeDailyIfDue();
    ASSERT_OK(again);
    EXPECT_FALSE(again.value().has_value());
    EXPECT_EQ(store.list().size(), 1u);

    clock.advanceDays(1);
    auto tomorrow = store.takeDailyIfDue();
    ASSERT_OK(tomorrow);
    EXPECT_TRUE(tomorrow.value().has_value());
    EXPECT_EQ(store.list().size(), 2u);
}

TEST_F(Backups, ABackupIsACheckedCopyWithNoPartialFileLeft)
{
    BackupStore store(*db);
    auto path = store.snapshot(QStringLiteral("manual"));
    ASSERT_OK(path);
    EXPECT_EQ(
        test::rawSql(path.value(), QStringLiteral("SELECT company FROM opportunities")).toString(),
        QStringLiteral("First Co"));
    EXPECT_EQ(test::rawSql(path.value(), QStringLiteral("PRAGMA quick_check")).toString(),
              QStringLiteral("ok"));
    const QStringList leftovers
        = QDir(store.folder()).entryList({ QStringLiteral("*.partial") }, QDir::Files);
    EXPECT_TRUE(leftovers.isEmpty());
    EXPECT_EQ(QFileInfo(path.value()).permissions() & 0x0077, 0) << "backups are private too";
}

TEST_F(Backups, RotationKeepsSevenDailyAndFourWeekly)
{
    BackupStore store(*db);
    // Sixty days of daily backups, two a day on some days. (Manual and safety backups have
    // their own quota on top of these: see BackupRotationTest.)
    for (int day = 0; day < 60; ++day) {
        ASSERT_OK(store.takeDailyIfDue());
        if (day % 10 == 0) {
            clock.set(clock.now().addSecs(3600));
            ASSERT_OK(store.snapshot(QStringLiteral("daily")));
        }
        clock.advanceDays(1);
    }
    store.rotate();
    const auto kept = store.list();
    QSet<QDate> days;
    for (const BackupInfo& backup : kept) {
        days.insert(backup.takenAt.date());
    }
    // The 7 newest days are kept, then one backup a week for the 4 whole weeks before them.
    const QDate newest = kept.front().takenAt.date();
    for (int i = 0; i < 7; ++i)
        EXPECT_TRUE(days.contains(newest.addDays(-i))) << i;
    EXPECT_EQ(kept.size(), 7u + 4u);
    EXPECT_EQ(kept.size(), static_cast<size_t>(days.size())) << "one backup per kept day";
    const QDate oldest = kept.back().takenAt.date();
    EXPECT_GE(oldest.daysTo(newest), 28) << "weekly backups reach past a month back";
    EXPECT_LE(oldest.daysTo(newest), 41);
    // Each weekly keeper is the newest backup of its week.
    for (size_t i = 7; i < kept.size(); ++i)
        EXPECT_EQ(kept[i].takenAt.date().dayOfWeek(), 7) << "Sunday, the last day of its week";
}

TEST_F(Backups, ExportWritesACheckedFileWhereTheUserChose)
{
    BackupStore store(*db);
    const QString target = folder.path(QStringLiteral("elsewhere/copy.sqlite"));
    ASSERT_OK(store.exportTo(target));
    EXPECT_EQ(test::rawSql(target, QStringLiteral("SELECT count(*) FROM opportunities")).toInt(),
              1);
}

TEST_F(Backups, ExportToAnImpossiblePlaceFailsCleanly)
{
    BackupStore store(*db);
    const QString blocker = folder.path(QStringLiteral("plain-file"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    auto result = store.exportTo(blocker + QStringLiteral("/copy.sqlite"));
    ASSERT_FALSE(result.ok());
    EXPECT_FALSE(result.error().message.isEmpty());
    EXPECT_EQ(QFileInfo(blocker).size(), 0);
}

TEST_F(Backups, RestoreBringsBackTheEarlierStateAndKeepsTheCurrentOne)
{
    BackupStore store(*db);
    auto earlier = store.snapshot(QStringLiteral("manual"));
    ASSERT_OK(earlier);
    addOpportunity(QStringLiteral("Second Co"));
    addOpportunity(QStringLiteral("Third Co"));
    ASSERT_EQ(opportunityCount(), 3);

    clock.set(clock.now().addSecs(60));
    ASSERT_OK(store.restoreFrom(earlier.value()));
    EXPECT_EQ(opportunityCount(), 1);
    EXPECT_OK(db->checkIntegrity(true));

    // The state just before the restore was saved first, so the restore can be undone.
    const auto backups = store.list();
    ASSERT_EQ(backups.size(), 2u);
    EXPECT_EQ(backups.front().reason, QStringLiteral("before-restore"));
    EXPECT_EQ(
        test::rawSql(backups.front().path, QStringLiteral("SELECT count(*) FROM opportunities"))
            .toInt(),
        3);

    // The database is still writable and still ours after the swap.
    addOpportunity(QStringLiteral("Fourth Co"));
    EXPECT_EQ(opportunityCount(), 2);
    EXPECT_FALSE(Database::open(db->path(), clock).ok()) << "the lock was kept through the restore";
}

TEST_F(Backups, RestoreRefusesADamagedBackupAndChangesNothing)
{
    const QString bogus = folder.path(QStringLiteral("bogus.sqlite"));
    QFile file(bogus);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(9000, 'z'));
    file.close();
    BackupStore store(*db);
    auto result = store.restoreFrom(bogus);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::NotADatabase);
    EXPECT_EQ(opportunityCount(), 1);
    EXPECT_TRUE(store.list().empty()) << "nothing to undo, so no safety copy was needed";
}

TEST_F(Backups, TheDailyRotationKeepsAsManyAsThePolicySays)
{
    BackupPolicy policy;
    policy.keepDaily = 3;
    policy.keepWeekly = 1;
    ASSERT_OK(BackupPolicy::save(*db, policy));
    BackupStore store(*db);
    for (int day = 0; day < 30; ++day) {
        ASSERT_OK(store.takeDailyIfDue());
        clock.advanceDays(1);
    }
    EXPECT_EQ(store.list().size(), 3u + 1u);
    EXPECT_EQ(BackupPolicy::load(*db).keepDaily, 3);
}

TEST_F(Backups, APolicyOutOfRangeIsRefusedAndTheStoredOneStays)
{
    BackupPolicy policy;
    policy.keepDaily = 10;
    ASSERT_OK(BackupPolicy::save(*db, policy));
    policy.keepDaily = 0;
    auto refused = BackupPolicy::save(*db, policy);
    ASSERT_FALSE(refused);
    EXPECT_FALSE(refused.error().message.isEmpty());
    policy.keepDaily = 5;
    policy.keepWeekly = 400;
    EXPECT_FALSE(BackupPolicy::save(*db, policy));
    EXPECT_EQ(BackupPolicy::load(*db).keepDaily, 10);
    EXPECT_EQ(BackupPolicy::load(*db).keepWeekly, 4);
}
