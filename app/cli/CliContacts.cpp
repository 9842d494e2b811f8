#include "CliContacts.h"

#include "formats/ContactCsv.h"
#include "formats/ContactCsvLayout.h"
#include "formats/ContactCsvReader.h"
#include "formats/LinkedInConnectionsReader.h"
#include "formats/LinkedInInvitations.h"
#include "formats/SafeFileWriter.h"
#include "formats/TextDecoding.h"
#include "formats/VCard.h"
#include "formats/VCardReader.h"
#include "services/ContactImport.h"
#include "settings/AppSettings.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/DurableFiles.h"

#include <algorithm>
#include <memory>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace finalist::cli {

namespace {

// The calling thread yields to the process's others, yet keeps a share of the processor: Qt's
// idle priority (SCHED_IDLE on Linux) can leave it waiting while it holds a lock of SQLite's
// that the others then wait for, and starve it on a busy machine while the commit waits.
void givePrecedenceToOtherThreads()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, pid_t(gettid()), 10); // Linux's nice is per thread
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int fail(QTextStream& err, const QString& message)
{
    err << message << Qt::endl;
    return Failed;
}

// The columns of a spreadsheet: the layout its headings name (or a guess from each heading),
// then what --map says. An error names what in --map could not be read.
Result<ContactCsvLayout> csvColumns(const QStringList& headers, const QString& map)
{
    ContactCsvLayout layout = ContactCsvLayout::recognise(headers);
    if (map.isEmpty())
        return layout;
    const auto invalid = [](const QString& message) {
        return Error{ Error::Code::Invalid, message, {}, {} };
    };
    std::vector<std::pair<ContactCsv::Field, int>> chosen;
    for (const QString& pair : map.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const ContactCsv::Field field = ContactCsvLayout::fieldNamed(pair.left(equals));
        if (equals < 0 || field == ContactCsv::Field::Ignore)
            return invalid(
                Texts::tr("--map: “%1” is not field=column; the fields are %2.")
                    .arg(pair, ContactCsvLayout::fieldKeys().join(QStringLiteral(", "))));
        const QString column = pair.mid(equals + 1).trimmed();
        bool isNumber = false;
        int at = column.toInt(&isNumber) - 1;
        if (!isNumber) {
            at = -1;
            for (int c = 0; c < headers.size(); ++c)
                if (headers[c].trimmed().compare(column, Qt::CaseInsensitive) == 0)
                    at = c;
        }
        if (at < 0 || at >= headers.size())
            return invalid(Texts::tr("--map: the file has no column “%1”; its headings are: %2.")
                               .arg(column, headers.join(QStringLiteral(", "))));
        chosen.push_back({ field, at });
    }
    // A field named in --map is read from the columns named there only.
    for (const auto& [field, at] : chosen)
        std::replace(layout.mapping.begin(), layout.mapping.end(), field,
                     ContactCsv::Field::Ignore);
    for (const auto& [field, at] : chosen)
        layout.mapping[std::size_t(at)] = field;
    return layout;
}

// "Columns: First Name → First name, E-mail 1 - Value → Email, …"
QString describeColumns(const QStringList& headers, const std::vector<ContactCsv::Field>& mapping)
{
    QStringList used;
    for (std::size_t c = 0; c < mapping.size() && c < std::size_t(headers.size()); ++c)
        if (mapping[c] != ContactCsv::Field::Ignore)
            used << Texts::tr("%1 → %2").arg(headers[qsizetype(c)],
                                             ContactCsv::fieldLabel(mapping[c]));
    return used.isEmpty() ? Texts::tr("Columns: none of them holds a name; see --map.")
                          : Texts::tr("Columns: %1.").arg(used.join(QStringLiteral(", ")));
}

// Invitations.csv through "import linkedin": its people become "invitation pending".
int importInvitations(Database& db, QFile& file, const Invocation& call, QTextStream& out,
                      QTextStream& err)
{
    const QString path = call.arguments.at(1);
    auto invitations = LinkedInInvitations::read(file.readAll());
    if (!invitations)
        return fail(err, Texts::tr("Nothing imported. %1").arg(invitations.error().message));
    ContactImport import(db);
    auto applied
        = import.applyInvitations(invitations.value(), QFileInfo(path).fileName(), call.dryRun);
    if (!applied)
        return fail(err, Texts::tr("Nothing imported. %1").arg(applied.error().message));
    out << Texts::tr("LinkedIn invitations: %1 of your contacts marked “invitation pending”, %2 "
                     "invitations for people not in your contacts or already further along.")
               .arg(applied.value().merged)
               .arg(applied.value().skipped)
        << Qt::endl;
    if (call.dryRun)
        out << Texts::tr("Dry run: nothing was written.") << Qt::endl;
    else
        out << Texts::tr("Import %1; it can be undone from the window.")
                   .arg(applied.value().importId)
            << Qt::endl;
    return Ok;
}

} // namespace

int importContactsCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    const QString kind = call.arguments.at(0);
    const QString path = call.arguments.at(1);
    const bool vcard = kind == QLatin1String("vcard");
    const bool csv = kind == QLatin1String("csv");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(err, Texts::tr("“%1” cannot be read: %2").arg(path, file.errorString()));
    if (auto size = TextDecoding::checkFileSize(file.size()); !size)
        return fail(err, Texts::tr("Nothing imported. %1").arg(size.error().message));
    // The file was opened without reading it whole first (see importsWhileChecking): that
    // check runs now, on a connection of its own, while the file is read and matched, and
    // nothing is committed unless it finds the journal whole.
    // Below the import's own threads: reading the stored contacts and the file keep both cores
    // busy at first, and the check fits in the time the writing leaves.
    Status whole;
    std::unique_ptr<QThread> wholeFile;
    if (!call.dryRun) {
        wholeFile.reset(QThread::create([&whole, path = db.path()] {
            givePrecedenceToOtherThreads();
            whole = checkWholeDatabase(path, path, CheckDepth::Quick);
        }));
        wholeFile->start();
    }
    const auto joined = qScopeGuard([&wholeFile] {
        if (wholeFile)
            wholeFile->wait(); // on every way out: a running thread must not be destroyed
    });
    const auto checkedWhole = [&]() -> Status {
        if (wholeFile)
            wholeFile->wait();
        return whole;
    };
    if (kind == QLatin1String("linkedin")
        && LinkedInInvitations::isInvitations(file.peek(64 * 1024))) {
        if (auto whole = checkedWhole(); !whole)
            return fail(err, whole.error());
        return importInvitations(db, file, call, out, err);
    }
    // Read a record at a time: only the contacts already stored are held whole.
    std::unique_ptr<ContactReader> reader;
    if (vcard) {
        reader = std::make_unique<VCardReader>(file);
    } else if (csv) {
        auto head = ContactCsvReader::head(file);
        if (!head)
            return fail(err, Texts::tr("Nothing imported. %1").arg(head.error().message));
        auto columns = csvColumns(head.value().headers, call.map);
        if (!columns)
            return fail(err, Texts::tr("Nothing imported. %1").arg(columns.error().message));
        out << Texts::tr("Read as %1.").arg(ContactCsvLayout::name(columns.value().kind))
            << Qt::endl;
        out << describeColumns(head.value().headers, columns.value().mapping) << Qt::endl;
        if (!file.seek(0))
            return fail(err, Texts::tr("“%1” cannot be read from its start.").arg(path));
        reader = std::make_unique<ContactCsvReader>(file, columns.value().mapping,
                                                    head.value().reading.encoding);
    } else {
        reader = std::make_unique<LinkedInConnectionsReader>(file);
    }
    // The dry run and the import are one run: the same reading, matching and counting, and
    // only the writing told apart, so the preview cannot promise what the import does not do.
    ContactImport import(db);
    const QString source = vcard ? QStringLiteral("vCard")
        : csv                    ? QStringLiteral("CSV")
                                 : QStringLiteral("LinkedIn");
    ImportRunOptions options;
    options.dryRun = call.dryRun;
    options.beforeCommit = checkedWhole;
    auto summary = import.run(*reader, source, QFileInfo(path).fileName(), options);
    if (!summary) {
        Error why = summary.error(); // damage keeps its own exit code
        why.message = Texts::tr("Nothing imported. %1").arg(why.message);
        return fail(err, why);
    }
    const ImportSummary& found = summary.value();
    // Warnings are about rows that are imported all the same: counted apart from the refused.
    out << Texts::tr("%L1 new, %L2 already in your contacts (merged: missing fields filled in), "
                     "%L3 not imported, %L4 warnings.")
               .arg(found.newCount)
               .arg(found.matchCount)
               .arg(refusedCount(found.problems))
               .arg(warningCount(found.problems))
        << Qt::endl;
    for (const ImportProblem& problem : found.problems)
        out << "  " << problem.message << Qt::endl;
    // How the bytes were read, and every character left out, with its line: never silently.
    out << found.reading.summary() << Qt::endl;
    for (const TextWarning& warning : found.reading.warnings)
        out << "  " << warning.message << Qt::endl;
    if (call.dryRun) {
        out << Texts::tr("Dry run: nothing was written.") << Qt::endl;
        return Ok;
    }
    out << Texts::tr("Imported: %1 added, %2 merged (import %3; it can be undone from the window).")
               .arg(found.outcome.created)
               .arg(found.outcome.merged)
               .arg(found.outcome.importId)
        << Qt::endl;
    return Ok;
}

int exportContactsCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    auto contacts = ContactRepository(db).list();
    if (!contacts)
        return fail(err, contacts.error().message);
    const bool vcard = call.arguments.at(0) == QLatin1String("vcard");
    const QString path = call.arguments.at(1);
    const VCard::Version version
        = call.vcardVersion == QLatin1String("3.0") ? VCard::Version::V30 : VCard::Version::V40;
    const QByteArray bytes = vcard
        ? VCard::write(contacts.value(), version, AppSettings().text(AppSettings::PhoneRegion))
        : ContactCsv::write(contacts.value(), !call.noBom);
    if (auto written = writeFileAtomically(path, bytes); !written)
        return fail(err, written.error().message);
    out << QCoreApplication::translate("Cli", "Exported %n contact(s) to %1", nullptr,
                                       int(contacts.value().size()))
               .arg(QDir::toNativeSeparators(path))
        << Qt::endl;
    return Ok;
}

} // namespace finalist::cli
