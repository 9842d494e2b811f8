#pragma once

#include "ImportedContact.h"
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <vector>

namespace finalist {

// Contacts as a plain CSV, for any spreadsheet or address book: written with every field, read
// back through a column mapping the user confirms.
class ContactCsv
{
public:
    // In the order the column menus offer them.
    enum class Field
    {
        Ignore,
        NamePrefix,
        FirstName,
        MiddleName,
        LastName,
        NameSuffix,
        FullName, // split at the last space when no other column gives a name
        Nickname,
        Title,
        Company,
        Department,
        Email, // every email, phone, web and handle column is one more detail
        Phone,
        Website,
        Handle,
        Street, // the parts of a postal address; "Home City" and "Home Street" make one
        PoBox,
        ExtendedAddress,
        City,
        Region,
        PostalCode,
        Country,
        FormattedAddress, // the whole address in one cell, used when no part is given
        Birthday,
        BirthYear,
        BirthMonth,
        BirthDay,
        LinkedInUrl,
        Notes
    };
    static constexpr Field kLastField = Field::Notes;

    // One column of Finalist's own export: its heading, the field its import reads it into
    // (Ignore for what a file does not set: role, LinkedIn status, warmth) and its value. The
    // writer and the reader of the layout both go by this table.
    struct OwnColumn
    {
        const char* heading;
        Field field;
        QString (*value)(const Contact&);
    };
    static const std::vector<OwnColumn>& ownColumns();

    // UTF-8 with a byte-order mark unless asked without: spreadsheets read a file without one
    // in the system's code page, and garble every accent.
    static QByteArray write(const std::vector<Contact>& contacts, bool byteOrderMark = true);

    // The file's header row and a first guess at what each column holds, from its name.
    static Result<QStringList> headers(const QByteArray& bytes,
                                       std::optional<TextEncoding> encoding = {});
    static std::vector<Field> guessMapping(const QStringList& headers);
    static QString fieldLabel(Field field);

    // Every row after the header, through the mapping (one Field per column).
    static Result<ContactFileContents> read(const QByteArray& bytes,
                                            const std::vector<Field>& mapping,
                                            std::optional<TextEncoding> encoding = {});
};

} // namespace finalist
