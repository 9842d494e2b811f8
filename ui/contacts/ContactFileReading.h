#pragma once

#include "formats/ContactCsv.h"
#include "formats/LinkedInInvitations.h"
#include "formats/TextDecoding.h"

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
};

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
    ContactFileContents contents; // connections, a vCard, or a CSV through its mapping
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

// Reads and parses one contact file, touching no database (it runs on a worker thread; matching
// with the stored contacts happens afterwards, on the thread that owns the connection). Stops
// as soon as `cancel` is seen: between pieces of the file (connections and vCards are read a
// piece at a time, progress counting the bytes), and between steps for the other kinds. The
// only place that knows how each kind of file is read.
ContactFileReading readContactFile(const ContactFileRequest& request,
                                   const ReadingProgress& progress,
                                   const std::atomic<bool>& cancel);

} // namespace finalist
