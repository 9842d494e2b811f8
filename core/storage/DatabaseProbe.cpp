#include "DatabaseProbe.h"

#include "Migrations.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace finalist {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

Error explainOpenError(const Error& error, const QString& path)
{
    Error explained = error;
    if (error.code == Error::Code::NotADatabase) {
        explained.message = tr("“%1” is not a Finalist database (it is not an SQLite file at "
                               "all). It was left untouched.")
                                .arg(path);
    } else if (error.code == Error::Code::Corrupted) {
        return corruptedError(path, error.detail);
    }
    return explained;
}

Result<ProbeReport> probeWith(const QSqlDatabase& db, const QString& path)
{
    auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return explainOpenError(version.error(), path);
    if (auto healthy = checkIntegrityOf(db, path, false); !healthy)
        return explainOpenError(healthy.error(), path);
    ProbeReport report;
    report.schemaVersion = version.value().toInt();
    if (report.schemaVersion > latestSchemaVersion())
        return newerSchemaError(path, report.schemaVersion);
    return report;
}

// SQLite's answer when a read-only connection meets changes a crash left half-way.
bool needsRecovery(const Error& error)
{
    return error.detail.contains(QLatin1String("readonly database"), Qt::CaseInsensitive);
}

} // namespace

Result<ProbeReport> probeDatabaseFile(const QString& path, bool mayRecover)
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
            report = probeWith(db, path);
        if (!report && !mayRecover && needsRecovery(report.error())) {
            report = Error{ Error::Code::Locked,
                            tr("“%1” was interrupted while it was being written, and only a "
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
             tr("“%1” was saved by a newer version of Finalist (schema %2; this version knows up "
                "to %3). It was left untouched: open it with the newer version.")
                 .arg(path)
                 .arg(fileVersion)
                 .arg(latestSchemaVersion()),
             QString(), QString() };
}

Error corruptedError(const QString& path, const QString& detail)
{
    return { Error::Code::Corrupted,
             tr("“%1” is damaged and cannot be opened safely. It was left untouched; restore a "
                "backup or open another file.")
                 .arg(path),
             detail, QString() };
}

} // namespace finalist
