#include "CliCommands.h"

#include "CliContacts.h"
#include "CliLock.h"
#include "CliOpportunities.h"
#include "CliOutreach.h"
#include "CliSync.h"
#include "domain/Enums.h"
#include "formats/HtmlJournalFormat.h"
#include "formats/MarkdownJournalFormat.h"
#include "services/DemoBulk.h"
#include "services/DemoSample.h"
#include "services/JournalExport.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "storage/JournalSearch.h"
#include "storage/Migrations.h"
#include "storage/RecordCounts.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace finalist::cli {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QStringList kReaders
    = { QStringLiteral("check"),  QStringLiteral("stats"),    QStringLiteral("search"),
        QStringLiteral("export"), QStringLiteral("outreach"), QStringLiteral("report") };
const QStringList kExportFormats
    = { QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("vcard"),
        QStringLiteral("csv"), QStringLiteral("ics") };
const QStringList kImportKinds = { QStringLiteral("linkedin"), QStringLiteral("vcard"),
                                   QStringLiteral("csv"), QStringLiteral("invite") };
const QStringList kWriters
    = { QStringLiteral("init"),       QStringLiteral("backup"), QStringLiteral("restore"),
        QStringLiteral("demo"),       QStringLiteral("import"), QStringLiteral("opportunity"),
        QStringLiteral("break-lock"), QStringLiteral("sync") };

// A file that cannot be opened is either damaged (4) or unusable for another reason (3).
int failToOpen(QTextStream& err, const Error& error, const QString& databasePath)
{
    const int code = fail(err, error, CannotOpen); // Damaged when it is damage
    if (const QString hint = wayPast(error, databasePath); !hint.isEmpty())
        err << hint << Qt::endl;
    return code;
}

int initCommand(Database& db, QTextStream& out)
{
    out << Texts::tr("Ready: %1 (schema version %2)").arg(db.path()).arg(db.schemaVersion())
        << Qt::endl;
    return Ok;
}

int checkCommand(Database& db, QTextStream& out, QTextStream& err)
{
    const int version = db.schemaVersion();
    if (auto healthy = db.checkIntegrity(true); !healthy)
        return fail(err, healthy.error(), Damaged);
    out << Texts::tr("integrity: ok") << Qt::endl;
    out << Texts::tr("schema: %1 (this version of Finalist knows up to %2)")
               .arg(version)
               .arg(latestSchemaVersion())
        << Qt::endl;
    if (version < latestSchemaVersion())
        out << Texts::tr(
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
        out << Texts::tr("Backed up to %1").arg(QFileInfo(call.backupTarget).absoluteFilePath())
            << Qt::endl;
        return Ok;
    }
    auto written = backups.snapshot(QStringLiteral("manual"));
    if (!written)
        return fail(err, written.error());
    out << Texts::tr("Backed up to %1").arg(written.value()) << Qt::endl;
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
        err << Texts::tr("There is no backup file at “%1”.").arg(source) << Qt::endl;
        return Failed;
    }
    auto opened = Database::open(target);
    if (opened) {
        if (auto restored = BackupStore(*opened.value()).restoreFrom(source); !restored)
            return fail(err, restored.error());
        out << Texts::tr("Restored %1 from %2. The state just before was backed up in %3.")
                   .arg(target, source, BackupStore::folderFor(target))
            << Qt::endl;
        return Ok;
    }
    // Restoring matters most when the file cannot be opened: put the backup in its place and
    // keep the refused file aside. A lock (another writer) is no reason to replace anything.
    // A folder at the path is no damaged journal: it is never moved aside.
    const Error::Code why = opened.error().code;
    if (QFileInfo(target).isDir())
        return failToOpen(err, opened.error(), target);
    if (why != Error::Code::Corrupted && why != Error::Code::NotADatabase
        && why != Error::Code::NewerSchema && why != Error::Code::EmptyFile)
        return failToOpen(err, opened.error(), target);
    if (auto restored = BackupStore::restoreOverUnopenable(target, source, Clock::system());
        !restored)
        return fail(err, restored.error());
    out << Texts::tr("Restored %1 from %2. The file that could not be opened was kept as %3.")
               .arg(target, source, refusedCopyOf(target))
        << Qt::endl;
    return Ok;
}

int demoCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    if (call.entries < 0 && call.contacts < 0 && call.opportunities < 0) {
        if (auto filled = fillDemoSample(db); !filled)
            return fail(err, filled.error());
        out << Texts::tr("Filled %1 with the demo sample.").arg(db.path()) << Qt::endl;
        return Ok;
    }
    QElapsedTimer timer;
    timer.start();
    const int entries = std::max(0, call.entries);
    const int contacts = std::max(0, call.contacts);
    if (auto filled = fillDemoBulk(db, entries, contacts, call.opportunities); !filled)
        return fail(err, filled.error());
    if (call.opportunities >= 0)
        out << QCoreApplication::translate("Cli", "Added %n opportunit(y|ies). ", nullptr,
                                           call.opportunities);
    out << Texts::tr("Added %1 and %2 in %3 s.")
               .arg(QCoreApplication::translate("Cli", "%n journal entr(y|ies)", nullptr, entries),
                    QCoreApplication::translate("Cli", "%n contact(s)", nullptr, contacts))
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return Ok;
}

int searchCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    const QString query = call.arguments.join(QLatin1Char(' '));
    auto hits = JournalSearch(db).search(query);
    if (!hits)
        return fail(err, hits.error());
    if (hits.value().empty()) {
        out << Texts::tr("No entries match “%1”.").arg(query) << Qt::endl;
        return Ok;
    }
    for (const JournalHit& hit : hits.value()) {
        QString snippet = hit.snippet;
        snippet.replace(JournalSearch::kMatchStart, QLatin1Char('['));
        snippet.replace(JournalSearch::kMatchEnd, QLatin1Char(']'));
        snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
        out << hit.writtenOn.toString(Qt::ISODate) << "  " << hit.title << Qt::endl;
        out << "    " << snippet << Qt::endl;
    }
    return Ok;
}

int exportCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    const MarkdownJournalFormat markdown;
    const HtmlJournalFormat html;
    const JournalFormat& format = call.arguments.at(0) == QLatin1String("html")
        ? static_cast<const JournalFormat&>(html)
        : markdown;
    const QString path = call.arguments.at(1);
    JournalExport exporter(db);
    auto document = exporter.load();
    if (!document)
        return fail(err, document.error());
    const Status written = call.folder ? JournalExport::writeFolder(document.value(), format, path)
                                       : JournalExport::writeFile(document.value(), format, path);
    if (!written)
        return fail(err, written.error());
    out << QCoreApplication::translate("Cli", "Exported %n entr(y|ies) to %1", nullptr,
                                       int(document.value().size()))
               .arg(QDir::toNativeSeparators(path))
        << Qt::endl;
    return Ok;
}

} // namespace

// A damaged file is said to be so whichever command came upon it.
int fail(QTextStream& err, const Error& error, int code)
{
    if (error.code == Error::Code::Corrupted)
        code = Damaged;
    err << error.message << Qt::endl;
    if (!error.detail.isEmpty())
        err << "  (" << error.detail << ")" << Qt::endl;
    return code;
}

QString usageProblem(const Invocation& call)
{
    if (!kReaders.contains(call.command) && !kWriters.contains(call.command))
        return Texts::tr("Unknown command “%1”.").arg(call.command);
    const bool isRestore = call.command == QLatin1String("restore");
    const bool isSearch = call.command == QLatin1String("search");
    const bool isExport = call.command == QLatin1String("export");
    if (isRestore && call.arguments.size() != 1)
        return Texts::tr("restore needs exactly one FILE: the backup to put in place.");
    if (isSearch && call.arguments.join(QString()).trimmed().isEmpty())
        return Texts::tr("search needs a QUERY: the words to look for.");
    if (isExport) {
        if (call.arguments.isEmpty() || !kExportFormats.contains(call.arguments.first()))
            return Texts::tr("export needs a format: markdown, html, vcard, csv or ics (got “%1”).")
                .arg(call.arguments.value(0));
        if (call.arguments.size() != 2 || call.arguments.at(1).isEmpty())
            return Texts::tr("export %1 needs exactly one PATH to write to.")
                .arg(call.arguments.first());
    }
    const bool isImport = call.command == QLatin1String("import");
    if (isImport) {
        if (call.arguments.isEmpty() || !kImportKinds.contains(call.arguments.first()))
            return Texts::tr("import needs a kind: linkedin, vcard, csv or invite (got “%1”).")
                .arg(call.arguments.value(0));
        if (call.arguments.size() != 2 || call.arguments.at(1).isEmpty())
            return Texts::tr("import %1 needs exactly one FILE to read.")
                .arg(call.arguments.first());
    }
    if (!call.opportunity.isEmpty()
        && !(isImport && call.arguments.value(0) == QLatin1String("invite")))
        return Texts::tr("--opportunity goes with import invite only.");
    if (!call.opportunity.isEmpty() && call.opportunity.toLongLong() <= 0)
        return Texts::tr(
                   "--opportunity needs an opportunity's ID (see opportunity list), not “%1”.")
            .arg(call.opportunity);
    const bool isOpportunity = call.command == QLatin1String("opportunity");
    if (isOpportunity) {
        if (const QString problem = opportunityUsageProblem(call); !problem.isEmpty())
            return problem;
    } else if (!call.company.isEmpty() || !call.role.isEmpty() || !call.stage.isEmpty()
               || (!call.url.isEmpty() && call.command != QLatin1String("sync")))
        return Texts::tr("--company, --role, --stage and --url go with opportunity only (--url "
                         "also with sync setup).");
    if (call.folder
        && !(isExport
             && QStringList{ QStringLiteral("markdown"), QStringLiteral("html") }.contains(
                 call.arguments.value(0))))
        return Texts::tr("--folder goes with export markdown or export html only.");
    const bool isOutreach = call.command == QLatin1String("outreach");
    if (isOutreach && call.arguments != QStringList{ QStringLiteral("list") })
        return Texts::tr("outreach needs exactly one word: list (got “%1”).")
            .arg(call.arguments.join(QLatin1Char(' ')));
    const bool isReport = call.command == QLatin1String("report");
    if (isReport) {
        if (call.arguments.value(0) != QLatin1String("activity") || call.arguments.size() != 2)
            return Texts::tr("report needs: activity --from DATE --to DATE FILE.csv");
        if (!fromIsoDate(call.from).isValid() || !fromIsoDate(call.to).isValid())
            return Texts::tr("report activity needs --from and --to as dates like 2026-03-01 (got "
                             "“%1” and “%2”).")
                .arg(call.from, call.to);
        if (fromIsoDate(call.from) > fromIsoDate(call.to))
            return Texts::tr("--from (%1) comes after --to (%2).").arg(call.from, call.to);
    }
    if ((!call.from.isEmpty() || !call.to.isEmpty()) && !isReport)
        return Texts::tr("--from and --to go with report activity only.");
    if (call.todo && call.arguments.value(0) != QLatin1String("ics"))
        return Texts::tr("--todo goes with export ics only.");
    if (call.statusGiven && !isOutreach)
        return Texts::tr("--status goes with outreach list only.");
    if (call.statusGiven && !enumFromKey<OutreachStatus>(call.status))
        return Texts::tr("--status must be one of %1 (got “%2”).")
            .arg(enumSqlList<OutreachStatus>().remove(QLatin1Char('\'')), call.status);
    if (call.dryRun && !isImport)
        return Texts::tr("--dry-run goes with import only.");
    if (!call.map.isEmpty() && !(isImport && call.arguments.value(0) == QLatin1String("csv")))
        return Texts::tr("--map goes with import csv only.");
    if (call.noBom && !isReport && !(isExport && call.arguments.value(0) == QLatin1String("csv")))
        return Texts::tr("--no-bom goes with export csv and report activity only.");
    if (!call.vcardVersion.isEmpty()) {
        if (!(isExport && call.arguments.value(0) == QLatin1String("vcard")))
            return Texts::tr("--version with a value goes with export vcard only.");
        if (call.vcardVersion != QLatin1String("3.0") && call.vcardVersion != QLatin1String("4.0"))
            return Texts::tr("export vcard writes version 3.0 or 4.0 (got “%1”).")
                .arg(call.vcardVersion);
    }
    const bool isSync = call.command == QLatin1String("sync");
    if (isSync) {
        if (const QString problem = syncUsageProblem(call); !problem.isEmpty())
            return problem;
    } else if (!call.user.isEmpty() || !call.kind.isEmpty() || !call.contactsCollection.isEmpty()
               || call.noSyncToken || call.passwordStdin) {
        return Texts::tr("--user, --kind, --contacts-collection, --no-sync-token and "
                         "--password-stdin go with sync only.");
    }
    if (!isRestore && !isSearch && !isExport && !isImport && !isOutreach && !isReport
        && !isOpportunity && !isSync && !call.arguments.isEmpty()) {
        return Texts::tr("%1 takes no further arguments (got “%2”).")
            .arg(call.command, call.arguments.join(QLatin1Char(' ')));
    }
    if (!call.backupTarget.isEmpty() && call.command != QLatin1String("backup"))
        return Texts::tr("--to goes with backup only.");
    if ((call.entries >= 0 || call.contacts >= 0 || call.opportunities >= 0)
        && call.command != QLatin1String("demo"))
        return Texts::tr("--entries, --contacts and --opportunities go with demo only.");
    return {};
}

namespace {

// See importContactsCommand.
bool importsWhileChecking(const Invocation& call)
{
    return call.command == QLatin1String("import") && !call.arguments.isEmpty()
        && call.arguments.first() != QLatin1String("invite");
}

} // namespace

int run(const Invocation& call, QTextStream& out, QTextStream& err)
{
    if (call.command == QLatin1String("restore"))
        return restoreCommand(call, out, err); // opens the file its own way
    if (call.command == QLatin1String("break-lock"))
        return breakLockCommand(call, out, err); // opens nothing
    DatabaseOptions options;
    const bool onlyReads = kReaders.contains(call.command) || call.dryRun
        || (call.command == QLatin1String("sync")
            && call.arguments.value(0) == QLatin1String("status"))
        || (call.command == QLatin1String("opportunity") && opportunityOnlyReads(call));
    options.mode = onlyReads ? DatabaseMode::ReadOnly : DatabaseMode::ReadWrite;
    // Asking for init is asking for a journal at the path, in an empty file too.
    options.useEmptyFile = call.command == QLatin1String("init");
    // A reader does not pay for reading the whole file first (check runs the full check itself);
    // a writer does, so that nothing is written on top of damage, except a contact import: it
    // runs the check beside its own reading and commits nothing unless the file is whole.
    options.checkWholeFile = !onlyReads && !importsWhileChecking(call);
    auto opened = Database::open(call.databasePath, Clock::system(), options);
    if (!opened)
        return failToOpen(err, opened.error(), call.databasePath);
    if (!opened.value()->staleLockNotice().isEmpty())
        err << opened.value()->staleLockNotice() << Qt::endl;
    Database& db = *opened.value();

    if (call.command == QLatin1String("init"))
        return initCommand(db, out);
    if (call.command == QLatin1String("check"))
        return checkCommand(db, out, err);
    if (call.command == QLatin1String("stats"))
        return statsCommand(db, out, err);
    if (call.command == QLatin1String("backup"))
        return backupCommand(db, call, out, err);
    if (call.command == QLatin1String("search"))
        return searchCommand(db, call, out, err);
    if (call.command == QLatin1String("import") && call.arguments.at(0) == QLatin1String("invite"))
        return importInviteCommand(db, call, out, err);
    if (call.command == QLatin1String("import"))
        return importContactsCommand(db, call, out, err);
    if (call.command == QLatin1String("opportunity"))
        return opportunityCommand(db, call, out, err);
    if (call.command == QLatin1String("outreach"))
        return outreachListCommand(db, call, out, err);
    if (call.command == QLatin1String("report"))
        return activityReportCommand(db, call, out, err);
    if (call.command == QLatin1String("sync"))
        return syncCommand(db, call, out, err);
    if (call.command == QLatin1String("export") && call.arguments.at(0) == QLatin1String("ics"))
        return exportCalendarCommand(db, call, out, err);
    if (call.command == QLatin1String("export"))
        return kExportFormats.indexOf(call.arguments.at(0)) >= 2
            ? exportContactsCommand(db, call, out, err)
            : exportCommand(db, call, out, err);
    return demoCommand(db, call, out, err);
}

} // namespace finalist::cli
