#pragma once

#include "Clock.h"
#include "Result.h"

#include <optional>
#include <QString>

namespace finalist {

// Puts a backup in place of a live database so that a kill at any moment leaves either the old
// data or the new at the database's path, never neither, and never half of each.
//
// The steps, and what a kill after each leaves:
//   1. stage: the backup is copied to "<db>.restore-incoming", checked in full and synced.
//      Killed here: the staged copy is removed on the next open; the database is as it was.
//   2. moveIntoPlace writes "<db>.restore-journal": from now on the restore is finished, not
//      undone (the old data is already safe in a before-restore backup or a refused copy).
//   3. It removes the old -wal and -shm, which must never be applied to the new file.
//   4. It renames the staged copy over the database: the one step that switches the data.
//   5. It removes the journal.
// recover() looks at these files on the next open and finishes or undoes what it finds. It also
// rescues what an earlier Finalist left when it was killed between its two renames
// ("<db>.previous" and "<db>.restoring").
class RestoreJournal
{
public:
    static QString stagedPath(const QString& databasePath);
    static QString journalPath(const QString& databasePath);

    // Step 1. The caller holds the writer lock. A source that is already the staged copy is
    // taken as it is.
    static Result<QString> stage(const QString& databasePath, const QString& backup);
    // Steps 2 to 5. The caller holds the writer lock and has closed its connection (which
    // checkpoints the WAL into the old file).
    static Status moveIntoPlace(const QString& databasePath);

    // Finishes or undoes an interrupted restore. The caller holds the writer lock and has not
    // opened the file yet. Safe to call when nothing was interrupted (it then does nothing).
    static Status recover(const QString& databasePath, const Clock& clock);
    // The same for anyone about to open the file, reader or writer, before it looks at it: when
    // a restore's files are there, takes the writer lock for the moment it needs, recovers, lets
    // the lock go. A live writer holding the lock is mid-restore: the file is left to it, and
    // its Locked error returned only when the path does not hold the file to read.
    // When there is nothing to recover it costs four stat calls and takes no lock.
    static Status recoverBeforeOpen(const QString& databasePath, const Clock& clock);
    // For a reader, which may not change files: an error saying a writer must finish a restore,
    // when one was interrupted at a point where the file at the path is not the one to read.
    static std::optional<Error> unfinished(const QString& databasePath);

private:
    static Status recoverFromEarlierVersion(const QString& databasePath, const Clock& clock);
};

} // namespace finalist
