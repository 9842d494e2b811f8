#include "CliContacts.h"

#include "formats/ContactCsv.h"
#include "formats/LinkedInConnectionsReader.h"
#include "formats/LinkedInInvitations.h"
#include "formats/SafeFileWriter.h"
#include "formats/TextDecoding.h"
#include "formats/VCard.h"
#include "formats/VCardReader.h"
#include "services/ContactImport.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"

#include <memory>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace finalist::cli {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("Cli", text, nullptr, n);
}

int fail(QTextStream& err, const QString& message)
{
    err << message << Qt::endl;
    return Failed;
}

// Invitations.csv through "import linkedin": its people become "invitation pending".
int importInvitations(Database& db, QFile& file, const Invocation& call, QTextStream& out,
                      QTextStream& err)
{
    const QString path = call.arguments.at(1);
    auto invitations = LinkedInInvitations::read(file.readAll());
    if (!invitations)
        return fail(err, tr("Nothing imported. %1").arg(invitations.error().message));
    ContactImport import(db);
    auto applied
        = import.applyInvitations(invitations.value(), QFileInfo(path).fileName(), call.dryRun);
    if (!applied)
        return fail(err, tr("Nothing imported. %1").arg(applied.error().message));
    out << tr("LinkedIn invitations: %1 of your contacts marked “invitation pending”, %2 "
              "invitations for people not in your contacts or already further along.")
               .arg(applied.value().merged)
               .arg(applied.value().skipped)
        << Qt::endl;
    if (call.dryRun)
        out << tr("Dry run: nothing was written.") << Qt::endl;
    else
        out << tr("Import %1; it can be undone from the window.").arg(applied.value().importId)
            << Qt::endl;
    return Ok;
}

} // namespace

int importContactsCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    const QString kind = call.arguments.at(0);
    const QString path = call.arguments.at(1);
    const bool vcard = kind == QLatin1String("vcard");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(err, tr("“%1” cannot be read: %2").arg(path, file.errorString()));
    if (auto size = TextDecoding::checkFileSize(file.size()); !size)
        return fail(err, tr("Nothing imported. %1").arg(size.error().message));
    if (!vcard && LinkedInInvitations::isInvitations(file.peek(64 * 1024)))
        return importInvitations(db, file, call, out, err);
    // Read a record at a time: only the contacts already stored are held whole.
    std::unique_ptr<ContactReader> reader;
    if (vcard)
        reader = std::make_unique<VCardReader>(file);
    else
        reader = std::make_unique<LinkedInConnectionsReader>(file);
    // The dry run and the import are one run: the same reading, matching and counting, and
    // only the writing told apart, so the preview cannot promise what the import does not do.
    ContactImport import(db);
    auto summary = import.run(*reader, vcard ? QStringLiteral("vCard") : QStringLiteral("LinkedIn"),
                              QFileInfo(path).fileName(), call.dryRun);
    if (!summary)
        return fail(err, tr("Nothing imported. %1").arg(summary.error().message));
    const ImportSummary& found = summary.value();
    // Warnings are about rows that are imported all the same: counted apart from the refused.
    out << tr("%1 new, %2 already in your contacts (merged: missing fields filled in), "
              "%3 not imported, %4 warnings.")
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
        out << tr("Dry run: nothing was written.") << Qt::endl;
        return Ok;
    }
    out << tr("Imported: %1 added, %2 merged (import %3; it can be undone from the window).")
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
    const QByteArray bytes
        = vcard ? VCard::write(contacts.value()) : ContactCsv::write(contacts.value());
    if (auto written = writeFileAtomically(path, bytes); !written)
        return fail(err, written.error().message);
    out << QCoreApplication::translate("Cli", "Exported %n contact(s) to %1", nullptr,
                                       int(contacts.value().size()))
               .arg(QDir::toNativeSeparators(path))
        << Qt::endl;
    return Ok;
}

} // namespace finalist::cli
