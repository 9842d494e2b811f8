// Imported files become text without losing a character silently: the encoding is found (or
// guessed, and said so), and what cannot be kept is left out with its line. The limits refuse
// files and values too large to be a real export.
#include "formats/TextDecoding.h"

#include "formats/ContactCsv.h"
#include "formats/Csv.h"
#include "formats/LinkedInConnections.h"
#include "formats/VCard.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

// Text as Windows-1252 bytes, written by hand: Qt 6.4 has no encoder for it.
QByteArray cp1252(const QString& text)
{
    QByteArray out;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x20AC:
            out += '\x80';
            break;
        case 0x2013:
            out += '\x96';
            break;
        case 0x2019:
            out += '\x92';
            break;
        case 0x2122:
            out += '\x99';
            break;
        default:
            EXPECT_LT(c.unicode(), 0x100) << "not in the test's table";
            out += char(c.unicode());
        }
    }
    return out;
}

QByteArray utf16(const QString& text, bool little)
{
    QByteArray out = little ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8), low = char(c.unicode() & 0xFF);
        out += little ? low : high;
        out += little ? high : low;
    }
    return out;
}

std::string joined(const std::vector<TextWarning>& warnings)
{
    QStringList all;
    for (const TextWarning& w : warnings)
        all << QString::number(w.line) + QLatin1Char(' ') + w.message;
    return all.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST(TextDecoding, ByteOrderMarksNameTheEncoding)
{
    const QString text = QStringLiteral("Zoë Müller,李,€ 5\r\n");
    for (const auto& [bytes, encoding] :
         { std::pair{ QByteArray("\xEF\xBB\xBF") + text.toUtf8(), TextEncoding::Utf8 },
           std::pair{ utf16(text, true), TextEncoding::Utf16LE },
           std::pair{ utf16(text, false), TextEncoding::Utf16BE } }) {
        auto decoded = TextDecoding::decode(bytes);
        ASSERT_OK(decoded);
        EXPECT_EQ(decoded.value().text, text) << "the mark itself is not text";
        EXPECT_EQ(decoded.value().report.encoding, encoding);
        EXPECT_FALSE(decoded.value().report.guessed);
        EXPECT_TRUE(decoded.value().report.warnings.empty());
    }
}

TEST(TextDecoding, Utf8WithoutAMarkIsNotAGuess)
{
    auto decoded = TextDecoding::decode(QStringLiteral("Zoë,Élise,李\n").toUtf8());
    ASSERT_OK(decoded);
    EXPECT_EQ(decoded.value().report.encoding, TextEncoding::Utf8);
    EXPECT_FALSE(decoded.value().report.guessed);
    EXPECT_EQ(decoded.value().report.summary(), QStringLiteral("Read as UTF-8."));
}

TEST(TextDecoding, Windows1252IsAStatedGuessAndItsHighRowIsMapped)
{
    // 0x80 to 0x9F are where Windows-1252 is not Latin-1: the euro, dashes, curly quotes.
    const QString text = QStringLiteral("Zoë Müller – O’Brien, 5 €, Finalist™\r\n");
    auto decoded = TextDecoding::decode(cp1252(text));
    ASSERT_OK(decoded);
    EXPECT_EQ(decoded.value().text, text);
    EXPECT_EQ(decoded.value().report.encoding, TextEncoding::Windows1252);
    EXPECT_TRUE(decoded.value().report.guessed);
    EXPECT_TRUE(decoded.value().report.summary().contains(QStringLiteral("Windows-1252 (a guess")))
        << decoded.value().report.summary().toStdString();
    EXPECT_TRUE(decoded.value().report.warnings.empty()) << joined(decoded.value().report.warnings);
    EXPECT_FALSE(decoded.value().text.contains(QChar(0xFFFD)));
}

TEST(TextDecoding, BytesWithoutACharacterAreLeftOutWithTheirLine)
{
    // 0x81 has no character in Windows-1252; Windows itself maps it to a control code.
    auto decoded = TextDecoding::decode(QByteArray("caf\xE9\r\nline two\r\nbad \x81 byte\r\n"));
    ASSERT_OK(decoded);
    EXPECT_EQ(decoded.value().text, QStringLiteral("café\r\nline two\r\nbad  byte\r\n"));
    ASSERT_EQ(decoded.value().report.warnings.size(), 1u)
        << joined(decoded.value().report.warnings);
    EXPECT_EQ(decoded.value().report.warnings[0].line, 3);
    EXPECT_TRUE(decoded.value().report.warnings[0].message.contains(QStringLiteral("0x81")))
        << decoded.value().report.warnings[0].message.toStdString();
}

TEST(TextDecoding, DamagedUtf8StaysUtf8AndNamesTheBadBytesByLine)
{
    // A UTF-8 file with one byte broken (a copy cut short, a bad edit): the rest is not
    // misread as Windows-1252, and the damage is not stored as U+FFFD.
    QByteArray bytes = QStringLiteral("Zoë,Müller\nÉlise,Dubois\nJürgen,Bäcker\nLi,").toUtf8();
    bytes += "Wa\xC3";
    bytes += "\nAna,Ruiz\n";
    auto decoded = TextDecoding::decode(bytes);
    ASSERT_OK(decoded);
    EXPECT_EQ(decoded.value().report.encoding, TextEncoding::Utf8);
    EXPECT_FALSE(decoded.value().report.guessed);
    EXPECT_TRUE(decoded.value().text.startsWith(QStringLiteral("Zoë,Müller\nÉlise")));
    EXPECT_TRUE(decoded.value().text.contains(QStringLiteral("\nLi,Wa\nAna,Ruiz\n")));
    EXPECT_FALSE(decoded.value().text.contains(QChar(0xFFFD)));
    ASSERT_EQ(decoded.value().report.warnings.size(), 1u);
    EXPECT_EQ(decoded.value().report.warnings[0].line, 4);
    EXPECT_TRUE(decoded.value().report.warnings[0].message.contains(QStringLiteral("0xC3")));
    EXPECT_TRUE(decoded.value().report.warnings[0].message.contains(QStringLiteral("UTF-8")));
}

TEST(TextDecoding, NulAndControlCodesAreLeftOutAndCountedByLineAsCsvCountsThem)
{
    // CRLF, LF and a lone CR each end a line, as in parseCsv.
    const char raw[] = "a,b\r\nc\x07,d\ne,f\rg,h\0i\x1B\r\n";
    const QByteArray bytes(raw, sizeof(raw) - 1);
    auto decoded = TextDecoding::decode(bytes);
    ASSERT_OK(decoded);
    EXPECT_EQ(decoded.value().text, QStringLiteral("a,b\r\nc,d\ne,f\rg,hi\r\n"));
    const auto& warnings = decoded.value().report.warnings;
    ASSERT_EQ(warnings.size(), 2u) << joined(warnings);
    EXPECT_EQ(warnings[0].line, 2);
    EXPECT_TRUE(warnings[0].message.contains(QStringLiteral("U+0007")));
    EXPECT_EQ(warnings[1].line, 4);
    EXPECT_TRUE(warnings[1].message.contains(QStringLiteral("NUL")));
    EXPECT_TRUE(warnings[1].message.contains(QStringLiteral("U+001B")));
    EXPECT_TRUE(warnings[1].message.startsWith(QStringLiteral("Line 4:")));
}

TEST(TextDecoding, Utf16WithoutAMarkIsRecognisedAsAGuess)
{
    QByteArray bytes = utf16(QStringLiteral("First Name,Last Name\r\nZoë,Müller\r\n"), true);
    bytes.remove(0, 2);
    auto decoded = TextDecoding::decode(bytes);
    ASSERT_OK(decoded);
    EXPECT_EQ(decoded.value().report.encoding, TextEncoding::Utf16LE);
    EXPECT_TRUE(decoded.value().report.guessed);
    EXPECT_EQ(decoded.value().text, QStringLiteral("First Name,Last Name\r\nZoë,Müller\r\n"));
    EXPECT_TRUE(decoded.value().report.warnings.empty()) << joined(decoded.value().report.warnings);
}

TEST(TextDecoding, AnUnpairedSurrogateInUtf16IsLeftOutWithItsLine)
{
    QByteArray bytes = utf16(QStringLiteral("ok\nZo"), true);
    bytes += QByteArray("\x00\xD8", 2); // a high surrogate with nothing after it
    bytes += utf16(QStringLiteral("e\n"), true).mid(2);
    auto decoded = TextDecoding::decode(bytes);
    ASSERT_OK(decoded);
    EXPECT_EQ(decoded.value().text, QStringLiteral("ok\nZoe\n"));
    ASSERT_EQ(decoded.value().report.warnings.size(), 1u);
    EXPECT_EQ(decoded.value().report.warnings[0].line, 2);
}

TEST(TextDecoding, AChosenEncodingOverridesTheGuess)
{
    // The same bytes, read as the user says: Latin-1 text that happens to be valid UTF-8 is rare,
    // but the choice is theirs.
    const QByteArray bytes = QStringLiteral("Zoë").toUtf8();
    auto asUtf8 = TextDecoding::decode(bytes);
    auto as1252 = TextDecoding::decode(bytes, TextEncoding::Windows1252);
    ASSERT_OK(asUtf8);
    ASSERT_OK(as1252);
    EXPECT_EQ(asUtf8.value().text, QStringLiteral("Zoë"));
    EXPECT_EQ(as1252.value().text, QStringLiteral("ZoÃ«"));
    EXPECT_FALSE(as1252.value().report.guessed);
}

TEST(TextDecoding, TheCharsetNamesOfOldPhonesAreKnown)
{
    EXPECT_EQ(TextDecoding::fromCharset("utf-8"), TextEncoding::Utf8);
    EXPECT_EQ(TextDecoding::fromCharset("ISO-8859-1"), TextEncoding::Windows1252);
    EXPECT_EQ(TextDecoding::fromCharset("windows-1252"), TextEncoding::Windows1252);
    EXPECT_FALSE(TextDecoding::fromCharset("SHIFT_JIS").has_value());
}

TEST(ImportLimits, AFileOver200MegabytesIsRefusedBeforeItIsRead)
{
    const QByteArray huge(TextDecoding::kMaxFileBytes + 1, 'a');
    for (const auto& result : { LinkedInConnections::read(huge), VCard::read(huge) }) {
        ASSERT_FALSE(result.ok());
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("200 MB")))
            << result.error().message.toStdString();
    }
    auto headers = ContactCsv::headers(huge);
    ASSERT_FALSE(headers.ok());
    EXPECT_TRUE(headers.error().message.contains(QStringLiteral("200 MB")));
    EXPECT_OK(TextDecoding::checkFileSize(TextDecoding::kMaxFileBytes));
}

TEST(ImportLimits, AFieldOver1MegabyteIsRefusedWithItsLine)
{
    const QByteArray big(TextDecoding::kMaxFieldBytes + 1, 'x');
    const QByteArray csv
        = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
          "Ana,Ruiz,,,Harbor,Designer,12 Mar 2024\r\n"
          "Zoë,\""
        + big + "\",,,,,\r\n";
    auto connections = LinkedInConnections::read(csv);
    ASSERT_FALSE(connections.ok());
    EXPECT_TRUE(connections.error().message.contains(QStringLiteral("Line 3")))
        << connections.error().message.toStdString();
    EXPECT_TRUE(connections.error().message.contains(QStringLiteral("1 MB")));

    // A field of many-byte characters counts in bytes: 400,000 × "李" is 1.2 MB.
    const QByteArray wide = "Name\r\n" + QString(400000, QChar(0x674E)).toUtf8() + "\r\n";
    auto generic = ContactCsv::read(wide, { ContactCsv::Field::FullName });
    ASSERT_FALSE(generic.ok());
    EXPECT_TRUE(generic.error().message.contains(QStringLiteral("Line 2")));

    // In a vCard the value is left out with a warning on its line, and the card kept: a card's
    // lines cannot swallow the ones after them as an open quote does.
    const QByteArray card
        = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Ruiz;Ana\r\nNOTE:" + big + "\r\nEND:VCARD\r\n";
    auto cards = VCard::read(card);
    ASSERT_OK(cards);
    ASSERT_EQ(cards.value().contacts.size(), 1u);
    EXPECT_TRUE(cards.value().contacts[0].contact.notes.isEmpty());
    ASSERT_EQ(cards.value().problems.size(), 1u);
    EXPECT_TRUE(cards.value().problems[0].isWarning());
    EXPECT_TRUE(cards.value().problems[0].message.contains(QStringLiteral("Line 4")))
        << cards.value().problems[0].message.toStdString();

    // Exactly at the limit is fine.
    const QByteArray justFits
        = "Name,Notes\r\nAna Ruiz," + QByteArray(TextDecoding::kMaxFieldBytes, 'n') + "\r\n";
    EXPECT_OK(
        ContactCsv::read(justFits, { ContactCsv::Field::FullName, ContactCsv::Field::Notes }));
}

TEST(TextDecoding, AHundredLinesOfWarningsAreListedThenOneLineSaysThereAreMore)
{
    QByteArray bytes;
    for (int i = 0; i < 150; ++i)
        bytes += QByteArray("Ana,Ru\0iz\r\n", 11);
    auto decoded = TextDecoding::decode(bytes);
    ASSERT_OK(decoded);
    const auto& warnings = decoded.value().report.warnings;
    ASSERT_EQ(warnings.size(), 101u);
    EXPECT_EQ(warnings[99].line, 100);
    EXPECT_EQ(warnings[100].line, 0);
    EXPECT_TRUE(warnings[100].message.contains(QStringLiteral("first 100")));
    EXPECT_EQ(decoded.value().text.count(QStringLiteral("Ruiz")), 150);
}
