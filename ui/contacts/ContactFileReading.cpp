#include "ContactFileReading.h"

#include "formats/ContactCsvReader.h"
#include "formats/Csv.h"
#include "formats/LinkedInConnections.h"
#include "formats/LinkedInConnectionsReader.h"
#include "formats/LinkedInInvitations.h"
#include "formats/VCardReader.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ContactFileReading)
};

ContactFileReading failed(const QString& message)
{
    ContactFileReading reading;
    reading.outcome = ContactFileReading::Outcome::Failed;
    reading.failure = message;
    return reading;
}

ContactFileReading cancelled()
{
    ContactFileReading reading;
    reading.outcome = ContactFileReading::Outcome::Cancelled;
    return reading;
}

// The whole file, a chunk at a time so that progress shows and Cancel is heard.
std::optional<QByteArray> loadBytes(const QString& path, const ReadingProgress& progress,
                                    const std::atomic<bool>& cancel, QString* failure)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *failure = Texts::tr("“%1” cannot be read: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    const qint64 size = file.size();
    if (auto allowed = TextDecoding::checkFileSize(size); !allowed) {
        *failure = Texts::tr("“%1” cannot be imported. %2").arg(name, allowed.error().message);
        return std::nullopt;
    }
    constexpr qint64 kChunk = 1024 * 1024;
    QByteArray bytes(size, Qt::Uninitialized);
    qint64 done = 0;
    if (progress)
        progress(ReadingStep::Loading, 0, size);
    while (done < size) {
        if (cancel)
            return std::nullopt;
        const qint64 got = file.read(bytes.data() + done, std::min(kChunk, size - done));
        if (got <= 0)
            break; // the file grew shorter while being read: keep what is there
        done += got;
        if (progress)
            progress(ReadingStep::Loading, done, size);
    }
    bytes.truncate(done);
    return bytes;
}

// A reader's progress shown as the file loading, and Cancel heard through it.
ReadProgress loadingProgress(const ReadingProgress& progress, const std::atomic<bool>& cancel)
{
    return [&progress, &cancel](qint64 done, qint64 total) {
        if (progress)
            progress(ReadingStep::Loading, done, total);
        return !cancel;
    };
}

// A reading that ended in an error: cancelled when that is why, else refused with the reason.
ContactFileReading notRead(const QString& name, const Error& error, const std::atomic<bool>& cancel)
{
    if (cancel || DecodingReader::isCancelled(error))
        return cancelled();
    return failed(Texts::tr("“%1” cannot be imported. %2").arg(name, error.message));
}

// A spreadsheet not mapped yet: its headings and first row, for the mapping.
ContactFileReading readHead(const ContactFileRequest& request, const ReadingProgress& progress,
                            const std::atomic<bool>& cancel)
{
    const QString name = QFileInfo(request.path).fileName();
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(Texts::tr("“%1” cannot be read: %2").arg(name, file.errorString()));
    auto head = ContactCsvReader::head(file, request.encoding, loadingProgress(progress, cancel));
    if (!head)
        return notRead(name, head.error(), cancel);
    ContactFileReading reading;
    reading.outcome = ContactFileReading::Outcome::Read;
    reading.reading = head.value().reading;
    reading.headers = head.value().headers;
    reading.firstRow = head.value().firstRow;
    return reading;
}

// People are read a piece at a time and matched as they are read, the way the command line
// imports them: the bar moves while the people are read, Cancel is heard between
// pieces, and what is held is the first rows, not the file.
ContactFileReading readPeople(const ContactFileRequest& request, const ReadingProgress& progress,
                              const std::atomic<bool>& cancel)
{
    const QString name = QFileInfo(request.path).fileName();
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(Texts::tr("“%1” cannot be read: %2").arg(name, file.errorString()));
    auto journal = Database::open(request.databasePath, Clock::system(),
                                  DatabaseOptions{ DatabaseMode::ReadOnly, 0, false });
    if (!journal)
        return failed(journal.error().message);
    std::unique_ptr<ContactReader> reader = contactReader(file, request);
    ImportRunOptions options;
    options.dryRun = true;
    options.keepCandidates = kPreviewRows;
    options.progress = loadingProgress(progress, cancel);
    auto summary
        = ContactImport(*journal.value()).run(*reader, importSource(request.kind), name, options);
    if (!summary)
        return notRead(name, summary.error(), cancel);
    ContactFileReading reading;
    reading.outcome = ContactFileReading::Outcome::Read;
    reading.reading = summary.value().reading;
    reading.matched = std::move(summary).value();
    return reading;
}

} // namespace

std::unique_ptr<ContactReader> contactReader(QIODevice& file, const ContactFileRequest& request)
{
    if (request.kind == ContactFileKind::VCard)
        return std::make_unique<VCardReader>(file, request.encoding);
    if (request.kind == ContactFileKind::Csv)
        return std::make_unique<ContactCsvReader>(
            file, request.mapping.value_or(std::vector<ContactCsv::Field>{}), request.encoding);
    return std::make_unique<LinkedInConnectionsReader>(file, request.encoding);
}

QString importSource(ContactFileKind kind)
{
    switch (kind) {
    case ContactFileKind::LinkedInConnections:
    case ContactFileKind::LinkedInInvitations:
        return QStringLiteral("LinkedIn");
    case ContactFileKind::VCard:
        return QStringLiteral("vCard");
    case ContactFileKind::Csv:
        break;
    }
    return QStringLiteral("CSV");
}

ContactFileReading readContactFile(const ContactFileRequest& request,
                                   const ReadingProgress& progress, const std::atomic<bool>& cancel)
{
    if (request.kind == ContactFileKind::Csv && !request.mapping)
        return readHead(request, progress, cancel);
    if (request.kind != ContactFileKind::LinkedInInvitations) {
        ContactFileReading reading = readPeople(request, progress, cancel);
        return cancel ? cancelled() : reading;
    }
    QString failure;
    const std::optional<QByteArray> bytes = loadBytes(request.path, progress, cancel, &failure);
    if (cancel)
        return cancelled();
    if (!bytes)
        return failed(failure);
    if (progress)
        progress(ReadingStep::Parsing, 0, 0);
    const QString name = QFileInfo(request.path).fileName();
    const auto refused = [&](const Error& error) {
        return failed(Texts::tr("“%1” cannot be imported. %2").arg(name, error.message));
    };
    // Invitations are few: Cancel is heard between the steps of reading them. The invitations
    // reader keeps no account of what it left out of the names; the CSV underneath does. Read
    // with the encoding found here, both see the same text.
    ContactFileReading reading;
    reading.outcome = ContactFileReading::Outcome::Read;
    auto csv = readCsv(*bytes, request.encoding);
    if (!csv)
        return refused(csv.error());
    reading.reading = csv.value().report;
    if (cancel)
        return cancelled();
    auto invitations = LinkedInInvitations::read(*bytes, reading.reading.encoding);
    if (!invitations)
        return refused(invitations.error());
    reading.invitations = std::move(invitations).value();
    if (cancel)
        return cancelled();
    return reading;
}

ContactFileKind guessContactFileKind(const QString& path, const QByteArray& start)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"vcf" || suffix == u"vcard"
        || start.trimmed().toUpper().startsWith("BEGIN:VCARD"))
        return ContactFileKind::VCard;
    if (LinkedInInvitations::isInvitations(start))
        return ContactFileKind::LinkedInInvitations;
    if (LinkedInConnections::isConnections(start))
        return ContactFileKind::LinkedInConnections;
    return ContactFileKind::Csv;
}

QString importMatchText(ImportMatch match)
{
    switch (match) {
    case ImportMatch::New:
        return QCoreApplication::translate("ImportDialog", "New");
    case ImportMatch::SameCard:
        return QCoreApplication::translate("ImportDialog", "Exported from here");
    case ImportMatch::SameLinkedIn:
        return QCoreApplication::translate("ImportDialog", "Same LinkedIn profile");
    case ImportMatch::SameEmail:
        return QCoreApplication::translate("ImportDialog", "Same email");
    case ImportMatch::SameNameAndCompany:
        return QCoreApplication::translate("ImportDialog", "Same name and company");
    }
    return {};
}

} // namespace finalist
