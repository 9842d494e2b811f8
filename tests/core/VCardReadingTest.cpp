// vCards as phones and mail programs wrote them over the years: long quoted-printable values
// (read in time linear in the file), Latin-1 and Windows-1252 cards, and what is left out said
// with its line. Timing is the benchmark's business (tests/bench/VCardBench.cpp); these check
// the result.
#include "formats/VCard.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

std::string joined(const std::vector<TextWarning>& warnings)
{
    QStringList all;
    for (const TextWarning& w : warnings)
        all << QString::number(w.line) + QLatin1Char(' ') + w.message;
    return all.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST(VCardReading, AHundredThousandSoftBreaksInOneNoteReadRight)
{
    // The shape that took minutes: one 1.1 MB card whose note is cut every few bytes, as old
    // Android phones cut quoted-printable lines.
    QByteArray card = "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                      "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Zo=C3=AB;;;\r\n"
                      "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:";
    for (int i = 0; i < 100000; ++i)
        card += "Zo=C3=AB=\r\n";
    card += "!\r\nEND:VCARD\r\n";
    auto contents = VCard::read(card);
    ASSERT_OK(contents);
    ASSERT_EQ(contents.value().contacts.size(), 1u);
    const Contact& c = contents.value().contacts[0].contact;
    EXPECT_EQ(c.firstName, QStringLiteral("Zoë"));
    EXPECT_EQ(c.lastName, QStringLiteral("Müller"));
    QString expected;
    for (int i = 0; i < 100000; ++i)
        expected += QStringLiteral("Zoë");
    expected += QLatin1Char('!');
    EXPECT_EQ(c.notes.size(), expected.size());
    EXPECT_EQ(c.notes, expected);
    EXPECT_TRUE(contents.value().reading.warnings.empty())
        << joined(contents.value().reading.warnings);
}

TEST(VCardReading, AThousandCardsWithSoftBreaksKeepTheirOwnValuesAndLines)
{
    QByteArray file;
    int line = 1;
    for (int n = 0; n < 1000; ++n) {
        file += "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Okafor;Jonah " + QByteArray::number(n)
            + "\r\nNOTE;ENCODING=QUOTED-PRINTABLE:";
        for (int i = 0; i < 100; ++i)
            file += "ab =\r\n";
        file += "end " + QByteArray::number(n) + "\r\nEND:VCARD\r\n";
        line += 4 + 100 + 1; // BEGIN, VERSION, N, NOTE's first line, 100 more, END
    }
    auto contents = VCard::read(file);
    ASSERT_OK(contents);
    ASSERT_EQ(contents.value().contacts.size(), 1000u);
    const ImportedContact& last = contents.value().contacts.back();
    EXPECT_EQ(last.contact.firstName, QStringLiteral("Jonah 999"));
    EXPECT_EQ(last.line, line - 105);
    EXPECT_EQ(last.contact.notes, QStringLiteral("ab ").repeated(100) + QStringLiteral("end 999"));
}

TEST(VCardReading, AnOldPhonesLatin1QuotedPrintableCardKeepsItsUmlauts)
{
    // Nokia and Sony Ericsson phones wrote 2.1 cards in ISO-8859-1 with quoted-printable.
    const QByteArray card = "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                            "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\r\n"
                            "TEL;CELL:+49 170 7654321\r\n"
                            "NOTE;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Gr=FC=DFe aus =\r\n"
                            "K=F6ln\r\n"
                            "END:VCARD\r\n";
    auto contents = VCard::read(card);
    ASSERT_OK(contents);
    ASSERT_EQ(contents.value().contacts.size(), 1u);
    const Contact& c = contents.value().contacts[0].contact;
    EXPECT_EQ(c.displayName(), QStringLiteral("Jürgen Müller"));
    EXPECT_EQ(c.notes, QStringLiteral("Grüße aus Köln"));
    EXPECT_FALSE(contents.value().reading.guessed) << "the card named its character set";
    EXPECT_TRUE(contents.value().reading.warnings.empty())
        << joined(contents.value().reading.warnings);
}

TEST(VCardReading, AnOutlookCardInWindows1252IsReadAsAStatedGuess)
{
    // Outlook's "Save as vCard": 2.1, no CHARSET, the bytes in the Windows code page.
    const QByteArray card = "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                            "N;LANGUAGE=de:M\xFCller;Zo\xEB\r\n"
                            "FN:Zo\xEB M\xFCller\r\n"
                            "ORG:Br\xFC"
                            "cke & S\xF6hne GmbH\r\n"
                            "NOTE;ENCODING=QUOTED-PRINTABLE:Gr=FC=DFe =96 bis bald, 5 =80\r\n"
                            "EMAIL;PREF;INTERNET:zoe.mueller@example.de\r\n"
                            "END:VCARD\r\n";
    auto contents = VCard::read(card);
    ASSERT_OK(contents);
    ASSERT_EQ(contents.value().contacts.size(), 1u);
    const Contact& c = contents.value().contacts[0].contact;
    EXPECT_EQ(c.firstName, QStringLiteral("Zoë"));
    EXPECT_EQ(c.lastName, QStringLiteral("Müller"));
    EXPECT_EQ(c.company, QStringLiteral("Brücke & Söhne GmbH"));
    EXPECT_EQ(c.notes, QStringLiteral("Grüße – bis bald, 5 €"));
    EXPECT_EQ(contents.value().reading.encoding, TextEncoding::Windows1252);
    EXPECT_TRUE(contents.value().reading.guessed);
}

TEST(VCardReading, AnIPhoneCardWithAByteOrderMarkAndGroupsReadsCleanly)
{
    const QByteArray card = "\xEF\xBB\xBF"
                            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                            "PRODID:-//Apple Inc.//iPhone OS 17.4//EN\r\n"
                            "N:Lindqvist;Maya;;;\r\nFN:Maya Lindqvist\r\n"
                            "ORG:Harbor & Finch;\r\nTITLE:VP of Product\r\n"
                            "item1.EMAIL;type=INTERNET;type=pref:maya@harborfinch.example\r\n"
                            "item1.X-ABLabel:_$!<Work>!$_\r\n"
                            "NOTE:Asked about the roadmap\\, kindly.\\nWrite in May.\r\n"
                            "END:VCARD\r\n";
    auto contents = VCard::read(card);
    ASSERT_OK(contents);
    ASSERT_EQ(contents.value().contacts.size(), 1u);
    EXPECT_EQ(contents.value().contacts[0].contact.notes,
              QStringLiteral("Asked about the roadmap, kindly.\nWrite in May."));
    EXPECT_EQ(contents.value().reading.encoding, TextEncoding::Utf8);
    EXPECT_FALSE(contents.value().reading.guessed);
}

TEST(VCardReading, OneValueNotInUtf8IsReadAsWindows1252AndSaidOnItsLine)
{
    const QByteArray card = "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                            "N:D\xC3\xBC"
                            "rr;\xC3\x89lise;;;\r\n"
                            "N:Dubois;\xC3\x89lise;;;\r\n"
                            "TITLE:Senior Designer\r\n"
                            "NOTE:Caf\xE9 au lait\r\n"
                            "END:VCARD\r\n";
    auto contents = VCard::read(card);
    ASSERT_OK(contents);
    ASSERT_EQ(contents.value().contacts.size(), 1u);
    EXPECT_EQ(contents.value().contacts[0].contact.firstName, QStringLiteral("Élise"));
    EXPECT_EQ(contents.value().contacts[0].contact.notes, QStringLiteral("Café au lait"));
    const auto& warnings = contents.value().reading.warnings;
    ASSERT_EQ(warnings.size(), 1u) << joined(warnings);
    EXPECT_EQ(warnings[0].line, 6);
    EXPECT_TRUE(warnings[0].message.contains(QStringLiteral("Windows-1252")));
}

TEST(VCardReading, NulAndControlCodesInAValueAreLeftOutWithTheLine)
{
    QByteArray card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ruiz;Ana;;;\r\nTITLE:Talent";
    card += '\0';
    card += " Partner\x07\r\nEND:VCARD\r\n";
    auto contents = VCard::read(card);
    ASSERT_OK(contents);
    ASSERT_EQ(contents.value().contacts.size(), 1u);
    EXPECT_EQ(contents.value().contacts[0].contact.title, QStringLiteral("Talent Partner"));
    const auto& warnings = contents.value().reading.warnings;
    ASSERT_EQ(warnings.size(), 1u) << joined(warnings);
    EXPECT_EQ(warnings[0].line, 4);
    EXPECT_TRUE(warnings[0].message.contains(QStringLiteral("NUL")));
    EXPECT_TRUE(warnings[0].message.contains(QStringLiteral("U+0007")));
}

TEST(VCardReading, AUtf16CardFromWindowsIsRead)
{
    const QString text = QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Zoë;;;\r\n"
                                        "END:VCARD\r\n");
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : text) {
        bytes += char(c.unicode() & 0xFF);
        bytes += char(c.unicode() >> 8);
    }
    auto contents = VCard::read(bytes);
    ASSERT_OK(contents);
    ASSERT_EQ(contents.value().contacts.size(), 1u);
    EXPECT_EQ(contents.value().contacts[0].contact.displayName(), QStringLiteral("Zoë Müller"));
    EXPECT_EQ(contents.value().reading.encoding, TextEncoding::Utf16LE);
}

TEST(VCardReading, AnUnknownCharsetIsSaidAndTheValueStillRead)
{
    const QByteArray card = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=KOI8-R:Petrov;Ivan\r\n"
                            "END:VCARD\r\n";
    auto contents = VCard::read(card);
    ASSERT_OK(contents);
    ASSERT_EQ(contents.value().contacts.size(), 1u);
    EXPECT_EQ(contents.value().contacts[0].contact.lastName, QStringLiteral("Petrov"));
    ASSERT_EQ(contents.value().reading.warnings.size(), 1u);
    EXPECT_EQ(contents.value().reading.warnings[0].line, 3);
    EXPECT_TRUE(contents.value().reading.warnings[0].message.contains(QStringLiteral("KOI8-R")));
}
