// Real imports of files in the encodings people's programs write, checked in the database: the
// characters arrive as they were, the encoding used is reported (a guess said to be one), and
// what was left out is listed by line in the preview, which the import then follows exactly.
#include "formats/ContactCsv.h"
#include "formats/LinkedInConnections.h"
#include "formats/VCard.h"
#include "RawSql.h"
#include "services/ContactImport.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

class ImportEncoding : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("encoding.sqlite")), clock);
        ASSERT_TRUE(db);
    }

    QString sql(const QString& statement) { return test::rawSql(db->path(), statement).toString(); }

    // The preview, then the import of exactly what it showed.
    ImportPlan previewAndImport(const ContactFileContents& contents, const QString& source)
    {
        auto plan = ContactImport(*db).plan(contents, source, QStringLiteral("file"));
        EXPECT_OK(plan);
        if (!plan)
            return {};
        auto outcome = ContactImport(*db).commit(plan.value());
        EXPECT_OK(outcome);
        if (outcome)
            EXPECT_EQ(outcome.value().created, plan.value().newCount())
                << "the import adds whom the preview showed";
        return plan.value();
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

// Outlook's "Export to a file ▸ Comma Separated Values": every field quoted, the bytes in the
// Windows code page (here Windows-1252, with an en dash and a euro from its 0x80 row).
const QByteArray kOutlookCsv
    = "\"First Name\",\"Middle Name\",\"Last Name\",\"Title\",\"Suffix\",\"Company\","
      "\"Department\",\"Job Title\",\"Business Phone\",\"E-mail Address\","
      "\"E-mail Display Name\",\"Notes\"\r\n"
      "\"Zo\xEB\",\"\",\"M\xFCller\",\"\",\"\",\"Br\xFC"
      "cke & S\xF6hne GmbH\",\"Entwicklung\",\"Leiterin Entwicklung\",\"+49 30 5550100\","
      "\"zoe.mueller@example.de\",\"Zo\xEB M\xFCller (zoe.mueller@example.de)\","
      "\"Gr\xFC\xDF"
      "e \x96 Budget 5\x80 pro Kopf\"\r\n"
      "\"Fran\xE7ois\",\"\",\"L\xE9vesque\",\"\",\"\",\"Caf\xE9 Cr\xE8me\",\"\",\"\",\"\","
      "\"f.levesque@example.fr\",\"\",\"\"\r\n";

} // namespace

TEST_F(ImportEncoding, AnOutlookCsvInWindows1252IsStoredRightAndTheGuessIsSaid)
{
    auto headers = ContactCsv::headers(kOutlookCsv);
    ASSERT_OK(headers);
    auto contents = ContactCsv::read(kOutlookCsv, ContactCsv::guessMapping(headers.value()));
    ASSERT_OK(contents);
    const ImportPlan plan = previewAndImport(contents.value(), QStringLiteral("CSV"));
    EXPECT_EQ(plan.reading.encoding, TextEncoding::Windows1252);
    EXPECT_TRUE(plan.reading.guessed);
    EXPECT_EQ(plan.reading.encodingName(), QStringLiteral("Windows-1252"));
    EXPECT_TRUE(plan.reading.summary().contains(QStringLiteral("a guess")));
    EXPECT_TRUE(plan.reading.warnings.empty());

    EXPECT_EQ(sql(QStringLiteral("SELECT first_name || ' ' || last_name FROM contacts "
                                 "WHERE email = 'zoe.mueller@example.de'")),
              QStringLiteral("Zoë Müller"));
    EXPECT_EQ(sql(QStringLiteral("SELECT company FROM contacts WHERE last_name = 'Müller'")),
              QStringLiteral("Brücke & Söhne GmbH"));
    EXPECT_EQ(sql(QStringLiteral("SELECT notes FROM contacts WHERE last_name = 'Müller'")),
              QStringLiteral("Grüße – Budget 5€ pro Kopf"));
    EXPECT_EQ(sql(QStringLiteral("SELECT company FROM contacts WHERE first_name = 'François'")),
              QStringLiteral("Café Crème"));
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM contacts WHERE first_name || last_name || "
                                 "company || notes LIKE '%' || char(65533) || '%'")),
              QStringLiteral("0"))
        << "no replacement character is stored";
}

TEST_F(ImportEncoding, NulBytesAreWarningsInThePreviewAndTheImportAgreesWithIt)
{
    // A LinkedIn export damaged by a sync tool: NUL bytes in a name, a row of nothing but NULs.
    const char raw[] = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                       "Ana,Ru\0iz,,,Harbor,Designer,12 Mar 2024\r\n"
                       "\0,\0,,,,,\r\n"
                       "Jonah,Okafor,,jonah@example.org,North\x01wind,Engineer,3 Jan 2025\r\n";
    const QByteArray bytes(raw, sizeof(raw) - 1);
    auto contents = LinkedInConnections::read(bytes);
    ASSERT_OK(contents);
    const ImportPlan plan = previewAndImport(contents.value(), QStringLiteral("LinkedIn"));
    EXPECT_EQ(plan.newCount(), 2);
    ASSERT_EQ(plan.problems.size(), 1u) << "the row of NULs has no name";
    EXPECT_EQ(plan.problems[0].line, 3);
    ASSERT_EQ(plan.reading.warnings.size(), 3u);
    EXPECT_EQ(plan.reading.warnings[0].line, 2);
    EXPECT_EQ(plan.reading.warnings[1].line, 3);
    EXPECT_EQ(plan.reading.warnings[2].line, 4);
    EXPECT_TRUE(plan.reading.warnings[0].message.contains(QStringLiteral("NUL")));
    EXPECT_FALSE(plan.reading.guessed);

    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM contacts")), QStringLiteral("2"));
    EXPECT_EQ(sql(QStringLiteral("SELECT hex(last_name) FROM contacts WHERE first_name = 'Ana'")),
              QStringLiteral("5275697A"))
        << "Ruiz, with nothing hidden in it";
    EXPECT_EQ(sql(QStringLiteral("SELECT company FROM contacts WHERE first_name = 'Jonah'")),
              QStringLiteral("Northwind"));
}

TEST_F(ImportEncoding, InvalidUtf8IsNeverStoredAsAReplacementCharacter)
{
    // UTF-8 with one byte cut off: the rest stays UTF-8, the stray byte is named with its line.
    QByteArray bytes = QStringLiteral("First Name,Last Name,URL,Email Address,Company,Position,"
                                      "Connected On\r\n"
                                      "Zoë,van Dijk,,,Lindqvist & Maré,Director,12 Mar 2024\r\n"
                                      "Élise,Dubois,,,Harbor & Finch,Designer,9 Nov 2026\r\n")
                           .toUtf8();
    bytes += "J\xC3rgen,M\xC3\xBCller,,,Northwind,Head of Platform,3 Jan 2025\r\n";
    auto contents = LinkedInConnections::read(bytes);
    ASSERT_OK(contents);
    const ImportPlan plan = previewAndImport(contents.value(), QStringLiteral("LinkedIn"));
    EXPECT_EQ(plan.reading.encoding, TextEncoding::Utf8);
    ASSERT_EQ(plan.reading.warnings.size(), 1u);
    EXPECT_EQ(plan.reading.warnings[0].line, 4);
    EXPECT_TRUE(plan.reading.warnings[0].message.contains(QStringLiteral("0xC3")));
    EXPECT_EQ(sql(QStringLiteral("SELECT first_name FROM contacts WHERE last_name = 'Müller'")),
              QStringLiteral("Jrgen"));
    EXPECT_EQ(sql(QStringLiteral("SELECT company FROM contacts WHERE first_name = 'Zoë'")),
              QStringLiteral("Lindqvist & Maré"));
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM contacts WHERE first_name || last_name "
                                 "LIKE '%' || char(65533) || '%'")),
              QStringLiteral("0"));
}

TEST_F(ImportEncoding, AnOldAndroidQuotedPrintableCardIsStoredWithItsUmlauts)
{
    const QByteArray card
        = "BEGIN:VCARD\r\nVERSION:2.1\r\n"
          "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n"
          "ORG:Northwind Labs\r\n"
          "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Sprach =C3=BCber =\r\n"
          "Bereitschaftsdienste=0D=0Aund die Roadmap.\r\n"
          "END:VCARD\r\n";
    auto contents = VCard::read(card);
    ASSERT_OK(contents);
    previewAndImport(contents.value(), QStringLiteral("vCard"));
    EXPECT_EQ(sql(QStringLiteral("SELECT first_name || ' ' || last_name FROM contacts")),
              QStringLiteral("Jürgen Müller"));
    EXPECT_EQ(sql(QStringLiteral("SELECT notes FROM contacts")),
              QStringLiteral("Sprach über Bereitschaftsdienste\r\nund die Roadmap."));
}
