#include "CliCommands.h"

#include "services/DemoBulk.h"
#include "services/DemoSample.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/RecordCounts.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace finalist::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

const QStringList kReaders = { QStringLiteral("check"), QStringLiteral("stats") };
const QStringList kWriters = { QStringLiteral("init"), QStringLiteral("backup"),
                               QStringLiteral("restore"), QStringLiteral("demo") };

int fail(QTextStream& err, const Error& error, int code = Failed)
{
    err << error.message << Qt::endl;
    if (!error.detail.isEmpty())
        err << "  (" << error.detail << ")" << Qt::endl;
    return code;
}

// A file that cannot be opened is either damaged (4) or unusable for another reason (3).
int failToOpen(QTextStream& err, const Error& error)
{
    return fail(err, error, error.code == Error::Code::Corrupted ? Damaged : CannotOpen);
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
        return fail(err, healthy.error(), Damaged);
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

// The newest "<database>.refused-<time>" file, which restoreOverUnopenable just made.
QString refusedCopyOf(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    QStringList names = info.absoluteDir().entryList(
        { info.fileName() + QStringLiteral(".refused-*") }, QDir::Files, QDir::Name);
    names.removeIf([](const QString& name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    return names.isEmpty() ? QString() : info.absoluteDir().filePath(names.last());
}

int restoreCommand(const Invocation& call, QTextStream& out, QTextStream& err)
{
    const QString source = QFileInfo(call.arguments.first()).absoluteFilePath();
    const QString target = QFileInfo(call.databasePath).absoluteFilePath();
    if (!QFileInfo(source).isFile()) {
        err << tr("There is no backup file at “%1”.").arg(source) << Qt::endl;
        return Failed;
    }
    auto opened = Database::open(target);
    if (opened) {
        if (auto restored = BackupStore(*opened.value()).restoreFrom(source); !restored)
            return fail(err, restored.error());
        out << tr("Restored %1 from %2. The state just before was backed up in %3.")
                   .arg(target, source, BackupStore::folderFor(target))
            << Qt::endl;
        return Ok;
    }
    // Restoring matters most when the file cannot be opened: put the backup in its place and
    // keep the refused file aside. A lock (another writer) is no reason to replace anything.
    const Error::Code why = opened.error().code;
    if (why != Error::Code::Corrupted && why != Error::Code::NotADatabase
        && why != Error::Code::NewerSchema)
        return failToOpen(err, opened.error());
    if (auto restored = BackupStore::restoreOverUnopenable(target, source, Clock::system());
        !restored)
        return fail(err, restored.error());
    out << tr("Restored %1 from %2. The file that could not be opened was kept as %3.")
               .arg(target, source, refusedCopyOf(target))
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

QString usageProblem(const Invocation& call)
{
    if (!kReaders.contains(call.command) && !kWriters.contains(call.command))
        return tr("Unknown command “%1”.").arg(call.command);
    const bool isRestore = call.command == QLatin1String("restore");
    if (isRestore && call.arguments.size() != 1)
        return tr("restore needs exactly one FILE: the backup to put in place.");
    if (!isRestore && !call.arguments.isEmpty()) {
        return tr("%1 takes no further arguments (got “%2”).")
            .arg(call.command, call.arguments.join(QLatin1Char(' ')));
    }
    if (!call.backupTarget.isEmpty() && call.command != QLatin1String("backup"))
        return tr("--to goes with backup only.");
    if ((call.entries >= 0 || call.contacts >= 0) && call.command != QLatin1String("demo"))
        return tr("--entries and --contacts go with demo only.");
    return {};
}

int run(const Invocation& call, QTextStream& out, QTextStream& err)
{
    if (call.command == QLatin1String("restore"))
        return restoreCommand(call, out, err); // opens the file its own way
    DatabaseOptions options;
    options.mode
        = kReaders.contains(call.command) ? DatabaseMode::ReadOnly : DatabaseMode::ReadWrite;
    auto opened = Database::open(call.databasePath, Clock::system(), options);
    if (!opened)
        return failToOpen(err, opened.error());
    Database& db = *opened.value();

    if (call.command == QLatin1String("init"))
        return initCommand(db, out);
    if (call.command == QLatin1String("check"))
        return checkCommand(db, out, err);
    if (call.command == QLatin1String("stats"))
        return statsCommand(db, out, err);
    if (call.command == QLatin1String("backup"))
        return backupCommand(db, call, out, err);
    return demoCommand(db, call, out, err);
}

} // namespace finalist::cli
