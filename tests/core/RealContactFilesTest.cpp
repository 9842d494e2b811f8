// Contact files shaped like what LinkedIn, spreadsheets and address books write (fixtures in
// tests/fixtures/import/real, described in tests/fixtures/README.md), imported into a database
// through the reader and the import the window and the command line use: counts and field
// values, the warnings apart from the rows refused.
#include "formats/ContactCsv.h"
#include "formats/ContactCsvColumns.h"
#include "formats/ContactCsvLayout.h"
#include "formats/ContactCsvReader.h"
#include "formats/LinkedInConnections.h"
#include "formats/LinkedInConnectionsReader.h"
#include "formats/VCard.h"
#include "formats/VCardReader.h"
#include "services/ContactImport.h"
#include "storage/ContactRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace finalist;

namespace {

class RealContactFiles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("real.sqlite")), clock);
        ASSERT_TRUE(db);
    }

    // The file imported as the command line does, or only previewed.
    ImportSummary import(const QString& name, bool dryRun = false)
    {
        QFile file(test::fixturePath(QStringLiteral("import/real/") + name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        std::unique_ptr<ContactReader> reader;
        if (name.endsWith(QLatin1String(".vcf")))
            reader = std::make_unique<VCardReader>(file);
        else
            reader = std::make_unique<LinkedInConnectionsReader>(file);
        auto summary = ContactImport(*db).run(*reader, QStringLiteral("test"), name, dryRun);
        EXPECT_TRUE(summary.ok()) << FINALIST_DESCRIBE(summary);
        return summary.ok() ? summary.value() : ImportSummary{};
    }

    // A spreadsheet through the layout its headings name, as `import csv` reads it.
    ImportSummary importCsv(const QString& name, ContactCsvLayout::Kind expected)
    {
        QFile file(test::fixturePath(QStringLiteral("import/real/") + name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        auto head = ContactCsvReader::head(file);
        EXPECT_TRUE(head.ok()) << FINALIST_DESCRIBE(head);
        if (!head.ok())
            return {};
        const ContactCsvLayout layout = ContactCsvLayout::recognise(head.value().headers);
        EXPECT_EQ(layout.kind, expected) << name.toStdString();
        EXPECT_TRUE(file.seek(0));
        ContactCsvReader reader(file, layout.mapping, head.value().reading.encoding);
        auto summary = ContactImport(*db).run(reader, QStringLiteral("CSV"), name, false);
        EXPECT_TRUE(summary.ok()) << FINALIST_DESCRIBE(summary);
        return summary.ok() ? summary.value() : ImportSummary{};
    }

    // The stored contact of that name (the first, by id, when there are several).
    Contact stored(const QString& first, const QString& last)
    {
        auto all = ContactRepository(*db).list();
        EXPECT_TRUE(all.ok());
        for (const Contact& c : all.value())
            if (c.firstName == first && c.lastName == last)
                return c;
        ADD_FAILURE() << "no contact " << first.toStdString() << ' ' << last.toStdString();
        return {};
    }

    static std::string messages(const ImportSummary& summary)
    {
        std::string out;
        for (const ImportProblem& p : summary.problems)
            out += (p.isWarning() ? "warning: " : "refused: ") + p.message.toStdString() + '\n';
        return out;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(RealContactFiles, The2018LayoutWithUsDatesAndTimesIsReadAndTheAssumptionSaid)
{
    const ImportSummary s = import(QStringLiteral("Connections-2018.csv"));
    EXPECT_EQ(s.outcome.created, 3) << messages(s);
    EXPECT_EQ(refusedCount(s.problems), 0) << messages(s);
    ASSERT_EQ(warningCount(s.problems), 1) << messages(s);
    EXPECT_TRUE(s.problems[0].message.contains(QStringLiteral("month first"))) << messages(s);
    EXPECT_EQ(stored(QStringLiteral("Priya"), QStringLiteral("Raman")).linkedInStatusOn,
              QDate(2018, 1, 8));
    const Contact tomas = stored(QStringLiteral("Tomás"), QStringLiteral("Ferreira"));
    EXPECT_EQ(tomas.linkedInStatusOn, QDate(2017, 12, 23));
    EXPECT_EQ(tomas.linkedInStatus, LinkedInStatus::Connected);
    EXPECT_EQ(tomas.company, QStringLiteral("Orbital Freight"));
    EXPECT_EQ(stored(QStringLiteral("Priya"), QStringLiteral("Raman")).email,
              QStringLiteral("priya.raman@example.com"));
}

TEST_F(RealContactFiles, PlaceholdersMatchNobodyAndTwoProfilesOfOneNameStayTwoPeople)
{
    const ImportSummary s = import(QStringLiteral("Connections-2024.csv"));
    EXPECT_EQ(s.outcome.created, 6) << messages(s);
    EXPECT_EQ(refusedCount(s.problems), 0) << messages(s);
    // "soon" is not a date: a warning, and Marcus is imported.
    ASSERT_EQ(warningCount(s.problems), 1) << messages(s);
    EXPECT_TRUE(s.problems[0].message.contains(QStringLiteral("“soon” is not a date")));
    const Contact marcus = stored(QStringLiteral("Marcus"), QStringLiteral("Lee"));
    EXPECT_FALSE(marcus.linkedInStatusOn.isValid());
    EXPECT_EQ(marcus.email, QStringLiteral("marcus.lee@example.org"));
    // The redacted profile address and the NA and URN emails are written nowhere.
    EXPECT_TRUE(stored(QStringLiteral("Sofia"), QStringLiteral("Marchetti")).linkedInUrl.isEmpty());
    EXPECT_TRUE(stored(QStringLiteral("Oluwaseun"), QStringLiteral("Adeyemi")).email.isEmpty());
    EXPECT_TRUE(stored(QStringLiteral("Hannah"), QStringLiteral("Berg")).email.isEmpty());

    // Read again: each Daniel Kim is found by his own profile, nobody is new, and the
    // placeholders made nobody "the same person".
    const ImportSummary again = import(QStringLiteral("Connections-2024.csv"), true);
    EXPECT_EQ(again.newCount, 0) << messages(again);
    EXPECT_EQ(again.matchCount, 6) << messages(again);
    auto all = ContactRepository(*db).list();
    ASSERT_OK(all);
    QStringList kims;
    for (const Contact& c : all.value())
        if (c.lastName == QLatin1String("Kim"))
            kims << c.title;
    kims.sort();
    EXPECT_EQ(kims,
              (QStringList{ QStringLiteral("Product Manager"), QStringLiteral("Staff Engineer") }));
}

TEST_F(RealContactFiles, ExcelsWindows1252AndItsDayMonthNameYearDates)
{
    const ImportSummary s = import(QStringLiteral("Connections-excel.csv"));
    EXPECT_EQ(s.outcome.created, 2) << messages(s);
    EXPECT_EQ(s.reading.encoding, TextEncoding::Windows1252);
    EXPECT_TRUE(s.problems.empty()) << messages(s);
    const Contact renee = stored(QStringLiteral("Renée"), QStringLiteral("Dubois"));
    EXPECT_EQ(renee.company, QStringLiteral("Café Numérique"));
    EXPECT_EQ(renee.linkedInStatusOn, QDate(2022, 9, 9));
    const Contact jorg = stored(QStringLiteral("Jörg"), QStringLiteral("Schäfer"));
    EXPECT_EQ(jorg.company, QStringLiteral("Müller & Söhne"));
    EXPECT_EQ(jorg.linkedInStatusOn, QDate(2023, 3, 21));
}

TEST_F(RealContactFiles, AGermanSpreadsheetsSemicolonsAreFoundAndSaid)
{
    const ImportSummary s = import(QStringLiteral("Connections-excel-de.csv"));
    EXPECT_EQ(s.outcome.created, 2) << messages(s);
    ASSERT_EQ(warningCount(s.problems), 1) << messages(s);
    EXPECT_TRUE(s.problems[0].message.contains(QStringLiteral("semicolons")));
    const Contact anja = stored(QStringLiteral("Anja"), QStringLiteral("Weiß"));
    EXPECT_EQ(anja.company, QStringLiteral("Stadtwerke Süd"));
    EXPECT_EQ(anja.title, QStringLiteral("Leiterin Personal"));
    EXPECT_EQ(anja.linkedInStatusOn, QDate(2022, 9, 9));
    EXPECT_EQ(anja.linkedInUrl, QStringLiteral("https://www.linkedin.com/in/anja-weiss"));
    const Contact lukas = stored(QStringLiteral("Lukas"), QStringLiteral("Groß"));
    EXPECT_EQ(lukas.company, QStringLiteral("Brot; Butter GmbH")) << "a quoted semicolon";
    EXPECT_EQ(lukas.linkedInStatusOn, QDate(2024, 1, 17));
}

TEST_F(RealContactFiles, LibreOfficesUtf16WithItsMarkAndIsoDates)
{
    const ImportSummary s = import(QStringLiteral("Connections-libreoffice.csv"));
    EXPECT_EQ(s.outcome.created, 2) << messages(s);
    EXPECT_EQ(s.reading.encoding, TextEncoding::Utf16LE);
    EXPECT_TRUE(s.problems.empty()) << messages(s);
    const Contact ivan = stored(QStringLiteral("Ivan"), QStringLiteral("Petrov"));
    EXPECT_EQ(ivan.company, QStringLiteral("Северсталь"));
    EXPECT_EQ(ivan.title, QStringLiteral("Аналитик"));
    EXPECT_EQ(ivan.email, QStringLiteral("ivan@example.net"));
    EXPECT_EQ(ivan.linkedInStatusOn, QDate(2021, 4, 30));
    EXPECT_EQ(stored(QStringLiteral("Aiko"), QStringLiteral("Tanaka")).linkedInStatusOn,
              QDate(2022, 9, 9));
}

TEST_F(RealContactFiles, LinkedInsAddressBookIsImportedAsContactsNotConnections)
{
    const ImportSummary s = import(QStringLiteral("ImportedContacts.csv"));
    EXPECT_EQ(s.outcome.created, 2) << messages(s);
    EXPECT_EQ(refusedCount(s.problems), 0) << messages(s);
    ASSERT_EQ(warningCount(s.problems), 1) << messages(s);
    EXPECT_TRUE(s.problems[0].message.contains(QStringLiteral("address book")));
    const Contact elena = stored(QStringLiteral("Elena"), QStringLiteral("Vasquez"));
    EXPECT_EQ(elena.linkedInStatus, LinkedInStatus::NotConnected);
    EXPECT_FALSE(elena.linkedInStatusOn.isValid());
    EXPECT_EQ(elena.email, QStringLiteral("elena.vasquez@example.com"));
    EXPECT_EQ(elena.phone, QStringLiteral("+1 415 555 0142"));
    EXPECT_EQ(elena.company, QStringLiteral("Brightwater Bank"));
    EXPECT_EQ(elena.role, RoleCategory::Recruiter) << "guessed from “Recruiting Lead”";
    const Contact sam = stored(QStringLiteral("Sam"), QStringLiteral("Okoro"));
    EXPECT_EQ(sam.email, QStringLiteral("sam.okoro@example.com")) << "named by FullName only";
}

TEST_F(RealContactFiles, EvolutionsBareFnLineAndABadEmailLoseOnlyThemselves)
{
    const ImportSummary s = import(QStringLiteral("evolution-3.0.vcf"));
    EXPECT_EQ(s.outcome.created, 2) << messages(s);
    // The card with neither name nor FN is refused; the bare line and the email that is none
    // are warnings, and their cards are imported.
    EXPECT_EQ(refusedCount(s.problems), 1) << messages(s);
    EXPECT_EQ(warningCount(s.problems), 2) << messages(s);
    bool lineSaid = false, emailSaid = false;
    for (const ImportProblem& p : s.problems) {
        lineSaid = lineSaid || (p.isWarning() && p.line == 18);
        emailSaid = emailSaid || (p.isWarning() && p.line == 22 && p.message.contains(u"(at)"));
    }
    EXPECT_TRUE(lineSaid) << messages(s);
    EXPECT_TRUE(emailSaid) << messages(s);
    const Contact kenji = stored(QStringLiteral("Kenji"), QStringLiteral("Nakamura"));
    EXPECT_EQ(kenji.email, QStringLiteral("kenji.nakamura@example.jp"));
    EXPECT_EQ(kenji.phone, QStringLiteral("+81 90 1234 5678"));
    EXPECT_EQ(kenji.company, QStringLiteral("Tsubame Mobility"));
    EXPECT_EQ(kenji.notes, QStringLiteral("Ran the system design round.\nAsked about queues."));
    const Contact claire = stored(QStringLiteral("Claire"), QStringLiteral("Moreau"));
    EXPECT_TRUE(claire.email.isEmpty());
    EXPECT_EQ(claire.phone, QStringLiteral("+33 1 42 68 53 00"));
    EXPECT_EQ(claire.title, QStringLiteral("Talent Partner"));
}

TEST_F(RealContactFiles, CommentsBackslashContinuationsAndSoftBreaksReadAsAndroidDoes)
{
    const ImportSummary s = import(QStringLiteral("commented-2.1.vcf"));
    EXPECT_EQ(s.outcome.created, 2) << messages(s);
    EXPECT_TRUE(s.problems.empty()) << messages(s);
    const Contact kwame = stored(QStringLiteral("Kwame"), QStringLiteral("Osei"));
    EXPECT_EQ(kwame.notes,
              QStringLiteral("Said the team would love to come to the next meetup; follow up "
                             "in March."));
    EXPECT_EQ(kwame.phone, QStringLiteral("+44 20 7946 0321"));
    const Contact astrid = stored(QStringLiteral("Astrid"), QStringLiteral("Lindgren"));
    EXPECT_EQ(astrid.phone, QStringLiteral("+46 70 123 45 67"));
    EXPECT_EQ(astrid.email, QStringLiteral("astrid.lindgren@example.se"));
}

TEST_F(RealContactFiles, AnAgentsCardInsideAnotherIsAContactOfItsOwn)
{
    const ImportSummary s = import(QStringLiteral("agent-2.1.vcf"));
    EXPECT_EQ(s.outcome.created, 2) << messages(s);
    ASSERT_EQ(warningCount(s.problems), 1) << messages(s);
    EXPECT_EQ(s.problems[0].line, 9);
    const Contact rafael = stored(QStringLiteral("Rafael"), QStringLiteral("Castillo"));
    EXPECT_EQ(rafael.phone, QStringLiteral("+1 617 555 0100")) << "his own, after the agent's";
    EXPECT_EQ(rafael.email, QStringLiteral("rafael.castillo@example.com"));
    const Contact siobhan = stored(QStringLiteral("Siobhan"), QStringLiteral("Byrne"));
    EXPECT_EQ(siobhan.phone, QStringLiteral("+1 617 555 0188"));
    EXPECT_EQ(siobhan.title, QStringLiteral("Executive Assistant"));
    EXPECT_EQ(siobhan.role, RoleCategory::Gatekeeper);
}

TEST_F(RealContactFiles, AFileCutShortKeepsItsLastCardAndSaysSo)
{
    const ImportSummary s = import(QStringLiteral("truncated-3.0.vcf"));
    EXPECT_EQ(s.outcome.created, 2) << messages(s);
    ASSERT_EQ(warningCount(s.problems), 1) << messages(s);
    EXPECT_EQ(s.problems[0].line, 7);
    EXPECT_TRUE(s.problems[0].message.contains(QStringLiteral("END:VCARD")));
    EXPECT_EQ(stored(QStringLiteral("Petra"), QStringLiteral("Novak")).title,
              QStringLiteral("Recruiter"));
}

TEST_F(RealContactFiles, AFileWithoutAnyCardIsRefusedAndNothingWritten)
{
    const QString path = folder.path(QStringLiteral("notes.vcf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Kenji: call back on Monday\nClaire: sent the deck\n");
    file.close();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    VCardReader reader(file);
    auto summary = ContactImport(*db).run(reader, QStringLiteral("vCard"),
                                          QStringLiteral("notes.vcf"), false);
    ASSERT_FALSE(summary.ok());
    EXPECT_TRUE(summary.error().message.contains(QStringLiteral("BEGIN:VCARD")))
        << summary.error().message.toStdString();
    auto all = ContactRepository(*db).list();
    ASSERT_OK(all);
    EXPECT_TRUE(all.value().empty());
}

TEST_F(RealContactFiles, GoogleContactsTodayWithLabelsBesideTheValuesAndSeveralInOneCell)
{
    const ImportSummary s
        = importCsv(QStringLiteral("google-contacts.csv"), ContactCsvLayout::Kind::GoogleContacts);
    EXPECT_EQ(s.outcome.created, 3) << messages(s);
    EXPECT_TRUE(s.problems.empty()) << messages(s);
    const Contact ingrid = stored(QStringLiteral("Ingrid"), QStringLiteral("Solberg"));
    EXPECT_EQ(ingrid.email, QStringLiteral("ingrid.solberg@fjellheim.example")) << "not “* Work”";
    EXPECT_EQ(ingrid.phone, QStringLiteral("+47 412 34 567")) << "the first of “a ::: b”";
    EXPECT_EQ(ingrid.company, QStringLiteral("Fjellheim Software"));
    EXPECT_EQ(ingrid.title, QStringLiteral("Engineering Manager"));
    EXPECT_EQ(ingrid.notes, QStringLiteral("Panel lead; asked about incident reviews."));
    EXPECT_EQ(stored(QStringLiteral("Mateo"), QStringLiteral("Rojas")).role,
              RoleCategory::Recruiter);
}

TEST_F(RealContactFiles, GoogleContactsOlderGivenAndFamilyNameLayout)
{
    const ImportSummary s = importCsv(QStringLiteral("google-contacts-old.csv"),
                                      ContactCsvLayout::Kind::GoogleContactsOld);
    EXPECT_EQ(s.outcome.created, 3) << messages(s);
    EXPECT_TRUE(s.problems.empty()) << messages(s);
    const Contact yusuf = stored(QStringLiteral("Yusuf"), QStringLiteral("Demir"));
    EXPECT_EQ(yusuf.email, QStringLiteral("yusuf.demir@bosphorus.example"));
    EXPECT_EQ(yusuf.phone, QStringLiteral("+90 212 555 01 23"));
    EXPECT_EQ(yusuf.company, QStringLiteral("Bosphorus Data"));
    EXPECT_EQ(yusuf.title, QStringLiteral("Head of Data"));
    EXPECT_EQ(stored(QStringLiteral("Chloé"), QStringLiteral("Martin")).email,
              QStringLiteral("chloe.martin@example.fr"));
}

TEST_F(RealContactFiles, OutlooksHonorificIsNoJobAndItsWindows1252IsRead)
{
    const ImportSummary s
        = importCsv(QStringLiteral("outlook.csv"), ContactCsvLayout::Kind::Outlook);
    EXPECT_EQ(s.outcome.created, 2) << messages(s);
    EXPECT_TRUE(s.problems.empty()) << messages(s);
    const Contact amara = stored(QStringLiteral("Amara"), QStringLiteral("Nwosu"));
    EXPECT_EQ(amara.title, QStringLiteral("Director of Engineering")) << "not “Dr.”";
    EXPECT_EQ(amara.company, QStringLiteral("Kestrel Health"));
    EXPECT_EQ(amara.email, QStringLiteral("amara.nwosu@kestrel.example"));
    EXPECT_EQ(amara.phone, QStringLiteral("+44 161 496 0000")) << "the first number in the file";
    EXPECT_EQ(amara.notes, QStringLiteral("Final round; very direct, kind."));
    EXPECT_EQ(amara.role, RoleCategory::Director);
}

TEST_F(RealContactFiles, ThunderbirdIsAnAddressBookNotLinkedIn)
{
    const ImportSummary s
        = importCsv(QStringLiteral("thunderbird.csv"), ContactCsvLayout::Kind::Thunderbird);
    EXPECT_EQ(s.outcome.created, 3) << messages(s);
    EXPECT_TRUE(s.problems.empty()) << messages(s);
    const Contact lena = stored(QStringLiteral("Lena"), QStringLiteral("Hoffmann"));
    EXPECT_EQ(lena.email, QStringLiteral("lena.hoffmann@rheinwerk.example"));
    EXPECT_EQ(lena.company, QStringLiteral("Rheinwerk Systems"));
    EXPECT_EQ(lena.linkedInStatus, LinkedInStatus::NotConnected);
    const Contact pat = stored(QStringLiteral("Pat"), QStringLiteral("Quinlan"));
    EXPECT_EQ(pat.phone, QStringLiteral("+353 87 123 4567")) << "named by Display Name alone";
}

// Each address book's full row: every name part, every email and phone with its kind, the
// postal addresses put together from their columns, web pages and the birthday.
TEST_F(RealContactFiles, GoogleContactsTodayKeepsEveryNamePartAddressAndLabel)
{
    const ImportSummary s
        = importCsv(QStringLiteral("google-contacts.csv"), ContactCsvLayout::Kind::GoogleContacts);
    ASSERT_TRUE(s.problems.empty()) << messages(s);
    const Contact sofia = stored(QStringLiteral("Sofía"), QStringLiteral("Delgado"));
    EXPECT_EQ(sofia.fullName(), QStringLiteral("Dr. Sofía Inés Delgado, PhD"));
    EXPECT_EQ(sofia.nickname, QStringLiteral("Sofi"));
    EXPECT_EQ(sofia.department, QStringLiteral("Research"));
    EXPECT_EQ(sofia.birthday, QStringLiteral("--03-21"));
    EXPECT_EQ(sofia.email, QStringLiteral("sofi@correo.example")) << "the starred “* Home”";
    const std::vector<ContactPoint> expected{
        { DetailKind::Email, QStringLiteral("work"),
          QStringLiteral("sofia.delgado@meridian.example"), false },
        { DetailKind::Email, QStringLiteral("home"), QStringLiteral("sofi@correo.example"), true },
        { DetailKind::Phone, QStringLiteral("work"), QStringLiteral("+34 91 123 45 67"), true },
        { DetailKind::Web, QStringLiteral("Blog"), QStringLiteral("https://sofia.example/notes"),
          false },
        { DetailKind::Address, QStringLiteral("work"),
          address::fromParts({ {},
                               {},
                               QStringLiteral("Calle de Alcalá 42"),
                               QStringLiteral("Madrid"),
                               QStringLiteral("Comunidad de Madrid"),
                               QStringLiteral("28014"),
                               QStringLiteral("Spain") }),
          false },
    };
    EXPECT_EQ(sofia.details, expected) << "the parts, not the formatted copy beside them";
    EXPECT_EQ(stored(QStringLiteral("Ingrid"), QStringLiteral("Solberg")).linkedInUrl,
              QStringLiteral("https://www.linkedin.com/in/ingrid-solberg"))
        << "a web page on LinkedIn is the profile";
}

TEST_F(RealContactFiles, GoogleContactsOlderLayoutKeepsTheAdditionalNameAndTypes)
{
    const ImportSummary s = importCsv(QStringLiteral("google-contacts-old.csv"),
                                      ContactCsvLayout::Kind::GoogleContactsOld);
    ASSERT_TRUE(s.problems.empty()) << messages(s);
    const Contact henrik = stored(QStringLiteral("Henrik"), QStringLiteral("Olsen"));
    EXPECT_EQ(henrik.middleName, QStringLiteral("Aksel"));
    EXPECT_EQ(henrik.nameSuffix, QStringLiteral("Jr."));
    EXPECT_EQ(henrik.nickname, QStringLiteral("Henke"));
    EXPECT_EQ(henrik.department, QStringLiteral("Grid Software"));
    EXPECT_EQ(henrik.birthday, QStringLiteral("1979-11-02"));
    EXPECT_EQ(henrik.phone, QStringLiteral("+45 20 12 34 56"));
    ASSERT_EQ(henrik.valuesOf(DetailKind::Web),
              QStringList{ QStringLiteral("https://henrik.example") });
    for (const ContactPoint& d : henrik.details)
        if (d.kind == DetailKind::Phone)
            EXPECT_EQ(d.label, QStringLiteral("mobile"));
        else if (d.kind == DetailKind::Web)
            EXPECT_EQ(d.label, QStringLiteral("Home Page"));
    EXPECT_EQ(stored(QStringLiteral("Yusuf"), QStringLiteral("Demir")).valuesOf(DetailKind::Email),
              (QStringList{ QStringLiteral("yusuf.demir@bosphorus.example"),
                            QStringLiteral("y.demir@bosphorus.example") }))
        << "both of “a ::: b”";
}

TEST_F(RealContactFiles, OutlookKeepsBothAddressesEveryNumberAndItsBirthday)
{
    const ImportSummary s
        = importCsv(QStringLiteral("outlook.csv"), ContactCsvLayout::Kind::Outlook);
    ASSERT_TRUE(s.problems.empty()) << messages(s);
    const Contact grace = stored(QStringLiteral("Grace"), QStringLiteral("Okonkwo"));
    EXPECT_EQ(grace.fullName(), QStringLiteral("Ms. Grace Adaeze Okonkwo, III"));
    EXPECT_EQ(grace.title, QStringLiteral("Talent Acquisition Manager"));
    EXPECT_EQ(grace.department, QStringLiteral("People Operations"));
    EXPECT_EQ(grace.birthday, QStringLiteral("1985-07-04")) << "month first, as Outlook in English";
    EXPECT_EQ(grace.phone, QStringLiteral("+44 7700 900456")) << "a fax is not the number to call";
    EXPECT_EQ(grace.valuesOf(DetailKind::Phone).size(), 2);
    std::vector<ContactPoint> addresses;
    for (const ContactPoint& d : grace.details)
        if (d.kind == DetailKind::Address)
            addresses.push_back(d);
    ASSERT_EQ(addresses.size(), 2u);
    EXPECT_EQ(addresses[0].label, QStringLiteral("work"));
    EXPECT_EQ(address::oneLine(addresses[0].value),
              QStringLiteral("1 Harbour Exchange Square, Floor 4, E14 9GE London, United Kingdom"));
    EXPECT_EQ(addresses[1].label, QStringLiteral("home"));
    EXPECT_EQ(address::parts(addresses[1].value)[address::Locality], QStringLiteral("Edinburgh"));
    EXPECT_EQ(grace.valuesOf(DetailKind::Web),
              QStringList{ QStringLiteral("https://northwind.example/careers") });
}

TEST_F(RealContactFiles, ThunderbirdKeepsItsScreenNameWorkAddressAndBirthDateColumns)
{
    const ImportSummary s
        = importCsv(QStringLiteral("thunderbird.csv"), ContactCsvLayout::Kind::Thunderbird);
    ASSERT_TRUE(s.problems.empty()) << messages(s);
    const Contact jonas = stored(QStringLiteral("Jonas"), QStringLiteral("Weber"));
    EXPECT_EQ(jonas.nickname, QStringLiteral("Jo"));
    EXPECT_EQ(jonas.department, QStringLiteral("Platform"));
    EXPECT_EQ(jonas.birthday, QStringLiteral("1988-09-30"));
    EXPECT_EQ(jonas.valuesOf(DetailKind::Email).size(), 2);
    EXPECT_EQ(jonas.valuesOf(DetailKind::Handle), QStringList{ QStringLiteral("jweber") });
    EXPECT_EQ(jonas.phone, QStringLiteral("+49 40 123456-0"));
    const QStringList addresses = jonas.valuesOf(DetailKind::Address);
    ASSERT_EQ(addresses.size(), 1);
    EXPECT_EQ(address::oneLine(addresses[0]),
              QStringLiteral("Am Sandtorkai 10, 20457 Hamburg, Germany"));
}

TEST(SpreadsheetBirthdays, AreReadInTheFormsAddressBooksWriteThem)
{
    EXPECT_EQ(ContactCsvColumns::birthday(QStringLiteral("1986-05-14")),
              QStringLiteral("1986-05-14"));
    EXPECT_EQ(ContactCsvColumns::birthday(QStringLiteral("--05-14")), QStringLiteral("--05-14"));
    EXPECT_EQ(ContactCsvColumns::birthday(QStringLiteral("5/14/1986")),
              QStringLiteral("1986-05-14"));
    EXPECT_EQ(ContactCsvColumns::birthday(QStringLiteral("14/5/1986")),
              QStringLiteral("1986-05-14"))
        << "a first number over twelve is the day";
    EXPECT_EQ(ContactCsvColumns::birthday(QStringLiteral("14.05.1986")),
              QStringLiteral("1986-05-14"));
    EXPECT_EQ(ContactCsvColumns::birthday(QStringLiteral("0/0/00")), QString()) << "Outlook's none";
    EXPECT_EQ(ContactCsvColumns::birthday(QStringLiteral("in May")), QStringLiteral("in May"))
        << "kept for the import to name and leave out";
    EXPECT_EQ(ContactCsvColumns::birthday(QStringLiteral("2/30/1986")),
              QStringLiteral("2/30/1986"));
}

TEST_F(RealContactFiles, ABirthdayNoReaderKnowsIsLeftOutWithAWarningAndTheRowImported)
{
    const QString path = folder.path(QStringLiteral("people.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Name,Email,City,Birthday\r\nKai Berg,kai@berg.example,Oslo,sometime in May\r\n");
    file.close();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList headers{ QStringLiteral("Name"), QStringLiteral("Email"),
                               QStringLiteral("City"), QStringLiteral("Birthday") };
    ContactCsvReader reader(file, ContactCsv::guessMapping(headers));
    auto summary = ContactImport(*db).run(reader, QStringLiteral("CSV"),
                                          QStringLiteral("people.csv"), false);
    ASSERT_OK(summary);
    EXPECT_EQ(summary.value().outcome.created, 1);
    ASSERT_EQ(summary.value().problems.size(), 1u) << messages(summary.value());
    EXPECT_TRUE(summary.value().problems[0].isWarning());
    EXPECT_TRUE(summary.value().problems[0].message.contains(QStringLiteral("sometime in May")));
    const Contact kai = stored(QStringLiteral("Kai"), QStringLiteral("Berg"));
    EXPECT_TRUE(kai.birthday.isEmpty());
    EXPECT_EQ(kai.valuesOf(DetailKind::Address),
              QStringList{ address::fromParts({ {}, {}, {}, QStringLiteral("Oslo") }) });
}

TEST_F(RealContactFiles, FinalistsOwnExportComesBackAsItWent)
{
    Contact ana;
    ana.firstName = QStringLiteral("Ana");
    ana.lastName = QStringLiteral("Ruiz");
    ana.title = QStringLiteral("Talent Partner");
    ana.company = QStringLiteral("Harbor & Finch");
    ana.email = QStringLiteral("ana@harbor.example");
    ana.phone = QStringLiteral("+44 20 7946 0018");
    ana.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/ana-ruiz");
    ana.notes = QStringLiteral("=not a formula\n- a list");
    ana.namePrefix = QStringLiteral("Ms.");
    ana.middleName = QStringLiteral("Lucía");
    ana.nickname = QStringLiteral("Anita");
    ana.department = QStringLiteral("Talent");
    ana.birthday = QStringLiteral("--07-30");
    ana.addDetail(
        { DetailKind::Email, QStringLiteral("home"), QStringLiteral("ana@home.example"), false });
    ana.addDetail(
        { DetailKind::Phone, QStringLiteral("mobile"), QStringLiteral("+44 7700 900777"), false });
    ana.addDetail({ DetailKind::Web, {}, QStringLiteral("https://ana.example"), false });
    ana.syncPreferred();
    const QByteArray csv = ContactCsv::write({ ana });
    auto headers = ContactCsv::headers(csv);
    ASSERT_OK(headers);
    const ContactCsvLayout layout = ContactCsvLayout::recognise(headers.value());
    EXPECT_EQ(layout.kind, ContactCsvLayout::Kind::Finalist);
    auto back = ContactCsv::read(csv, layout.mapping);
    ASSERT_OK(back);
    ASSERT_EQ(back.value().contacts.size(), 1u);
    const Contact& c = back.value().contacts[0].contact;
    EXPECT_EQ(c.displayName(), ana.displayName());
    EXPECT_EQ(c.title, ana.title);
    EXPECT_EQ(c.company, ana.company);
    EXPECT_EQ(c.email, ana.email);
    EXPECT_EQ(c.phone, ana.phone);
    EXPECT_EQ(c.linkedInUrl, ana.linkedInUrl);
    EXPECT_EQ(c.notes, ana.notes);
    EXPECT_EQ(c.fullName(), ana.fullName());
    EXPECT_EQ(c.nickname, ana.nickname);
    EXPECT_EQ(c.department, ana.department);
    EXPECT_EQ(c.birthday, ana.birthday);
    for (const DetailKind kind : { DetailKind::Email, DetailKind::Phone, DetailKind::Web })
        EXPECT_EQ(c.valuesOf(kind), ana.valuesOf(kind)) << "the preferred one first, as it went";
}

// A card Finalist exported finds its contact again by its UID, whatever was edited since on
// either side: the name changed in a phone's address book, the email in Finalist.
TEST_F(RealContactFiles, AnExportedCardFindsItsContactByItsUid)
{
    Contact ana;
    ana.firstName = QStringLiteral("Ana");
    ana.lastName = QStringLiteral("Ruiz");
    ana.email = QStringLiteral("ana@harbor.example");
    ASSERT_OK(ContactRepository(*db).add(ana));
    auto stored = ContactRepository(*db).get(ana.id);
    ASSERT_OK(stored);
    for (VCard::Version version : { VCard::Version::V40, VCard::Version::V30 }) {
        QByteArray card = VCard::write({ stored.value() }, version);
        EXPECT_TRUE(card.contains("UID:urn:uuid:")) << card.toStdString();
        EXPECT_EQ(card, VCard::write({ stored.value() }, version)) << "the same on every export";
        card.replace("Ana Ruiz", "Ana María Ruiz").replace("Ruiz;Ana", "Ruiz Vega;Ana María");
        card.replace("ana@harbor.example", "ana.ruiz@elsewhere.example");
        const QString path = folder.path(QStringLiteral("back.vcf"));
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(card);
        out.close();
        ASSERT_TRUE(out.open(QIODevice::ReadOnly));
        VCardReader reader(out);
        auto summary
            = ContactImport(*db).run(reader, QStringLiteral("vCard"), QStringLiteral("back.vcf"),
                                     ImportRunOptions{ true, {}, 10, {} });
        ASSERT_OK(summary);
        ASSERT_EQ(summary.value().candidates.size(), 1u);
        EXPECT_EQ(summary.value().candidates[0].match, ImportMatch::SameCard);
        EXPECT_EQ(summary.value().candidates[0].existing.id, ana.id);
    }
}

// A date whose year is not a number is no date at all (QDate would take "-1" as 2 BC): the
// person is imported without it and the line says why. Found by the CSV fuzz target.
TEST_F(RealContactFiles, ADateWithoutAReadableYearIsLeftOutNotPutBeforeChrist)
{
    const QByteArray csv
        = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
          "Priya,Raman,,,Lakeside,Engineer,\"1/8/18\nsee the note\"\r\n"
          "Tom,Okoro,,,Lakeside,Engineer,12 Mar soon\r\n"
          "Ana,Ruiz,,,Lakeside,Engineer,\"1/8/18, 6:14 PM\"\r\n";
    auto read = LinkedInConnections::read(csv);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read.value().contacts.size(), 3u);
    for (const ImportedContact& person : read.value().contacts) {
        const QDate on = person.contact.linkedInStatusOn;
        EXPECT_TRUE(!on.isValid() || on.year() >= 2000)
            << person.contact.firstName.toStdString() << " " << on.year();
    }
    EXPECT_EQ(read.value().contacts[0].contact.linkedInStatusOn, QDate(2018, 1, 8))
        << "the date before the line break is read";
    EXPECT_FALSE(read.value().contacts[1].contact.linkedInStatusOn.isValid());
    EXPECT_EQ(read.value().contacts[2].contact.linkedInStatusOn, QDate(2018, 1, 8));
}
