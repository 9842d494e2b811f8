#include "VCardLines.h"

#include <cctype>

namespace finalist::vcard {

namespace {

// Where a content line's name and parameters end, looked for once however many pieces the line
// is joined from: the soft-break test runs after every piece, and a test that read the whole
// line each time made a value with many soft breaks quadratic.
bool isQuotedPrintable(const QByteArray& text, Unfolder::HeaderScan& scan)
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

// Whether a line begins like a property: a name (with its group) and then ";" or ":".
bool looksLikeProperty(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size()
           && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '-' || line[i] == '_'
               || line[i] == '.'))
        ++i;
    return i > 0 && i < line.size() && (line[i] == ':' || line[i] == ';');
}

} // namespace

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

bool Unfolder::add(QByteArrayView physical, ContentLine& done)
{
    ++m_number;
    const bool folded
        = !physical.isEmpty() && (physical.front() == ' ' || physical.front() == '\t') && m_has;
    bool completed = false;
    if (m_joinNext) {
        // A soft break ends at the "=": what the next line begins with, spaces included, is
        // the value's ("come =\r\nto" and "come=\r\n to" are both "come to").
        m_current.text.chop(1);
        m_current.text.append(physical);
    } else if (folded) {
        m_current.text.append(physical.sliced(1));
    } else if (!physical.isEmpty() && physical.front() == '#') {
        return false; // a comment some exporters write; ignored, as Android's reader does
    } else if (m_has && m_current.text.endsWith('\\') && !looksLikeProperty(physical)
               && !physical.trimmed().isEmpty()) {
        // Old 2.1 writers continue an address or a name after a backslash; joined with a
        // space, as Android's reader does.
        m_current.text.chop(1);
        m_current.text.append(' ');
        m_current.text.append(physical.trimmed());
    } else if (!physical.trimmed().isEmpty()) {
        if (m_has) {
            done = std::move(m_current);
            completed = true;
        }
        m_current = { m_number, physical.toByteArray() };
        m_has = true;
        m_scan = {};
    }
    m_joinNext = m_has && m_current.text.endsWith('=') && isQuotedPrintable(m_current.text, m_scan);
    return completed;
}

bool Unfolder::finish(ContentLine& done)
{
    if (!m_has)
        return false;
    if (m_joinNext)
        m_current.text.chop(1); // a soft break at the very end continues into nothing
    done = std::move(m_current);
    m_has = false;
    m_joinNext = false;
    return true;
}

} // namespace finalist::vcard
