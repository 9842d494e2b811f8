#pragma once

#include "Result.h"

#include <memory>
#include <optional>
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

namespace finalist {

enum class TextEncoding
{
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252
};

// Something left out of a file while reading it, on the line where it was.
struct TextWarning
{
    int line = 0;
    QString message;
};

// How a file's bytes became text: shown before an import so nothing changes unseen.
struct TextReport
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool guessed = false; // no byte order mark and not UTF-8: Windows-1252 is a guess
    std::vector<TextWarning> warnings;

    QString encodingName() const;
    QString summary() const; // "Read as Windows-1252 (a guess: …)."
};

struct DecodedText
{
    QString text;
    TextReport report;
};

// UTF-8 with a few damaged bytes is still UTF-8 (the damage is reported): in text written in a
// single-byte code page, a byte pair that happens to be valid UTF-8 ("Ã©") is rare, so there
// the bad bytes outnumber the good characters by far. Counted over one or more pieces.
struct Utf8Census
{
    qsizetype multiByte = 0; // valid characters of two bytes or more
    qsizetype invalid = 0; // bytes that start no valid character

    void add(QByteArrayView bytes);
    bool mostlyUtf8() const { return invalid == 0 || multiByte >= 2 * invalid; }
};

// Turns an imported file into text without losing a character silently. The encoding comes
// from a byte order mark (UTF-8, UTF-16LE/BE), else from whether the bytes are UTF-8, else it
// is Windows-1252, said to be a guess. Bytes that are not valid in the encoding, NUL and other
// control codes (all but tab and line breaks) are left out, each noted with its line. Lines
// count as CSV counts them: CRLF, LF or a lone CR ends one.
class TextDecoding
{
public:
    static constexpr qint64 kMaxFileBytes = 200LL * 1024 * 1024;
    static constexpr qsizetype kMaxFieldBytes = 1024 * 1024;

    static Result<DecodedText> decode(const QByteArray& bytes,
                                      std::optional<TextEncoding> chosen = {});

    // One value whose line is known (a vCard property): what is left out is noted on that line.
    static QString decodeValue(QByteArrayView bytes, TextEncoding encoding, int line,
                               std::vector<TextWarning>& warnings);

    // The encoding decode() would use: the byte order mark's, UTF-16 without one (a guess),
    // UTF-8 (with a few damaged bytes at most), else Windows-1252 (a guess).
    static TextEncoding detect(QByteArrayView bytes, bool* guessed);
    // The encoding a byte order mark names, and its length; nothing without one.
    static std::optional<TextEncoding> byteOrderMark(QByteArrayView bytes, qsizetype* length);
    static bool isUtf8(QByteArrayView bytes);
    // A vCard CHARSET: UTF-8, US-ASCII, ISO-8859-1 / Latin-1 and Windows-1252 (read as
    // Windows-1252, which agrees with Latin-1 on every printable character); nothing otherwise.
    static std::optional<TextEncoding> fromCharset(QByteArrayView name);
    static QString name(TextEncoding encoding);

    // Adds a warning unless a hundred are listed already; then one line says there are more.
    static void warn(std::vector<TextWarning>& warnings, int line, const QString& message);

    // The limits, with the message that refuses what is over them.
    static Status checkFileSize(qint64 bytes);
    static Status checkFieldSize(qsizetype utf8Bytes, int line);
    static qsizetype utf8Length(QStringView text);

    // How many of these bytes end on a whole character: a file read in pieces may cut one in
    // two, and its start waits for the next piece (at most three bytes).
    static qsizetype wholeCharacters(QByteArrayView bytes, TextEncoding encoding);
};

// Decodes a file piece by piece to the same text and warnings as TextDecoding::decode() gives
// for the whole: a character cut at a piece's end waits for the next piece, and lines (and what
// was left out on them) are counted across pieces. The byte order mark is the caller's to skip.
class PieceDecoder
{
public:
    PieceDecoder(TextEncoding encoding, std::vector<TextWarning>& warnings);
    ~PieceDecoder();
    PieceDecoder(const PieceDecoder&) = delete;
    PieceDecoder& operator=(const PieceDecoder&) = delete;

    QString decode(QByteArrayView piece);
    // After the last piece: a cut character left at the very end, and the last line's warnings.
    QString finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace finalist
