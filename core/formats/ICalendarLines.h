#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <vector>

namespace finalist::ical {

// One property parameter, e.g. CN="Doe, Jane". Values are unquoted and decoded (UTF-8, RFC 6868
// caret escapes); a list (MEMBER="a","b") stays one comma-separated value.
struct Parameter
{
    QByteArray name; // upper case
    QString value;
};

// One content line after unfolding: NAME;PARAM=VALUE:value.
struct ContentLine
{
    int line = 0; // the physical line it starts on, 1-based, as written in the file
    QByteArray name; // upper case
    QList<Parameter> parameters;
    QString value; // decoded UTF-8, still escaped (see unescapeText)
    QByteArray raw; // the whole unfolded line, for messages

    QString parameter(const char* name) const; // empty when absent
    bool hasParameter(const char* name) const;
};

// A physical-line-numbered line before it is split into name, parameters and value.
struct UnfoldedLine
{
    int line = 0;
    QByteArray text;
};

// RFC 5545 3.1: CRLF or LF; a line starting with a space or tab continues the previous one.
// Joined on bytes, so a fold inside a multi-byte UTF-8 character heals before decoding.
// A UTF-8 byte order mark and blank lines are dropped.
std::vector<UnfoldedLine> unfold(const QByteArray& bytes);

// Splits one unfolded line. A ':' ';' or ',' inside a quoted parameter value does not count.
// False when there is no name or no ':' at all.
bool parse(const UnfoldedLine& in, ContentLine& out);

// TEXT values (RFC 5545 3.3.11): \n \N \, \; and \\.
QString unescapeText(const QString& value);

// The other way, for vCard (RFC 6350 3.4) and iCalendar (RFC 5545 3.3.11) alike: a backslash,
// comma and semicolon get a backslash; CRLF, a lone CR and LF become \n (a raw CR ends the line
// for many readers, so a value could start a card of its own); other control codes are left
// out. A tab stays: both RFCs allow it.
QString escapeText(QStringView value);

// For what has no escapes (a URI, a quoted parameter): line breaks become spaces, other
// control codes are left out, and the spacing is simplified.
QString singleLine(QStringView value);

// NUL to U+001F but tab, CR and LF; DEL; and U+0080 to U+009F.
bool isControlCode(QChar c);

} // namespace finalist::ical
