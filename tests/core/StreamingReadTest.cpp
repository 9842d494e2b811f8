// Reading a file a piece at a time gives what reading it whole gives: the text, the warnings
// and their lines, the CSV records, the LinkedIn contacts. Tiny pieces put every edge (inside a
// UTF-8 character, between CR and LF, inside a quoted field) on a piece boundary somewhere.
#include "formats/CsvReader.h"
#include "formats/DecodingReader.h"
#include "formats/LinkedInConnections.h"
#include "formats/LinkedInConnectionsReader.h"
#include "formats/VCard.h"
#include "formats/VCardReader.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QBuffer>
#include <QFile>

using namespace finalist;

namespace {

struct Streamed
{
    QString text;
    TextReport report;
    int pieces = 0;
};

Streamed decodeInPieces(const QByteArray& bytes, qsizetype chunk,
                        std::optional<TextEncoding> chosen = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    DecodingReader reader(buffer, chosen, chunk);
    Streamed out;
    EXPECT_OK(reader.open());
    while (true) {
        auto piece = reader.next();
        EXPECT_OK(piece);
        if (!piece || !piece.value())
            break;
        out.text += *piece.value();
        ++out.pieces;
    }
    out.report = reader.report();
    return out;
}

Result<std::vector<CsvRow>> csvInPieces(const QByteArray& bytes, qsizetype chunk)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    DecodingReader text(buffer, {}, chunk);
    if (auto opened = text.open(); !opened)
        return opened.error();
    CsvReader reader(text);
    std::vector<CsvRow> rows;
    while (true) {
        auto row = reader.next();
        if (!row)
            return row.error();
        if (!row.value())
            return rows;
        rows.push_back(*row.value());
    }
}

void expectSameWarnings(const std::vector<TextWarning>& a, const std::vector<TextWarning>& b,
                        qsizetype chunk)
{
    ASSERT_EQ(a.size(), b.size()) << "chunk " << chunk;
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].line, b[i].line) << "chunk " << chunk;
        EXPECT_EQ(a[i].message, b[i].message) << "chunk " << chunk;
    }
}

void expectSameRows(const std::vector<CsvRow>& a, const std::vector<CsvRow>& b, qsizetype chunk)
{
    ASSERT_EQ(a.size(), b.size()) << "chunk " << chunk;
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].line, b[i].line) << "chunk " << chunk << " row " << i;
        EXPECT_EQ(a[i].fields, b[i].fields) << "chunk " << chunk << " row " << i;
    }
}

// Every kind of edge, in UTF-8: two-, three- and four-byte characters, CRLF, a lone CR, a
// quoted field with both line breaks and a doubled quote, bytes that are not UTF-8, a NUL.
constexpr char kMixed[] = "\xEF\xBB\xBF"
                          "name,city,note\r\n"
                          "Zo\xC3\xAB,K\xC3\xB8"
                          "benhavn,\"two\r\nlines, \"\"quoted\"\"\nand \xE2\x82\xAC\"\r\n"
                          "\r\n"
                          "Ana,\xF0\x9F\x98\x80 Lisboa,bad \xFF byte\r"
                          "Ben,Rome,nul \x00 here\n"
                          "\"Cleo\"x,\"\",last\r\n";
const QByteArray kMixedCsv(kMixed, sizeof(kMixed) - 1);

} // namespace

TEST(StreamingRead, EveryPieceSizeDecodesToTheWholeText)
{
    const QByteArray bytes = kMixedCsv;
    auto whole = TextDecoding::decode(bytes);
    ASSERT_OK(whole);
    ASSERT_FALSE(whole.value().report.warnings.empty()) << "the sample has bytes to leave out";
    for (qsizetype chunk = 1; chunk <= bytes.size() + 1; ++chunk) {
        const Streamed streamed = decodeInPieces(bytes, chunk);
        EXPECT_EQ(streamed.text, whole.value().text) << "chunk " << chunk;
        EXPECT_EQ(streamed.report.encoding, whole.value().report.encoding);
        EXPECT_EQ(streamed.report.guessed, whole.value().report.guessed);
        expectSameWarnings(streamed.report.warnings, whole.value().report.warnings, chunk);
    }
}

TEST(StreamingRead, AUtf8CharacterCutByThePieceEdgeComesOutWhole)
{
    // "ab€" with 2-byte pieces: the euro sign's three bytes end up in two pieces.
    const QByteArray bytes = "ab\xE2\x82\xAC"
                             "cd";
    const Streamed streamed = decodeInPieces(bytes, 3);
    EXPECT_EQ(streamed.text, QStringLiteral("ab€cd"));
    EXPECT_TRUE(streamed.report.warnings.empty());
    EXPECT_EQ(streamed.report.encoding, TextEncoding::Utf8);
    // A character cut by the end of the file is left out, as when reading it whole.
    const Streamed cut = decodeInPieces("ab\xE2\x82", 3, TextEncoding::Utf8);
    EXPECT_EQ(cut.text, QStringLiteral("ab"));
    ASSERT_EQ(cut.report.warnings.size(), 1u);
    EXPECT_EQ(
        cut.report.warnings[0].message,
        TextDecoding::decode("ab\xE2\x82", TextEncoding::Utf8).value().report.warnings[0].message);
}

TEST(StreamingRead, Utf16AndWindows1252AreFoundAndDecodedAcrossPieces)
{
    // UTF-16LE with a mark and a surrogate pair; Windows-1252 found by the census of the whole.
    QByteArray utf16 = "\xFF\xFE";
    const QString sample = QStringLiteral("Zoë,😀\r\nAna,Łódź\r\n");
    utf16.append(reinterpret_cast<const char*>(sample.utf16()), sample.size() * 2);
    utf16.append("\x3D\xD8", 2); // a high surrogate with nothing after it
    QByteArray cp1252 = QByteArray("ok,caf") + char(0xE9) + "\r\n" + QByteArray(5000, 'x')
        + "\r\nna" + char(0xEF) + "ve," + char(0x80) + "\r\n";
    for (const QByteArray& bytes : { utf16, cp1252 }) {
        auto whole = TextDecoding::decode(bytes);
        ASSERT_OK(whole);
        for (qsizetype chunk : { 1, 2, 3, 5, 7, 4096, 1 << 20 }) {
            const Streamed streamed = decodeInPieces(bytes, chunk);
            EXPECT_EQ(streamed.text, whole.value().text) << "chunk " << chunk;
            EXPECT_EQ(streamed.report.encoding, whole.value().report.encoding);
            EXPECT_EQ(streamed.report.guessed, whole.value().report.guessed);
            expectSameWarnings(streamed.report.warnings, whole.value().report.warnings, chunk);
        }
    }
    EXPECT_EQ(decodeInPieces(cp1252, 7).report.encoding, TextEncoding::Windows1252);
    EXPECT_EQ(decodeInPieces(utf16, 7).report.encoding, TextEncoding::Utf16LE);
}

TEST(StreamingRead, EveryPieceSizeGivesTheWholeFilesRecords)
{
    const QByteArray bytes = kMixedCsv;
    auto whole = parseCsv(TextDecoding::decode(bytes).value().text);
    ASSERT_OK(whole);
    ASSERT_EQ(whole.value().size(), 5u);
    EXPECT_EQ(whole.value()[1].fields[2], QStringLiteral("two\r\nlines, \"quoted\"\nand €"));
    EXPECT_EQ(whole.value()[2].line, 6) << "the quoted field's two line breaks are counted";
    for (qsizetype chunk = 1; chunk <= bytes.size() + 1; ++chunk) {
        auto streamed = csvInPieces(bytes, chunk);
        ASSERT_OK(streamed);
        expectSameRows(streamed.value(), whole.value(), chunk);
    }
}

TEST(StreamingRead, ACrlfSplitBetweenPiecesEndsOneLine)
{
    // With 6-byte pieces the CR is the last byte of the first piece and the LF opens the next.
    const QByteArray bytes = "ab,cd\r\nef,gh\r\n";
    ASSERT_EQ(bytes.indexOf('\r'), 5);
    auto rows = csvInPieces(bytes, 6);
    ASSERT_OK(rows);
    ASSERT_EQ(rows.value().size(), 2u);
    EXPECT_EQ(rows.value()[1].line, 2) << "CR and LF are one line end, not two";
    EXPECT_EQ(rows.value()[1].fields, QStringList({ QStringLiteral("ef"), QStringLiteral("gh") }));
}

TEST(StreamingRead, AQuotedFieldWithLineBreaksSpansPieces)
{
    const QByteArray bytes = "a,\"x\r\ny\"\"z\r\nw\"\r\nnext,row\r\n";
    for (qsizetype chunk : { 1, 2, 3, 7 }) {
        auto rows = csvInPieces(bytes, chunk);
        ASSERT_OK(rows);
        ASSERT_EQ(rows.value().size(), 2u) << "chunk " << chunk;
        EXPECT_EQ(rows.value()[0].fields[1], QStringLiteral("x\r\ny\"z\r\nw"));
        EXPECT_EQ(rows.value()[1].line, 4);
    }
}

TEST(StreamingRead, AQuoteLeftOpenOrAFieldTooLongIsRefusedAsWhenReadWhole)
{
    const QByteArray open = "a,b\r\nc,\"never closed\r\nd,e\r\n";
    auto whole = parseCsv(QString::fromUtf8(open));
    ASSERT_FALSE(whole.ok());
    auto streamed = csvInPieces(open, 7);
    ASSERT_FALSE(streamed.ok());
    EXPECT_EQ(streamed.error().message, whole.error().message);
    EXPECT_TRUE(streamed.error().message.contains(QStringLiteral("Line 2")));

    const QByteArray tooLong
        = "a,b\r\nc,\"" + QByteArray(TextDecoding::kMaxFieldBytes + 10, 'x') + "\"\r\nd,e\r\n";
    auto wholeLong = parseCsv(QString::fromUtf8(tooLong));
    ASSERT_FALSE(wholeLong.ok());
    auto streamedLong = csvInPieces(tooLong, 4096);
    ASSERT_FALSE(streamedLong.ok());
    EXPECT_EQ(streamedLong.error().message, wholeLong.error().message);
    EXPECT_TRUE(streamedLong.error().message.contains(QStringLiteral("Line 2")));

    // Left open to the end of a long file: still "never closed", not "too long".
    const QByteArray openLong = "a,\"" + QByteArray(TextDecoding::kMaxFieldBytes + 10, 'x');
    auto streamedOpenLong = csvInPieces(openLong, 4096);
    ASSERT_FALSE(streamedOpenLong.ok());
    EXPECT_EQ(streamedOpenLong.error().message,
              parseCsv(QString::fromUtf8(openLong)).error().message);
}

TEST(StreamingRead, AFileOverTheLimitIsRefusedBeforeItIsRead)
{
    test::TempFolder folder;
    QFile file(folder.path(QStringLiteral("big.csv")));
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.resize(TextDecoding::kMaxFileBytes + 1)); // sparse: nothing is written
    DecodingReader reader(file);
    auto opened = reader.open();
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("200 MB")));
}

TEST(StreamingRead, TheLinkedInReaderInTinyPiecesGivesWhatTheWholeFileGives)
{
    QFile file(test::fixturePath(QStringLiteral("import/Connections.csv")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // The reference: the whole file decoded, then parsed, as LinkedIn's read() did before.
    auto rows = parseCsv(TextDecoding::decode(bytes).value().text);
    ASSERT_OK(rows);
    auto whole = LinkedInConnections::read(bytes);
    ASSERT_OK(whole);
    ASSERT_FALSE(whole.value().contacts.empty());
    for (qsizetype chunk : { 1, 7, 64 }) {
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        LinkedInConnectionsReader reader(buffer, {}, chunk);
        ASSERT_OK(reader.open());
        std::vector<ImportProblem> problems;
        std::vector<ImportedContact> people;
        while (true) {
            auto person = reader.next(problems);
            ASSERT_OK(person);
            if (!person.value())
                break;
            people.push_back(*person.value());
        }
        ASSERT_EQ(people.size(), whole.value().contacts.size()) << "chunk " << chunk;
        for (std::size_t i = 0; i < people.size(); ++i) {
            const ImportedContact& a = people[i];
            const ImportedContact& b = whole.value().contacts[i];
            EXPECT_EQ(a.line, b.line);
            EXPECT_EQ(a.emails(), b.emails());
            EXPECT_EQ(a.contact.displayName(), b.contact.displayName());
            EXPECT_EQ(a.contact.linkedInUrl, b.contact.linkedInUrl);
            EXPECT_EQ(a.contact.company, b.contact.company);
            EXPECT_EQ(a.contact.title, b.contact.title);
            EXPECT_EQ(a.contact.linkedInStatusOn, b.contact.linkedInStatusOn);
        }
        ASSERT_EQ(problems.size(), whole.value().problems.size());
        for (std::size_t i = 0; i < problems.size(); ++i)
            EXPECT_EQ(problems[i].message, whole.value().problems[i].message);
        EXPECT_EQ(reader.reading().encoding, whole.value().reading.encoding);
    }
    // Each contact's line is where its row starts in the reference parse.
    for (const ImportedContact& person : whole.value().contacts)
        EXPECT_TRUE(std::any_of(rows.value().begin(), rows.value().end(),
                                [&](const CsvRow& row) { return row.line == person.line; }));
}

TEST(StreamingRead, ProgressReturningFalseStopsTheReading)
{
    QByteArray bytes = "First Name,Last Name\r\n";
    for (int i = 0; i < 100; ++i)
        bytes += "Ann,Smith" + QByteArray::number(i) + "\r\n";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    LinkedInConnectionsReader reader(buffer, {}, 64);
    qint64 seenTotal = 0;
    reader.setProgress([&](qint64 done, qint64 total) {
        seenTotal = total;
        return done < 200;
    });
    ASSERT_OK(reader.open());
    std::vector<ImportProblem> problems;
    int people = 0;
    bool cancelled = false;
    while (true) {
        auto person = reader.next(problems);
        if (!person) {
            cancelled = DecodingReader::isCancelled(person.error());
            break;
        }
        if (!person.value())
            break;
        ++people;
    }
    EXPECT_TRUE(cancelled);
    EXPECT_EQ(seenTotal, bytes.size());
    EXPECT_GT(people, 0);
    EXPECT_LT(people, 100);
}

TEST(StreamingRead, TheVCardReaderInTinyPiecesGivesWhatTheWholeFileGives)
{
    // The fixtures, a UTF-16 card, a card folded inside a character and a quoted-printable
    // value with soft breaks: each in pieces of every small size, against the whole file.
    std::vector<QByteArray> files;
    for (const char* name : { "android-2.1.vcf", "apple-3.0.vcf", "carddav-4.0.vcf" }) {
        QFile file(test::fixturePath(QStringLiteral("import/") + QLatin1String(name)));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        files.push_back(file.readAll());
    }
    const QString utf16Card = QStringLiteral("BEGIN:VCARD\r\nN:Łódź;Zoë\r\nNOTE:a\u0001b\r\n"
                                             "END:VCARD\r\n");
    QByteArray utf16 = "\xFF\xFE";
    utf16.append(reinterpret_cast<const char*>(utf16Card.utf16()), utf16Card.size() * 2);
    files.push_back(utf16);
    files.push_back("BEGIN:VCARD\r\nFN:Zo\xC3\r\n \xAB M\xC3\xBCller\r\n"
                    "NOTE;ENCODING=QUOTED-PRINTABLE:one=\r\ntwo=C3=\r\n=AB\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nN:Caf\xE9;Bo\r\nEND:VCARD");
    for (const QByteArray& bytes : files) {
        auto whole = VCard::read(bytes, {});
        ASSERT_OK(whole);
        for (qsizetype chunk = 1; chunk <= 17; ++chunk) {
            QByteArray copy = bytes;
            QBuffer buffer(&copy);
            buffer.open(QIODevice::ReadOnly);
            VCardReader reader(buffer, {}, chunk);
            ASSERT_OK(reader.open());
            std::vector<ImportProblem> problems;
            std::vector<ImportedContact> people;
            while (true) {
                auto person = reader.next(problems);
                ASSERT_OK(person);
                if (!person.value())
                    break;
                people.push_back(*person.value());
            }
            ASSERT_EQ(people.size(), whole.value().contacts.size()) << "chunk " << chunk;
            for (std::size_t i = 0; i < people.size(); ++i) {
                const ImportedContact& a = people[i];
                const ImportedContact& b = whole.value().contacts[i];
                EXPECT_EQ(a.line, b.line);
                EXPECT_EQ(a.emails(), b.emails());
                EXPECT_EQ(a.phones(), b.phones());
                EXPECT_EQ(a.contact.firstName, b.contact.firstName);
                EXPECT_EQ(a.contact.lastName, b.contact.lastName);
                EXPECT_EQ(a.contact.notes, b.contact.notes);
                EXPECT_EQ(a.contact.company, b.contact.company);
            }
            ASSERT_EQ(problems.size(), whole.value().problems.size());
            EXPECT_EQ(reader.reading().encoding, whole.value().reading.encoding);
            EXPECT_EQ(reader.reading().guessed, whole.value().reading.guessed);
            expectSameWarnings(reader.reading().warnings, whole.value().reading.warnings, chunk);
        }
    }
    // The folded and soft-broken card reads as one would expect, whole or not.
    auto folded = VCard::read(files.back(), {});
    ASSERT_OK(folded);
    ASSERT_EQ(folded.value().contacts.size(), 2u);
    EXPECT_EQ(folded.value().contacts[0].contact.displayName(), QStringLiteral("Zoë Müller"));
    EXPECT_EQ(folded.value().contacts[0].contact.notes, QStringLiteral("onetwoë"));
}
