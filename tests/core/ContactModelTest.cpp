// The full contact model: the preferred email and phone kept in step with the details, the
// details stored as JSON, and a contact with every field through vCard 4.0 and 3.0 and back.
#include "domain/Contact.h"
#include "formats/PhoneNumber.h"
#include "formats/VCard.h"
#include "storage/ContactDetailsJson.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace finalist;

namespace {

Contact everyField()
{
    Contact c;
    c.namePrefix = QStringLiteral("Dr.");
    c.firstName = QStringLiteral("Zoë");
    c.middleName = QStringLiteral("Ama");
    c.lastName = QStringLiteral("van Dijk");
    c.nameSuffix = QStringLiteral("PhD");
    c.nickname = QStringLiteral("Zo");
    c.company = QStringLiteral("Lindqvist & Maré; Partners");
    c.department = QStringLiteral("Design, Research");
    c.title = QStringLiteral("Director of Design");
    c.birthday = QStringLiteral("1984-04-15");
    c.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/zoevandijk");
    c.notes = QStringLiteral("Led the portfolio round.\n\nAsked to stay in touch; kind.");
    c.details = {
        { DetailKind::Email, QStringLiteral("work"), QStringLiteral("zoe@lindqvist.example"),
          true },
        { DetailKind::Email, QStringLiteral("home"), QStringLiteral("zoe@mailbox.example"), false },
        { DetailKind::Phone, QStringLiteral("mobile"), QStringLiteral("+31 6 12345678"), true },
        { DetailKind::Phone, QStringLiteral("work"), QStringLiteral("+31 20 555 0100"), false },
        { DetailKind::Address, QStringLiteral("work"),
          address::fromParts({ QString(), QStringLiteral("Floor 3"),
                               QStringLiteral("Keizersgracht 1"), QStringLiteral("Amsterdam"),
                               QString(), QStringLiteral("1015 CD"),
                               QStringLiteral("Netherlands") }),
          false },
        { DetailKind::Web, QStringLiteral("home"), QStringLiteral("https://zoe.example"), false },
    };
    c.syncPreferred();
    return c;
}

} // namespace

TEST(ContactModel, AnEmailSetDirectlyBecomesThePreferredDetail)
{
    Contact c;
    c.details
        = { { DetailKind::Email, QStringLiteral("home"), QStringLiteral("a@example.org"), true } };
    c.email = QStringLiteral("b@example.org");
    c.syncPreferred();
    ASSERT_EQ(c.details.size(), 2u);
    EXPECT_EQ(c.details[0].value, QStringLiteral("b@example.org"));
    EXPECT_TRUE(c.details[0].preferred);
    EXPECT_FALSE(c.details[1].preferred) << "one preferred per kind";

    c.email = QStringLiteral("A@EXAMPLE.ORG");
    c.syncPreferred();
    EXPECT_EQ(c.details.size(), 2u) << "an address is the same whatever its letter case";
    EXPECT_TRUE(c.details[1].preferred);
    EXPECT_EQ(c.email, QStringLiteral("a@example.org"));

    c.email.clear();
    c.details[1].value = QStringLiteral("  ");
    c.syncPreferred();
    ASSERT_EQ(c.details.size(), 1u) << "blank details are dropped";
    EXPECT_EQ(c.email, QStringLiteral("b@example.org")) << "the one left leads";
}

TEST(ContactModel, DetailsSurviveTheirJson)
{
    const Contact c = everyField();
    EXPECT_EQ(detailsFromJson(detailsToJson(c.details)), c.details);
    EXPECT_TRUE(detailsFromJson(QStringLiteral("not json")).empty());
}

// The text written by hand is the text Qt's JSON writer gives, escapes included.
TEST(ContactModel, DetailsJsonIsWhatQtWouldWrite)
{
    const std::vector<ContactPoint> details{
        { DetailKind::Email, QStringLiteral("work"), QStringLiteral("ana@example.org"), true },
        { DetailKind::Address, QStringLiteral("h\"ome\\"),
          QStringLiteral("\n\nZoë Straße 1\r\n\t\b\f") + QChar(1) + QChar(0x1f) + QChar(0x7f)
              + QChar(0x2028) + QStringLiteral("😀/end"),
          false },
        { DetailKind::Phone, {}, {}, false },
    };
    QJsonArray array;
    for (const ContactPoint& d : details) {
        QJsonObject o{ { QStringLiteral("kind"), enumKey(d.kind) },
                       { QStringLiteral("value"), d.value } };
        if (!d.label.isEmpty())
            o.insert(QStringLiteral("label"), d.label);
        if (d.preferred)
            o.insert(QStringLiteral("preferred"), true);
        array.append(o);
    }
    EXPECT_EQ(detailsToJson(details),
              QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    EXPECT_EQ(detailsToJson({}), QStringLiteral("[]"));
    EXPECT_EQ(detailsFromJson(detailsToJson(details)), details);
}

// The import's quick reading of the addresses gives what the whole reader gives, escapes,
// quotes and braces inside values, other kinds and damaged text included.
TEST(ContactModel, TheQuickEmailReadingAgreesWithTheWholeReader)
{
    const auto emailsOf = [](const std::vector<ContactPoint>& details) {
        QStringList emails;
        for (const ContactPoint& d : details)
            if (d.kind == DetailKind::Email)
                emails << d.value;
        return emails;
    };
    const std::vector<std::vector<ContactPoint>> cases{
        {},
        { { DetailKind::Email, QStringLiteral("work"), QStringLiteral("ana@example.org"), true },
          { DetailKind::Phone, QStringLiteral("email"), QStringLiteral("+1 555 0100"), false },
          { DetailKind::Email, QStringLiteral("home"), QStringLiteral("ana.home@example.org"),
            false } },
        { { DetailKind::Web, {}, QStringLiteral("https://example.org/{email}:x,y"), false },
          { DetailKind::Email, {}, QStringLiteral("zoë@exämple.org"), false } },
        { { DetailKind::Address, {}, QStringLiteral("\n\n1 \"Quoted\" Road"), false },
          { DetailKind::Email, {}, QStringLiteral("\"odd\\one\"@example.org"), true } },
        // Escapes elsewhere, and a value ending in a backslash, before plain addresses.
        { { DetailKind::Address, QStringLiteral("home\\"), QStringLiteral("Flat 2\\\n\t\u0001"),
            false },
          { DetailKind::Email, {}, QStringLiteral("plain@example.org"), true },
          { DetailKind::Web, {}, QStringLiteral("\\"), false },
          { DetailKind::Email, {}, QStringLiteral("second@example.org"), false } },
    };
    for (const auto& details : cases) {
        const QString json = detailsToJson(details);
        EXPECT_EQ(emailsInDetailsJson(json), emailsOf(details)) << json.toStdString();
    }
    EXPECT_TRUE(emailsInDetailsJson(QStringLiteral("[{\"kind\":\"email\",\"value")).isEmpty());
    EXPECT_EQ(emailsInDetailsJson(QStringLiteral("[{\"value\":\"a@b.c\",\"kind\":\"email\"}]")),
              QStringList{ QStringLiteral("a@b.c") });
}

TEST(ContactModel, EveryFieldSurvivesVCard40And30)
{
    const Contact zoe = everyField();
    for (VCard::Version version : { VCard::Version::V40, VCard::Version::V30 }) {
        SCOPED_TRACE(version == VCard::Version::V40 ? "4.0" : "3.0");
        const QByteArray written = VCard::write({ zoe }, version, QStringLiteral("NL"));
        auto back = VCard::read(written);
        ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
        ASSERT_EQ(back.value().contacts.size(), 1u);
        EXPECT_TRUE(back.value().reading.warnings.empty()) << written.toStdString();
        const Contact& c = back.value().contacts[0].contact;
        EXPECT_EQ(c.namePrefix, zoe.namePrefix);
        EXPECT_EQ(c.firstName, zoe.firstName);
        EXPECT_EQ(c.middleName, zoe.middleName);
        EXPECT_EQ(c.lastName, zoe.lastName);
        EXPECT_EQ(c.nameSuffix, zoe.nameSuffix);
        EXPECT_EQ(c.nickname, zoe.nickname);
        EXPECT_EQ(c.company, zoe.company);
        EXPECT_EQ(c.department, zoe.department);
        EXPECT_EQ(c.title, zoe.title);
        EXPECT_EQ(c.birthday, zoe.birthday);
        EXPECT_EQ(c.linkedInUrl, zoe.linkedInUrl);
        EXPECT_EQ(c.notes, zoe.notes);
        EXPECT_EQ(c.email, zoe.email);
        EXPECT_EQ(c.phone, zoe.phone);
        // Every detail with its label and preference; the LinkedIn URL is its own field.
        std::vector<ContactPoint> others;
        for (const ContactPoint& d : c.details)
            if (d.value != zoe.linkedInUrl)
                others.push_back(d);
        ASSERT_EQ(others.size(), zoe.details.size()) << written.toStdString();
        for (std::size_t i = 0; i < others.size(); ++i) {
            EXPECT_EQ(enumKey(others[i].kind), enumKey(zoe.details[i].kind)) << i;
            EXPECT_EQ(others[i].label, zoe.details[i].label) << i;
            EXPECT_EQ(others[i].value, zoe.details[i].value) << i;
            EXPECT_EQ(others[i].preferred, zoe.details[i].preferred) << i;
        }
    }
}

TEST(ContactModel, PhonesBecomeTelUrisWhereTheyCanBeRead)
{
    EXPECT_EQ(phone::e164(QStringLiteral("020 555 0100"), QStringLiteral("NL")),
              QStringLiteral("+31205550100"));
    EXPECT_EQ(phone::e164(QStringLiteral("(030) 1234567"), QStringLiteral("DE")),
              QStringLiteral("+49301234567"));
    EXPECT_EQ(phone::e164(QStringLiteral("ask reception"), QStringLiteral("DE")), QString());
    Contact c;
    c.firstName = QStringLiteral("Ben");
    c.details = { { DetailKind::Phone, {}, QStringLiteral("030 1234567"), true },
                  { DetailKind::Phone, {}, QStringLiteral("ext. 12 via the desk"), false } };
    c.syncPreferred();
    const QByteArray v4 = VCard::write({ c }, VCard::Version::V40, QStringLiteral("DE"));
    EXPECT_TRUE(v4.contains("TEL;VALUE=uri;PREF=1:tel:+49301234567\r\n")) << v4.toStdString();
    EXPECT_TRUE(v4.contains("TEL:ext. 12 via the desk\r\n")) << "text where it cannot be read";
    const QByteArray v3 = VCard::write({ c }, VCard::Version::V30, QStringLiteral("DE"));
    EXPECT_FALSE(v3.contains("tel:")) << "3.0 has no URIs";
}

// Labels from other programs become Finalist's own where they mean the same; others stay.
TEST(ContactModel, StandardLabelsAreRecognisedWhateverTheirCase)
{
    EXPECT_EQ(standardLabelOf(u" Work "), QStringLiteral("work"));
    EXPECT_EQ(standardLabelOf(u"HOME"), QStringLiteral("home"));
    for (const char16_t* mobile : { u"Mobile", u"cell", u"Cellular", u"iPhone" })
        EXPECT_EQ(standardLabelOf(mobile), QStringLiteral("mobile"))
            << QStringView(mobile).toString().toStdString();
    EXPECT_TRUE(standardLabelOf(u"Assistant").isEmpty());
    EXPECT_TRUE(standardLabelOf(u"").isEmpty());
    EXPECT_TRUE(isLinkedInAddress(u"https://www.LinkedIn.com/in/ana"));
    EXPECT_FALSE(isLinkedInAddress(u"https://example.org/linkedin"));
}
