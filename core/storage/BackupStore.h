#pragma once

#include "Clock.h"
#include "Result.h"

#include <optional>
#include <QDateTime>
#include <QString>
#include <vector>

namespace finalist {

class Database;

struct BackupInfo
{
    QString path;
    QDateTime takenAt; // UTC
    QString reason; // "daily", "manual", "before-v2", "before-restore" (no "-2" counter)
};

// The backups folder beside a database: snapshots taken with VACUUM INTO into a private
// temporary file, checked in full, synced, then renamed into place; rotated by BackupRotation
// (7 daily and 4 weekly by default, plus the newest of each kind a person or a risky step made).
class BackupStore
{
public:
    explicit BackupStore(Database& db);

    static QString folderFor(const QString& databasePath);
    QString folder() const { return m_folder; }

    // A checked snapshot in the backups folder; returns its path.
    Result<QString> snapshot(const QString& reason);
    // The day's automatic backup, when none was taken today; returns its path, or nothing.
    Result<std::optional<QString>> takeDailyIfDue();
    // The same in three steps, so that the copy can be written away from the window's thread:
    // the file today's backup is to be written to (none when one was taken today), writing it
    // from a connection of its own (any thread), then rotating the backups kept.
    Result<std::optional<QString>> dailyTargetIfDue();
    static Status writeSnapshot(const QString& databasePath, const QString& target);
    void rotateByPolicy();
    // A checked snapshot at a path the user chose; an existing file there is replaced whole.
    Status exportTo(const QString& target);
    // Checks the chosen backup in full, backs up the current file ("before-restore"), then puts
    // the backup in its place with one rename (see RestoreJournal).
    Status restoreFrom(const QString& backup);

    // For damage found while the database is open (writing has stopped): the damaged file is
    // kept aside as "<path>.damaged-<time>" instead of being backed up, then the backup is put
    // in its place as restoreFrom does.
    Status restoreOverDamaged(const QString& backup);
    // The first backup of the list (newest first) that passes a full check.
    static Result<QString> newestHealthy(const std::vector<BackupInfo>& backups);

    std::vector<BackupInfo> list() const; // newest first
    // The backups of a database that cannot be opened (damaged, foreign, too new).
    static std::vector<BackupInfo> listFor(const QString& databasePath);
    // Puts a backup in place of a database that cannot be opened. The refused file is not
    // deleted: it keeps a second name (".refused-<time>", with its -wal and -shm) so nothing is
    // lost, and the path always holds a whole file.
    static Status restoreOverUnopenable(const QString& databasePath, const QString& backup,
                                        const Clock& clock);
    // Moves a file into a database's backups folder under the backups' naming, as a backup of
    // that reason taken at that time; returns its new path.
    static Result<QString> keepAsBackup(const QString& databasePath, const QString& file,
                                        const QString& reason, const QDateTime& at);
    void rotate(int keepDaily = 7, int keepWeekly = 4);

private:
    Status snapshotTo(const QString& target);
    Result<QString> nameSnapshot(const QString& reason);
    void removeStalePartials() const;
    static Status keepAside(const QString& databasePath, const QString& why, const Clock& clock);
    static std::vector<BackupInfo> scan(const QString& folder, const QString& prefix);

    Database& m_db;
    QString m_folder;
    QString m_prefix; // the database's base name, so two databases may share a folder
};

} // namespace finalist
