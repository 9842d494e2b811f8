#include "ICalendarLines.h"

namespace finalist::ical {

namespace {

// RFC 6868: ^n is a line break, ^' a double quote, ^^ a caret (Apple writes X-ADDRESS so).
QString decodeCaret(const QByteArray& raw)
{
    QString text = QString::fromUtf8(raw);
    if (!text.contains(QLatin1Char('^')))
        return text;
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        if (text[i] == QLatin1Char('^') && next == QLatin1Char('n')) {
            out += QLatin1Char('\n');
            ++i;
        } else if (text[i] == QLatin1Char('^') && next == QLatin1Char('\'')) {
            out += QLatin1Char('"');
            ++i;
        } else if (text[i] == QLatin1Char('^') && next == QLatin1Char('^')) {
            out += QLatin1Char('^');
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

bool isDelimiter(char c)
{
    return c == ';' || c == ':' || c == ',';
}

} // namespace

QString ContentLine::parameter(const char* wanted) const
{
    for (const Parameter& p : parameters) {
        if (p.name == wanted)
            return p.value;
    }
    return {};
}

bool ContentLine::hasParameter(const char* wanted) const
{
    for (const Parameter& p : parameters) {
        if (p.name == wanted)
            return true;
    }
    return false;
}

std::vector<UnfoldedLine> unfold(const QByteArray& bytes)
{
    std::vector<UnfoldedLine> lines;
    int number = 0;
    qsizetype start = 0;
    const qsizetype size = bytes.size();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        start = 3;
    while (start < size) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = size;
        qsizetype stop = end;
        if (stop > start && bytes[stop - 1] == '\r')
            --stop;
        ++number;
        const char first = stop > start ? bytes[start] : '\0';
        if ((first == ' ' || first == '\t') && !lines.empty())
            lines.back().text.append(bytes.constData() + start + 1, stop - start - 1);
        else if (!bytes.mid(start, stop - start).trimmed().isEmpty())
            lines.push_back({ number, bytes.mid(start, stop - start) });
        start = end + 1;
    }
    return lines;
}

bool parse(const UnfoldedLine& in, ContentLine& out)
{
    const QByteArray& s = in.text;
    const qsizetype size = s.size();
    qsizetype i = 0;
    while (i < size && s[i] != ';' && s[i] != ':')
        ++i;
    out = ContentLine{};
    out.line = in.line;
    out.raw = s;
    out.name = s.left(i).trimmed().toUpper();
    if (out.name.isEmpty())
        return false;
    while (i < size && s[i] == ';') {
        ++i;
        Parameter parameter;
        const qsizetype nameStart = i;
        while (i < size && s[i] != '=' && s[i] != ';' && s[i] != ':')
            ++i;
        parameter.name = s.mid(nameStart, i - nameStart).trimmed().toUpper();
        QByteArray value;
        if (i < size && s[i] == '=') {
            ++i;
            // param-value *("," param-value), each a quoted-string or paramtext.
            for (;;) {
                if (i < size && s[i] == '"') {
                    const qsizetype close = s.indexOf('"', i + 1);
                    if (close < 0)
                        return false; // an unterminated quote swallows the ':'
                    value += s.mid(i + 1, close - i - 1);
                    i = close + 1;
                }
                // paramtext, or stray text after a closing quote (kept, not fatal)
                while (i < size && !isDelimiter(s[i]) && s[i] != '"')
                    value += s[i++];
                if (i < size && s[i] == ',') {
                    value += s[i++];
                    continue;
                }
                if (i < size && s[i] == '"')
                    continue;
                break;
            }
        }
        parameter.value = decodeCaret(value);
        if (!parameter.name.isEmpty())
            out.parameters << parameter;
    }
    if (i >= size || s[i] != ':')
        return false;
    out.value = QString::fromUtf8(s.mid(i + 1));
    return true;
}

QString unescapeText(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value[++i];
            out += (next == QLatin1Char('n') || next == QLatin1Char('N')) ? QChar(QLatin1Char('\n'))
                                                                          : next;
        } else {
            out += value[i];
        }
    }
    return out;
}

bool isControlCode(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t' && u != u'\r' && u != u'\n') || u == 0x7F
        || (u >= 0x80 && u <= 0x9F);
}

QString escapeText(QStringView value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == u'\\' || c == u',' || c == u';') {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < value.size() && value[i + 1] == u'\n')
                ++i; // CRLF is one line break
            out += QLatin1String("\\n");
        } else if (!isControlCode(c)) {
            out += c;
        }
    }
    return out;
}

QString singleLine(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\r' || c == u'\n')
            out += QLatin1Char(' ');
        else if (!isControlCode(c))
            out += c;
    }
    return out.simplified();
}

} // namespace finalist::ical
