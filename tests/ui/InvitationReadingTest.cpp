// The invitation preview says how the .ics file was read and lists what was left out by line;
// closing it writes nothing.
#include "opportunities/InvitationDialog.h"
#include "RawSql.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace finalist;

TEST(InvitationReadingUi, AWindows1252InvitationIsShownAsAGuessWithWhatWasLeftOut)
{
    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    const QString path = folder.path(QStringLiteral("i.sqlite"));
    auto db = test::openOrFail(path, clock);
    ASSERT_TRUE(db);
    Opportunity o;
    o.company = QStringLiteral("Brücke GmbH");
    o.stage = Stage::Interviewing;
    ASSERT_OK(OpportunityRepository(*db).add(o));

    // Saved by an old mail program in the Windows code page, with a NUL in the title.
    static const char raw[] = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
                              "ORGANIZER;CN=Zo\xEB M\xFCller:mailto:zoe@example.com\r\n"
                              "SUMMARY:Gespr\xE4"
                              "ch\0 mit Br\xFC"
                              "cke\r\n"
                              "DTSTART:20260310T140000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const QByteArray bytes(raw, sizeof(raw) - 1); // with the NUL
    const QString file = folder.path(QStringLiteral("invite.ics"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();

    InvitationDialog dialog(*db, file, o.id);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_TRUE(dialog.isReadable());
    EXPECT_TRUE(dialog.readingLine()->isVisible());
    EXPECT_TRUE(dialog.readingLine()->text().contains(QStringLiteral("Windows-1252 (a guess")))
        << dialog.readingLine()->text().toStdString();
    EXPECT_TRUE(dialog.summary()->text().contains(QStringLiteral("Gespräch mit Brücke")))
        << dialog.summary()->text().toStdString();
    ASSERT_TRUE(dialog.warnings()->isVisible());
    ASSERT_EQ(dialog.warnings()->count(), 1);
    EXPECT_TRUE(dialog.warnings()->item(0)->text().startsWith(QStringLiteral("Line 5:")));
    EXPECT_TRUE(dialog.warnings()->item(0)->text().contains(QStringLiteral("NUL")));
    ASSERT_EQ(dialog.panel()->rowCount(), 1);
    EXPECT_EQ(dialog.panel()->item(0, InvitationDialog::Name)->text(),
              QStringLiteral("Zoë Müller"));

    dialog.reject(); // Cancel
    EXPECT_EQ(test::countRows(path, QStringLiteral("rounds")), 0);
    EXPECT_EQ(test::countRows(path, QStringLiteral("contacts")), 0);
    EXPECT_EQ(test::countRows(path, QStringLiteral("meetings")), 0);
}

TEST(InvitationReadingUi, AUtf8InvitationSaysSoAndListsNothing)
{
    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    auto db = test::openOrFail(folder.path(QStringLiteral("i.sqlite")), clock);
    ASSERT_TRUE(db);
    InvitationDialog dialog(*db,
                            test::fixturePath(QStringLiteral("invitations/google-calendar.ics")));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_TRUE(dialog.isReadable());
    EXPECT_EQ(dialog.readingLine()->text(), QStringLiteral("Read as UTF-8."));
    EXPECT_FALSE(dialog.warnings()->isVisible());
}
