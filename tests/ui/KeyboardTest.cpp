// The window by keyboard: Tab never gets stuck, the standard shortcuts do what they say, every
// menu has unique mnemonics, Edit acts on the focused field or on the section's records, and
// what shows only an icon has a name a screen reader can say.
#include "Eventually.h"
#include "help/HelpWindow.h"
#include "journal/JournalListModel.h"
#include "journal/JournalView.h"
#include "opportunities/OpportunitiesView.h"
#include "ScriptedPrompter.h"
#include "services/DemoSample.h"
#include "shell/EditActions.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/JournalRepository.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <set>

using namespace finalist;

namespace {

class Keyboard : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("keys.sqlite"));
        {
            auto db = test::openOrFail(path, clock);
            ASSERT_TRUE(db);
            ASSERT_OK(fillDemoSample(*db));
        }
        session.attach(&window);
        ASSERT_TRUE(session.open(path));
        window.resize(1100, 720);
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    QAction* action(const char* name) { return window.findChild<QAction*>(QLatin1String(name)); }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    test::ScriptedPrompter prompter;
    Session session{ prompter, clock };
    MainWindow window;
    QString path;
};

// The view a widget sits in, if it is (inside) a list, table or tree.
QAbstractItemView* viewOf(QWidget* widget)
{
    for (QWidget* up = widget; up; up = up->parentWidget())
        if (auto* view = qobject_cast<QAbstractItemView*>(up))
            return view;
    return nullptr;
}

// Presses the key until the focus is back on the navigation; fails if it never comes back or
// stays inside one list or table for more presses than the table has cells with widgets.
void walkBackToNavigation(MainWindow& window, Qt::Key key, Qt::KeyboardModifiers modifiers,
                          const char* section)
{
    window.navigation()->setFocus(Qt::TabFocusReason);
    ASSERT_EQ(QApplication::focusWidget(), window.navigation());
    std::set<QAbstractItemView*> entered;
    QAbstractItemView* inside = nullptr;
    int pressesInside = 0;
    for (int press = 0; press < 400; ++press) {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
        QWidget* focus = QApplication::focusWidget();
        ASSERT_TRUE(focus) << section << ": the focus went nowhere";
        if (focus == window.navigation())
            return; // around the whole window and back
        QAbstractItemView* view = viewOf(focus);
        if (view && view == inside) {
            ++pressesInside;
            // Widgets in cells get the focus one by one; a trap keeps it for ever.
            ASSERT_LT(pressesInside, 60)
                << section << ": Tab is stuck in " << view->objectName().toStdString();
        } else {
            inside = view;
            pressesInside = 0;
            if (view)
                entered.insert(view);
        }
    }
    FAIL() << section << ": Tab never came back to the navigation; stuck at "
           << QApplication::focusWidget()->metaObject()->className() << " "
           << QApplication::focusWidget()->objectName().toStdString();
}

} // namespace

TEST_F(Keyboard, TabAndShiftTabLeaveEveryTableAndComeBackToTheNavigation)
{
    for (int i = 0; i < MainWindow::SectionCount; ++i) {
        window.showSection(static_cast<MainWindow::Section>(i));
        const std::string name = window.navigation()->item(i)->text().toStdString();
        walkBackToNavigation(window, Qt::Key_Tab, Qt::NoModifier, name.c_str());
        walkBackToNavigation(window, Qt::Key_Backtab, Qt::ShiftModifier, name.c_str());
    }
}

TEST_F(Keyboard, ATableWithWidgetsInItsCellsLetsTabGo)
{
    // The journal's people table holds a combo and a button per row.
    window.showSection(MainWindow::Journal);
    auto* journal = qobject_cast<JournalView*>(window.sectionWidget(MainWindow::Journal));
    auto* people = journal->findChild<QAbstractItemView*>(QStringLiteral("peopleTable"));
    ASSERT_TRUE(people);
    EXPECT_FALSE(people->tabKeyNavigation()) << "Tab moves on; the arrows move in the table";
}

TEST_F(Keyboard, CtrlNMakesANewItemOfTheSectionOnShow)
{
    window.showSection(MainWindow::Journal);
    EXPECT_EQ(window.newItemAction()->text().remove(QLatin1Char('&')), QStringLiteral("New Entry"));
    auto* journal = qobject_cast<JournalView*>(window.sectionWidget(MainWindow::Journal));
    const auto entriesBefore = JournalRepository(*session.database()).list().value().size();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    journal->flush();
    EXPECT_EQ(JournalRepository(*session.database()).list().value().size(), entriesBefore + 1);

    window.showSection(MainWindow::Contacts);
    EXPECT_EQ(window.newItemAction()->text().remove(QLatin1Char('&')),
              QStringLiteral("New Contact"));
    window.showSection(MainWindow::Opportunities);
    EXPECT_TRUE(window.newItemAction()->text().contains(QStringLiteral("Opportunity")));
}

TEST_F(Keyboard, CtrlFPutsTheFocusInTheSectionsSearchBox)
{
    for (auto section : { MainWindow::Opportunities, MainWindow::Journal, MainWindow::Contacts }) {
        window.showSection(section);
        window.navigation()->setFocus();
        QTest::keyClick(window.navigation(), Qt::Key_F, Qt::ControlModifier);
        auto* focus = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        ASSERT_TRUE(focus) << "section " << section;
        EXPECT_TRUE(focus->objectName().contains(QStringLiteral("Search")))
            << "section " << section;
    }
}

TEST_F(Keyboard, F1OpensTheGuideOnTheSectionsPage)
{
    window.showSection(MainWindow::Opportunities);
    QTest::keyClick(window.navigation(), Qt::Key_F1);
    auto* help = window.findChild<HelpWindow*>();
    ASSERT_TRUE(help);
    EXPECT_TRUE(help->isVisible());
    EXPECT_EQ(help->currentPage(), QStringLiteral("opportunities"));
    EXPECT_TRUE(help->browser()->toPlainText().contains(QStringLiteral("board")));

    // Searching the guide keeps the pages that hold the words.
    QTest::keyClicks(help->searchBox(), QStringLiteral("invitation"));
    int shown = 0;
    for (int i = 0; i < help->contents()->count(); ++i)
        shown += help->contents()->item(i)->isHidden() ? 0 : 1;
    EXPECT_GT(shown, 0);
    EXPECT_LT(shown, help->contents()->count());
    help->close();
}

TEST_F(Keyboard, TheShortcutsPageListsWhatTheMenusOffer)
{
    action("keyboardShortcuts")->trigger();
    auto* help = window.findChild<HelpWindow*>();
    ASSERT_TRUE(help);
    const QString text = help->browser()->toPlainText();
    EXPECT_TRUE(text.contains(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    EXPECT_TRUE(text.contains(QStringLiteral("Find Everywhere")));
    EXPECT_TRUE(text.contains(QStringLiteral("Preferences")));
    help->close();
}

TEST_F(Keyboard, StandardKeysAreOnTheirUsualActions)
{
    EXPECT_TRUE(
        action("preferences")->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    EXPECT_EQ(action("quit")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    EXPECT_EQ(action("closeWindow")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_W));
    EXPECT_EQ(action("findEverywhere")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    EXPECT_TRUE(action("newDatabase")->shortcut().isEmpty()) << "Ctrl+N is the section's";
    QSignalSpy preferences(&window, &MainWindow::preferencesRequested);
    // The dialog it opens is modal: closed as soon as it shows.
    QTimer::singleShot(0, [] {
        if (QWidget* dialog = QApplication::activeModalWidget())
            dialog->close();
    });
    QTest::keyClick(window.navigation(), Qt::Key_Comma, Qt::ControlModifier);
    EXPECT_EQ(preferences.count(), 1);
}

TEST_F(Keyboard, EveryMenuHasUniqueMnemonics)
{
    for (QAction* top : window.menuBar()->actions()) {
        ASSERT_TRUE(top->menu());
        std::set<QChar> letters;
        for (QAction* item : top->menu()->actions()) {
            if (item->isSeparator())
                continue;
            const QString text = item->text();
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            ASSERT_GE(amp, 0) << "no mnemonic: " << text.toStdString();
            const QChar letter = text.at(amp + 1).toLower();
            EXPECT_TRUE(letters.insert(letter).second)
                << top->text().toStdString() << ": '" << QString(letter).toStdString()
                << "' twice, again in " << text.toStdString();
        }
    }
}

TEST_F(Keyboard, EditActsOnTheFocusedFieldAndOnTheSectionsRecords)
{
    window.showSection(MainWindow::Contacts);
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("contactSearch"));
    ASSERT_TRUE(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Priya"));
    search->selectAll();
    window.editActions()->update();
    ASSERT_TRUE(window.editActions()->copy()->isEnabled());
    window.editActions()->copy()->trigger();
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("Priya"));
    window.editActions()->undo()->trigger();
    EXPECT_EQ(search->text(), QString()) << "Undo in a field undoes the typing";

    // Away from text, Undo names and undoes the section's last record-level action.
    window.showSection(MainWindow::Opportunities);
    auto* opportunities
        = qobject_cast<OpportunitiesView*>(window.sectionWidget(MainWindow::Opportunities));
    const auto all = OpportunityRepository(*session.database()).list().value();
    ASSERT_GE(all.size(), 2u);
    opportunities->deleteOpportunity(all[0].id);
    opportunities->deleteOpportunity(all[1].id);
    ASSERT_EQ(OpportunityRepository(*session.database()).list().value().size(), all.size() - 2);
    window.navigation()->setFocus();
    window.editActions()->update();
    EXPECT_TRUE(window.editActions()->undo()->isEnabled());
    EXPECT_TRUE(window.editActions()->undo()->text().contains(all[1].company))
        << window.editActions()->undo()->text().toStdString();
    QSignalSpy undone(window.editActions()->undo(), &QAction::triggered);
    QTest::keyClick(window.navigation(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(undone.count(), 1) << "Ctrl+Z is Edit ▸ Undo";
    // A restored process comes back under a new id: it is known by its company.
    const auto listed = [&](const QString& company) {
        const auto now = OpportunityRepository(*session.database()).list().value();
        return std::any_of(now.begin(), now.end(),
                           [&](const Opportunity& o) { return o.company == company; });
    };
    EXPECT_TRUE(listed(all[1].company)) << "the newest delete is undone first";
    EXPECT_FALSE(listed(all[0].company));
    window.editActions()->update();
    EXPECT_TRUE(window.editActions()->undo()->text().contains(all[0].company));
    window.editActions()->undo()->trigger();
    EXPECT_EQ(OpportunityRepository(*session.database()).list().value().size(), all.size());

    // The journal's deletes are on its own history, named by the entry.
    window.showSection(MainWindow::Journal);
    auto* journal = qobject_cast<JournalView*>(window.sectionWidget(MainWindow::Journal));
    journal->list()->setCurrentIndex(journal->model()->index(0, 0));
    const auto entries = JournalRepository(*session.database()).list().value().size();
    journal->deleteEntry();
    ASSERT_EQ(JournalRepository(*session.database()).list().value().size(), entries - 1);
    window.navigation()->setFocus();
    window.editActions()->update();
    EXPECT_TRUE(window.editActions()->undo()->text().startsWith(QStringLiteral("&Undo Delete")))
        << window.editActions()->undo()->text().toStdString();
    window.editActions()->undo()->trigger();
    EXPECT_EQ(JournalRepository(*session.database()).list().value().size(), entries);
}

TEST_F(Keyboard, IconOnlyControlsTablesAndNavigationSayWhatTheyAre)
{
    for (int i = 0; i < MainWindow::SectionCount; ++i) {
        window.showSection(static_cast<MainWindow::Section>(i));
        EXPECT_TRUE(
            window.navigation()->item(i)->toolTip().contains(QStringLiteral("Ctrl+%1").arg(i + 1)));
        QWidget* page = window.sectionWidget(static_cast<MainWindow::Section>(i));
        for (auto* button : page->findChildren<QAbstractButton*>()) {
            if (!button->text().isEmpty() || button->icon().isNull()
                || qobject_cast<QLineEdit*>(button->parentWidget()))
                continue; // a line edit's clear button is named by Qt
            EXPECT_FALSE(button->accessibleName().isEmpty() && button->toolTip().isEmpty())
                << "an icon-only button without a name in section " << i << ": "
                << button->metaObject()->className() << " " << button->objectName().toStdString()
                << " in " << button->parentWidget()->metaObject()->className();
        }
        for (auto* view : page->findChildren<QAbstractItemView*>()) {
            if (!view->isVisibleTo(page) || qobject_cast<QHeaderView*>(view))
                continue; // a header is part of its table
            EXPECT_FALSE(view->accessibleName().isEmpty())
                << "a list or table without an accessible name in section " << i << ": "
                << view->metaObject()->className() << " " << view->objectName().toStdString();
        }
    }
}
