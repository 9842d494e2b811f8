// What the window remembers between runs: the file, the section, what was on show, the splitters
// and the tables, and the files opened before (File ▸ Open Recent).
#include "contacts/ContactDetail.h"
#include "contacts/ContactsView.h"
#include "journal/EntryEditor.h"
#include "journal/JournalListModel.h"
#include "journal/JournalView.h"
#include "opportunities/OpportunitiesView.h"
#include "opportunities/OpportunityPage.h"
#include "ScriptedPrompter.h"
#include "services/DemoSample.h"
#include "settings/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/ContactRepository.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QFile>
#include <QListView>
#include <QMenu>
#include <QScreen>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTest>

using namespace finalist;

namespace {

class Remembered : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("journal.sqlite"));
        auto db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        ASSERT_OK(fillDemoSample(*db));
        contact = ContactRepository(*db).list().value().back().id;
        opportunity = OpportunityRepository(*db).list().value().front().id;
    }

    std::unique_ptr<AppSettings> settings()
    {
        return std::make_unique<AppSettings>(std::make_unique<QSettings>(
            folder.path(QStringLiteral("finalist.conf")), QSettings::IniFormat));
    }

    // One run of the app: the window and its session, reading and writing these settings.
    struct Run
    {
        Run(AppSettings* settings, const Clock& clock)
            : session(prompter, clock)
        {
            window.setSettings(settings);
            session.setSettings(settings);
            session.attach(&window);
        }
        test::ScriptedPrompter prompter;
        Session session;
        MainWindow window;
    };

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    QString path;
    qint64 contact = 0;
    qint64 opportunity = 0;
};

} // namespace

TEST_F(Remembered, TheNextRunOpensWhereThisOneWasLeft)
{
    qint64 entry = 0;
    QList<int> splitSizes;
    {
        auto stored = settings();
        Run run(stored.get(), clock);
        Session& session = run.session;
        MainWindow& window = run.window;
        ASSERT_TRUE(session.open(path));
        window.resize(1100, 700);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

        window.showSection(MainWindow::Journal);
        auto* journal = qobject_cast<JournalView*>(window.sectionWidget(MainWindow::Journal));
        journal->list()->setCurrentIndex(journal->model()->index(1, 0));
        entry = journal->editor()->entryId();
        ASSERT_GT(entry, 0);
        auto* split = journal->findChild<QSplitter*>(QStringLiteral("journalSplit"));
        ASSERT_TRUE(split);
        split->setSizes({ 420, 600 });
        splitSizes = split->sizes();
        window.showSection(MainWindow::Contacts);
        qobject_cast<ContactsView*>(window.sectionWidget(MainWindow::Contacts))->select(contact);
        window.showSection(MainWindow::Opportunities);
        auto* opportunities
            = qobject_cast<OpportunitiesView*>(window.sectionWidget(MainWindow::Opportunities));
        opportunities->setBoardMode(false);
        ASSERT_TRUE(opportunities->showOpportunity(opportunity));
        ASSERT_TRUE(window.close());
        stored->sync();
    }

    auto stored = settings();
    EXPECT_EQ(stored->text(AppSettings::LastDatabase), path);
    Run run(stored.get(), clock);
    Session& session = run.session;
    MainWindow& window = run.window;
    ASSERT_TRUE(session.open(stored->text(AppSettings::LastDatabase)));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.currentSection(), MainWindow::Opportunities);
    EXPECT_EQ(window.size(), QSize(1100, 700));
    auto* opportunities
        = qobject_cast<OpportunitiesView*>(window.sectionWidget(MainWindow::Opportunities));
    EXPECT_TRUE(opportunities->isShowingPage());
    EXPECT_EQ(opportunities->page()->opportunityId(), opportunity);
    EXPECT_FALSE(opportunities->isBoardMode());
    auto* journal = qobject_cast<JournalView*>(window.sectionWidget(MainWindow::Journal));
    EXPECT_EQ(journal->editor()->entryId(), entry);
    window.showSection(MainWindow::Journal); // a hidden splitter has no sizes to compare
    EXPECT_EQ(journal->findChild<QSplitter*>(QStringLiteral("journalSplit"))->sizes(), splitSizes);
    auto* contacts = qobject_cast<ContactsView*>(window.sectionWidget(MainWindow::Contacts));
    EXPECT_EQ(contacts->detail()->contactId(), contact);
}

TEST_F(Remembered, WithNothingRememberedTheNewestEntryAndTheFirstContactShow)
{
    auto stored = settings();
    Run run(stored.get(), clock);
    ASSERT_TRUE(run.session.open(path));
    auto* journal = qobject_cast<JournalView*>(run.window.sectionWidget(MainWindow::Journal));
    ASSERT_GT(journal->model()->rowCount(), 1);
    EXPECT_EQ(journal->editor()->entryId(),
              journal->model()->index(0, 0).data(JournalListModel::IdRole).toLongLong());
    auto* contacts = qobject_cast<ContactsView*>(run.window.sectionWidget(MainWindow::Contacts));
    EXPECT_GT(contacts->detail()->contactId(), 0);
    EXPECT_FALSE(contacts->detail()->isNew());
}

TEST_F(Remembered, OpenRecentListsTheFilesAndGreysTheMissingOnes)
{
    auto stored = settings();
    const QString gone = folder.path(QStringLiteral("gone.sqlite"));
    stored->noteOpened(gone);
    Run run(stored.get(), clock);
    Session& session = run.session;
    MainWindow& window = run.window;
    ASSERT_TRUE(session.open(path));
    emit window.recentMenu()->aboutToShow();
    const QList<QAction*> actions = window.recentMenu()->actions();
    ASSERT_EQ(actions.size(), 2);
    EXPECT_EQ(actions[0]->data().toString(), path) << "the file opened last comes first";
    EXPECT_TRUE(actions[0]->isEnabled());
    EXPECT_FALSE(actions[1]->isEnabled()) << "a file that is gone cannot be opened";
    EXPECT_FALSE(actions[1]->toolTip().isEmpty());

    // Choosing one opens it.
    const QString other = folder.path(QStringLiteral("other.sqlite"));
    ASSERT_TRUE(session.open(other));
    emit window.recentMenu()->aboutToShow();
    QAction* back = nullptr;
    for (QAction* action : window.recentMenu()->actions())
        if (action->data().toString() == path)
            back = action;
    ASSERT_TRUE(back);
    back->trigger();
    EXPECT_EQ(session.database()->path(), path);
}

// Opening reads only what the window shows: the section last on show is built (with what was
// on show in it), every other one on its first visit, in place before it is painted.
TEST_F(Remembered, OnlyTheSectionOnShowIsBuiltAndEachOtherOnItsFirstVisit)
{
    {
        auto stored = settings();
        Run run(stored.get(), clock);
        ASSERT_TRUE(run.session.open(path));
        run.window.showSection(MainWindow::Contacts);
        qobject_cast<ContactsView*>(run.window.sectionWidget(MainWindow::Contacts))
            ->select(contact);
        ASSERT_TRUE(run.window.close());
        stored->sync();
    }
    auto stored = settings();
    Run run(stored.get(), clock);
    MainWindow& window = run.window;
    ASSERT_TRUE(run.session.open(path));
    EXPECT_EQ(window.currentSection(), MainWindow::Contacts);
    for (int section = 0; section < MainWindow::SectionCount; ++section)
        EXPECT_EQ(window.isSectionBuilt(MainWindow::Section(section)),
                  section == MainWindow::Contacts)
            << section;
    auto* pages = window.findChild<QStackedWidget*>();
    ASSERT_TRUE(pages);
    QPointer<ContactsView> contacts = qobject_cast<ContactsView*>(pages->currentWidget());
    ASSERT_TRUE(contacts);
    EXPECT_EQ(contacts->detail()->contactId(), contact);

    QSignalSpy shown(&window, &MainWindow::sectionShown);
    window.showSection(MainWindow::Journal);
    ASSERT_EQ(shown.count(), 1);
    EXPECT_TRUE(window.isSectionBuilt(MainWindow::Journal));
    auto* journal = qobject_cast<JournalView*>(pages->currentWidget());
    ASSERT_TRUE(journal) << "the journal is in place as it is shown, not an empty page";
    EXPECT_GT(journal->editor()->entryId(), 0);
    EXPECT_FALSE(window.isSectionBuilt(MainWindow::Network));

    // Another file: the views of the first go with it, the one on show is built afresh.
    ASSERT_TRUE(run.session.open(folder.path(QStringLiteral("other.sqlite"))));
    EXPECT_TRUE(contacts.isNull());
    EXPECT_FALSE(window.isSectionBuilt(MainWindow::Contacts));
    EXPECT_TRUE(window.isSectionBuilt(MainWindow::Journal));
    EXPECT_TRUE(qobject_cast<JournalView*>(pages->currentWidget()));
}

// A size kept on a larger screen (a laptop away from its monitor) is brought within this one;
// on the screen it was made on, the window keeps it.
TEST_F(Remembered, ASizeFromALargerScreenIsBroughtWithinThisOne)
{
    auto stored = settings();
    QSize room;
    {
        Run run(stored.get(), clock);
        ASSERT_TRUE(run.session.open(path));
        room = run.window.screen()->availableGeometry().size();
        run.window.resize(room + QSize(300, 200));
        run.window.saveLayout();
    }
    {
        Run run(stored.get(), clock); // the same screen: as it was left
        ASSERT_TRUE(run.session.open(path));
        run.window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&run.window));
        EXPECT_EQ(run.window.size(), room + QSize(300, 200));
    }
    stored->set(AppSettings::WindowScreen, room + QSize(600, 400)); // as on a larger monitor
    Run run(stored.get(), clock);
    ASSERT_TRUE(run.session.open(path));
    run.window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&run.window));
    EXPECT_LE(run.window.width(), room.width());
    EXPECT_LE(run.window.height(), room.height());
}
