#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace finalist::vcard {

struct ContentLine
{
    int line = 0; // physical line it starts on
    QByteArray text;
};

// Joins folds as physical lines arrive: a line starting with a space or tab continues the
// previous one (the whitespace goes); a quoted-printable value ending in "=" continues on the
// next line. All on bytes, so a fold inside a multi-byte character heals before decoding. A
// content line is complete once the next one begins, or at the end.
class Unfolder
{
public:
    // How far the name and parameters of the current line were read.
    struct HeaderScan
    {
        qsizetype scanned = 0;
        bool inQuotes = false;
        int quotedPrintable = -1; // unknown until the ':' is found
    };
    // The next physical line, without its line end; true when it completed a content line.
    bool add(QByteArrayView physical, ContentLine& done);
    // The last content line, if one is pending.
    bool finish(ContentLine& done);

private:
    ContentLine m_current;
    bool m_has = false;
    bool m_joinNext = false;
    HeaderScan m_scan;
    int m_number = 0;
};

// The bytes of a quoted-printable value ("=C3=A9" is "é"); a "=" not followed by two hex digits
// stays as it is.
QByteArray decodeQuotedPrintable(QByteArrayView in);

} // namespace finalist::vcard
