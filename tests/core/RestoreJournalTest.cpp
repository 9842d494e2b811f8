#include "storage/RestoreJournal.h"

#include "RawSql.h"
#include "storage/BackupStore.h"
#include "storage/DurableFiles.h"
#include "storage/LockFile.h"
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

// Each test lays out the files exactly as a kill at one step of a restore leaves them, then
// checks what the next open finds. The live journal holds 3 opportunities, the backup 1.
class InterruptedRestore : public ::testing::Test
{
protected:
    void SetUp() override
    {
        live = folder.path(QStringLiteral("journal.sqlite"));
        backup = folder.path(QStringLiteral("elsewhere/backup.sqlite"));
        QDir().mkpath(folder.path(QStringLiteral("elsewhere")));
        makeJournal(backup, { QStringLiteral("Backup Co") });
        makeJournal(live,
                    { QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three") });
    }

    void makeJournal(const QString& path, const QStringList& companies)
    {
        auto db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        for (const QString& company : companies) {
            Opportunity o;
            o.company = company;
            ASSERT_OK(OpportunityRepository(*db).add(o));
        }
    }

    // What the next start does before it opens the file.
    std::unique_ptr<Database> openAfterKill()
    {
        EXPECT_OK(RestoreJournal::recoverBeforeOpen(live, clock));
        return test::openOrFail(live, clock);
    }

    qint64 opportunitiesIn(Database& db) const
    {
        auto count = OpportunityRepository(db).count();
        return count ? count.value() : -1;
    }

    void copyFile(const QString& from, const QString& to) const
    {
        QFile::remove(to);
        ASSERT_TRUE(QFile::copy(from, to)) << from.toStdString();
    }

    void writeJournalFile() const
    {
        QFile journal(RestoreJournal::journalPath(live));
        ASSERT_TRUE(journal.open(QIODevice::WriteOnly));
        journal.write("in progress\n");
    }

    QStringList leftovers() const
    {
        QStringList names
            = QDir(folder.root())
                  .entryList({ QStringLiteral("journal.sqlite.*"), QStringLiteral("*.partial") },
                             QDir::Files);
        names.removeAll(QStringLiteral("journal.sqlite.lock")); // the open writer's own
        return names;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    QString live;
    QString backup;
};

} // namespace

TEST_F(InterruptedRestore, AHalfCopiedBackupIsDiscardedAndTheDatabaseIsAsItWas)
{
    QFile source(backup);
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QFile staged(RestoreJournal::stagedPath(live));
    ASSERT_TRUE(staged.open(QIODevice::WriteOnly));
    staged.write(source.read(source.size() / 2));
    staged.close();
    const QByteArray before = test::sha256Of(live);

    EXPECT_FALSE(RestoreJournal::unfinished(live).has_value()) << "a reader may read the old file";
    auto db = openAfterKill();
    ASSERT_TRUE(db);
    EXPECT_EQ(opportunitiesIn(*db), 3);
    EXPECT_OK(db->checkIntegrity(true));
    EXPECT_FALSE(QFile::exists(RestoreJournal::stagedPath(live)));
    db.reset();
    EXPECT_EQ(test::sha256Of(live), before);
}

TEST_F(InterruptedRestore, AWholeCopyWithoutTheJournalIsUndoneAndTheOldWalKept)
{
    // The live file's latest rows are still in its -wal (a kill leaves no checkpoint): copy the
    // pair while a writer holds them open.
    const QString open = folder.path(QStringLiteral("open.sqlite"));
    makeJournal(open, { QStringLiteral("A") });
    {
        auto writer = test::openOrFail(open, clock);
        ASSERT_TRUE(writer);
        for (const QString& company :
             { QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D") }) {
            Opportunity o;
            o.company = company;
            ASSERT_OK(OpportunityRepository(*writer).add(o));
        }
        ASSERT_GT(QFileInfo(open + QStringLiteral("-wal")).size(), 0);
        copyFile(open, live);
        copyFile(open + QStringLiteral("-wal"), live + QStringLiteral("-wal"));
    }
    copyFile(backup, RestoreJournal::stagedPath(live));

    auto db = openAfterKill();
    ASSERT_TRUE(db);
    EXPECT_EQ(opportunitiesIn(*db), 4) << "the rows in the -wal were kept";
    EXPECT_OK(db->checkIntegrity(true));
    EXPECT_FALSE(QFile::exists(RestoreJournal::stagedPath(live)));
}

TEST_F(InterruptedRestore, AJournalWithTheCopyFinishesTheRestoreAndDropsTheOldWal)
{
    // Killed just after the journal was written: the old -wal is still beside the file. It must
    // not be applied to the backup that takes the file's place.
    const QString open = folder.path(QStringLiteral("open.sqlite"));
    makeJournal(open, { QStringLiteral("A") });
    {
        auto writer = test::openOrFail(open, clock);
        ASSERT_TRUE(writer);
        for (int i = 0; i < 20; ++i) {
            Opportunity o;
            o.company = QStringLiteral("Company %1").arg(i);
            ASSERT_OK(OpportunityRepository(*writer).add(o));
        }
        copyFile(open, live);
        copyFile(open + QStringLiteral("-wal"), live + QStringLiteral("-wal"));
    }
    copyFile(backup, RestoreJournal::stagedPath(live));
    writeJournalFile();
    ASSERT_TRUE(RestoreJournal::unfinished(live).has_value())
        << "a reader must not take the old file for the restored one";

    auto db = openAfterKill();
    ASSERT_TRUE(db);
    EXPECT_EQ(opportunitiesIn(*db), 1);
    EXPECT_OK(db->checkIntegrity(true));
    db.reset();
    EXPECT_EQ(test::rawSql(live, QStringLiteral("SELECT company FROM opportunities")).toString(),
              QStringLiteral("Backup Co"));
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(QLatin1Char(' ')).toStdString();
}

TEST_F(InterruptedRestore, ALiveWriterMidRestoreIsLeftAlone)
{
    copyFile(backup, RestoreJournal::stagedPath(live));
    writeJournalFile();
    const QByteArray before = test::sha256Of(live);
    LockFile writer(live);
    ASSERT_OK(writer.tryLock());
    auto refused = RestoreJournal::recoverBeforeOpen(live, clock);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Locked);
    EXPECT_EQ(test::sha256Of(live), before);
    EXPECT_TRUE(QFile::exists(RestoreJournal::stagedPath(live)));

    // Before its journal, the writer's copy is no reader's concern: the path holds the old file.
    ASSERT_TRUE(QFile::remove(RestoreJournal::journalPath(live)));
    EXPECT_OK(RestoreJournal::recoverBeforeOpen(live, clock));
    EXPECT_TRUE(QFile::exists(RestoreJournal::stagedPath(live))) << "left to its writer";
    writeJournalFile();
    writer.unlock();
    auto db = openAfterKill();
    ASSERT_TRUE(db);
    EXPECT_EQ(opportunitiesIn(*db), 1);
}

TEST_F(InterruptedRestore, AJournalWhoseCopyWasAlreadyRenamedIsSimplyRemoved)
{
    copyFile(backup, live); // the rename happened; the journal was not removed yet
    writeJournalFile();
    EXPECT_FALSE(RestoreJournal::unfinished(live).has_value());
    auto db = openAfterKill();
    ASSERT_TRUE(db);
    EXPECT_EQ(opportunitiesIn(*db), 1);
    EXPECT_FALSE(QFile::exists(RestoreJournal::journalPath(live)));
}

TEST_F(InterruptedRestore, AJournalWithADamagedCopyKeepsTheOldFile)
{
    copyFile(backup, RestoreJournal::stagedPath(live));
    test::overwriteBytes(RestoreJournal::stagedPath(live), 0, QByteArray(100, 'x'));
    writeJournalFile();
    auto db = openAfterKill();
    ASSERT_TRUE(db);
    EXPECT_EQ(opportunitiesIn(*db), 3);
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(QLatin1Char(' ')).toStdString();
}

TEST_F(InterruptedRestore, AnEarlierVersionKilledBetweenItsRenamesIsFinishedAndItsOldDataKept)
{
    // Finalist 0.x renamed the file to ".previous", then the copy (".restoring") into place.
    ASSERT_TRUE(QFile::rename(live, live + QStringLiteral(".previous")));
    copyFile(backup, live + QStringLiteral(".restoring"));
    ASSERT_TRUE(RestoreJournal::unfinished(live).has_value())
        << "never “There is no database”, never an empty journal";

    auto db = openAfterKill();
    ASSERT_TRUE(db);
    EXPECT_EQ(opportunitiesIn(*db), 1) << "the restore was finished";
    const auto kept = BackupStore::listFor(live);
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_EQ(kept.front().reason, QStringLiteral("before-restore"));
    EXPECT_EQ(test::countRows(kept.front().path, QStringLiteral("opportunities")), 3);
    EXPECT_EQ(QFileInfo(kept.front().path).permissions() & kGroupOrOthers, 0);
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(QLatin1Char(' ')).toStdString();
}

TEST_F(InterruptedRestore, AnEarlierVersionKilledWithAHalfCopyPutsTheOldFileBack)
{
    ASSERT_TRUE(QFile::rename(live, live + QStringLiteral(".previous")));
    QFile half(live + QStringLiteral(".restoring"));
    ASSERT_TRUE(half.open(QIODevice::WriteOnly));
    half.write(QByteArray(2048, '\0'));
    half.close();

    auto db = openAfterKill();
    ASSERT_TRUE(db);
    EXPECT_EQ(opportunitiesIn(*db), 3);
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(QLatin1Char(' ')).toStdString();
}

TEST_F(InterruptedRestore, ThePreviousFileBesideAnEmptyJournalIsRescuedNotDeleted)
{
    // What the earlier version did next: it opened an empty journal at the path, and a second
    // restore would have deleted ".previous". Now the old data becomes a backup.
    const QString empty = folder.path(QStringLiteral("elsewhere/empty.sqlite"));
    makeJournal(empty, {});
    ASSERT_TRUE(QFile::rename(live, live + QStringLiteral(".previous")));
    copyFile(empty, live);
    auto db = openAfterKill();
    ASSERT_TRUE(db);
    EXPECT_EQ(opportunitiesIn(*db), 0);
    const auto kept = BackupStore::listFor(live);
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_EQ(test::countRows(kept.front().path, QStringLiteral("opportunities")), 3);
    EXPECT_FALSE(QFile::exists(live + QStringLiteral(".previous")));
}

TEST_F(InterruptedRestore, NothingInterruptedMeansNothingChanges)
{
    const QByteArray before = test::sha256Of(live);
    ASSERT_OK(RestoreJournal::recover(live, clock));
    EXPECT_EQ(test::sha256Of(live), before);
    EXPECT_FALSE(RestoreJournal::unfinished(live).has_value());
    EXPECT_TRUE(BackupStore::listFor(live).empty());
}

TEST_F(InterruptedRestore, StagingChecksTheWholeCopyAndLeavesNothingWhenItFails)
{
    const QString damaged = folder.path(QStringLiteral("damaged.sqlite"));
    copyFile(backup, damaged);
    test::overwriteBytes(damaged, 4096, QByteArray(8, '\x7f')); // a b-tree page's header
    const QString junk = folder.path(QStringLiteral("junk.sqlite"));
    QFile file(junk);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'J'));
    file.close();

    for (const QString& bad : { damaged, junk }) {
        auto staged = RestoreJournal::stage(live, bad);
        EXPECT_FALSE(staged.ok()) << bad.toStdString();
        EXPECT_FALSE(QFile::exists(RestoreJournal::stagedPath(live)));
    }
    auto good = RestoreJournal::stage(live, backup);
    ASSERT_OK(good);
    EXPECT_EQ(test::sha256Of(good.value()), test::sha256Of(backup));
    EXPECT_EQ(QFileInfo(good.value()).permissions() & kGroupOrOthers, 0);
}

TEST_F(InterruptedRestore, MovingIntoPlaceIsOneRenameAndRemovesStaleCompanions)
{
    auto staged = RestoreJournal::stage(live, backup);
    ASSERT_OK(staged);
    // A stale -wal from another file must not survive next to the restored one.
    copyFile(backup, live + QStringLiteral("-wal"));
    ASSERT_OK(RestoreJournal::moveIntoPlace(live));
    EXPECT_EQ(test::sha256Of(live), test::sha256Of(backup));
    EXPECT_FALSE(QFile::exists(live + QStringLiteral("-wal")));
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(QLatin1Char(' ')).toStdString();
    auto db = test::openOrFail(live, clock);
    ASSERT_TRUE(db);
    EXPECT_EQ(opportunitiesIn(*db), 1);
}

TEST_F(InterruptedRestore, ReplacingAnUnopenableFileKeepsItsBytesAndNeverEmptiesThePath)
{
    test::overwriteBytes(live, 0, QByteArray(100, 'Z'));
    const QByteArray damaged = test::sha256Of(live);
    ASSERT_OK(BackupStore::restoreOverUnopenable(live, backup, clock));
    EXPECT_EQ(test::sha256Of(live), test::sha256Of(backup));
    const QStringList aside
        = QDir(folder.root()).entryList({ QStringLiteral("journal.sqlite.refused-*") });
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(test::sha256Of(folder.path(aside.first())), damaged);
    EXPECT_FALSE(QFile::exists(RestoreJournal::stagedPath(live)));
    EXPECT_FALSE(QFile::exists(RestoreJournal::journalPath(live)));

    // A second restore over the (now healthy) path after another failure keeps both copies.
    test::overwriteBytes(live, 0, QByteArray(100, 'Y'));
    clock.set(clock.now().addSecs(60));
    ASSERT_OK(BackupStore::restoreOverUnopenable(live, backup, clock));
    EXPECT_EQ(QDir(folder.root()).entryList({ QStringLiteral("journal.sqlite.refused-*") }).size(),
              2);
}

TEST_F(InterruptedRestore, ReplacingAnUnopenableFileRefusesADamagedBackupAndChangesNothing)
{
    test::overwriteBytes(live, 0, QByteArray(100, 'Z'));
    const QByteArray damaged = test::sha256Of(live);
    const QString junk = folder.path(QStringLiteral("junk.sqlite"));
    QFile file(junk);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'J'));
    file.close();
    EXPECT_FALSE(BackupStore::restoreOverUnopenable(live, junk, clock).ok());
    EXPECT_EQ(test::sha256Of(live), damaged);
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(QLatin1Char(' ')).toStdString();
}
