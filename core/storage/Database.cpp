#include "Database.h"

#include "BackupStore.h"
#include "DatabaseProbe.h"
#include "Migrations.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

namespace finalist {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

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
                      tr("The folder “%1” could not be created. Choose another place for the "
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
             tr("“%1” is read-only, so Finalist cannot save to it. It was left untouched. Make "
                "the file writable, or open a copy of it.")
                 .arg(path),
             {},
             {} };
}

} // namespace

Database::Database(QString path, const Clock& clock, Options options)
    : m_path(std::move(path))
    , m_clock(clock)
    , m_options(options)
    , m_connectionName(QStringLiteral("finalist-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces))
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
    std::unique_ptr<Database> db(new Database(absolute, clock, options));
    const QFileInfo info(absolute);
    const bool exists = info.exists() && info.size() > 0;
    const bool readOnly = options.mode == Mode::ReadOnly;

    if (readOnly && !exists) {
        return Error{
            Error::Code::NotFound, tr("There is no database at “%1”.").arg(absolute), {}, {}
        };
    }
    if (!readOnly) {
        if (auto folder = prepareFolder(absolute); !folder)
            return folder.error();
        db->m_lock = std::make_unique<QLockFile>(absolute + QStringLiteral(".lock"));
        db->m_lock->setStaleLockTime(0); // a live owner keeps its lock however long it runs
        if (!db->m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            db->m_lock->getLockInfo(&pid, &host, &app);
            const bool lockedByOther = db->m_lock->error() == QLockFile::LockFailedError;
            db->m_lock.reset();
            if (lockedByOther) {
                return Error{ Error::Code::Locked,
                              tr("“%1” is already open in another Finalist window or program. "
                                 "Only one may write to it at a time: switch to that one, or "
                                 "open another file.")
                                  .arg(absolute),
                              QStringLiteral("process %1 on %2 (%3)").arg(pid).arg(host, app),
                              {} };
            }
            return Error{ Error::Code::CannotCreate,
                          tr("Finalist could not create the lock file beside “%1”. Check that "
                             "the folder is writable.")
                              .arg(absolute),
                          {},
                          {} };
        }
        if (info.exists() && isMarkedReadOnly(info))
            return readOnlyError(absolute);
    }

    if (exists) {
        auto probe = probeDatabaseFile(absolute, !readOnly);
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
        if (auto migrated = db->migrate(); !migrated)
            return migrated.error();
    }
    return db;
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

void Database::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
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
    for (const char* pragma : { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000" }) {
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
    for (const Migration& migration : migrations()) {
        if (migration.version <= current || migration.version > target)
            continue;
        Transaction transaction(db);
        if (!transaction.begun())
            return transaction.begun();
        for (const QString& statement : migration.statements) {
            if (auto result = sql::exec(db, statement); !result)
                return result.error();
        }
        auto dangling = sql::exec(db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!dangling)
            return dangling.error();
        if (dangling.value().next()) {
            return Error{ Error::Code::Corrupted,
                          tr("Upgrading the database would leave records pointing at nothing, "
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
    return {};
}

Status Database::checkIntegrity(bool full) const
{
    return checkIntegrityOf(connection(), m_path, full);
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
    auto probe = probeDatabaseFile(source);
    if (!probe)
        return probe.error();

    // Copy beside the live file first, so the final step is a rename: the database is either
    // the old one or the new one, never half of each.
    const QString staged = m_path + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(source, staged)) {
        return Error{ Error::Code::Io,
                      tr("The backup could not be copied next to the database. Nothing was "
                         "changed."),
                      source,
                      {} };
    }
    QFile::setPermissions(staged, kOwnerOnlyFile);
    closeConnection(); // checkpoints and removes the -wal and -shm files
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    QFile::remove(m_path + QStringLiteral(".previous"));
    const bool swapped = QFile::rename(m_path, m_path + QStringLiteral(".previous"))
        && QFile::rename(staged, m_path);
    if (!swapped)
        QFile::rename(m_path + QStringLiteral(".previous"), m_path);
    QFile::remove(m_path + QStringLiteral(".previous"));
    QFile::remove(staged);

    if (auto reopened = openConnection(); !reopened)
        return reopened;
    if (auto configured = configure(); !configured)
        return configured;
    if (!swapped) {
        return Error{ Error::Code::Io,
                      tr("The backup could not take the database's place. The database is as "
                         "it was."),
                      source,
                      {} };
    }
    return migrate();
}

} // namespace finalist
