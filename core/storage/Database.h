#pragma once

#include "Clock.h"
#include "Result.h"

#include <memory>
#include <optional>
#include <QSqlDatabase>
#include <QString>

class QThread;

namespace finalist {

class LockFile;
class SharedReads;

enum class DatabaseMode
{
    ReadWrite, // takes the writer lock, migrates, writes
    ReadOnly, // no lock, no migration, never writes (finalist-cli check and stats)
};

struct DatabaseOptions
{
    DatabaseMode mode = DatabaseMode::ReadWrite;
    // Stop the ladder at this version; tests use it to make fixtures of older schemas.
    int targetVersion = 0; // 0: the latest
    // A zero-length file at the path becomes a new journal only when the user has agreed (the
    // window asks; finalist-cli init counts as agreeing). Without it: Error::Code::EmptyFile.
    bool useEmptyFile = false;
    // PRAGMA quick_check before anything is written: it reads every page, a third of a second
    // on a large journal. Off for a caller that checks afterwards (the window, in the background
    // once it is shown; finalist-cli check, fully) or only reads: SQLite still refuses a damaged
    // page a reader comes to. Header, version and schema are checked either way.
    bool checkWholeFile = true;
    // A second writing connection for work in another thread of the process that holds the lock
    // (the sync): it takes no lock of its own and climbs no ladder (the holder did both), and
    // refuses a file whose schema is not the latest.
    bool besideHolder = false;
};

// One SQLite file, opened safely: identified as Finalist's and checked before anything is
// written, migrated with a backup first, held by one writer at a time through a lock file beside
// it (see LockFile).
//
// open() refuses, with a sentence for each: a folder at the path, a zero-length file the user has
// not agreed to use, another program's SQLite file, a damaged, read-only or newer file, and a
// lock held here or written by another computer (Error::Code::LockedElsewhere: breakLock after
// the user agrees). A lock nobody holds any more is replaced, and staleLockNotice() says so.
class Database
{
public:
    using Mode = DatabaseMode;
    using Options = DatabaseOptions;

    static Result<std::unique_ptr<Database>>
    open(const QString& path, const Clock& clock = Clock::system(), Options options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // ~/.local/share/Finalist/finalist.sqlite (the platform's data folder, then Finalist)
    static QString defaultPath();

    // Removes the writer lock of the database at path whoever wrote it (another computer, a
    // crashed Finalist), unless a process on this computer still holds it (then Locked). Only
    // after the user agreed: a Finalist still running elsewhere would then write at the same time.
    static Status breakLock(const QString& path);

    const QString& path() const { return m_path; }
    const Clock& clock() const { return m_clock; }
    // The connection, usable only on the thread that owns it (Qt's rule for QSqlDatabase).
    QSqlDatabase connection() const;
    // Hands the connection to another thread (see OpeningAhead). Called on the thread that owns
    // it now, with nothing of it in use; from then on only the other thread may use it.
    void moveConnectionToThread(QThread* thread);
    int schemaVersion() const;
    bool isReadOnly() const { return m_options.mode == Mode::ReadOnly; }
    // A sentence for the status bar when opening replaced a lock nobody held; empty otherwise.
    const QString& staleLockNotice() const { return m_staleLockNotice; }

    // Damage found after opening (the check that runs in the background): from now on SQLite
    // itself refuses every write on this connection (PRAGMA query_only), so nothing is built on
    // the damage, while everything can still be read. Replacing the file (a restore) ends it.
    Status stopWriting(const Error& why);
    bool writingStopped() const { return m_writingStopped.has_value(); }
    const std::optional<Error>& whyWritingStopped() const { return m_writingStopped; }

    // Grows with every row written through this database (SQLite's total_changes(), carried
    // over a reconnection): a view that read at one count has nothing new to read while it
    // stays. Reading it costs one tiny statement.
    qint64 changeCount() const;
    // Rows written by another connection (the sync's, in its thread): what was read before
    // counts as stale, as after a write here.
    void noteChangedElsewhere();
    // What several views read whole, kept until the next change (see SharedReads).
    SharedReads& sharedReads() const { return *m_sharedReads; }

    // PRAGMA quick_check (or integrity_check when full); an error says what is wrong.
    Status checkIntegrity(bool full = false) const;

    // Copies a consistent snapshot of the live database to a new file (VACUUM INTO).
    Status vacuumInto(const QString& target) const;

    // Replaces the whole file with another database (a backup), keeping the writer lock.
    Status replaceWith(const QString& source);

private:
    Database(QString path, const Clock& clock, Options options);
    Status takeLock();
    Status openConnection();
    void closeConnection();
    Status configure();
    Status migrate();
    Status createLatest();

    QString m_path;
    const Clock& m_clock;
    Options m_options;
    QString m_connectionName;
    std::unique_ptr<LockFile> m_lock;
    QString m_staleLockNotice;
    std::optional<Error> m_writingStopped;
    qint64 m_changesOfEarlierConnections = 0; // a restore reconnects; the count goes on
    mutable qint64 m_unreadableCounts = 0;
    std::unique_ptr<SharedReads> m_sharedReads;
};

} // namespace finalist
