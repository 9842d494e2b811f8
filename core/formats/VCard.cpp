#include "VCard.h"

#include "ICalendarLines.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace finalist {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("VCard", text);
}

struct ContentLine
{
    int line = 0; // physical line it starts on
    QByteArray text;
};

bool endsWithSoftBreak(const QByteArray& line)
{
    return line.endsWith('=') && line.toUpper().contains("QUOTED-PRINTABLE");
}

// Splits into physical lines, then joins folds: a line starting with a space or tab continues
// the previous one (the whitespace goes); a quoted-printable value ending in "=" continues on
// the next line. All on bytes, so a fold inside a multi-byte character heals before decoding.
std::vector<ContentLine> unfold(const QByteArray& bytes)
{
    std::vector<ContentLine> lines;
    int number = 0;
    qsizetype start = 0;
    bool joinNext = false;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArray physical = bytes.mid(start, end - start);
        if (physical.endsWith('\r'))
            physical.chop(1);
        ++number;
        start = end + 1;
        if (number == 1 && physical.startsWith("\xEF\xBB\xBF"))
            physical.remove(0, 3);
        const bool folded = !physical.isEmpty()
            && (physical.front() == ' ' || physical.front() == '\t') && !lines.empty();
        if (joinNext && !lines.empty()) {
            lines.back().text.chop(1); // the soft break's "="
            lines.back().text += physical.trimmed();
        } else if (folded) {
            lines.back().text += physical.mid(1);
        } else if (!physical.trimmed().isEmpty()) {
            lines.push_back({ number, physical });
        }
        joinNext = !lines.empty() && endsWithSoftBreak(lines.back().text);
        if (end == bytes.size())
            break;
    }
    return lines;
}

QByteArray decodeQuotedPrintable(const QByteArray& in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int value = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(value);
                i += 2;
                continue;
            }
        }
        out += in[i];
    }
    return out;
}

// Splits a structured value (N, ORG) on the semicolons that are not escaped.
QStringList components(const QString& value)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('\\') && i + 1 < value.size()) {
            current += value[i];
            current += value[++i];
        } else if (value[i] == QLatin1Char(';')) {
            parts << ical::unescapeText(current);
            current.clear();
        } else {
            current += value[i];
        }
    }
    parts << ical::unescapeText(current);
    return parts;
}

struct Property
{
    QByteArray name; // upper case, without its group
    QList<QByteArray> parameters; // upper case, as written ("TYPE=WORK", "WORK", ...)
    QString value;
};

// "item1.EMAIL;TYPE=INTERNET;CHARSET=UTF-8:ana@example.org". A colon inside a quoted
// parameter value does not end the name part.
bool parse(const QByteArray& line, Property& property)
{
    qsizetype colon = -1;
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '"')
            inQuotes = !inQuotes;
        else if (line[i] == ':' && !inQuotes) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return false;
    QList<QByteArray> parts = line.left(colon).split(';');
    QByteArray name = parts.takeFirst().trimmed().toUpper();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
        name = name.mid(dot + 1);
    property.name = name;
    property.parameters.clear();
    for (const QByteArray& parameter : parts)
        property.parameters << parameter.trimmed().toUpper();
    QByteArray raw = line.mid(colon + 1);
    QByteArray charset = "UTF-8";
    bool quotedPrintable = false;
    for (const QByteArray& parameter : property.parameters) {
        if (parameter == "ENCODING=QUOTED-PRINTABLE" || parameter == "QUOTED-PRINTABLE")
            quotedPrintable = true;
        else if (parameter.startsWith("CHARSET="))
            charset = parameter.mid(8);
    }
    if (quotedPrintable)
        raw = decodeQuotedPrintable(raw);
    QStringDecoder decoder(charset.constData());
    property.value = decoder.isValid() ? decoder.decode(raw) : QString::fromUtf8(raw);
    return true;
}

bool hasType(const Property& property, const QByteArray& type)
{
    for (const QByteArray& parameter : property.parameters) {
        if (parameter == type || (parameter.startsWith("TYPE=") && parameter.contains(type)))
            return true;
    }
    return false;
}

void apply(const Property& p, ImportedContact& person, QString& formattedName)
{
    Contact& c = person.contact;
    if (p.name == "N") {
        const QStringList n = components(p.value);
        c.lastName = n.value(0).trimmed();
        c.firstName = n.value(1).trimmed();
    } else if (p.name == "FN") {
        formattedName = ical::unescapeText(p.value).trimmed();
    } else if (p.name == "ORG") {
        c.company = components(p.value).value(0).trimmed();
    } else if (p.name == "TITLE") {
        c.title = ical::unescapeText(p.value).trimmed();
    } else if (p.name == "EMAIL") {
        const QString email = ical::unescapeText(p.value).trimmed();
        if (!email.isEmpty() && !person.emails.contains(email, Qt::CaseInsensitive))
            person.emails << email;
    } else if (p.name == "TEL") {
        QString phone = ical::unescapeText(p.value).trimmed();
        if (phone.startsWith(QStringLiteral("tel:")))
            phone = phone.mid(4);
        if (!phone.isEmpty() && !person.phones.contains(phone))
            person.phones << phone;
    } else if (p.name == "URL" || p.name == "X-SOCIALPROFILE") {
        const QString url = ical::unescapeText(p.value).trimmed();
        if (url.contains(QStringLiteral("linkedin.com"), Qt::CaseInsensitive)
            || hasType(p, "LINKEDIN"))
            c.linkedInUrl = url;
    } else if (p.name == "NOTE") {
        c.notes = ical::unescapeText(p.value).trimmed();
    }
}

// Phone numbers and URLs are single tokens: a line break in one would end the content line.
QString singleLine(const QString& value)
{
    QString out = value;
    out.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out.simplified();
}

QString escape(QString value)
{
    return value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char(','), QStringLiteral("\\,"))
        .replace(QLatin1Char(';'), QStringLiteral("\\;"))
        .replace(QStringLiteral("\r\n"), QStringLiteral("\\n"))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

} // namespace

Result<ContactFileContents> VCard::read(const QByteArray& bytes)
{
    ContactFileContents contents;
    std::optional<ImportedContact> card;
    QString formattedName;
    for (const ContentLine& line : unfold(bytes)) {
        Property property;
        if (!parse(line.text, property))
            return Error{ Error::Code::Invalid,
                          tr("Line %1 is not a vCard property (it has no “:”).").arg(line.line),
                          {},
                          {} };
        if (property.name == "BEGIN"
            && property.value.trimmed().toUpper() == QLatin1String("VCARD")) {
            if (card)
                return Error{ Error::Code::Invalid,
                              tr("Line %1: a new card begins before the card from line %2 "
                                 "ended.")
                                  .arg(line.line)
                                  .arg(card->line),
                              {},
                              {} };
            card = ImportedContact{};
            card->line = line.line;
            formattedName.clear();
            continue;
        }
        if (!card) {
            if (property.name == "END")
                return Error{ Error::Code::Invalid,
                              tr("Line %1: a card ends that never began.").arg(line.line),
                              {},
                              {} };
            continue; // text around the cards is ignored
        }
        if (property.name == "END") {
            ImportedContact done = std::move(*card);
            card.reset();
            Contact& c = done.contact;
            if (c.firstName.isEmpty() && c.lastName.isEmpty() && !formattedName.isEmpty()) {
                const qsizetype space = formattedName.lastIndexOf(QLatin1Char(' '));
                c.firstName = space < 0 ? formattedName : formattedName.left(space);
                c.lastName = space < 0 ? QString() : formattedName.mid(space + 1);
            }
            c.email = done.emails.value(0);
            c.phone = done.phones.value(0);
            if (c.firstName.isEmpty() && c.lastName.isEmpty())
                contents.problems.push_back(
                    { done.line, tr("The card on line %1 has no name; skipped.").arg(done.line) });
            else
                contents.contacts.push_back(std::move(done));
            continue;
        }
        apply(property, *card, formattedName);
    }
    if (card)
        return Error{ Error::Code::Invalid,
                      tr("The card that begins on line %1 never ends (END:VCARD is missing).")
                          .arg(card->line),
                      {},
                      {} };
    return contents;
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
        out += fold("FN:" + escape(c.displayName()).toUtf8());
        out += fold(
            "N:"
            + (escape(c.lastName) + QLatin1Char(';') + escape(c.firstName) + QStringLiteral(";;;"))
                  .toUtf8());
        property("ORG", escape(c.company));
        property("TITLE", escape(c.title));
        property(version == Version::V40 ? "EMAIL;TYPE=work" : "EMAIL;TYPE=INTERNET",
                 escape(c.email));
        property(version == Version::V40 ? "TEL;VALUE=uri" : "TEL",
                 c.phone.isEmpty() ? QString()
                                   : (version == Version::V40 ? QStringLiteral("tel:") : QString())
                         + singleLine(c.phone));
        property("URL", singleLine(c.linkedInUrl));
        property("NOTE", escape(c.notes));
        out += "END:VCARD\r\n";
    }
    return out;
}

} // namespace finalist
