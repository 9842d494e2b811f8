// A record changed by a sync says so in its pane: the journal entry's editor shows the last
// change a sync made (the earlier ones in its tooltip), and nothing for an entry no sync touched;
// a follow-up, which has no pane, says it in its contact's timeline.
#include "contacts/ContactDetail.h"
#include "i18n/DateText.h"
#include "journal/EntryEditor.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/JournalRepository.h"
#include "sync/SyncHistoryLabel.h"
#include "SyncedDevices.h"

#include <gtest/gtest.h>
#include <QListWidget>
#include <QTest>
#include <QTranslator>

using namespace finalist;

TEST(SyncHistory, AnEntryChangedOnAnotherDeviceSaysSoInItsPane)
{
    FINALIST_REQUIRE_RADICALE();
    test::SyncedDevices devices;
    ASSERT_OK(devices.start());
    Database& db = *devices.laptop;
    JournalEntry onsite;
    onsite.title = QStringLiteral("Onsite at Fjord Labs");
    onsite.writtenOn = QDate::currentDate();
    onsite.experience = QStringLiteral("Four interviews, one lunch.");
    ASSERT_OK(JournalRepository(db).add(onsite));
    ASSERT_OK(devices.setUpBoth());
    JournalEntry there = JournalRepository(*devices.phone).list().value().front();
    there.title = QStringLiteral("Onsite at Fjord Labs (written up on the train)");
    ASSERT_OK(JournalRepository(*devices.phone).update(there));
    ASSERT_OK(devices.sync(*devices.phone));
    ASSERT_OK(devices.sync(db));
    JournalEntry untouched;
    untouched.title = QStringLiteral("Written after the sync");
    untouched.writtenOn = QDate::currentDate();
    ASSERT_OK(JournalRepository(db).add(untouched));

    EntryEditor editor(db);
    editor.resize(900, 700);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    ASSERT_TRUE(editor.load(onsite.id));
    auto* history = editor.findChild<SyncHistoryLabel*>(QStringLiteral("syncHistory"));
    ASSERT_TRUE(history);
    EXPECT_TRUE(history->isVisible());
    EXPECT_TRUE(history->text().startsWith(QStringLiteral("Sync, ")))
        << history->text().toStdString();
    EXPECT_TRUE(history->text().endsWith(QStringLiteral(": Changed on the server: Title")))
        << history->text().toStdString();

    // Kept in no language: a German window says it in German, whatever the sync spoke.
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral("finalist_de"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&german);
    ASSERT_TRUE(editor.load(onsite.id));
    const QString inGerman = history->text();
    QCoreApplication::removeTranslator(&german);
    EXPECT_TRUE(inGerman.startsWith(QStringLiteral("Synchronisierung, ")))
        << inGerman.toStdString();
    EXPECT_TRUE(inGerman.endsWith(QStringLiteral(": Auf dem Server geändert: Titel")))
        << inGerman.toStdString();

    ASSERT_TRUE(editor.load(untouched.id));
    EXPECT_FALSE(history->isVisible());
}

TEST(SyncHistory, AFollowUpMovedOnAnotherDeviceSaysSoInItsContactsTimeline)
{
    FINALIST_REQUIRE_RADICALE();
    test::SyncedDevices devices;
    ASSERT_OK(devices.start());
    Database& db = *devices.laptop;
    Contact ada;
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Okonkwo");
    ASSERT_OK(ContactRepository(db).add(ada));
    FollowUp call;
    call.contactId = ada.id;
    call.reason = QStringLiteral("Ask Ada how the new hire is settling in");
    call.dueOn = QDate::currentDate().addDays(30);
    ASSERT_OK(FollowUpRepository(db).add(call));
    ASSERT_OK(devices.setUpBoth());
    FollowUp there = FollowUpRepository(*devices.phone).list({}).value().front();
    there.dueOn = QDate::currentDate().addDays(45); // snoozed on the phone
    ASSERT_OK(FollowUpRepository(*devices.phone).update(there));
    ASSERT_OK(devices.sync(*devices.phone));
    ASSERT_OK(devices.sync(db));

    ContactDetail detail(db);
    detail.resize(900, 800);
    detail.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&detail));
    detail.showContact(ada.id);
    auto* timeline = detail.findChild<QListWidget*>(QStringLiteral("timeline"));
    ASSERT_TRUE(timeline);
    QStringList lines;
    for (int i = 0; i < timeline->count(); ++i)
        lines << timeline->item(i)->text();
    const QString followUp = lines.filter(QStringLiteral("Follow-up: Ask Ada")).value(0);
    EXPECT_TRUE(followUp.contains(QStringLiteral("Changed on the server: Due on")))
        << lines.join(u'|').toStdString();
    EXPECT_TRUE(followUp.startsWith(dates::shortDate(there.dueOn))) << followUp.toStdString();
}
