#include "ContactFileReading.h"

#include "formats/Csv.h"
#include "formats/LinkedInConnectionsReader.h"
#include "formats/VCardReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace finalist {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ContactFileReading", text);
}

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
        *failure = tr("“%1” cannot be read: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    const qint64 size = file.size();
    if (auto allowed = TextDecoding::checkFileSize(size); !allowed) {
        *failure = tr("“%1” cannot be imported. %2").arg(name, allowed.error().message);
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

// Connections and vCards are read a piece at a time, the way the command line imports them: the
// bar moves while the people are read, and Cancel is heard between pieces.
ContactFileReading readPeople(const ContactFileRequest& request, const ReadingProgress& progress,
                              const std::atomic<bool>& cancel)
{
    const QString name = QFileInfo(request.path).fileName();
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(tr("“%1” cannot be read: %2").arg(name, file.errorString()));
    std::unique_ptr<ContactReader> reader;
    if (request.kind == ContactFileKind::VCard)
        reader = std::make_unique<VCardReader>(file, request.encoding);
    else
        reader = std::make_unique<LinkedInConnectionsReader>(file, request.encoding);
    reader->setProgress([&](qint64 done, qint64 total) {
        if (progress)
            progress(ReadingStep::Loading, done, total);
        return !cancel;
    });
    auto contents = readAllContacts(*reader);
    if (!contents && (cancel || DecodingReader::isCancelled(contents.error())))
        return cancelled();
    if (!contents)
        return failed(tr("“%1” cannot be imported. %2").arg(name, contents.error().message));
    ContactFileReading reading;
    reading.outcome = ContactFileReading::Outcome::Read;
    reading.contents = std::move(contents).value();
    reading.reading = reading.contents.reading;
    return reading;
}

} // namespace

ContactFileReading readContactFile(const ContactFileRequest& request,
                                   const ReadingProgress& progress, const std::atomic<bool>& cancel)
{
    if (request.kind == ContactFileKind::LinkedInConnections
        || request.kind == ContactFileKind::VCard) {
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
        return failed(tr("“%1” cannot be imported. %2").arg(name, error.message));
    };

    // Invitations and generic spreadsheets are small: Cancel is heard between their steps.
    ContactFileReading reading;
    reading.outcome = ContactFileReading::Outcome::Read;
    switch (request.kind) {
    case ContactFileKind::LinkedInConnections:
    case ContactFileKind::VCard:
        break; // read above, a piece at a time
    case ContactFileKind::LinkedInInvitations: {
        // The invitations reader keeps no account of what it left out of the names; the CSV
        // underneath does. Read with the encoding found here, both see the same text.
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
        break;
    }
    case ContactFileKind::Csv: {
        if (request.mapping) {
            auto contents = ContactCsv::read(*bytes, *request.mapping, request.encoding);
            if (!contents)
                return refused(contents.error());
            reading.contents = std::move(contents).value();
            reading.reading = reading.contents.reading;
            break;
        }
        auto csv = readCsv(*bytes, request.encoding);
        if (!csv)
            return refused(csv.error());
        const std::vector<CsvRow>& rows = csv.value().rows;
        if (rows.empty())
            return failed(tr("“%1” is empty: there is nobody to import.").arg(name));
        reading.reading = csv.value().report;
        reading.headers = rows.front().fields;
        if (rows.size() > 1)
            reading.firstRow = rows[1].fields;
        break;
    }
    }
    if (cancel)
        return cancelled();
    return reading;
}

} // namespace finalist
