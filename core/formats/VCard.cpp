#include "VCard.h"

#include "domain/ContactUid.h"
#include "ICalendarLines.h"
#include "VCardReader.h"

#include <QBuffer>

namespace finalist {

Result<ContactFileContents> VCard::read(const QByteArray& input, std::optional<TextEncoding> chosen)
{
    QByteArray shared = input;
    QBuffer buffer(&shared);
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader(buffer, chosen);
    return readAllContacts(reader);
}

QByteArray VCard::fold(const QByteArray& line)
{
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        // Never between the bytes of one character: back up to its first byte.
        while (cut > start && (uchar(line[cut]) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += line.mid(start) + "\r\n";
    return out;
}

QByteArray VCard::write(const std::vector<Contact>& contacts, Version version)
{
    QByteArray out;
    const auto property = [&](const QByteArray& name, const QString& value) {
        if (!value.isEmpty())
            out += fold(name + ':' + value.toUtf8());
    };
    for (const Contact& c : contacts) {
        out += "BEGIN:VCARD\r\n";
        out += version == Version::V40 ? "VERSION:4.0\r\n" : "VERSION:3.0\r\n";
        property("UID", ical::singleLine(contactUid(c)));
        out += fold("FN:" + ical::escapeText(c.displayName()).toUtf8());
        out += fold("N:"
                    + (ical::escapeText(c.lastName) + QLatin1Char(';')
                       + ical::escapeText(c.firstName) + QStringLiteral(";;;"))
                          .toUtf8());
        property("ORG", ical::escapeText(c.company));
        property("TITLE", ical::escapeText(c.title));
        // The kind of address is not known: no TYPE=work that the user never said.
        property(version == Version::V40 ? "EMAIL" : "EMAIL;TYPE=INTERNET",
                 ical::escapeText(c.email));
        property(version == Version::V40 ? "TEL;VALUE=uri" : "TEL",
                 c.phone.isEmpty() ? QString()
                                   : (version == Version::V40 ? QStringLiteral("tel:") : QString())
                         + ical::singleLine(c.phone));
        property("URL", ical::singleLine(c.linkedInUrl));
        property("NOTE", ical::escapeText(c.notes));
        out += "END:VCARD\r\n";
    }
    return out;
}

} // namespace finalist
