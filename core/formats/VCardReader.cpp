#include "VCardReader.h"

#include "ICalendarLines.h"
#include "VCardFields.h"
#include "VCardLines.h"
#include "VCardProperty.h"

#include <cctype>
#include <cstring>
#include <deque>
#include <QCoreApplication>
#include <QIODevice>

namespace finalist {

using vcard::ContentLine;
using vcard::Property;

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(VCard)
};

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
    const QByteArray bytes
        = quotedPrintable ? vcard::decodeQuotedPrintable(property.raw) : property.raw;
    if (auto size = TextDecoding::checkFieldSize(bytes.size(), line); !size)
        return size;
    std::optional<TextEncoding> encoding;
    if (!charset.isEmpty()) {
        encoding = TextDecoding::fromCharset(charset);
        if (!encoding)
            TextDecoding::warn(
                report.warnings, line,
                Texts::tr("Line %1: the character set %2 is not known; read as %3 instead.")
                    .arg(line)
                    .arg(QString::fromLatin1(charset), TextDecoding::name(fileEncoding)));
    }
    if (!encoding) {
        encoding = fileEncoding;
        if (fileEncoding == TextEncoding::Utf8 && !TextDecoding::isUtf8(bytes)) {
            encoding = TextEncoding::Windows1252;
            report.guessed = true;
            TextDecoding::warn(
                report.warnings, line,
                Texts::tr("Line %1: not UTF-8; read as Windows-1252 (a guess).").arg(line));
        }
    }
    property.value = TextDecoding::decodeValue(bytes, *encoding, line, report.warnings);
    return {};
}

} // namespace

struct VCardReader::State
{
    State(QIODevice& device, std::optional<TextEncoding> chosen, qsizetype chunkBytes)
        : device(device)
        , chosen(chosen)
        , chunkBytes(std::max<qsizetype>(1, chunkBytes))
    {
    }

    // Back to the start of the text: the mark skipped, the unfolding begun afresh.
    Status rewind();
    // The next complete content line; false at the end.
    Result<bool> nextLine(ContentLine& line);
    Result<QByteArray> nextBytes(bool* end);
    Status takeLine(const ContentLine& line, std::vector<ImportProblem>& problems,
                    std::optional<ImportedContact>& finished);

    QIODevice& device;
    std::optional<TextEncoding> chosen;
    qsizetype chunkBytes;
    ReadProgress progress;
    bool reportProgress = false;
    qint64 total = 0;

    TextReport report;
    TextEncoding fileEncoding = TextEncoding::Utf8; // of the bytes unfolded (UTF-16 becomes UTF-8)
    bool utf16 = false;
    qsizetype skip = 0; // the byte order mark, when it is skipped
    std::vector<TextWarning> decodeWarnings; // from UTF-16, listed before the values' own
    TextReport values; // what decoding the values found
    std::unique_ptr<PieceDecoder> decoder;

    QByteArray partial; // a physical line not yet ended
    bool bytesEnded = false;
    vcard::Unfolder unfolder;
    std::deque<ContentLine> ready;
    bool linesEnded = false;

    // The cards begun and not ended, outermost first: a 2.1 AGENT holds a whole card inside
    // another, read as a contact of its own.
    struct OpenCard
    {
        ImportedContact person;
        QString formattedName;
    };
    std::vector<OpenCard> cards;
    int cardsBegun = 0;
    bool finished = false;
};

VCardReader::VCardReader(QIODevice& device, std::optional<TextEncoding> encoding,
                         qsizetype chunkBytes)
    : m(std::make_unique<State>(device, encoding, chunkBytes))
{
}

VCardReader::~VCardReader() = default;

const TextReport& VCardReader::reading() const
{
    return m->report;
}

Status VCardReader::State::rewind()
{
    if (!device.seek(skip))
        return Error{
            Error::Code::Io, Texts::tr("The file cannot be read from its start."), {}, {}
        };
    decodeWarnings.clear();
    values = {};
    if (utf16)
        decoder = std::make_unique<PieceDecoder>(report.encoding, decodeWarnings);
    partial.clear();
    bytesEnded = false;
    unfolder = {};
    ready.clear();
    linesEnded = false;
    return {};
}

// The next piece of bytes to unfold: the file's own, or UTF-16 made UTF-8.
Result<QByteArray> VCardReader::State::nextBytes(bool* end)
{
    auto piece = DecodingReader::readPiece(device, chunkBytes);
    if (!piece)
        return piece.error();
    const QByteArray chunk = piece.value();
    if (reportProgress && progress && !progress(device.pos(), total))
        return DecodingReader::cancelled();
    *end = chunk.isEmpty();
    if (!utf16)
        return chunk;
    return (*end ? decoder->finish() : decoder->decode(chunk)).toUtf8();
}

Result<bool> VCardReader::State::nextLine(ContentLine& line)
{
    while (ready.empty() && !linesEnded) {
        if (bytesEnded) {
            linesEnded = true;
            ContentLine last;
            if (unfolder.finish(last))
                ready.push_back(std::move(last));
            break;
        }
        bool end = false;
        auto bytes = nextBytes(&end);
        if (!bytes)
            return bytes.error();
        QByteArray piece = partial + bytes.value();
        partial.clear();
        const char* data = piece.constData();
        const qsizetype size = piece.size();
        qsizetype start = 0;
        while (start < size) {
            const auto* newline
                = static_cast<const char*>(std::memchr(data + start, '\n', size - start));
            if (!newline && !end) {
                partial = piece.sliced(start);
                break;
            }
            const qsizetype stop = newline ? newline - data : size;
            qsizetype cut = stop;
            if (cut > start && data[cut - 1] == '\r')
                --cut;
            ContentLine done;
            if (unfolder.add(QByteArrayView(data + start, cut - start), done))
                ready.push_back(std::move(done));
            start = stop + 1;
        }
        bytesEnded = end;
    }
    if (ready.empty())
        return false;
    line = std::move(ready.front());
    ready.pop_front();
    return true;
}

Status VCardReader::open()
{
    State& s = *m;
    s.progress = m_progress;
    s.total = s.device.size();
    if (auto size = TextDecoding::checkFileSize(s.total); !size)
        return size;
    if (!s.device.seek(0))
        return Error{
            Error::Code::Io, Texts::tr("The file cannot be read from its start."), {}, {}
        };
    // The mark and the UTF-16 test look at the head only; whether UTF-8 or a code page is judged
    // after unfolding (below), as a fold may cut a character.
    const QByteArray head = s.device.read(4096);
    qsizetype markLength = 0;
    const std::optional<TextEncoding> mark = TextDecoding::byteOrderMark(head, &markLength);
    bool guessed = false;
    s.report.encoding = s.chosen ? *s.chosen : TextDecoding::detect(head, &guessed);
    s.report.guessed = s.chosen ? false : guessed;
    s.utf16
        = s.report.encoding == TextEncoding::Utf16LE || s.report.encoding == TextEncoding::Utf16BE;
    s.fileEncoding = s.utf16 ? TextEncoding::Utf8 : s.report.encoding;
    s.skip = (s.utf16 && mark == s.report.encoding) || (!s.utf16 && mark == TextEncoding::Utf8)
        ? markLength
        : 0;
    if (!s.chosen && !mark && !s.utf16) {
        if (auto rewound = s.rewind(); !rewound)
            return rewound;
        Utf8Census census;
        ContentLine line;
        while (true) {
            auto more = s.nextLine(line);
            if (!more)
                return more.error();
            if (!more.value())
                break;
            census.add(line.text);
        }
        s.fileEncoding = census.mostlyUtf8() ? TextEncoding::Utf8 : TextEncoding::Windows1252;
        s.report.encoding = s.fileEncoding;
        s.report.guessed = s.fileEncoding == TextEncoding::Windows1252;
    }
    s.reportProgress = true;
    s.cards.clear();
    s.cardsBegun = 0;
    s.finished = false;
    return s.rewind();
}

namespace {

// A card as a contact: the name from FN when N gives none; nothing when there is no name.
std::optional<ImportedContact> finishCard(ImportedContact person, const QString& formattedName,
                                          std::vector<ImportProblem>& problems)
{
    Contact& c = person.contact;
    if (c.firstName.isEmpty() && c.lastName.isEmpty() && !formattedName.isEmpty()) {
        const qsizetype space = formattedName.lastIndexOf(QLatin1Char(' '));
        c.firstName = space < 0 ? formattedName : formattedName.left(space);
        c.lastName = space < 0 ? QString() : formattedName.mid(space + 1);
    }
    c.syncPreferred();
    if (c.firstName.isEmpty() && c.lastName.isEmpty()) {
        problems.push_back(
            { person.line,
              Texts::tr("The card on line %1 has no name; skipped.").arg(person.line) });
        return {};
    }
    return person;
}

} // namespace

// Tolerant as the programs that read vCards every day are: a line that is not a property, a
// value too long to keep, an END without its BEGIN are left out with a warning on their line,
// and the rest of the card is read.
Status VCardReader::State::takeLine(const ContentLine& line, std::vector<ImportProblem>& problems,
                                    std::optional<ImportedContact>& done)
{
    Property property;
    if (!vcard::parse(line.text, property)) {
        problems.push_back(ImportProblem::warning(
            line.line,
            Texts::tr("Line %1 is not a vCard property (it has no “:”); left out.")
                .arg(line.line)));
        return {};
    }
    if (cards.empty() && property.name != "BEGIN" && property.name != "END")
        return {}; // text around the cards is ignored
    if (!vcard::isUsed(property.name))
        return {}; // a photo, a sound, a key: not decoded, however large
    if (auto decoded = decodeValue(property, line.line, fileEncoding, values); !decoded) {
        problems.push_back(ImportProblem::warning(line.line,
                                                  decoded.error().message + QLatin1Char(' ')
                                                      + Texts::tr("That value is left out.")));
        return {};
    }
    const bool isCard = property.value.trimmed().toUpper() == QLatin1String("VCARD");
    if (property.name == "BEGIN" && isCard) {
        if (!cards.empty())
            problems.push_back(ImportProblem::warning(
                line.line,
                Texts::tr("Line %1: a card inside the card from line %2 (an AGENT, say); "
                          "read as a contact of its own.")
                    .arg(line.line)
                    .arg(cards.back().person.line)));
        ++cardsBegun;
        OpenCard& card = cards.emplace_back();
        card.person.line = line.line;
        return {};
    }
    if (property.name == "END" && isCard) {
        if (cards.empty()) {
            problems.push_back(ImportProblem::warning(
                line.line,
                Texts::tr("Line %1: a card ends that never began; left out.").arg(line.line)));
            return {};
        }
        OpenCard card = std::move(cards.back());
        cards.pop_back();
        done = finishCard(std::move(card.person), card.formattedName, problems);
        return {};
    }
    if (!cards.empty()) {
        const QString remark
            = vcard::applyProperty(property, cards.back().person, cards.back().formattedName);
        if (!remark.isEmpty())
            problems.push_back(ImportProblem::warning(
                line.line, Texts::tr("Line %1: %2").arg(line.line).arg(remark)));
    }
    return {};
}

Result<std::optional<ImportedContact>> VCardReader::next(std::vector<ImportProblem>& problems)
{
    State& s = *m;
    if (s.finished)
        return std::optional<ImportedContact>();
    ContentLine line;
    while (true) {
        auto more = s.nextLine(line);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        std::optional<ImportedContact> done;
        if (auto taken = s.takeLine(line, problems, done); !taken)
            return taken.error();
        if (done)
            return done;
    }
    // A card the file never ends is read as far as it goes, the innermost first.
    while (!s.cards.empty()) {
        State::OpenCard card = std::move(s.cards.back());
        s.cards.pop_back();
        problems.push_back(ImportProblem::warning(
            card.person.line,
            Texts::tr("The card that begins on line %1 never ends (END:VCARD is "
                      "missing); read up to the end of the file.")
                .arg(card.person.line)));
        if (auto person = finishCard(std::move(card.person), card.formattedName, problems))
            return person;
    }
    if (s.cardsBegun == 0)
        return Error{ Error::Code::Invalid,
                      Texts::tr("No vCard in this file: no line says BEGIN:VCARD."),
                      {},
                      {} };
    // What decoding UTF-16 left out comes first, then what the values did, as one list.
    s.finished = true;
    s.report.warnings = std::move(s.decodeWarnings);
    for (const TextWarning& warning : s.values.warnings)
        TextDecoding::warn(s.report.warnings, warning.line, warning.message);
    s.report.guessed = s.report.guessed || s.values.guessed;
    return std::optional<ImportedContact>();
}

} // namespace finalist
