#pragma once

#include "ImportedContact.h"
#include "Result.h"

#include <QByteArray>
#include <QDate>

namespace finalist {

// LinkedIn's Connections.csv, and its address books (Contacts.csv, Imported Contacts.csv). The
// export starts with a "Notes:" preamble (sometimes quoted, sometimes behind a byte-order mark),
// so the header row is searched for rather than skipped by count. Everyone in Connections.csv
// is connected, from the "Connected On" date; nobody in an address book is, for that.
class LinkedInConnections
{
public:
    static Result<ContactFileContents> read(const QByteArray& bytes,
                                            std::optional<TextEncoding> encoding = {});
    // "12 Mar 2024" as LinkedIn writes it, and every other form ExportDate reads.
    static QDate parseDate(const QString& text);
    // Whether the start of a file is one of LinkedIn's: a header with "Connected On", or with
    // "URL" and "Position" beside the names (2018's layout on), or an address book's
    // "FirstName" with "Emails". Thunderbird and Outlook also begin with "First Name,Last Name".
    static bool isConnections(const QByteArray& head);
};

} // namespace finalist
