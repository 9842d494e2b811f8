#include "CliCommands.h"

#include "services/DemoBulk.h"
#include "services/DemoSample.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/RecordCounts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace finalist::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

int fail(QTextStream& err, const Error& error, int code = Failed)
{
    err << error.message << Qt::endl;
    if (!error.detail.isEmpty())
        err << "  (" << error.detail << ")" << Qt::endl;
    return code;
}

int initCommand(Database& db, QTextStream& out)
{
    out << tr("Ready: %1 (schema version %2)").arg(db.path()).arg(db.schemaVersion()) << Qt::endl;
    return Ok;
}

int checkCommand(Database& db, QTextStream& out, QTextStream& err)
{
    const int version = db.schemaVersion();
    if (auto healthy = db.checkIntegrity(true); !healthy)
        return fail(err, healthy.error());
    out << tr("integrity: ok") << Qt::endl;
    out << tr("schema: %1 (this version of Finalist knows up to %2)")
               .arg(version)
               .arg(latestSchemaVersion())
        << Qt::endl;
    if (version < latestSchemaVersion())
        out << tr(
            "The file will be upgraded, after a backup, the next time it is opened for writing.")
            << Qt::endl;
    return Ok;
}

int statsCommand(Database& db, QTextStream& out, QTextStream& err)
{
    auto counts = countRecords(db);
    if (!counts)
        return fail(err, counts.error());
    for (const auto& [kind, count] : counts.value())
        out << kind << ": " << count << Qt::endl;
    return Ok;
}

int backupCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    BackupStore backups(db);
    if (!call.backupTarget.isEmpty()) {
        if (auto written = backups.exportTo(call.backupTarget); !written)
            return fail(err, written.error());
        out << tr("Backed up to %1").arg(QFileInfo(call.backupTarget).absoluteFilePath())
            << Qt::endl;
        return Ok;
    }
    auto written = backups.snapshot(QStringLiteral("manual"));
    if (!written)
        return fail(err, written.error());
    out << tr("Backed up to %1").arg(written.value()) << Qt::endl;
    return Ok;
}

int restoreCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    if (call.arguments.size() != 1) {
        err << tr("restore needs the backup file to restore: finalist-cli restore FILE")
            << Qt::endl;
        return Usage;
    }
    const QString source = QFileInfo(call.arguments.first()).absoluteFilePath();
    if (!QFileInfo::exists(source)) {
        err << tr("There is no file at “%1”.").arg(source) << Qt::endl;
        return Failed;
    }
    if (auto restored = BackupStore(db).restoreFrom(source); !restored)
        return fail(err, restored.error());
    out << tr("Restored %1 from %2. The state just before was backed up in %3.")
               .arg(db.path(), source, BackupStore::folderFor(db.path()))
        << Qt::endl;
    return Ok;
}

int demoCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    if (call.entries < 0 && call.contacts < 0) {
        if (auto filled = fillDemoSample(db); !filled)
            return fail(err, filled.error());
        out << tr("Filled %1 with the demo sample.").arg(db.path()) << Qt::endl;
        return Ok;
    }
    QElapsedTimer timer;
    timer.start();
    const int entries = std::max(0, call.entries);
    const int contacts = std::max(0, call.contacts);
    if (auto filled = fillDemoBulk(db, entries, contacts); !filled)
        return fail(err, filled.error());
    out << tr("Added %1 journal entries and %2 contacts in %3 s.")
               .arg(entries)
               .arg(contacts)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return Ok;
}

} // namespace

int run(const Invocation& call, QTextStream& out, QTextStream& err)
{
    static const QStringList readers = { QStringLiteral("check"), QStringLiteral("stats") };
    static const QStringList writers = { QStringLiteral("init"), QStringLiteral("backup"),
                                         QStringLiteral("restore"), QStringLiteral("demo") };
    const bool reads = readers.contains(call.command);
    if (!reads && !writers.contains(call.command)) {
        err << tr("Unknown command “%1”. Run finalist-cli --help for the list.").arg(call.command)
            << Qt::endl;
        return Usage;
    }
    DatabaseOptions options;
    options.mode = reads ? DatabaseMode::ReadOnly : DatabaseMode::ReadWrite;
    auto opened = Database::open(call.databasePath, Clock::system(), options);
    if (!opened)
        return fail(err, opened.error(), CannotOpen);
    Database& db = *opened.value();

    if (call.command == QLatin1String("init"))
        return initCommand(db, out);
    if (call.command == QLatin1String("check"))
        return checkCommand(db, out, err);
    if (call.command == QLatin1String("stats"))
        return statsCommand(db, out, err);
    if (call.command == QLatin1String("backup"))
        return backupCommand(db, call, out, err);
    if (call.command == QLatin1String("restore"))
        return restoreCommand(db, call, out, err);
    return demoCommand(db, call, out, err);
}

} // namespace finalist::cli
