// CSV, LinkedIn Connections.csv and vCard, on files shaped like the ones people really have.
#include "formats/ContactCsv.h"
#include "formats/Csv.h"
#include "formats/LinkedInConnections.h"
#include "formats/LinkedInInvitations.h"
#include "formats/VCard.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace finalist;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(test::fixturePath(QStringLiteral("import/") + name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

} // namespace

TEST(Csv, ReadsQuotesCommasLineBreaksAndEveryLineEnd)
{
    auto rows = parseCsv(QStringLiteral("\xFEFF"
                                        "a,\"b, c\",\"say \"\"hi\"\"\"\r\n"
                                        "\"two\nlines\",x\r"
                                        "\r"
                                        "last,\"\"\n"));
    ASSERT_OK(rows);
    ASSERT_EQ(rows.value().size(), 3u);
    EXPECT_EQ(
        rows.value()[0].fields,
        QStringList({ QStringLiteral("a"), QStringLiteral("b, c"), QStringLiteral("say \"hi\"") }));
    EXPECT_EQ(rows.value()[1].fields,
              QStringList({ QStringLiteral("two\nlines"), QStringLiteral("x") }));
    EXPECT_EQ(rows.value()[1].line, 2);
    EXPECT_EQ(rows.value()[2].line, 5) << "the quoted line break and the blank line count";
    EXPECT_EQ(rows.value()[2].fields, QStringList({ QStringLiteral("last"), QString() }));
}

TEST(Csv, AnUnclosedQuoteIsAnErrorNamingItsLine)
{
    auto rows = parseCsv(QStringLiteral("a,b\nc,\"never closed\nd,e\n"));
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message.contains(QStringLiteral("Line 2")))
        << rows.error().message.toStdString();
}

TEST(Csv, WritesRfc4180AndNeutralisesFormulas)
{
    EXPECT_EQ(csvRecord({ QStringLiteral("plain"), QStringLiteral("a,b"),
                          QStringLiteral("say \"hi\""), QStringLiteral("two\nlines") }),
              QStringLiteral("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));
    for (const QString& risky :
         { QStringLiteral("=1+2"), QStringLiteral("+49 30"), QStringLiteral("-5"),
           QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("\rx") })
        EXPECT_TRUE(neutraliseFormula(risky).startsWith(QLatin1Char('\''))) << risky.toStdString();
    EXPECT_EQ(neutraliseFormula(QStringLiteral("Ana")), QStringLiteral("Ana"));
    EXPECT_EQ(csvRecord({ QStringLiteral("=HYPERLINK(\"x\")") }),
              QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"\r\n"));

    // What is written reads back as the same fields (apart from the apostrophe).
    const QStringList fields{ QStringLiteral("Zoë"), QStringLiteral("van Dijk, PhD"),
                              QStringLiteral("line\nbreak") };
    auto back = parseCsv(csvRecord(fields) + csvRecord(fields));
    ASSERT_OK(back);
    ASSERT_EQ(back.value().size(), 2u);
    EXPECT_EQ(back.value()[1].fields, fields);
}

TEST(LinkedIn, FindsTheHeaderBehindTheQuotedPreambleAndReadsEveryConnection)
{
    auto contents = LinkedInConnections::read(fixture(QStringLiteral("Connections.csv")));
    ASSERT_OK(contents);
    const auto& people = contents.value().contacts;
    ASSERT_EQ(people.size(), 4u);
    EXPECT_EQ(people[0].contact.firstName, QStringLiteral("Ana"));
    EXPECT_EQ(people[0].contact.company, QStringLiteral("Harbor & Finch, Inc."));
    EXPECT_TRUE(people[0].contact.email.isEmpty());
    EXPECT_EQ(people[0].contact.linkedInStatus, LinkedInStatus::Connected);
    EXPECT_EQ(people[0].contact.linkedInStatusOn, QDate(2024, 3, 12));
    EXPECT_EQ(people[0].line, 5);
    EXPECT_EQ(people[1].contact.firstName, QStringLiteral("Zoë"));
    EXPECT_EQ(people[1].contact.title, QStringLiteral("Director, \"Design Systems\""));
    EXPECT_EQ(people[1].contact.email, QStringLiteral("zoe@example.org"));
    EXPECT_EQ(people[2].contact.linkedInStatusOn, QDate(2026, 11, 9));
    EXPECT_EQ(people[3].contact.firstName, QStringLiteral("李"));
    ASSERT_EQ(contents.value().problems.size(), 1u);
    EXPECT_EQ(contents.value().problems[0].line, 8);
}

TEST(LinkedIn, AFileWithoutTheHeaderOrWithABrokenQuoteIsRefusedWithALine)
{
    auto notLinkedIn = LinkedInConnections::read("Name,Email\nAna,ana@example.org\n");
    ASSERT_FALSE(notLinkedIn.ok());
    EXPECT_TRUE(notLinkedIn.error().message.contains(QStringLiteral("First Name")));
    auto broken = LinkedInConnections::read(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ana,Ruiz,,,\"Harbor,Talent,12 Mar 2024\n");
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("Line 2")));
    EXPECT_EQ(LinkedInConnections::parseDate(QStringLiteral("03 Jan 2025")), QDate(2025, 1, 3));
    EXPECT_FALSE(LinkedInConnections::parseDate(QStringLiteral("soon")).isValid());
}

TEST(VCard, Reads21WithQuotedPrintableSoftBreaksAndSeveralPhones)
{
    auto contents = VCard::read(fixture(QStringLiteral("android-2.1.vcf")));
    ASSERT_OK(contents);
    ASSERT_EQ(contents.value().contacts.size(), 1u);
    const ImportedContact& j = contents.value().contacts[0];
    EXPECT_EQ(j.contact.firstName, QStringLiteral("Jürgen"));
    EXPECT_EQ(j.contact.lastName, QStringLiteral("Müller"));
    EXPECT_EQ(j.contact.company, QStringLiteral("Northwind Labs"));
    EXPECT_EQ(j.phones().size(), 2);
    EXPECT_EQ(j.contact.phone, QStringLiteral("+49 30 1234567"));
    EXPECT_EQ(j.contact.email, QStringLiteral("juergen@example.de"));
    EXPECT_EQ(j.contact.notes,
              QStringLiteral("Met at the panel; asked about on-call rotations\r\nand the "
                             "platform roadmap."));
}

TEST(VCard, Reads30GroupedPropertiesAndSeveralCards)
{
    auto contents = VCard::read(fixture(QStringLiteral("apple-3.0.vcf")));
    ASSERT_OK(contents);
    ASSERT_EQ(contents.value().contacts.size(), 2u);
    const ImportedContact& jonah = contents.value().contacts[0];
    EXPECT_EQ(jonah.contact.displayName(), QStringLiteral("Jonah Okafor"));
    EXPECT_EQ(jonah.emails().size(), 2);
    EXPECT_EQ(jonah.contact.linkedInUrl,
              QStringLiteral("https://www.linkedin.com/in/jonah-okafor"));
    EXPECT_EQ(jonah.contact.notes,
              QStringLiteral("Pushed on design tokens, kindly. Likes\nwritten follow-ups."));
    EXPECT_EQ(contents.value().contacts[1].contact.title, QStringLiteral("VP of Product"));
    EXPECT_EQ(contents.value().contacts[1].line, 16);
}

TEST(VCard, Reads40WithFoldsInsideAUtf8Character)
{
    auto contents = VCard::read(fixture(QStringLiteral("carddav-4.0.vcf")));
    ASSERT_OK(contents);
    ASSERT_EQ(contents.value().contacts.size(), 1u);
    const ImportedContact& e = contents.value().contacts[0];
    EXPECT_EQ(e.contact.firstName, QStringLiteral("Élise"));
    EXPECT_EQ(e.contact.phone, QStringLiteral("+33-6-12-34-56-78"));
    EXPECT_EQ(e.contact.linkedInUrl, QStringLiteral("https://www.linkedin.com/in/elise-dubois"));
    EXPECT_TRUE(e.contact.notes.contains(QStringLiteral("café; write to her first")))
        << e.contact.notes.toStdString();
    EXPECT_EQ(e.emails().size(), 2);
}

TEST(VCard, MalformedLinesAreLeftOutWithTheirLineAndTheCardsKept)
{
    auto unended = VCard::read("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\n");
    ASSERT_OK(unended);
    ASSERT_EQ(unended.value().contacts.size(), 1u);
    ASSERT_EQ(unended.value().problems.size(), 1u);
    EXPECT_TRUE(unended.value().problems[0].isWarning());
    EXPECT_TRUE(unended.value().problems[0].message.contains(QStringLiteral("line 1")))
        << unended.value().problems[0].message.toStdString();
    auto noColon = VCard::read(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nthis is not a property\r\nFN:Ana Ruiz\r\nEND:VCARD\r\n");
    ASSERT_OK(noColon);
    ASSERT_EQ(noColon.value().contacts.size(), 1u);
    EXPECT_EQ(noColon.value().contacts[0].contact.displayName(), QStringLiteral("Ana Ruiz"));
    ASSERT_EQ(noColon.value().problems.size(), 1u);
    EXPECT_TRUE(noColon.value().problems[0].message.contains(QStringLiteral("Line 3")));
    auto nested = VCard::read("BEGIN:VCARD\nFN:A B\nBEGIN:VCARD\nFN:C D\nEND:VCARD\nEND:VCARD\n");
    ASSERT_OK(nested);
    EXPECT_EQ(nested.value().contacts.size(), 2u);
    auto strayEnd = VCard::read("END:VCARD\nBEGIN:VCARD\nFN:A B\nEND:VCARD\n");
    ASSERT_OK(strayEnd);
    EXPECT_EQ(strayEnd.value().contacts.size(), 1u);
    EXPECT_EQ(strayEnd.value().problems.size(), 1u);
    auto none = VCard::read("no cards here\n");
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().message.contains(QStringLiteral("BEGIN:VCARD")));
}

TEST(VCard, WritesFoldedUtf8AndReadsBackTheSameContacts)
{
    Contact zoe;
    zoe.firstName = QStringLiteral("Zoë");
    zoe.lastName = QStringLiteral("van Dijk");
    zoe.company = QStringLiteral("Lindqvist & Maré; Partners");
    zoe.title = QStringLiteral("Director, Design");
    zoe.email = QStringLiteral("zoe@example.org");
    zoe.phone = QStringLiteral("+31 20 555 0100");
    zoe.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/zoevandijk");
    zoe.notes = QStringLiteral("Ééééééééééééééééééééééééééééééééééééééééé a long note that folds, "
                               "twice even.\nSecond line.");
    for (VCard::Version version : { VCard::Version::V40, VCard::Version::V30 }) {
        const QByteArray written = VCard::write({ zoe }, version);
        for (const QByteArray& line : written.split('\n'))
            EXPECT_LE(line.size(), 76) << line.toStdString(); // 75 octets plus the CR
        EXPECT_TRUE(
            written.contains(version == VCard::Version::V40 ? "VERSION:4.0" : "VERSION:3.0"));
        EXPECT_TRUE(QString::fromUtf8(written).isValidUtf16());
        auto back = VCard::read(written);
        ASSERT_OK(back);
        ASSERT_EQ(back.value().contacts.size(), 1u);
        const Contact& c = back.value().contacts[0].contact;
        EXPECT_EQ(c.firstName, zoe.firstName);
        EXPECT_EQ(c.lastName, zoe.lastName);
        EXPECT_EQ(c.company, zoe.company);
        EXPECT_EQ(c.title, zoe.title);
        EXPECT_EQ(c.email, zoe.email);
        EXPECT_EQ(c.phone, zoe.phone);
        EXPECT_EQ(c.linkedInUrl, zoe.linkedInUrl);
        EXPECT_EQ(c.notes, zoe.notes);
    }
}

TEST(LinkedIn, InvitationsSayWhoWasInvitedByWhomAndWhen)
{
    auto invitations = LinkedInInvitations::read(fixture(QStringLiteral("Invitations.csv")));
    ASSERT_OK(invitations);
    ASSERT_EQ(invitations.value().size(), 2u);
    EXPECT_TRUE(invitations.value()[0].sentByMe);
    EXPECT_EQ(invitations.value()[0].name, QStringLiteral("Jonah Okafor"));
    EXPECT_EQ(invitations.value()[0].profileUrl,
              QStringLiteral("https://www.linkedin.com/in/jonah-okafor"));
    EXPECT_EQ(invitations.value()[0].sentOn, QDate(2026, 11, 10));
    EXPECT_FALSE(invitations.value()[1].sentByMe);
    EXPECT_EQ(invitations.value()[1].name, QStringLiteral("Maya Lindqvist"));
    EXPECT_FALSE(LinkedInInvitations::read("First Name,Last Name\nA,B\n").ok());
}

TEST(ContactCsvFile, ExportsEveryFieldSafelyAndReadsBackThroughTheGuessedMapping)
{
    Contact risky;
    risky.firstName = QStringLiteral("=cmd|' /C calc'!A0");
    risky.lastName = QStringLiteral("O'Neil, Jr.");
    risky.company = QStringLiteral("Harbor \"& Finch\"");
    risky.email = QStringLiteral("ana@example.org");
    risky.phone = QStringLiteral("+44 20 7946 0018");
    risky.notes = QStringLiteral("two\nlines");
    const QByteArray csv = ContactCsv::write({ risky });
    EXPECT_TRUE(csv.contains("'=cmd")) << "a formula is neutralised";
    EXPECT_TRUE(csv.contains("'+44")) << "so is a phone number starting with +";
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"
                               "First Name,Last Name,"))
        << "UTF-8 with its mark, so a spreadsheet does not guess a code page";
    EXPECT_TRUE(ContactCsv::write({ risky }, false).startsWith("First Name,Last Name,"));

    auto headers = ContactCsv::headers(csv);
    ASSERT_OK(headers);
    const auto mapping = ContactCsv::guessMapping(headers.value());
    EXPECT_EQ(mapping[0], ContactCsv::Field::FirstName);
    EXPECT_EQ(mapping[5], ContactCsv::Field::Email);
    EXPECT_EQ(mapping[3], ContactCsv::Field::Ignore) << "Role is not imported";
    auto back = ContactCsv::read(csv, mapping);
    ASSERT_OK(back);
    ASSERT_EQ(back.value().contacts.size(), 1u);
    const Contact& c = back.value().contacts[0].contact;
    EXPECT_EQ(c.firstName, risky.firstName);
    EXPECT_EQ(c.lastName, risky.lastName);
    EXPECT_EQ(c.company, risky.company);
    EXPECT_EQ(c.phone, risky.phone);
    EXPECT_EQ(c.notes, risky.notes);
}

TEST(ContactCsvFile, AFullNameColumnIsSplitAndNamelessRowsAreProblems)
{
    const QByteArray csv = "Name,E-mail Address,Organisation\r\nMaya Lindqvist,maya@x.example,"
                           "Harbor\r\n,nobody@x.example,\r\n";
    auto headers = ContactCsv::headers(csv);
    ASSERT_OK(headers);
    auto back = ContactCsv::read(csv, ContactCsv::guessMapping(headers.value()));
    ASSERT_OK(back);
    ASSERT_EQ(back.value().contacts.size(), 1u);
    EXPECT_EQ(back.value().contacts[0].contact.lastName, QStringLiteral("Lindqvist"));
    EXPECT_EQ(back.value().contacts[0].contact.company, QStringLiteral("Harbor"));
    ASSERT_EQ(back.value().problems.size(), 1u);
    EXPECT_EQ(back.value().problems[0].line, 3);
}

// Google Contacts writes a type column before each value ("E-mail 1 - Type" holds "* Work"):
// the guess takes the values, and leaves the types out.
TEST(ContactCsvFile, GooglesTypeColumnsAreNotTakenForTheValues)
{
    const QStringList headers = QStringLiteral("Name,Given Name,Family Name,E-mail 1 - Type,"
                                               "E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value")
                                    .split(u',');
    const auto mapping = ContactCsv::guessMapping(headers);
    ASSERT_EQ(mapping.size(), 7u);
    EXPECT_EQ(mapping[3], ContactCsv::Field::Ignore);
    EXPECT_EQ(mapping[4], ContactCsv::Field::Email);
    EXPECT_EQ(mapping[5], ContactCsv::Field::Ignore);
    EXPECT_EQ(mapping[6], ContactCsv::Field::Phone);
}

TEST(ContactCsvRoundTrip, ANoteThatStartsWithAListComesBackWithoutTheGuard)
{
    Contact ana;
    ana.firstName = QStringLiteral("Ana");
    ana.lastName = QStringLiteral("Ruiz");
    ana.notes = QStringLiteral("- asked about on-call\n- wants a written follow-up");
    const QByteArray csv = ContactCsv::write({ ana });
    EXPECT_TRUE(csv.contains("\"'- asked")) << "guarded in the file";
    auto headers = ContactCsv::headers(csv);
    ASSERT_OK(headers);
    auto back = ContactCsv::read(csv, ContactCsv::guessMapping(headers.value()));
    ASSERT_OK(back);
    ASSERT_EQ(back.value().contacts.size(), 1u);
    EXPECT_EQ(back.value().contacts[0].contact.notes, ana.notes);
}

TEST(ContactCsvMapping, OutlooksHonorificTitleGivesWayToItsJobTitle)
{
    // Outlook's English export begins so: "Title" is "Dr." or "Ms.".
    const QStringList outlook{ QStringLiteral("Title"),       QStringLiteral("First Name"),
                               QStringLiteral("Middle Name"), QStringLiteral("Last Name"),
                               QStringLiteral("Suffix"),      QStringLiteral("Company"),
                               QStringLiteral("Department"),  QStringLiteral("Job Title") };
    const auto mapping = ContactCsv::guessMapping(outlook);
    EXPECT_EQ(mapping[0], ContactCsv::Field::Ignore);
    EXPECT_EQ(mapping[7], ContactCsv::Field::Title);
    // Alone, a "Title" column is the job.
    EXPECT_EQ(ContactCsv::guessMapping({ QStringLiteral("Name"), QStringLiteral("Title") })[1],
              ContactCsv::Field::Title);
}

TEST(ContactCsvMapping, AnEmptyFullNameLeavesTheFirstAndLastNames)
{
    const QByteArray csv = "First Name,Last Name,Full name\r\nAna,Ruiz,\r\n";
    const std::vector<ContactCsv::Field> mapping{ ContactCsv::Field::FirstName,
                                                  ContactCsv::Field::LastName,
                                                  ContactCsv::Field::FullName };
    auto read = ContactCsv::read(csv, mapping);
    ASSERT_OK(read);
    ASSERT_EQ(read.value().contacts.size(), 1u);
    EXPECT_EQ(read.value().contacts[0].contact.displayName(), QStringLiteral("Ana Ruiz"));
}
