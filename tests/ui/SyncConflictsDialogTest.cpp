// File ▸ Sync Conflicts: every record a sync left with two versions, in one dialog. Follow-ups
// have no pane of their own, so this is where theirs are chosen; contacts and entries open in
// their section from it. The status bar links to it while anything waits.
#include "sync/SyncConflictsDialog.h"

#include "contacts/ContactDetail.h"
#include "contacts/ContactsView.h"
#include "Eventually.h"
#include "i18n/DateText.h"
#include "ScriptedPrompter.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/SyncState.h"
#include "sync/SyncConflictsBox.h"
#include "SyncedDevices.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace finalist;

namespace {

QStringList labelsIn(const QWidget* widget)
{
    QStringList shown;
    for (const QLabel* label : widget->findChildren<QLabel*>())
        if (label->isVisibleTo(widget))
            shown << label->text();
    return shown;
}

// The dialog the window opened (it runs modally: this is called from inside it).
SyncConflictsDialog* openDialog()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<SyncConflictsDialog*>(w); dialog && dialog->isVisible())
            return dialog;
    return nullptr;
}

} // namespace

TEST(SyncConflictsDialog, AFollowUpChangedOnBothSidesIsChosenHereAndTheNextSyncAgrees)
{
    FINALIST_REQUIRE_RADICALE();
    test::SyncedDevices devices;
    ASSERT_OK(devices.start());
    Database& db = *devices.laptop;
    Database& phone = *devices.phone;
    FollowUp call;
    call.reason = QStringLiteral("Ask Priya about the platform team");
    call.dueOn = QDate::currentDate().addDays(10);
    ASSERT_OK(FollowUpRepository(db).add(call));
    ASSERT_OK(devices.setUpBoth());
    FollowUp here = FollowUpRepository(db).get(call.id).value();
    here.reason = QStringLiteral("Ask Priya about the platform team and the budget");
    ASSERT_OK(FollowUpRepository(db).update(here));
    FollowUp there = FollowUpRepository(phone).list({}).value().front();
    there.reason = QStringLiteral("Email Priya: platform team");
    ASSERT_OK(FollowUpRepository(phone).update(there));
    ASSERT_OK(devices.sync(phone));
    auto found = devices.sync(db);
    ASSERT_OK(found);
    ASSERT_EQ(found.value().conflicts, 1);

    SyncConflictsDialog dialog(db);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("conflictedRecords"));
    ASSERT_TRUE(list);
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().startsWith(QStringLiteral("Follow-up: Ask Priya")))
        << list->item(0)->text().toStdString();
    const QStringList shown = labelsIn(&dialog);
    EXPECT_TRUE(shown.contains(here.reason)) << shown.join(u'|').toStdString();
    EXPECT_TRUE(shown.contains(there.reason));
    // A follow-up has no section to open it in: the choice is made here.
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("openConflicted"))->isVisible());

    QSignalSpy settled(&dialog, &SyncConflictsDialog::settled);
    auto* take = dialog.findChild<QPushButton*>(QStringLiteral("takeServers_reason"));
    ASSERT_TRUE(take);
    // By keyboard: from the list, Tab reaches Keep This One, then Use This One.
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    list->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(),
              dialog.findChild<QPushButton*>(QStringLiteral("keepHere_reason")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), take);
    QTest::keyClick(take, Qt::Key_Space);
    ASSERT_EQ(settled.count(), 1);
    EXPECT_EQ(settled.at(0).at(1).toLongLong(), call.id);
    EXPECT_EQ(FollowUpRepository(db).get(call.id).value().reason, there.reason);
    EXPECT_TRUE(SyncState(db).conflictedRecords().value().empty());
    EXPECT_EQ(dialog.recordCount(), 0);
    EXPECT_FALSE(list->isVisible());
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("noConflicts"))->isVisible());

    // Nothing left to settle; both devices read the same.
    auto after = devices.sync(db);
    ASSERT_OK(after);
    EXPECT_EQ(after.value().conflicts, 0);
    ASSERT_OK(devices.sync(phone));
    EXPECT_EQ(FollowUpRepository(phone).list({}).value().front().reason, there.reason);
}

TEST(SyncConflictsDialog, TheStatusBarLinksToTheConflictsAndAContactOpensFromThem)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("journal.sqlite"));
    qint64 contactId = 0;
    {
        auto db = test::openOrFail(path, Clock::system());
        Contact lena;
        lena.firstName = QStringLiteral("Lena");
        lena.lastName = QStringLiteral("Brandt");
        lena.company = QStringLiteral("Fjord Labs");
        ASSERT_OK(ContactRepository(*db).add(lena));
        contactId = lena.id;
        // As a sync leaves it (no server needed to read it back).
        ASSERT_OK(SyncState(*db).noteConflict(
            { SyncKind::Contacts, contactId, QStringLiteral("company"),
              QStringLiteral("Fjord Labs"), QStringLiteral("Fjord Robotics"), QString() }));
    }

    test::ScriptedPrompter prompter;
    Session session(prompter);
    MainWindow window;
    session.attach(&window);
    ASSERT_TRUE(session.open(path));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* link = window.findChild<QLabel*>(QStringLiteral("syncConflictsLink"));
    ASSERT_TRUE(link);
    EXPECT_TRUE(link->isVisible());
    EXPECT_TRUE(link->text().contains(QStringLiteral("1 sync conflict to look at")))
        << link->text().toStdString();

    // Keep the one here, then open the contact: the link goes, Contacts shows her.
    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        SyncConflictsDialog* dialog = openDialog();
        if (!dialog)
            return;
        sawDialog = true;
        auto* open = dialog->findChild<QPushButton*>(QStringLiteral("openConflicted"));
        EXPECT_TRUE(open->isVisible());
        EXPECT_EQ(open->text(), QStringLiteral("&Open Contact"));
        QTest::mouseClick(open, Qt::LeftButton);
    });
    emit link->linkActivated(QStringLiteral("#conflicts"));
    EXPECT_TRUE(sawDialog);
    EXPECT_EQ(window.currentSection(), MainWindow::Contacts);
    auto* contacts = window.findChild<ContactsView*>();
    ASSERT_TRUE(contacts);
    EXPECT_EQ(contacts->detail()->contactId(), contactId);
    EXPECT_TRUE(contacts->detail()->conflicts()->isVisible());

    // Chosen in the pane: the status bar's link goes with it. The choices come where they show,
    // right after Revert in the tab order, not at the window's end.
    auto* keep = contacts->detail()->conflicts()->findChild<QPushButton*>(
        QStringLiteral("keepHere_company"));
    ASSERT_TRUE(keep);
    auto* revert = contacts->detail()->findChild<QPushButton*>(QStringLiteral("revertContact"));
    ASSERT_TRUE(revert);
    QWidget* next = revert->nextInFocusChain();
    while (next && next != keep && !(next->focusPolicy() & Qt::TabFocus && next->isVisible()))
        next = next->nextInFocusChain();
    EXPECT_EQ(next, keep) << (next ? next->objectName().toStdString() : "none");
    QTest::mouseClick(keep, Qt::LeftButton);
    EXPECT_FALSE(link->isVisible());
    EXPECT_EQ(ContactRepository(*session.database()).get(contactId).value().company,
              QStringLiteral("Fjord Labs"));
}

TEST(SyncConflictsDialog, AFollowUpChosenThereShowsInTheContactOnShow)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("journal.sqlite"));
    const QDate here(2026, 12, 15);
    const QDate onServer(2026, 12, 18);
    qint64 contactId = 0;
    {
        auto db = test::openOrFail(path, Clock::system());
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Okonkwo");
        ASSERT_OK(ContactRepository(*db).add(ada));
        contactId = ada.id;
        FollowUp call;
        call.contactId = ada.id;
        call.reason = QStringLiteral("Ask Ada how the new hire is settling in");
        call.dueOn = here;
        ASSERT_OK(FollowUpRepository(*db).add(call));
        ASSERT_OK(SyncState(*db).noteConflict({ SyncKind::FollowUps, call.id,
                                                QStringLiteral("dueOn"), here.toString(Qt::ISODate),
                                                onServer.toString(Qt::ISODate), QString() }));
    }
    test::ScriptedPrompter prompter;
    Session session(prompter);
    MainWindow window;
    session.attach(&window);
    ASSERT_TRUE(session.open(path));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::Contacts);
    auto* contacts = window.findChild<ContactsView*>();
    ASSERT_TRUE(contacts);
    contacts->select(contactId);
    auto* timeline = contacts->detail()->findChild<QListWidget*>(QStringLiteral("timeline"));
    ASSERT_TRUE(timeline);
    const auto firstLine
        = [timeline] { return timeline->count() ? timeline->item(0)->text() : QString(); };
    EXPECT_TRUE(firstLine().startsWith(dates::shortDate(here))) << firstLine().toStdString();

    bool chose = false;
    QTimer::singleShot(0, [&] {
        SyncConflictsDialog* dialog = openDialog();
        if (!dialog)
            return;
        if (auto* take = dialog->findChild<QPushButton*>(QStringLiteral("takeServers_dueOn"))) {
            QTest::mouseClick(take, Qt::LeftButton);
            chose = true;
        }
        dialog->reject();
    });
    window.findChild<QAction*>(QStringLiteral("syncConflicts"))->trigger();
    ASSERT_TRUE(chose);
    EXPECT_TRUE(firstLine().startsWith(dates::shortDate(onServer))) << firstLine().toStdString();
}
