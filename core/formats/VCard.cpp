#include "VCard.h"

#include "domain/ContactUid.h"
#include "ICalendarLines.h"
#include "PhoneNumber.h"
#include "VCardReader.h"

#include <QBuffer>
#include <QRegularExpression>

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

namespace {

// A label as a TYPE value: the standard words as each version spells them, another word as it
// is, anything else quoted.
QByteArray typeValue(const QString& label, DetailKind kind, VCard::Version version)
{
    QString type = label.trimmed();
    if (type == QLatin1String("mobile") && kind == DetailKind::Phone)
        type = QStringLiteral("cell");
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9-]+$"));
    if (!token.match(type).hasMatch())
        type = QLatin1Char('"') + QString(type).remove(QLatin1Char('"')) + QLatin1Char('"');
    return (version == VCard::Version::V30 ? type.toUpper() : type.toLower()).toUtf8();
}

QByteArray parameters(const ContactPoint& d, VCard::Version version)
{
    QList<QByteArray> types;
    if (version == VCard::Version::V30 && d.kind == DetailKind::Email)
        types << "INTERNET";
    if (!d.label.trimmed().isEmpty())
        types << typeValue(d.label, d.kind, version);
    QByteArray out;
    if (version == VCard::Version::V30 && d.preferred)
        types << "PREF";
    if (!types.isEmpty())
        out += ";TYPE=" + types.join(',');
    if (version == VCard::Version::V40 && d.preferred)
        out += ";PREF=1";
    return out;
}

QString structured(const QStringList& parts)
{
    QStringList escaped;
    for (const QString& part : parts)
        escaped << ical::escapeText(part);
    return escaped.join(QLatin1Char(';'));
}

} // namespace

QByteArray VCard::write(const std::vector<Contact>& contacts, Version version,
                        const QString& phoneRegion)
{
    const bool v4 = version == Version::V40;
    const QString region = phone::regionOr(phoneRegion);
    QByteArray out;
    const auto property = [&](const QByteArray& name, const QString& value) {
        if (!value.isEmpty())
            out += fold(name + ':' + value.toUtf8());
    };
    for (const Contact& contact : contacts) {
        Contact c = contact;
        c.syncPreferred();
        out += "BEGIN:VCARD\r\n";
        out += v4 ? "VERSION:4.0\r\n" : "VERSION:3.0\r\n";
        property("UID", ical::singleLine(contactUid(c)));
        out += fold("FN:" + ical::escapeText(c.fullName()).toUtf8());
        out += fold(
            "N:"
            + structured({ c.lastName, c.firstName, c.middleName, c.namePrefix, c.nameSuffix })
                  .toUtf8());
        property("NICKNAME", ical::escapeText(c.nickname));
        if (!c.company.isEmpty() || !c.department.isEmpty())
            property("ORG",
                     c.department.isEmpty() ? ical::escapeText(c.company)
                                            : structured({ c.company, c.department }));
        property("TITLE", ical::escapeText(c.title));
        for (const ContactPoint& d : c.details) {
            const QByteArray with = parameters(d, version);
            switch (d.kind) {
            case DetailKind::Email:
                property("EMAIL" + with, ical::escapeText(d.value.trimmed()));
                break;
            case DetailKind::Phone: {
                // A tel: URI where the number can be read; as typed (text) where it cannot.
                const QString e164 = phone::e164(d.value, region);
                if (v4 && !e164.isEmpty())
                    property("TEL;VALUE=uri" + with, QStringLiteral("tel:") + e164);
                else
                    property("TEL" + with, ical::escapeText(ical::singleLine(d.value.trimmed())));
                break;
            }
            case DetailKind::Address:
                property("ADR" + with, structured(address::parts(d.value)));
                break;
            case DetailKind::Web:
                property("URL" + with, ical::singleLine(d.value.trimmed()));
                break;
            case DetailKind::Handle:
                // A messenger's URI (xmpp:, skype:) is IMPP; a profile page is a social profile.
                property(d.value.startsWith(QLatin1String("http"), Qt::CaseInsensitive)
                             ? "X-SOCIALPROFILE" + with
                             : "IMPP" + with,
                         ical::singleLine(d.value.trimmed()));
                break;
            }
        }
        property("URL", ical::singleLine(c.linkedInUrl));
        if (!c.birthday.isEmpty())
            property("BDAY",
                     v4 ? QString(c.birthday)
                              .remove(QLatin1Char('-'))
                              .prepend(c.birthday.startsWith(QLatin1String("--"))
                                           ? QStringLiteral("--")
                                           : QString())
                        : c.birthday);
        property("NOTE", ical::escapeText(c.notes));
        // Finalist's own fields, which no other program reads but a phone keeps: a card that
        // goes to the server and back (or out to a file and in again) loses none of them.
        if (c.role != RoleCategory::Other)
            property("X-FINALIST-ROLE", enumKey(c.role));
        if (c.warmth > 0)
            property("X-FINALIST-WARMTH", QString::number(c.warmth));
        if (c.linkedInStatus != LinkedInStatus::NotConnected)
            property("X-FINALIST-LINKEDIN-STATUS", enumKey(c.linkedInStatus));
        if (c.linkedInStatusOn.isValid())
            property("X-FINALIST-LINKEDIN-STATUS-ON", c.linkedInStatusOn.toString(Qt::ISODate));
        out += "END:VCARD\r\n";
    }
    return out;
}

} // namespace finalist
