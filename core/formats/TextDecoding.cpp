#include "TextDecoding.h"

#include <QCoreApplication>
#include <QStringList>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)
};

// Past this many lines with something left out, one more line says the list goes on.
constexpr std::size_t kMaxWarnings = 100;
// Per line, the codes named in its warning; the rest are summed up by "…".
constexpr int kMaxNamedPerLine = 8;

// What a line break or a tab is not: codes that mean nothing in a name or a note and that
// other programs stumble over (NUL ends a C string; SQLite's length() stops at it).
bool isControl(char32_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0x7F
        || (c >= 0x80 && c <= 0x9F);
}

// 0x80 to 0x9F, where Windows-1252 differs from Latin-1; 0 where it has no character.
constexpr char16_t kWindows1252High[32]
    = { 0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178 };

// Writes decoded characters into a buffer sized once, leaves out what cannot be stored, and
// notes it per line.
class Decoder
{
public:
    Decoder(int line, bool countLines, const QString& encoding, std::vector<TextWarning>& warnings)
        : m_line(line)
        , m_countLines(countLines)
        , m_encoding(encoding)
        , m_warnings(warnings)
    {
    }

    // Room for one piece's characters: never more than it has bytes.
    void start(qsizetype capacity)
    {
        m_out = QString(capacity, Qt::Uninitialized);
        m_to = m_out.data();
    }

    void put(char32_t c)
    {
        if (isControl(c)) {
            name(m_controls,
                 c == 0 ? QStringLiteral("NUL (U+0000)")
                        : QStringLiteral("U+")
                         + QString::number(uint(c), 16)
                               .toUpper()
                               .rightJustified(4, QLatin1Char('0')));
            return;
        }
        if (c >= 0x10000) {
            *m_to++ = QChar::highSurrogate(c);
            *m_to++ = QChar::lowSurrogate(c);
        } else {
            *m_to++ = QChar(char16_t(c));
        }
        if (!m_countLines)
            return;
        if (c == u'\r' || (c == u'\n' && !m_afterCr))
            endLine();
        m_afterCr = c == u'\r';
    }

    void invalid(QByteArrayView bytes)
    {
        for (const char b : bytes)
            name(m_invalid,
                 QStringLiteral("0x")
                     + QString::number(uchar(b), 16).toUpper().rightJustified(2, QLatin1Char('0')));
    }

    // The piece's text; the line it ends in stays open, its warnings still to come.
    QString take()
    {
        m_out.truncate(m_to - m_out.data());
        m_to = nullptr;
        return std::move(m_out);
    }

    QString finish()
    {
        report();
        return take();
    }

private:
    static void name(QStringList& list, const QString& what)
    {
        if (list.size() < kMaxNamedPerLine)
            list << what;
        else if (list.size() == kMaxNamedPerLine)
            list << QStringLiteral("…");
    }

    void endLine()
    {
        report();
        ++m_line;
    }

    void warn(const QString& message) { TextDecoding::warn(m_warnings, m_line, message); }

    void report()
    {
        if (!m_invalid.isEmpty())
            warn(Texts::tr("Line %1: left out what is not valid %2: %3.")
                     .arg(m_line)
                     .arg(m_encoding, m_invalid.join(QLatin1Char(' '))));
        if (!m_controls.isEmpty())
            warn(Texts::tr("Line %1: left out control codes, which are not text: %2.")
                     .arg(m_line)
                     .arg(m_controls.join(QLatin1Char(' '))));
        m_invalid.clear();
        m_controls.clear();
    }

    QString m_out;
    QChar* m_to = nullptr;
    int m_line;
    bool m_countLines;
    bool m_afterCr = false;
    QString m_encoding;
    QStringList m_invalid;
    QStringList m_controls;
    std::vector<TextWarning>& m_warnings;
};

// Walks UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF). A byte that
// starts no valid sequence is reported alone; the bytes after it are looked at afresh.
template <typename Character, typename Invalid>
void walkUtf8(QByteArrayView bytes, Character&& character, Invalid&& invalid)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        const uchar lead = *p;
        if (lead < 0x80) {
            character(char32_t(lead), 1);
            ++p;
            continue;
        }
        int length = 0;
        char32_t c = 0;
        uchar low = 0x80, high = 0xBF; // the second byte's range
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            c = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            c = lead & 0x0F;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            c = lead & 0x07;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        }
        int k = 1;
        for (; k < length && p + k < end; ++k) {
            const uchar next = p[k];
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
                break;
            c = (c << 6) | (next & 0x3F);
        }
        if (length == 0 || k < length) {
            invalid(QByteArrayView(p, 1));
            ++p;
            continue;
        }
        character(c, length);
        p += length;
    }
}

void decodeInto(Decoder& out, QByteArrayView bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        walkUtf8(
            bytes, [&](char32_t c, int) { out.put(c); },
            [&](QByteArrayView bad) { out.invalid(bad); });
        return;
    case TextEncoding::Windows1252:
        for (const char b : bytes) {
            const uchar u = uchar(b);
            if (u < 0x80 || u > 0x9F)
                out.put(u);
            else if (const char16_t c = kWindows1252High[u - 0x80])
                out.put(c);
            else
                out.invalid(QByteArrayView(&b, 1));
        }
        return;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        const bool little = encoding == TextEncoding::Utf16LE;
        const qsizetype units = bytes.size() / 2;
        const auto unit = [&](qsizetype i) {
            const uchar a = uchar(bytes[2 * i]), b = uchar(bytes[2 * i + 1]);
            return char16_t(little ? (b << 8 | a) : (a << 8 | b));
        };
        for (qsizetype i = 0; i < units; ++i) {
            const char16_t u = unit(i);
            if (QChar::isHighSurrogate(u) && i + 1 < units && QChar::isLowSurrogate(unit(i + 1))) {
                out.put(QChar::surrogateToUcs4(u, unit(i + 1)));
                ++i;
            } else if (QChar::isSurrogate(u)) {
                out.invalid(bytes.sliced(2 * i, 2));
            } else {
                out.put(u);
            }
        }
        if (bytes.size() % 2)
            out.invalid(bytes.last(1));
        return;
    }
    }
}

// Spreadsheets' "Unicode text" has a byte order mark; some tools leave it out. ASCII text in
// UTF-16 has a zero in every other byte, which no other text has.
std::optional<TextEncoding> utf16WithoutMark(QByteArrayView bytes)
{
    const qsizetype pairs = std::min<qsizetype>(bytes.size(), 4096) / 2;
    if (pairs < 4)
        return {};
    qsizetype evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZero += bytes[2 * i] == 0;
        oddZero += bytes[2 * i + 1] == 0;
    }
    if (oddZero * 10 >= pairs * 4 && evenZero * 20 < pairs)
        return TextEncoding::Utf16LE;
    if (evenZero * 10 >= pairs * 4 && oddZero * 20 < pairs)
        return TextEncoding::Utf16BE;
    return {};
}

} // namespace

void Utf8Census::add(QByteArrayView bytes)
{
    walkUtf8(
        bytes, [&](char32_t, int length) { multiByte += length > 1; },
        [&](QByteArrayView) { ++invalid; });
}

QString TextReport::encodingName() const
{
    return TextDecoding::name(encoding);
}

QString TextReport::summary() const
{
    if (guessed && encoding == TextEncoding::Windows1252)
        return Texts::tr(
            "Read as Windows-1252 (a guess: the file has no byte order mark and is not "
            "UTF-8).");
    if (guessed && encoding == TextEncoding::Utf8)
        return Texts::tr("Read as UTF-8; values that are not were read as Windows-1252 (a guess).");
    if (guessed)
        return Texts::tr("Read as %1 (a guess: the file has no byte order mark).")
            .arg(encodingName());
    return Texts::tr("Read as %1.").arg(encodingName());
}

void TextDecoding::warn(std::vector<TextWarning>& warnings, int line, const QString& message)
{
    if (warnings.size() < kMaxWarnings)
        warnings.push_back({ line, message });
    else if (warnings.size() == kMaxWarnings)
        warnings.push_back(
            { 0,
              Texts::tr("More lines had characters left out or guessed; only the first 100 are "
                        "listed.") });
}

QString TextDecoding::name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

TextEncoding TextDecoding::detect(QByteArrayView bytes, bool* guessed)
{
    *guessed = false;
    if (auto mark = byteOrderMark(bytes, nullptr))
        return *mark;
    *guessed = true;
    if (auto utf16 = utf16WithoutMark(bytes))
        return *utf16;
    Utf8Census census;
    census.add(bytes);
    if (!census.mostlyUtf8())
        return TextEncoding::Windows1252;
    *guessed = false;
    return TextEncoding::Utf8;
}

std::optional<TextEncoding> TextDecoding::byteOrderMark(QByteArrayView bytes, qsizetype* length)
{
    std::optional<TextEncoding> found;
    qsizetype size = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        found = TextEncoding::Utf8;
        size = 3;
    } else if (bytes.startsWith("\xFF\xFE")) {
        found = TextEncoding::Utf16LE;
        size = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        found = TextEncoding::Utf16BE;
        size = 2;
    }
    if (length)
        *length = size;
    return found;
}

bool TextDecoding::isUtf8(QByteArrayView bytes)
{
    bool valid = true;
    walkUtf8(
        bytes, [](char32_t, int) {}, [&](QByteArrayView) { valid = false; });
    return valid;
}

std::optional<TextEncoding> TextDecoding::fromCharset(QByteArrayView name)
{
    const QByteArray n = name.trimmed().toByteArray().toUpper();
    if (n == "UTF-8" || n == "UTF8" || n == "US-ASCII" || n == "ASCII")
        return TextEncoding::Utf8;
    if (n == "ISO-8859-1" || n == "ISO8859-1" || n == "LATIN1" || n == "LATIN-1"
        || n == "WINDOWS-1252" || n == "CP1252")
        return TextEncoding::Windows1252;
    if (n == "UTF-16LE")
        return TextEncoding::Utf16LE;
    if (n == "UTF-16BE" || n == "UTF-16")
        return TextEncoding::Utf16BE;
    return {};
}

Status TextDecoding::checkFileSize(qint64 bytes)
{
    if (bytes <= kMaxFileBytes)
        return {};
    return Error{ Error::Code::Invalid,
                  Texts::tr(
                      "The file holds %1 MB; Finalist imports files of up to 200 MB. Split it "
                      "into smaller files and import each.")
                      .arg(QString::number(double(bytes) / (1024 * 1024), 'f', 0)),
                  {},
                  {} };
}

Status TextDecoding::checkFieldSize(qsizetype utf8Bytes, int line)
{
    if (utf8Bytes <= kMaxFieldBytes)
        return {};
    return Error{ Error::Code::Invalid,
                  Texts::tr(
                      "Line %1: one value holds %2 MB; Finalist takes values of up to 1 MB. A "
                      "quote left open swallows the lines after it: check the file there.")
                      .arg(line)
                      .arg(QString::number(double(utf8Bytes) / (1024 * 1024), 'f', 1)),
                  {},
                  {} };
}

qsizetype TextDecoding::utf8Length(QStringView text)
{
    qsizetype length = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        length += u < 0x80 ? 1 : u < 0x800 || QChar::isSurrogate(u) ? 2 : 3;
    }
    return length;
}

Result<DecodedText> TextDecoding::decode(const QByteArray& bytes,
                                         std::optional<TextEncoding> chosen)
{
    if (auto size = checkFileSize(bytes.size()); !size)
        return size.error();
    DecodedText decoded;
    TextReport& report = decoded.report;
    qsizetype markLength = 0;
    const std::optional<TextEncoding> mark = byteOrderMark(bytes, &markLength);
    report.encoding = chosen ? *chosen : detect(bytes, &report.guessed);
    if (mark != report.encoding)
        markLength = 0;
    const QByteArrayView body = QByteArrayView(bytes).sliced(markLength);
    Decoder decoder(1, true, name(report.encoding), report.warnings);
    decoder.start(body.size());
    decodeInto(decoder, body, report.encoding);
    decoded.text = decoder.finish();
    return decoded;
}

QString TextDecoding::decodeValue(QByteArrayView bytes, TextEncoding encoding, int line,
                                  std::vector<TextWarning>& warnings)
{
    Decoder decoder(line, false, name(encoding), warnings);
    decoder.start(bytes.size());
    decodeInto(decoder, bytes, encoding);
    return decoder.finish();
}

qsizetype TextDecoding::wholeCharacters(QByteArrayView bytes, TextEncoding encoding)
{
    const qsizetype size = bytes.size();
    switch (encoding) {
    case TextEncoding::Utf8:
        // Back over continuation bytes to the last byte that starts a character; it waits when
        // its sequence needs more bytes than are left. Any other byte ends no cut character.
        for (qsizetype k = 1; k <= std::min<qsizetype>(3, size); ++k) {
            const uchar b = uchar(bytes[size - k]);
            if (b < 0x80)
                break;
            if (b < 0xC0)
                continue;
            const int length = b >= 0xC2 && b <= 0xDF ? 2
                : b >= 0xE0 && b <= 0xEF              ? 3
                : b >= 0xF0 && b <= 0xF4              ? 4
                                                      : 0;
            return length > k ? size - k : size;
        }
        return size;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        qsizetype even = size - size % 2;
        if (even >= 2) {
            const uchar a = uchar(bytes[even - 2]), b = uchar(bytes[even - 1]);
            const char16_t last
                = encoding == TextEncoding::Utf16LE ? char16_t(b << 8 | a) : char16_t(a << 8 | b);
            if (QChar::isHighSurrogate(last))
                even -= 2; // its low half may open the next piece
        }
        return even;
    }
    case TextEncoding::Windows1252:
        return size;
    }
    return size;
}

struct PieceDecoder::State
{
    State(TextEncoding encoding, std::vector<TextWarning>& warnings)
        : encoding(encoding)
        , decoder(1, true, TextDecoding::name(encoding), warnings)
    {
    }

    TextEncoding encoding;
    Decoder decoder;
    QByteArray held; // the start of a character cut at the end of the last piece
};

PieceDecoder::PieceDecoder(TextEncoding encoding, std::vector<TextWarning>& warnings)
    : m_state(std::make_unique<State>(encoding, warnings))
{
}

PieceDecoder::~PieceDecoder() = default;

QString PieceDecoder::decode(QByteArrayView piece)
{
    State& s = *m_state;
    QByteArray joined;
    QByteArrayView bytes = piece;
    if (!s.held.isEmpty()) {
        joined = s.held;
        joined.append(piece);
        bytes = joined;
    }
    const qsizetype whole = TextDecoding::wholeCharacters(bytes, s.encoding);
    s.decoder.start(whole);
    decodeInto(s.decoder, bytes.first(whole), s.encoding);
    s.held = bytes.sliced(whole).toByteArray();
    return s.decoder.take();
}

QString PieceDecoder::finish()
{
    State& s = *m_state;
    s.decoder.start(s.held.size());
    decodeInto(s.decoder, s.held, s.encoding);
    s.held.clear();
    return s.decoder.finish();
}

} // namespace finalist
