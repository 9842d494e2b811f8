#include "Database.h"

#include "BackupStore.h"
#include "DatabaseProbe.h"
#include "LockFile.h"
#include "Migrations.h"
#include "NewJournalSchema.h"
#include "RestoreJournal.h"
#include "SharedReads.h"
#include "Sql.h"
#include "Transaction.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

constexpr auto kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOwnerOnlyFolder = kOwnerOnlyFile | QFileDevice::ExeOwner;

Status prepareFolder(const QString& path)
{
    const QFileInfo info(path);
    QDir folder = info.absoluteDir();
    if (folder.exists())
        return {};
    if (!folder.mkpath(QStringLiteral("."))
        || !QFile::setPermissions(folder.absolutePath(), kOwnerOnlyFolder)) {
        return Error{ Error::Code::CannotCreate,
                      Texts::tr(
                          "The folder “%1” could not be created. Choose another place for the "
                          "database.")
                          .arg(folder.absolutePath()),
                      {},
                      {} };
    }
    return {};
}

// Root may write to any file, so the permission bits, not access(2), say whether the user
// meant the file to be read-only.
bool isMarkedReadOnly(const QFileInfo& info)
{
    const auto permissions = info.permissions();
    const bool ownerMayWrite = permissions & QFileDevice::WriteOwner;
    return !ownerMayWrite || !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();
}

Error readOnlyError(const QString& path)
{
    return { Error::Code::ReadOnly,
             Texts::tr(
                 "“%1” is read-only, so Finalist cannot save to it. It was left untouched. Make "
                 "the file writable, or open a copy of it.")
                 .arg(path),
             {},
             {} };
}

Error folderError(const QString& path)
{
    return { Error::Code::NotADatabase,
             Texts::tr(
                 "“%1” is a folder, not a database file. Choose a file in it, or another name for "
                 "a new journal.")
                 .arg(path),
             {},
             {} };
}

Error emptyFileError(const QString& path, bool readOnly)
{
    if (readOnly) {
        return { Error::Code::EmptyFile,
                 Texts::tr(
                     "“%1” is an empty file: there is no journal in it yet. Run finalist-cli init "
                     "to start one there.")
                     .arg(path),
                 {},
                 {} };
    }
    return {
        Error::Code::EmptyFile,
        Texts::tr(
            "“%1” is an empty file (0 bytes). Finalist can start a new journal in it; there is "
            "nothing in it to lose, but make sure it is the file you meant.")
            .arg(path),
        {},
        {}
    };
}

Error interruptedReadOnlyError(const QString& path)
{
    return { Error::Code::ReadOnly,
             Texts::tr(
                 "“%1” was interrupted while it was being written, and putting it back as it was "
                 "needs to write to it, but the file or its folder is read-only. Make both "
                 "writable and try again; the file was left untouched.")
                 .arg(path),
             {},
             {} };
}

// A crash left a hot journal, which a read-only connection cannot read past. Left alone it would
// shut out every reader until a writer came by, so a reader rolls it back itself, under the
// writer lock and exactly as the writer would, when the file may be written.
Status recoverForReader(const QString& path)
{
    if (isMarkedReadOnly(QFileInfo(path)))
        return interruptedReadOnlyError(path);
    LockFile lock(path);
    if (auto taken = lock.tryLock(); !taken)
        return taken.error();
    if (auto recovered = probeDatabaseFile(path, true); !recovered)
        return recovered.error();
    return {};
}

} // namespace

Database::Database(QString path, const Clock& clock, Options options)
    : m_path(std::move(path))
    , m_clock(clock)
    , m_options(options)
    , m_connectionName(QStringLiteral("finalist-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_sharedReads(std::make_unique<SharedReads>(*this))
{
}

Database::~Database()
{
    closeConnection();
}

QString Database::defaultPath()
{
    // Not AppDataLocation: that names the organisation and the application, both "Finalist".
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Finalist/finalist.sqlite"));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Clock& clock,
                                                 Options options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // A restore killed half-way is finished or undone before anything looks at the file.
    if (auto recovered = RestoreJournal::recoverBeforeOpen(absolute, clock); !recovered)
        return recovered.error();
    std::unique_ptr<Database> db(new Database(absolute, clock, options));
    const QFileInfo info(absolute);
    const bool readOnly = options.mode == Mode::ReadOnly;
    if (info.isDir())
        return folderError(absolute);
    const bool exists = info.exists() && info.size() > 0;

    if (readOnly && !info.exists()) {
        return Error{
            Error::Code::NotFound, Texts::tr("There is no database at “%1”.").arg(absolute), {}, {}
        };
    }
    if (info.exists() && !exists && (readOnly || !options.useEmptyFile))
        return emptyFileError(absolute, readOnly);

    // Whose file is it? Asked through a read-only connection before anything is written, the
    // lock file included, so that another program's database is left exactly as it was.
    if (exists) {
        auto identity = identifyDatabaseFile(absolute);
        if (!identity)
            return identity.error();
        if (readOnly && identity.value().interrupted) {
            if (auto recovered = recoverForReader(absolute); !recovered)
                return recovered.error();
        }
    }
    if (!readOnly) {
        if (auto folder = prepareFolder(absolute); !folder)
            return folder.error();
        if (auto locked = options.besideHolder ? Status() : db->takeLock(); !locked)
            return locked.error();
        if (info.exists() && isMarkedReadOnly(info))
            return readOnlyError(absolute);
    }

    // A reader that skips the whole-file check learnt all the probe would tell from the
    // identification above; a writer's probe also finishes what a crash interrupted.
    if (exists && (options.checkWholeFile || !readOnly) && !options.besideHolder) {
        auto probe = probeDatabaseFile(absolute, !readOnly, options.checkWholeFile);
        if (!probe)
            return probe.error();
    }

    if (auto opened = db->openConnection(); !opened)
        return opened.error();
    if (!readOnly) {
        if (!exists)
            QFile::setPermissions(absolute, kOwnerOnlyFile);
        if (auto configured = db->configure(); !configured)
            return configured.error();
        if (options.besideHolder && db->schemaVersion() != latestSchemaVersion())
            return newerSchemaError(absolute, db->schemaVersion());
        if (auto migrated = options.besideHolder ? Status() : db->migrate(); !migrated)
            return migrated.error();
    }
    return db;
}

Status Database::takeLock()
{
    auto lock = std::make_unique<LockFile>(m_path);
    if (auto taken = lock->tryLock(); !taken)
        return taken.error();
    m_staleLockNotice = lock->staleNotice();
    m_lock = std::move(lock);
    return {};
}

Status Database::breakLock(const QString& path)
{
    return LockFile::breakLock(path);
}

Status Database::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (isReadOnly())
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return sql::errorFrom(db.lastError(), m_path);
    return {};
}

void Database::moveConnectionToThread(QThread* thread)
{
    // What ties a connection to its thread is its driver's thread affinity.
    connection().driver()->moveToThread(thread);
}

void Database::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    // The next connection counts from zero; the file may hold other rows by then (a restore).
    m_changesOfEarlierConnections = std::max(changeCount(), m_changesOfEarlierConnections) + 1;
    m_sharedReads->forget();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::configure()
{
    const QSqlDatabase db = connection();
    // Statement journals in memory: an INSERT of many rows inside a transaction journals the
    // pages it changes, and as a temporary file that cost an import of 30,000 contacts a
    // quarter of its time. It holds one statement's pages, not the file's.
    for (const char* pragma :
         { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
           "PRAGMA busy_timeout = 5000", "PRAGMA temp_store = MEMORY" }) {
        if (auto result = sql::exec(db, QString::fromLatin1(pragma)); !result)
            return result.error();
    }
    return {};
}

int Database::schemaVersion() const
{
    auto version = sql::scalar(connection(), QStringLiteral("PRAGMA user_version"));
    return version ? version.value().toInt() : -1;
}

Status Database::migrate()
{
    const int current = schemaVersion();
    const int target
        = m_options.targetVersion > 0 ? m_options.targetVersion : latestSchemaVersion();
    if (current > latestSchemaVersion())
        return newerSchemaError(m_path, current);
    if (current >= target)
        return {};
    if (current > 0) {
        BackupStore backups(*this);
        auto backup = backups.snapshot(QStringLiteral("before-v%1").arg(target));
        if (!backup)
            return backup.error();
    }
    const QSqlDatabase db = connection();
    // A rung may rebuild a table (SQLite cannot alter a CHECK), and dropping the old table must
    // not cascade into the rows that point at it. Foreign keys are off while the ladder runs
    // (the pragma is ignored inside a transaction) and each rung is checked before it commits.
    if (auto off = sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
        return off.error();
    const auto restoreKeys
        = qScopeGuard([&db] { sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON")); });
    // A version asked for by name (tests, fixtures) is reached by the ladder.
    if (current == 0 && m_options.targetVersion == 0
        && newJournalSchema().version == latestSchemaVersion())
        return createLatest();
    bool marked = current > 0; // an existing file is marked by its own rung (schema 10)
    // A new file climbs the whole ladder in one transaction: one commit to wait for instead of
    // one per rung, and never a new file left half-way up. An existing file keeps a commit per
    // rung, so a failing rung leaves the ones below it done.
    std::optional<Transaction> wholeLadder;
    if (current == 0) {
        wholeLadder.emplace(db);
        if (!wholeLadder->begun())
            return wholeLadder->begun();
    }
    for (const Migration& migration : migrations()) {
        if (migration.version <= current || migration.version > target)
            continue;
        Transaction transaction(db);
        if (!transaction.begun())
            return transaction.begun();
        // A new file says whose it is from its first commit, whatever version it stops at.
        if (!marked) {
            const QString mark
                = QStringLiteral("PRAGMA application_id = %1").arg(kFinalistApplicationId);
            if (auto result = sql::exec(db, mark); !result)
                return result.error();
            marked = true;
        }
        for (const QString& statement : migration.statements) {
            if (auto result = sql::exec(db, statement); !result)
                return result.error();
        }
        auto dangling = sql::exec(db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!dangling)
            return dangling.error();
        if (dangling.value().next()) {
            return Error{ Error::Code::Corrupted,
                          Texts::tr(
                              "Upgrading the database would leave records pointing at nothing, "
                              "so it was left as it was."),
                          QStringLiteral("schema %1: %2 row %3")
                              .arg(migration.version)
                              .arg(dangling.value().value(0).toString(),
                                   dangling.value().value(1).toString()),
                          {} };
        }
        const QString bump = QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
        if (auto result = sql::exec(db, bump); !result)
            return result.error();
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    return wholeLadder ? wholeLadder->commit() : Status();
}

// A new file made at the latest schema at once, in one transaction: never a file half made.
Status Database::createLatest()
{
    const QSqlDatabase db = connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    QStringList statements
        = { QStringLiteral("PRAGMA application_id = %1").arg(kFinalistApplicationId) };
    statements << newJournalSchema().statements
               << QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion());
    for (const QString& statement : statements) {
        if (auto result = sql::exec(db, statement); !result)
            return result.error();
    }
    return transaction.commit();
}

Status Database::stopWriting(const Error& why)
{
    if (auto stopped = sql::exec(connection(), QStringLiteral("PRAGMA query_only = ON")); !stopped)
        return stopped.error();
    m_writingStopped = why;
    return {};
}

Status Database::checkIntegrity(bool full) const
{
    return checkIntegrityOf(connection(), m_path, full);
}

void Database::noteChangedElsewhere()
{
    ++m_changesOfEarlierConnections;
}

qint64 Database::changeCount() const
{
    auto changes = sql::scalar(connection(), QStringLiteral("SELECT total_changes()"));
    // Unreadable: a count never seen before (below zero), so that whoever asks reads afresh.
    return changes ? m_changesOfEarlierConnections + changes.value().toLongLong()
                   : -++m_unreadableCounts;
}

Status Database::vacuumInto(const QString& target) const
{
    auto result = sql::exec(connection(), QStringLiteral("VACUUM INTO ?"), { target });
    if (!result)
        return result.error();
    return {};
}

Status Database::replaceWith(const QString& source)
{
    if (isReadOnly())
        return readOnlyError(m_path);
    // Copied beside the file, checked in full and synced first (a failure changes nothing);
    // then one rename switches the data. RestoreJournal says what a kill at each step leaves.
    auto staged = RestoreJournal::stage(m_path, source);
    if (!staged)
        return staged.error();
    closeConnection(); // checkpoints the WAL into the old file
    const Status swapped = RestoreJournal::moveIntoPlace(m_path);
    if (auto reopened = openConnection(); !reopened)
        return reopened;
    if (auto configured = configure(); !configured)
        return configured;
    if (!swapped) {
        if (m_writingStopped)
            stopWriting(*m_writingStopped); // still the damaged file, on a new connection
        return swapped;
    }
    m_writingStopped.reset(); // other data, and a connection without query_only
    return migrate();
}

} // namespace finalist
