// Cards written into the address book by other programs (a phone through DAVx⁵, an iPhone) reach
// Finalist with every field, and Finalist's writes keep what it does not read and are read back
// by another client (curl for the bytes, python3-vobject for the parse).
#include "storage/ContactRepository.h"
#include "storage/SyncState.h"
#include "SyncedJournals.h"

#include <QProcess>
#include <QStandardPaths>

using namespace finalist;
using namespace finalist::test;

namespace {

// As DAVx⁵ (ez-vcard) writes an Android contact: vCard 3.0, grouped custom labels, Android's
// own X- properties, a photo, categories.
const QByteArray kAndroidCard
    = "BEGIN:VCARD\r\n"
      "VERSION:3.0\r\n"
      "PRODID:-//bitfire web engineering//DAVx5 4.3.5-ose (ez-vcard/0.11.3)\r\n"
      "UID:8e1f3a2c-5b7d-4c11-9a0e-2f6b1c7d9e01\r\n"
      "FN:Priya Raman\r\n"
      "N:Raman;Priya;;;\r\n"
      "ORG:Harbor Analytics;Platform\r\n"
      "TITLE:Engineering Manager\r\n"
      "EMAIL;TYPE=work:priya.raman@harbor.example\r\n"
      "EMAIL;TYPE=home:priya@mail.example\r\n"
      "TEL;TYPE=cell:+49 151 23456789\r\n"
      "item1.TEL:+49 30 9876543\r\n"
      "item1.X-ABLabel:Desk\r\n"
      "ADR;TYPE=work:;;Invalidenstraße 117;Berlin;;10115;Germany\r\n"
      "URL:https://www.linkedin.com/in/priya-raman-example\r\n"
      "BDAY:1988-09-03\r\n"
      "NOTE:Met at the final round\\; ran the system design interview.\r\n"
      "CATEGORIES:Job search,Berlin\r\n"
      "X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Sam;1;;;;;;;;;;;;;\r\n"
      "X-PHONETIC-FIRST-NAME:Priya\r\n"
      "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/"
      "2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkS\r\n"
      " Ew8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA\r\n"
      "REV:20261130T101500Z\r\n"
      "END:VCARD\r\n";

// As an iPhone writes one through iCloud-style CardDAV: Apple's labels and PRODID.
const QByteArray kIPhoneCard = "BEGIN:VCARD\r\n"
                               "VERSION:3.0\r\n"
                               "PRODID:-//Apple Inc.//iPhone OS 18.1//EN\r\n"
                               "N:Okafor;Jon;;;\r\n"
                               "FN:Jon Okafor\r\n"
                               "ORG:Nettle & Co;\r\n"
                               "TITLE:Talent Partner\r\n"
                               "item1.EMAIL;type=INTERNET;type=pref:jon.okafor@nettle.example\r\n"
                               "item1.X-ABLabel:_$!<Work>!$_\r\n"
                               "TEL;type=CELL;type=VOICE;type=pref:+44 7700 900123\r\n"
                               "X-ABUID:A1B2C3D4-0000-4000-8000-0123456789AB:ABPerson\r\n"
                               "UID:A1B2C3D4-0000-4000-8000-0123456789AB\r\n"
                               "END:VCARD\r\n";

QByteArray curl(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral("curl"),
                  QStringList{ QStringLiteral("-sS"), QStringLiteral("--fail"),
                               QStringLiteral("-u"), QStringLiteral("phone:secret") }
                      + arguments);
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(20000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return process.readAllStandardOutput();
}

class ThirdClient : public SyncedJournals
{
protected:
    void put(const QString& name, const QByteArray& card)
    {
        curl({ QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-H"),
               QStringLiteral("Content-Type: text/vcard; charset=utf-8"),
               QStringLiteral("--data-binary"), QStringLiteral("@-"),
               addressBook().resolved(QUrl(name)).toString() },
             card);
    }
    QByteArray get(const QString& name)
    {
        return curl({ addressBook().resolved(QUrl(name)).toString() });
    }
};

} // namespace

TEST_F(ThirdClient, CardsFromPhonesArriveWithEveryField)
{
    setUpSync(*a); // makes the address book
    put(QStringLiteral("priya.vcf"), kAndroidCard);
    put(QStringLiteral("jon.vcf"), kIPhoneCard);

    EXPECT_EQ(syncOrFail(*a).added, 2);
    const Contact priya = find(*a, QStringLiteral("Raman"));
    EXPECT_EQ(priya.firstName, QStringLiteral("Priya"));
    EXPECT_EQ(priya.company, QStringLiteral("Harbor Analytics"));
    EXPECT_EQ(priya.department, QStringLiteral("Platform"));
    EXPECT_EQ(priya.title, QStringLiteral("Engineering Manager"));
    EXPECT_EQ(priya.email, QStringLiteral("priya.raman@harbor.example"));
    EXPECT_EQ(priya.valuesOf(DetailKind::Email).size(), 2);
    EXPECT_EQ(
        priya.valuesOf(DetailKind::Phone),
        (QStringList{ QStringLiteral("+49 151 23456789"), QStringLiteral("+49 30 9876543") }));
    ASSERT_EQ(priya.valuesOf(DetailKind::Address).size(), 1);
    EXPECT_TRUE(
        priya.valuesOf(DetailKind::Address)[0].contains(QStringLiteral("Invalidenstraße 117")));
    EXPECT_EQ(priya.linkedInUrl, QStringLiteral("https://www.linkedin.com/in/priya-raman-example"));
    EXPECT_EQ(priya.birthday, QStringLiteral("1988-09-03"));
    EXPECT_EQ(priya.notes,
              QStringLiteral("Met at the final round; ran the system design interview."));
    const Contact jon = find(*a, QStringLiteral("Okafor"));
    EXPECT_EQ(jon.email, QStringLiteral("jon.okafor@nettle.example"));
    EXPECT_EQ(jon.phone, QStringLiteral("+44 7700 900123"));
    EXPECT_EQ(jon.company, QStringLiteral("Nettle & Co"));
}

TEST_F(ThirdClient, FinalistsEditsKeepWhatThePhoneWroteAndReadBack)
{
    setUpSync(*a);
    put(QStringLiteral("priya.vcf"), kAndroidCard);
    syncOrFail(*a);
    Contact priya = find(*a, QStringLiteral("Raman"));
    priya.notes = QStringLiteral("Thank-you note sent; she offered a referral.");
    priya.warmth = 4;
    priya.role = RoleCategory::HiringManager;
    ASSERT_OK(ContactRepository(*a).update(priya));
    EXPECT_EQ(syncOrFail(*a).sent, 1);

    const QByteArray written = get(QStringLiteral("priya.vcf"));
    const QString text = QString::fromUtf8(written);
    EXPECT_TRUE(text.contains(QStringLiteral("UID:8e1f3a2c-5b7d-4c11-9a0e-2f6b1c7d9e01")));
    EXPECT_TRUE(text.contains(QStringLiteral("VERSION:3.0")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("NOTE:Thank-you note sent\\; she offered a referral.")))
        << written.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("X-FINALIST-WARMTH:4")));
    EXPECT_TRUE(text.contains(QStringLiteral("X-FINALIST-ROLE:hiring_manager")));
    // The phone's own: kept as it wrote them.
    EXPECT_TRUE(text.contains(QStringLiteral("PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ")));
    EXPECT_TRUE(text.contains(QStringLiteral("CATEGORIES:Job search,Berlin")));
    EXPECT_TRUE(text.contains(QStringLiteral("X-ANDROID-CUSTOM:vnd.android.cursor.item/relation")));
    EXPECT_TRUE(text.contains(QStringLiteral("X-PHONETIC-FIRST-NAME:Priya")));
    EXPECT_EQ(text.count(QStringLiteral("BEGIN:VCARD")), 1);

    // Another program reads it: python3-vobject, as Debian ships it.
    const QString python
        = QStandardPaths::findExecutable(QStringLiteral("python3"), { QStringLiteral("/usr/bin") });
    if (python.isEmpty())
        GTEST_SKIP() << "no /usr/bin/python3";
    QProcess reader;
    reader.start(python,
                 { QStringLiteral("-c"),
                   QStringLiteral("import sys, vobject\n"
                                  "card = vobject.readOne(sys.stdin.read())\n"
                                  "print(card.fn.value)\n"
                                  "print(card.note.value)\n"
                                  "print(len(card.contents['email']))\n"
                                  "print(card.photo.value[:2] == b'\\xff\\xd8')\n") });
    reader.write(written);
    reader.closeWriteChannel();
    ASSERT_TRUE(reader.waitForFinished(20000));
    if (reader.exitCode() != 0 && reader.readAllStandardError().contains("No module named"))
        GTEST_SKIP() << "python3-vobject is not installed";
    EXPECT_EQ(
        QString::fromUtf8(reader.readAllStandardOutput()),
        QStringLiteral("Priya Raman\nThank-you note sent; she offered a referral.\n2\nTrue\n"));
}
