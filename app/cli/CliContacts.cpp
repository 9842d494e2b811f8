#include "CliContacts.h"

#include "formats/ContactCsv.h"
#include "formats/LinkedInConnectionsReader.h"
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
    out << tr("%1 new, %2 already in your contacts (merged: missing fields filled in), "
              "%3 not imported.")
               .arg(found.newCount)
               .arg(found.matchCount)
               .arg(found.problems.size())
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
