#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace finalist {

// What a lock file says about the program that wrote it. The lines are those QLockFile writes
// (process id, program, host name, machine id, boot id), so either can read the other's.
struct LockOwner
{
    qint64 pid = 0;
    QString program;
    QString host;
    QByteArray machineId;
    QByteArray bootId;
    QDateTime writtenAt; // the file's modification time, UTC
    bool readable = false; // false: empty, unreadable or garbled
};

// One writer per database: "<database, symlinks resolved>.lock", owner-only (0600), held with
// flock(2) while it exists. It appears whole (written under a temporary name, then linked into
// place), so a kill never leaves an empty one behind.
//
// A lock nobody holds any more is replaced, and staleNotice() says so: an empty or garbled file,
// one left by a process that is gone from this computer, or one from before it restarted. A lock
// written on another computer (the same file in a synced folder) is never taken over silently:
// tryLock reports it with its host and age, and breakLock removes it once the user has agreed.
class LockFile
{
public:
    explicit LockFile(const QString& databasePath);
    ~LockFile();
    LockFile(const LockFile&) = delete;
    LockFile& operator=(const LockFile&) = delete;

    // The lock file's name for a database: the same for every path that reaches the same file.
    static QString pathFor(const QString& databasePath);

    // Error codes: Locked (a live process on this computer holds it), LockedElsewhere (another
    // computer wrote it) or CannotCreate.
    Status tryLock();
    void unlock();
    bool isLocked() const { return m_fd >= 0; }
    const QString& fileName() const { return m_fileName; }
    // A sentence for the status bar when tryLock replaced a stale lock; empty otherwise.
    const QString& staleNotice() const { return m_staleNotice; }

    static LockOwner ownerOf(const QString& lockFileName);
    // Removes the lock of a database whoever wrote it, unless a process on this computer still
    // holds it (then Locked). Nothing to remove is success.
    static Status breakLock(const QString& databasePath);

private:
    enum class Made
    {
        Taken,
        Exists,
        Failed,
    };
    Made create();

    QString m_databasePath;
    QString m_fileName;
    QString m_staleNotice;
    int m_fd = -1;
};

} // namespace finalist
