#include "VCard.h"

#include "ICalendarLines.h"

#include <cstring>
#include <QCoreApplication>

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

// Where a content line's name and parameters end, looked for once however many pieces the line
// is joined from: the soft-break test runs after every piece, and a test that read the whole
// line each time made a value with many soft breaks quadratic.
struct HeaderScan
{
    qsizetype scanned = 0;
    bool inQuotes = false;
    int quotedPrintable = -1; // unknown until the ':' is found
};

bool isQuotedPrintable(const QByteArray& text, HeaderScan& scan)
{
    if (scan.quotedPrintable >= 0)
        return scan.quotedPrintable == 1;
    for (; scan.scanned < text.size(); ++scan.scanned) {
        const char c = text[scan.scanned];
        if (c == '"') {
            scan.inQuotes = !scan.inQuotes;
        } else if (c == ':' && !scan.inQuotes) {
            scan.quotedPrintable
                = text.first(scan.scanned).toUpper().contains("QUOTED-PRINTABLE") ? 1 : 0;
            return scan.quotedPrintable == 1;
        }
    }
    return false;
}

// Splits into physical lines, then joins folds: a line starting with a space or tab continues
// the previous one (the whitespace goes); a quoted-printable value ending in "=" continues on
// the next line. All on bytes, so a fold inside a multi-byte character heals before decoding.
// Each byte is looked at a bounded number of times: linear in the size of the file.
std::vector<ContentLine> unfold(QByteArrayView bytes)
{
    std::vector<ContentLine> lines;
    HeaderScan scan;
    const char* data = bytes.data();
    const qsizetype size = bytes.size();
    int number = 0;
    qsizetype start = 0;
    bool joinNext = false;
    while (start < size) {
        const auto* newline
            = static_cast<const char*>(std::memchr(data + start, '\n', size - start));
        const qsizetype end = newline ? newline - data : size;
        qsizetype stop = end;
        if (stop > start && data[stop - 1] == '\r')
            --stop;
        ++number;
        const QByteArrayView physical(data + start, stop - start);
        start = end + 1;
        const bool folded = !physical.isEmpty()
            && (physical.front() == ' ' || physical.front() == '\t') && !lines.empty();
        if (joinNext) {
            lines.back().text.chop(1); // the soft break's "="
            lines.back().text.append(physical.trimmed());
        } else if (folded) {
            lines.back().text.append(physical.sliced(1));
        } else if (!physical.trimmed().isEmpty()) {
            lines.push_back({ number, physical.toByteArray() });
            scan = {};
        }
        joinNext = !lines.empty() && lines.back().text.endsWith('=')
            && isQuotedPrintable(lines.back().text, scan);
    }
    if (joinNext)
        lines.back().text.chop(1); // a soft break at the very end continues into nothing
    return lines;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray decodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    const qsizetype size = in.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (in[i] == '=' && i + 2 < size) {
            const int high = hexDigit(in[i + 1]), low = hexDigit(in[i + 2]);
            if (high >= 0 && low >= 0) {
                out += char(high * 16 + low);
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
    QByteArray raw; // the value's bytes as written
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
    property.raw = line.mid(colon + 1);
    return true;
}

// The value as text: quoted-printable undone, then read in its CHARSET, else in the file's
// encoding. A value that is not UTF-8 in a UTF-8 file is read as Windows-1252, said so on its
// line; what cannot be read at all is left out, also said (TextDecoding).
Status decodeValue(Property& property, int line, TextEncoding fileEncoding, TextReport& report)
{
    bool quotedPrintable = false;
    QByteArray charset;
    for (const QByteArray& parameter : property.parameters) {
        if (parameter == "ENCODING=QUOTED-PRINTABLE" || parameter == "QUOTED-PRINTABLE")
            quotedPrintable = true;
        else if (parameter.startsWith("CHARSET="))
            charset = parameter.mid(8);
    }
    const QByteArray bytes = quotedPrintable ? decodeQuotedPrintable(property.raw) : property.raw;
    if (auto size = TextDecoding::checkFieldSize(bytes.size(), line); !size)
        return size;
    std::optional<TextEncoding> encoding;
    if (!charset.isEmpty()) {
        encoding = TextDecoding::fromCharset(charset);
        if (!encoding)
            TextDecoding::warn(
                report.warnings, line,
                tr("Line %1: the character set %2 is not known; read as %3 instead.")
                    .arg(line)
                    .arg(QString::fromLatin1(charset), TextDecoding::name(fileEncoding)));
    }
    if (!encoding) {
        encoding = fileEncoding;
        if (fileEncoding == TextEncoding::Utf8 && !TextDecoding::isUtf8(bytes)) {
            encoding = TextEncoding::Windows1252;
            report.guessed = true;
            TextDecoding::warn(report.warnings, line,
                               tr("Line %1: not UTF-8; read as Windows-1252 (a guess).").arg(line));
        }
    }
    property.value = TextDecoding::decodeValue(bytes, *encoding, line, report.warnings);
    return {};
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

} // namespace

Result<ContactFileContents> VCard::read(const QByteArray& input, std::optional<TextEncoding> chosen)
{
    if (auto size = TextDecoding::checkFileSize(input.size()); !size)
        return size.error();
    ContactFileContents contents;
    TextReport& report = contents.reading;
    qsizetype markLength = 0;
    const std::optional<TextEncoding> mark = TextDecoding::byteOrderMark(input, &markLength);
    report.encoding = chosen ? *chosen : TextDecoding::detect(input, &report.guessed);
    const bool utf16
        = report.encoding == TextEncoding::Utf16LE || report.encoding == TextEncoding::Utf16BE;
    // UTF-16 becomes UTF-8 first (what that leaves out is noted by line); the rest works on
    // bytes, so a fold inside a character heals before the value is decoded.
    QByteArray utf8;
    QByteArrayView bytes = input;
    TextEncoding fileEncoding = report.encoding;
    if (utf16) {
        auto decoded = TextDecoding::decode(input, report.encoding);
        if (!decoded)
            return decoded.error();
        report.warnings = std::move(decoded.value().report.warnings);
        utf8 = decoded.value().text.toUtf8();
        bytes = utf8;
        fileEncoding = TextEncoding::Utf8;
    } else if (mark == TextEncoding::Utf8) {
        bytes = bytes.sliced(markLength);
    }
    const std::vector<ContentLine> lines = unfold(bytes);
    // UTF-8 or a code page is judged after unfolding too, for the same reason.
    if (!chosen && !mark && !utf16) {
        Utf8Census census;
        for (const ContentLine& line : lines)
            census.add(line.text);
        fileEncoding = census.mostlyUtf8() ? TextEncoding::Utf8 : TextEncoding::Windows1252;
        report.encoding = fileEncoding;
        report.guessed = fileEncoding == TextEncoding::Windows1252;
    }
    std::optional<ImportedContact> card;
    QString formattedName;
    for (const ContentLine& line : lines) {
        Property property;
        if (!parse(line.text, property))
            return Error{ Error::Code::Invalid,
                          tr("Line %1 is not a vCard property (it has no “:”).").arg(line.line),
                          {},
                          {} };
        if (auto decoded = decodeValue(property, line.line, fileEncoding, report); !decoded)
            return decoded.error();
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
        out += fold("FN:" + ical::escapeText(c.displayName()).toUtf8());
        out += fold("N:"
                    + (ical::escapeText(c.lastName) + QLatin1Char(';')
                       + ical::escapeText(c.firstName) + QStringLiteral(";;;"))
                          .toUtf8());
        property("ORG", ical::escapeText(c.company));
        property("TITLE", ical::escapeText(c.title));
        property(version == Version::V40 ? "EMAIL;TYPE=work" : "EMAIL;TYPE=INTERNET",
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
