#pragma once

#include "formats/ContactCsv.h"
#include "formats/LinkedInInvitations.h"
#include "formats/TextDecoding.h"
#include "services/ContactImport.h"

#include <atomic>
#include <functional>
#include <optional>
#include <QString>
#include <QStringList>
#include <vector>

namespace finalist {

// The files the contact import reads.
enum class ContactFileKind
{
    LinkedInConnections,
    LinkedInInvitations,
    VCard,
    Csv
};

struct ContactFileRequest
{
    QString path;
    ContactFileKind kind = ContactFileKind::Csv;
    std::optional<TextEncoding> encoding; // detected when empty
    // A generic CSV is read twice: first for its columns (no mapping yet), then through the
    // mapping the user confirmed.
    std::optional<std::vector<ContactCsv::Field>> mapping;
    // The journal the people are matched with. They are matched while they are read, through a
    // read-only connection of the reading thread's own, so that only the rows the preview shows
    // are held, however long the file.
    QString databasePath;
};

// The rows a preview shows (and lets the user untick); the rest are imported as they are.
constexpr std::size_t kPreviewRows = 2000;

// What a reading found. Plain values only: it is made on a worker thread and handed over.
struct ContactFileReading
{
    enum class Outcome
    {
        Read,
        Failed,
        Cancelled
    };
    Outcome outcome = Outcome::Failed;
    QString failure; // Failed: what went wrong, in words for the user
    TextReport reading; // the encoding used, and the characters left out on which line
    // The counts and problems of the whole file, and its first rows (not for invitations, nor a
    // CSV still to be mapped).
    std::optional<ImportSummary> matched;
    std::vector<LinkedInInvitation> invitations;
    QStringList headers; // a CSV without a mapping: its columns and its first row of values
    QStringList firstRow;
};

enum class ReadingStep
{
    Loading, // the file's bytes: done and total are bytes
    Parsing, // the bytes become people: no measure of how far (total 0)
};

// Called on the reading thread.
using ReadingProgress = std::function<void(ReadingStep step, qint64 done, qint64 total)>;

// Reads one contact file on a worker thread and matches its people with the stored contacts (a
// dry run of the import through a read-only connection). Stops as soon as `cancel` is seen,
// between pieces of the file (read a piece at a time, progress counting the bytes); an
// invitations file, small, is read whole. The only place that knows how each kind of file is
// read.
// The reader of connections, a vCard or a mapped CSV: the same for the preview and the import.
std::unique_ptr<ContactReader> contactReader(QIODevice& file, const ContactFileRequest& request);
// The name an import of this kind is logged under ("LinkedIn", "vCard", "CSV").
QString importSource(ContactFileKind kind);
// What a file is, from its name and first bytes: a vCard, LinkedIn's invitations or
// connections (by their own headings only: Thunderbird and Outlook also begin "First Name,Last
// Name"), else a spreadsheet.
ContactFileKind guessContactFileKind(const QString& path, const QByteArray& start);
// How a preview names a match ("Same email").
QString importMatchText(ImportMatch match);

ContactFileReading readContactFile(const ContactFileRequest& request,
                                   const ReadingProgress& progress,
                                   const std::atomic<bool>& cancel);

} // namespace finalist
