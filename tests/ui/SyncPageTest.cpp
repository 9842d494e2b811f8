// Preferences ▸ Sync with a real Radicale: a newcomer's form refused until complete, Test
// Connection listing what the server has, Set Up storing the account (never the password) and
// the first sync running beside the window; Stop Syncing forgets it. And the window: File ▸ Sync
// Now and the status bar once an account exists, a contact made on the server shown in Contacts.
#include "common/InlineMessage.h"
#include "contacts/ContactDetail.h"
#include "contacts/ContactsView.h"
#include "engine/SyncRun.h"
#include "engine/SyncSetup.h"
#include "Eventually.h"
#include "preferences/PreferencesDialog.h"
#include "preferences/SyncPreferences.h"
#include "RadicaleServer.h"
#include "ScriptedPrompter.h"
#include "settings/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/BackgroundTask.h"
#include "storage/ContactRepository.h"
#include "storage/SyncState.h"
#include "sync/SyncConflictsBox.h"
#include "sync/SyncController.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace finalist;

namespace {

class SyncPage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        FINALIST_REQUIRE_RADICALE();
        ASSERT_OK(server.start());
        db = test::openOrFail(folder.path(QStringLiteral("journal.sqlite")), Clock::system());
        ASSERT_TRUE(db);
        Contact maya;
        maya.firstName = QStringLiteral("Maya");
        maya.lastName = QStringLiteral("Lindqvist");
        maya.company = QStringLiteral("Nettle & Co");
        ASSERT_OK(ContactRepository(*db).add(maya));
    }

    void fill(SyncPreferences& page, const QString& password = QStringLiteral("secret"))
    {
        page.serverEdit()->setText(server.url().toString());
        page.userEdit()->setText(QStringLiteral("maya"));
        QTest::keyClicks(page.passwordEdit(), password);
    }

    test::TempFolder folder;
    test::RadicaleServer server;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(SyncPage, ANewcomerSetsUpSyncAndTheFirstSyncRunsBesideTheWindow)
{
    SyncController controller;
    controller.setDatabase(db.get());
    PreferencesDialog dialog(*db, nullptr, nullptr, &controller);
    dialog.showPage(PreferencesDialog::SyncPage);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    SyncPreferences& page = *dialog.syncPage();
    EXPECT_EQ(dialog.pages()->currentWidget(), &page);
    EXPECT_TRUE(page.stateLabel()->text().contains(QStringLiteral("stays on this computer")));
    EXPECT_FALSE(page.stopButton()->isVisible());

    // Incomplete: refused, nothing asked.
    QTest::mouseClick(page.setUpButton(), Qt::LeftButton);
    EXPECT_FALSE(page.isAsking());
    EXPECT_FALSE(page.message()->text().isEmpty());

    fill(page);
    QTest::mouseClick(page.testButton(), Qt::LeftButton);
    ASSERT_EVENTUALLY(!page.isAsking(), 20000);
    EXPECT_TRUE(page.message()->text().startsWith(QStringLiteral("Connected")))
        << page.message()->text().toStdString();

    QTest::mouseClick(page.setUpButton(), Qt::LeftButton);
    ASSERT_EVENTUALLY(!page.isAsking(), 20000);
    EXPECT_TRUE(page.message()->text().startsWith(QStringLiteral("Sync is set up")))
        << page.message()->text().toStdString();
    EXPECT_TRUE(page.passwordEdit()->text().isEmpty()) << "the password does not linger";
    EXPECT_TRUE(page.stateLabel()->text().contains(QStringLiteral("Syncing as maya")));
    auto account = SyncState(*db).account();
    ASSERT_OK(account);
    ASSERT_TRUE(account.value());
    EXPECT_EQ(account.value()->userName, QStringLiteral("maya"));

    // The first sync follows at once, in its own thread.
    ASSERT_EVENTUALLY(!controller.isRunning()
                          && controller.stateText().startsWith(QStringLiteral("Synced")),
                      20000);
    EXPECT_TRUE(controller.stateText().contains(QStringLiteral("1 sent")))
        << controller.stateText().toStdString();
    auto items = SyncState(*db).items(SyncKind::Contacts);
    ASSERT_OK(items);
    EXPECT_EQ(items.value().size(), 1u);
    // The password is in neither the journal nor its write-ahead log.
    for (const QString& file : { db->path(), db->path() + QStringLiteral("-wal") }) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            EXPECT_FALSE(f.readAll().contains("secret")) << file.toStdString();
    }

    // Stop Syncing asks first, then forgets the account; the records stay.
    EXPECT_TRUE(page.stopButton()->isVisible());
    QTimer::singleShot(200, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_TRUE(box);
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(page.stopButton(), Qt::LeftButton);
    EXPECT_FALSE(SyncState(*db).account().value().has_value());
    EXPECT_TRUE(SyncState(*db).items(SyncKind::Contacts).value().empty());
    EXPECT_EQ(ContactRepository(*db).count().value(), 1);
    EXPECT_FALSE(controller.hasAccount());
    EXPECT_FALSE(controller.syncNow()) << "nothing to sync with any more";
    EXPECT_FALSE(page.stopButton()->isVisible());
}

TEST_F(SyncPage, AWrongPasswordIsSaidOnThePageAndNothingIsStored)
{
    test::RadicaleServer guarded;
    ASSERT_OK(guarded.start({ QStringLiteral("maya"), QStringLiteral("right") }));
    PreferencesDialog dialog(*db, nullptr);
    dialog.showPage(PreferencesDialog::SyncPage);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    SyncPreferences& page = *dialog.syncPage();
    page.serverEdit()->setText(guarded.url().toString());
    page.userEdit()->setText(QStringLiteral("maya"));
    page.passwordEdit()->setText(QStringLiteral("wrong"));
    QTest::mouseClick(page.setUpButton(), Qt::LeftButton);
    ASSERT_EVENTUALLY(!page.isAsking(), 20000);
    EXPECT_TRUE(page.message()->text().contains(QStringLiteral("user name or password")))
        << page.message()->text().toStdString();
    EXPECT_FALSE(SyncState(*db).account().value().has_value());
    EXPECT_TRUE(page.setUpButton()->isEnabled());
}

TEST_F(SyncPage, TestConnectionOffersTheCollectionsTheServerHas)
{
    // Another computer set up sync first: Finalist's own address book exists, and one more.
    auto other = test::openOrFail(folder.path(QStringLiteral("other.sqlite")), Clock::system());
    sync::SyncSetupOptions options;
    options.serverUrl = server.url().toString();
    options.userName = QStringLiteral("maya");
    options.password = QStringLiteral("secret");
    ASSERT_OK(sync::setUpSync(*other, options));

    PreferencesDialog dialog(*db, nullptr);
    dialog.showPage(PreferencesDialog::SyncPage);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    SyncPreferences& page = *dialog.syncPage();
    fill(page);
    QTest::mouseClick(page.testButton(), Qt::LeftButton);
    ASSERT_EVENTUALLY(!page.isAsking(), 20000);
    QComboBox* books = page.collectionBox(SyncKind::Contacts);
    // Finalist's own is the first choice and is not listed twice.
    EXPECT_EQ(books->count(), 1) << "Radicale made no other address book";
    EXPECT_TRUE(books->itemText(0).contains(QStringLiteral("Finalist")));
}

TEST_F(SyncPage, OnceAnAccountExistsTheWindowOffersSyncNowAndSaysHowItWent)
{
    sync::SyncSetupOptions options;
    options.serverUrl = server.url().toString();
    options.userName = QStringLiteral("maya");
    options.password = QStringLiteral("secret");
    ASSERT_OK(sync::setUpSync(*db, options));
    const QString path = db->path();
    db.reset();

    test::ScriptedPrompter prompter;
    Session session(prompter);
    MainWindow window;
    session.attach(&window);
    ASSERT_TRUE(session.open(path));
    auto* syncNow = window.findChild<QAction*>(QStringLiteral("syncNow"));
    ASSERT_TRUE(syncNow);
    EXPECT_TRUE(syncNow->isVisible());
    session.sync()->setPassword(QStringLiteral("secret"));
    QSignalSpy said(session.sync(), &SyncController::stateChanged);
    syncNow->trigger();
    ASSERT_EVENTUALLY(!session.sync()->isRunning(), 20000);
    auto* state = window.findChild<QLabel*>(QStringLiteral("syncState"));
    ASSERT_TRUE(state);
    EXPECT_TRUE(state->text().startsWith(QStringLiteral("Synced at")))
        << state->text().toStdString();
    // On the way, the status bar said how far it was.
    QStringList steps;
    for (const QList<QVariant>& signal : said)
        steps << signal.at(0).toString();
    EXPECT_TRUE(steps.contains(QStringLiteral("Syncing contacts…")))
        << steps.join(u'|').toStdString();
    EXPECT_TRUE(steps.contains(QStringLiteral("Syncing contacts: 1 of 1 sent")))
        << steps.join(u'|').toStdString();
    EXPECT_TRUE(steps.contains(QStringLiteral("Syncing journal entries…")));

    // A contact made on the server (by the other computer) shows in Contacts after a sync.
    auto other = test::openOrFail(folder.path(QStringLiteral("other.sqlite")), Clock::system());
    ASSERT_OK(sync::setUpSync(*other, options));
    Contact jon;
    jon.firstName = QStringLiteral("Jon");
    jon.lastName = QStringLiteral("Okafor");
    ASSERT_OK(ContactRepository(*other).add(jon));
    sync::SyncRunOptions run;
    run.password = QStringLiteral("secret");
    ASSERT_OK(sync::syncNow(*other, run));
    window.showSection(MainWindow::Contacts);
    syncNow->trigger();
    ASSERT_EVENTUALLY(!session.sync()->isRunning(), 20000);
    auto* contacts = window.findChild<ContactsView*>();
    ASSERT_TRUE(contacts);
    EXPECT_EVENTUALLY(contacts->table()->model()->rowCount() == 2, 5000);
}

TEST_F(SyncPage, AConflictShowsBothVersionsInTheContactsPaneAndTheChoiceIsKept)
{
    auto other = test::openOrFail(folder.path(QStringLiteral("other.sqlite")), Clock::system());
    sync::SyncSetupOptions options;
    options.serverUrl = server.url().toString();
    options.userName = QStringLiteral("maya");
    options.password = QStringLiteral("secret");
    sync::SyncRunOptions run;
    run.password = QStringLiteral("secret");
    ASSERT_OK(sync::setUpSync(*db, options));
    ASSERT_OK(sync::setUpSync(*other, options));
    ASSERT_OK(sync::syncNow(*db, run));
    ASSERT_OK(sync::syncNow(*other, run));
    Contact here = ContactRepository(*db).list().value().front();
    Contact there = ContactRepository(*other).list().value().front();
    here.company = QStringLiteral("Nettle Group");
    ASSERT_OK(ContactRepository(*db).update(here));
    there.company = QStringLiteral("Harbor Analytics");
    there.title = QStringLiteral("Head of Data");
    ASSERT_OK(ContactRepository(*other).update(there));
    ASSERT_OK(sync::syncNow(*other, run));
    ASSERT_OK(sync::syncNow(*db, run));

    ContactsView view(*db);
    view.resize(1000, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.detail()->showContact(here.id);
    SyncConflictsBox* box = view.detail()->conflicts();
    ASSERT_TRUE(box->isVisible());
    EXPECT_EQ(box->conflictCount(), 1);
    QStringList shown;
    for (auto* label : box->findChildren<QLabel*>())
        shown << label->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("Nettle Group"))) << shown.join(u'|').toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Harbor Analytics")));
    // The title, changed on the other side only, came in and the timeline says so.
    EXPECT_EQ(ContactRepository(*db).get(here.id).value().title, QStringLiteral("Head of Data"));
    auto* timeline = view.detail()->findChild<QListWidget*>(QStringLiteral("timeline"));
    ASSERT_TRUE(timeline);
    bool saysSync = false;
    for (int i = 0; i < timeline->count(); ++i)
        saysSync = saysSync || timeline->item(i)->text().contains(QStringLiteral("Sync: "));
    EXPECT_TRUE(saysSync);

    auto* take = box->findChild<QPushButton*>(QStringLiteral("takeServers_company"));
    ASSERT_TRUE(take);
    QTest::mouseClick(take, Qt::LeftButton);
    EXPECT_EQ(ContactRepository(*db).get(here.id).value().company,
              QStringLiteral("Harbor Analytics"));
    EXPECT_TRUE(SyncState(*db).conflicts(SyncKind::Contacts, here.id).value().empty());
    EXPECT_FALSE(box->isVisible());
    // The next sync finds nothing left to send or to settle.
    auto after = sync::syncNow(*db, run);
    ASSERT_OK(after);
    EXPECT_EQ(after.value().conflicts, 0);
}

TEST_F(SyncPage, ClosingTheJournalStopsItsSyncAtTheNextRecord)
{
    for (int i = 0; i < 150; ++i) {
        Contact c;
        c.firstName = QStringLiteral("Person");
        c.lastName = QStringLiteral("Number %1").arg(i);
        ASSERT_OK(ContactRepository(*db).add(c));
    }
    sync::SyncSetupOptions options;
    options.serverUrl = server.url().toString();
    options.userName = QStringLiteral("maya");
    options.password = QStringLiteral("secret");
    options.kinds = { SyncKind::Contacts };
    ASSERT_OK(sync::setUpSync(*db, options));
    const QString path = db->path();
    db.reset();

    test::ScriptedPrompter prompter;
    auto session = std::make_unique<Session>(prompter);
    MainWindow window;
    session->attach(&window);
    ASSERT_TRUE(session->open(path));
    session->sync()->setPassword(QStringLiteral("secret"));
    QStringList said;
    QObject::connect(session->sync(), &SyncController::stateChanged,
                     [&said](const QString& text) { said << text; });
    ASSERT_TRUE(session->sync()->syncNow());
    ASSERT_EVENTUALLY(!said.filter(QStringLiteral(" sent")).isEmpty(), 20000);
    session->sync()->stopAndWait();
    session.reset(); // the window's journal closes

    auto reopened = test::openOrFail(path, Clock::system());
    ASSERT_TRUE(reopened);
    const auto sent = SyncState(*reopened).items(SyncKind::Contacts);
    ASSERT_OK(sent);
    EXPECT_GT(sent.value().size(), 0u);
    EXPECT_LT(sent.value().size(), 151u) << "the sync ran to its end after being asked to stop";
    sync::SyncRunOptions run;
    run.password = QStringLiteral("secret");
    auto rest = sync::syncNow(*reopened, run);
    ASSERT_OK(rest);
    EXPECT_EQ(SyncState(*reopened).items(SyncKind::Contacts).value().size(), 151u); // and Maya
}
