#include "DatabaseProbe.h"

#include "Migrations.h"
#include "SchemaShape.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

Error explainOpenError(const Error& error, const QString& path)
{
    Error explained = error;
    if (error.code == Error::Code::NotADatabase) {
        explained.message
            = Texts::tr("“%1” is not a Finalist database (it is not an SQLite file at "
                        "all). It was left untouched.")
                  .arg(path);
    } else if (error.code == Error::Code::Corrupted) {
        return corruptedError(path, error.detail);
    }
    return explained;
}

Error foreignError(const QString& path, const QString& detail)
{
    return { Error::Code::NotADatabase,
             Texts::tr(
                 "“%1” is not a Finalist database: it is an SQLite file that belongs to another "
                 "program. It was left untouched.")
                 .arg(path),
             detail,
             {} };
}

Result<ProbeReport> probeWith(const QSqlDatabase& db, const QString& path, bool wholeFile)
{
    auto identity = identifyDatabase(db, path);
    if (!identity)
        return identity.error();
    if (!wholeFile)
        return ProbeReport{ identity.value().schemaVersion };
    if (auto healthy = checkIntegrityOf(db, path, false); !healthy)
        return explainOpenError(healthy.error(), path);
    ProbeReport report;
    report.schemaVersion = identity.value().schemaVersion;
    return report;
}

// SQLite's answer when a read-only connection meets changes a crash left half-way.
bool needsRecovery(const Error& error)
{
    return error.detail.contains(QLatin1String("readonly database"), Qt::CaseInsensitive);
}

// Runs look on a connection of its own to file (a path or a URI), closed and removed afterwards;
// errors name shownPath.
template <typename T, typename Look>
Result<T> withConnection(const QString& file, const QString& shownPath, const QString& options,
                         Look look)
{
    const QString name = QStringLiteral("finalist-look-") + QUuid::createUuid().toString();
    Result<T> result = Error{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(options);
        if (!db.open())
            result = explainOpenError(sql::errorFrom(db.lastError(), shownPath), shownPath);
        else
            result = look(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// A crash left a hot journal beside the file, which a read-only connection cannot read past.
// Rolling it back writes to the file, which must wait until the file is known to be Finalist's:
// the file and its journal are copied to a private folder and rolled back there instead.
Result<FileIdentity> identifyThroughCopy(const QString& path, const Error& original)
{
    const QTemporaryDir folder;
    if (!folder.isValid())
        return original;
    const QString copy = folder.filePath(QStringLiteral("look.sqlite"));
    for (const QString& suffix :
         { QString(), QStringLiteral("-journal"), QStringLiteral("-wal") }) {
        if (!QFile::exists(path + suffix))
            continue;
        if (!QFile::copy(path + suffix, copy + suffix))
            return original;
        QFile::setPermissions(copy + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    auto identity
        = withConnection<FileIdentity>(copy, path, QString(), [&path](const QSqlDatabase& db) {
              return identifyDatabase(db, path);
          });
    if (identity)
        identity.value().interrupted = true;
    return identity;
}

} // namespace

Result<FileIdentity> identifyDatabase(const QSqlDatabase& db, const QString& path)
{
    auto applicationId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!applicationId)
        return explainOpenError(applicationId.error(), path);
    auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return explainOpenError(version.error(), path);
    FileIdentity identity;
    identity.schemaVersion = version.value().toInt();
    const qint64 id = applicationId.value().toLongLong();
    const QString seen = QStringLiteral("application_id 0x%1, user_version %2")
                             .arg(quint32(id), 8, 16, QLatin1Char('0'))
                             .arg(identity.schemaVersion);
    const bool marked = id == kFinalistApplicationId;
    if (marked && identity.schemaVersion > latestSchemaVersion())
        return newerSchemaError(path, identity.schemaVersion);
    if (!marked && id != 0)
        return foreignError(path, seen);
    // Finalist wrote no application_id before schema 10: such a file is taken only when its
    // tables are exactly those of the version it claims.
    if (identity.schemaVersion < 0 || identity.schemaVersion > latestSchemaVersion())
        return foreignError(path, seen);
    auto shape = schemaShapeIn(db);
    if (!shape)
        return explainOpenError(shape.error(), path);
    // The usual case, a current file as Finalist left it, needs no ladder climbed in memory.
    if (marked && identity.schemaVersion == latestSchemaVersion()
        && shape.value().fingerprint() == latestSchemaFingerprint()) {
        identity.marked = true;
        return identity;
    }
    auto expected = schemaShapeOf(identity.schemaVersion);
    if (!expected)
        return expected.error();
    if (!marked && shape.value().tables != expected.value().tables) {
        return foreignError(path,
                            seen + QStringLiteral("; tables: ")
                                + shape.value().tables.join(QStringLiteral(", ")));
    }
    // Finalist's own file, but not as Finalist left it: an index or trigger changed behind its
    // back would make every later write (and every backup) carry the damage further.
    if (const QStringList changed = shape.value().differencesFrom(expected.value());
        !changed.isEmpty()) {
        return corruptedError(
            path,
            Texts::tr("Its structure is not what schema %1 defines:").arg(identity.schemaVersion)
                + QLatin1Char('\n') + changed.mid(0, 5).join(QLatin1Char('\n')));
    }
    identity.marked = marked;
    return identity;
}

Result<FileIdentity> identifyDatabaseFile(const QString& path)
{
    // Even a read-only connection creates "-wal" and "-shm" beside a file in WAL mode. When the
    // file has no companions at all, nobody is writing to it, and it is read as immutable: then
    // SQLite creates nothing beside it.
    const bool quiet = !QFile::exists(path + QStringLiteral("-wal"))
        && !QFile::exists(path + QStringLiteral("-shm"))
        && !QFile::exists(path + QStringLiteral("-journal"));
    const QString name = quiet
        ? QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1")
        : path;
    const QString options = quiet ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")
                                  : QStringLiteral("QSQLITE_OPEN_READONLY");
    auto identity
        = withConnection<FileIdentity>(name, path, options, [&path](const QSqlDatabase& db) {
              return identifyDatabase(db, path);
          });
    if (!identity && needsRecovery(identity.error()))
        return identifyThroughCopy(path, identity.error());
    return identity;
}

Result<ProbeReport> probeDatabaseFile(const QString& path, bool mayRecover, bool wholeFile)
{
    const QString name = QStringLiteral("finalist-probe-") + QUuid::createUuid().toString();
    Result<ProbeReport> report = ProbeReport{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!mayRecover)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            report = explainOpenError(sql::errorFrom(db.lastError(), path), path);
        else
            report = probeWith(db, path, wholeFile);
        if (!report && !mayRecover && needsRecovery(report.error())) {
            report = Error{ Error::Code::Locked,
                            Texts::tr(
                                "“%1” was interrupted while it was being written, and only a "
                                "writer can finish putting it back as it was. Open it in Finalist "
                                "(or run finalist-cli init) once, then try again.")
                                .arg(path),
                            report.error().detail,
                            {} };
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

Status checkIntegrityOf(const QSqlDatabase& db, const QString& path, bool full)
{
    const QString pragma
        = full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check");
    auto check = sql::exec(db, pragma);
    if (!check)
        return check.error();
    QStringList problems;
    while (check.value().next()) {
        const QString line = check.value().value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return corruptedError(path, problems.mid(0, 5).join(QLatin1Char('\n')));
    return {};
}

Error newerSchemaError(const QString& path, int fileVersion)
{
    return { Error::Code::NewerSchema,
             Texts::tr(
                 "“%1” was saved by a newer version of Finalist (schema %2; this version knows up "
                 "to %3). It was left untouched: open it with the newer version.")
                 .arg(path)
                 .arg(fileVersion)
                 .arg(latestSchemaVersion()),
             QString(), QString() };
}

Error corruptedError(const QString& path, const QString& detail)
{
    return { Error::Code::Corrupted,
             Texts::tr(
                 "“%1” is damaged and cannot be opened safely. It was left untouched; restore a "
                 "backup or open another file.")
                 .arg(path),
             detail, QString() };
}

} // namespace finalist
