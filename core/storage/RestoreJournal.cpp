#include "RestoreJournal.h"

#include "BackupStore.h"
#include "DatabaseProbe.h"
#include "DurableFiles.h"
#include "LockFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

// What Finalist 0.x left beside the database while it restored with two renames.
QString earlierPrevious(const QString& databasePath)
{
    return databasePath + QStringLiteral(".previous");
}

QString earlierStaged(const QString& databasePath)
{
    return databasePath + QStringLiteral(".restoring");
}

Error notInPlace(const QString& databasePath, const QString& detail)
{
    return { Error::Code::Io,
             Texts::tr("The backup could not take the place of “%1”. The database is as it was.")
                 .arg(databasePath),
             detail,
             {} };
}

void removeStaged(const QString& staged)
{
    QFile::remove(staged);
    removeCompanions(staged);
}

} // namespace

QString RestoreJournal::stagedPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".restore-incoming");
}

QString RestoreJournal::journalPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".restore-journal");
}

Result<QString> RestoreJournal::stage(const QString& databasePath, const QString& backup)
{
    const QString staged = stagedPath(databasePath);
    if (QFileInfo(backup).absoluteFilePath() == QFileInfo(staged).absoluteFilePath())
        return staged;
    // A restore past its point of no return must be finished before another starts.
    if (auto pending = unfinished(databasePath))
        return *pending;
    QFile::remove(journalPath(databasePath)); // one whose rename was done
    removeStaged(staged); // an earlier attempt that did not reach the journal
    if (auto copied = copyPrivately(backup, staged); !copied) {
        removeStaged(staged);
        return Error{ Error::Code::Io,
                      Texts::tr("The backup could not be copied next to the database. Nothing was "
                                "changed."),
                      copied.error().message + QLatin1Char(' ') + copied.error().detail,
                      {} };
    }
    if (auto whole = checkWholeDatabase(staged, backup); !whole) {
        removeStaged(staged);
        return whole.error();
    }
    removeCompanions(staged); // a read-only look at a WAL file may leave them
    syncFolderOf(staged);
    return staged;
}

Status RestoreJournal::moveIntoPlace(const QString& databasePath)
{
    const QString staged = stagedPath(databasePath);
    const QString journal = journalPath(databasePath);
    if (!QFile::exists(staged))
        return notInPlace(databasePath, Texts::tr("No checked copy of the backup was waiting."));

    QFile::remove(journal);
    if (auto created = createPrivateFile(journal); !created) {
        removeStaged(staged);
        return notInPlace(databasePath, created.error().message);
    }
    {
        QFile file(journal);
        if (file.open(QIODevice::WriteOnly))
            file.write("Finalist is putting " + QFile::encodeName(staged) + " in place.\n");
    }
    if (!syncFile(journal) || !syncFolderOf(journal)) {
        QFile::remove(journal);
        removeStaged(staged);
        return notInPlace(databasePath,
                          Texts::tr("The disk did not confirm the restore's first step."));
    }

    removeCompanions(databasePath);
    if (!replaceFile(staged, databasePath)) {
        // Nothing switched: the old file is still at the path, checkpointed by the close.
        QFile::remove(journal);
        removeStaged(staged);
        return notInPlace(databasePath, staged);
    }
    syncFolderOf(databasePath);
    QFile::remove(journal);
    syncFolderOf(databasePath);
    return {};
}

Status RestoreJournal::recover(const QString& databasePath, const Clock& clock)
{
    const QString staged = stagedPath(databasePath);
    const QString journal = journalPath(databasePath);
    if (QFile::exists(journal)) {
        // Past the point of no return: finish. The staged copy was checked and synced before
        // the journal was written; a quick look guards against a disk that lied.
        if (QFile::exists(staged) && probeDatabaseFile(staged).ok()) {
            removeCompanions(databasePath);
            if (!replaceFile(staged, databasePath))
                return notInPlace(databasePath,
                                  Texts::tr("An interrupted restore could not be finished."));
            syncFolderOf(databasePath);
        }
        QFile::remove(journal);
        syncFolderOf(databasePath);
    }
    // Without a journal the restore never switched anything: undo it.
    removeStaged(staged);
    return recoverFromEarlierVersion(databasePath, clock);
}

Status RestoreJournal::recoverBeforeOpen(const QString& databasePath, const Clock& clock)
{
    const bool anything = QFileInfo::exists(journalPath(databasePath))
        || QFileInfo::exists(stagedPath(databasePath))
        || QFileInfo::exists(earlierPrevious(databasePath))
        || QFileInfo::exists(earlierStaged(databasePath));
    if (!anything)
        return {};
    if (!QFileInfo(QFileInfo(databasePath).absolutePath()).isWritable()) {
        if (auto pending = unfinished(databasePath))
            return *pending;
        return {}; // only leftovers that do not change what the path holds
    }
    LockFile lock(databasePath);
    if (auto taken = lock.tryLock(); !taken) {
        // A live writer is restoring right now. What the path holds is whole unless the
        // restore is past its point of no return, which that writer finishes in a moment.
        if (unfinished(databasePath))
            return taken.error();
        return {};
    }
    return recover(databasePath, clock);
}

Status RestoreJournal::recoverFromEarlierVersion(const QString& databasePath, const Clock& clock)
{
    const QString previous = earlierPrevious(databasePath);
    const QString restoring = earlierStaged(databasePath);
    if (!QFileInfo::exists(databasePath) && QFileInfo::exists(previous)) {
        // Killed between the two renames: finish with the whole copy, or put the old file back.
        const bool copyWhole = QFileInfo::exists(restoring) && probeDatabaseFile(restoring).ok();
        if (!replaceFile(copyWhole ? restoring : previous, databasePath))
            return notInPlace(databasePath,
                              Texts::tr("An interrupted restore could not be finished."));
        syncFolderOf(databasePath);
    }
    if (QFileInfo::exists(previous)) {
        // The data from before that restore: never thrown away, kept where the user finds it.
        auto kept = BackupStore::keepAsBackup(databasePath, previous,
                                              QStringLiteral("before-restore"), clock.now());
        if (!kept)
            return kept.error();
    }
    QFile::remove(restoring);
    removeCompanions(restoring); // a read-only look at a WAL-mode copy may leave them
    return {};
}

std::optional<Error> RestoreJournal::unfinished(const QString& databasePath)
{
    const bool committed
        = QFile::exists(journalPath(databasePath)) && QFile::exists(stagedPath(databasePath));
    const bool halfway
        = !QFileInfo::exists(databasePath) && QFileInfo::exists(earlierPrevious(databasePath));
    if (!committed && !halfway)
        return std::nullopt;
    return Error{ Error::Code::Locked,
                  Texts::tr(
                      "Restoring a backup into “%1” was interrupted, and finishing it needs to "
                      "write in the database's folder. Make the folder writable and open the "
                      "file again.")
                      .arg(databasePath),
                  {},
                  {} };
}

} // namespace finalist
