#pragma once

#include "ImportedContact.h"
#include "Result.h"
#include "TextDecoding.h"

#include <QByteArray>

namespace finalist {

// vCard 2.1, 3.0 and 4.0 in; 4.0 (or 3.0) out.
// In: lines folded anywhere (even inside a UTF-8 sequence: unfolding happens on bytes, before
// decoding), QUOTED-PRINTABLE with soft line breaks and a CHARSET (2.1), grouped properties
// (item1.URL), several EMAIL and TEL; unfolding and decoding take time linear in the file. Out:
// UTF-8, CRLF, folded at 75 octets without cutting a character in two; every text value escaped
// (ical::escapeText), so no value can end its line or begin a card of its own.
class VCard
{
public:
    enum class Version
    {
        V30,
        V40
    };

    // The encoding is detected (TextDecoding) unless chosen; a CHARSET on a property wins.
    // contents.reading says which was used and what was left out on which line.
    static Result<ContactFileContents> read(const QByteArray& bytes,
                                            std::optional<TextEncoding> encoding = {});
    // Phones become tel: URIs in E.164 where they can be read in phoneRegion (ISO 3166, "DE";
    // Preferences, else the locale's), text otherwise.
    static QByteArray write(const std::vector<Contact>& contacts, Version version = Version::V40,
                            const QString& phoneRegion = {});
    static QByteArray fold(const QByteArray& line); // one content line, CRLF-terminated
};

} // namespace finalist
