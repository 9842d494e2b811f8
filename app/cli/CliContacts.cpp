#include "CliContacts.h"

#include "formats/ContactCsv.h"
#include "formats/LinkedInConnections.h"
#include "formats/SafeFileWriter.h"
#include "formats/TextDecoding.h"
#include "formats/VCard.h"
#include "services/ContactImport.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"

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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(err, tr("“%1” cannot be read: %2").arg(path, file.errorString()));
    if (auto size = TextDecoding::checkFileSize(file.size()); !size)
        return fail(err, tr("Nothing imported. %1").arg(size.error().message));
    const QByteArray bytes = file.readAll();
    auto contents
        = kind == QLatin1String("vcard") ? VCard::read(bytes) : LinkedInConnections::read(bytes);
    if (!contents)
        return fail(err, tr("Nothing imported. %1").arg(contents.error().message));
    ContactImport import(db);
    auto plan = import.plan(contents.value(),
                            kind == QLatin1String("vcard") ? QStringLiteral("vCard")
                                                           : QStringLiteral("LinkedIn"),
                            QFileInfo(path).fileName());
    if (!plan)
        return fail(err, plan.error().message);
    out << tr("%1 new, %2 already in your contacts (merged: missing fields filled in), "
              "%3 not imported.")
               .arg(plan.value().newCount())
               .arg(plan.value().matchCount())
               .arg(plan.value().problems.size())
        << Qt::endl;
    for (const ImportProblem& problem : plan.value().problems)
        out << "  " << problem.message << Qt::endl;
    // How the bytes were read, and every character left out, with its line: never silently.
    out << plan.value().reading.summary() << Qt::endl;
    for (const TextWarning& warning : plan.value().reading.warnings)
        out << "  " << warning.message << Qt::endl;
    if (call.dryRun) {
        out << tr("Dry run: nothing was written.") << Qt::endl;
        return Ok;
    }
    auto outcome = import.commit(plan.value());
    if (!outcome)
        return fail(err, tr("Nothing imported. %1").arg(outcome.error().message));
    out << tr("Imported: %1 added, %2 merged (import %3; it can be undone from the window).")
               .arg(outcome.value().created)
               .arg(outcome.value().merged)
               .arg(outcome.value().importId)
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
