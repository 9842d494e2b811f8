#include "shell/MainWindow.h"

#include "common/EmptyStateWidget.h"
#include "journal/EntryEditor.h"
#include "journal/JournalListModel.h"
#include "journal/JournalView.h"
#include "journal/MarkdownEdit.h"
#include "journal/ReflectionSteps.h"
#include "RawSql.h"
#include "ScriptedPrompter.h"
#include "services/DemoSample.h"
#include "shell/Session.h"
#include "storage/JournalRepository.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"
#include "today/TodayView.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>

using namespace finalist;

namespace {

class Window : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("window.sqlite"));
        session.attach(&window);
        ASSERT_TRUE(session.open(path));
        session.waitForBackgroundWork(); // the whole-file check, then the daily backup
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    QAction* action(const char* name) { return window.findChild<QAction*>(QLatin1String(name)); }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    test::ScriptedPrompter prompter;
    Session session{ prompter, clock };
    MainWindow window;
    QString path;
};

} // namespace

TEST_F(Window, NavigationWalksEverySectionByClickAndShortcut)
{
    QListWidget* navigation = window.navigation();
    ASSERT_EQ(navigation->count(), MainWindow::SectionCount);
    EXPECT_EQ(window.currentSection(), MainWindow::Today);
    for (int i = MainWindow::SectionCount - 1; i >= 0; --i) {
        const QRect rect = navigation->visualItemRect(navigation->item(i));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        EXPECT_EQ(window.currentSection(), i);
        EXPECT_FALSE(navigation->item(i)->icon().isNull());
        QWidget* shown = window.sectionWidget(static_cast<MainWindow::Section>(i));
        EXPECT_TRUE(shown->isVisible());
        if (i == MainWindow::Journal) {
            EXPECT_NE(qobject_cast<JournalView*>(shown), nullptr) << "the journal is built";
        }
        if (i == MainWindow::Today) {
            EXPECT_NE(qobject_cast<TodayView*>(shown), nullptr) << "the start page is built";
        }
        EXPECT_EQ(qobject_cast<EmptyStateWidget*>(shown), nullptr) << "every view is built";
    }
    for (int i = 0; i < MainWindow::SectionCount; ++i) {
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        EXPECT_EQ(window.currentSection(), i);
        EXPECT_EQ(navigation->currentRow(), i);
    }
}

// The darkest opaque-ish pixel's lightness tells what colour a line icon was drawn in.
int inkLightness(const QIcon& icon)
{
    const QImage image = icon.pixmap(QSize(20, 20)).toImage();
    int sum = 0, count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200) {
                sum += c.lightness();
                ++count;
            }
        }
    }
    return count ? sum / count : -1;
}

TEST_F(Window, NavigationIconsFollowTheLightOrDarkPalette)
{
    QListWidgetItem* item = window.navigation()->item(MainWindow::Contacts);
    QPalette light = window.palette();
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Base, Qt::white);
    window.setPalette(light);
    const int onLight = inkLightness(item->icon());
    QPalette dark = window.palette();
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    window.setPalette(dark);
    const int onDark = inkLightness(item->icon());
    ASSERT_GE(onLight, 0);
    ASSERT_GE(onDark, 0);
    EXPECT_LT(onLight, 110) << "dark ink on a light list";
    EXPECT_GT(onDark, 140) << "light ink on a dark list";
}

TEST_F(Window, TitleAndStatusBarShowTheDatabase)
{
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("window.sqlite")));
    // The mark drawn for Finalist, readable at the tray's size and at the about box's; every
    // size drawn for the theme read (the ones drawn on the pixel grid included).
    QList<int> sizes;
    for (const QSize& size : MainWindow::appIcon().availableSizes())
        sizes << size.width();
    std::sort(sizes.begin(), sizes.end());
    EXPECT_EQ(sizes, (QList<int>{ 16, 22, 24, 32, 48, 64, 128 }));
    for (int size : { 16, 64 }) {
        const QImage icon = window.windowIcon().pixmap(size).toImage();
        ASSERT_FALSE(icon.isNull()) << size;
        EXPECT_EQ(icon.pixelColor(size / 2, size - 2).alpha(), 255) << "an opaque tile";
    }
    auto* label = window.findChild<QLabel*>(QStringLiteral("databasePath"));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), QDir::toNativeSeparators(path));
    EXPECT_TRUE(label->isVisible());
    auto* backup = window.findChild<QLabel*>(QStringLiteral("backupState"));
    ASSERT_NE(backup, nullptr);
    EXPECT_EQ(backup->text(), QStringLiteral("Backed up today"));
    EXPECT_TRUE(backup->isVisible());
    EXPECT_EQ(BackupStore::listFor(path).size(), 1u) << "the daily backup was taken on opening";
    EXPECT_EQ(BackupStore::listFor(path).front().reason, QStringLiteral("daily"));
}

TEST_F(Window, FileMenuOffersEveryActionAndQuitIsControlQ)
{
    for (const char* name : { "newDatabase", "openDatabase", "backupNow", "restoreBackup" })
        EXPECT_NE(action(name), nullptr) << name;
    QAction* quit = action("quit");
    ASSERT_NE(quit, nullptr);
    EXPECT_EQ(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QMenu* file = window.menuBar()->findChildren<QMenu*>().value(0);
    ASSERT_NE(file, nullptr);
    EXPECT_EQ(file->actions().last(), quit);
}

TEST_F(Window, BackupNowWritesIntoTheBackupsFolder)
{
    const qsizetype before
        = QDir(folder.path(QStringLiteral("backups"))).entryList(QDir::Files).size();
    clock.set(clock.now().addSecs(60));
    QSignalSpy messages(&session, &Session::message);
    action("backupNow")->trigger();
    EXPECT_EQ(QDir(folder.path(QStringLiteral("backups"))).entryList(QDir::Files).size(),
              before + 1);
    ASSERT_EQ(messages.count(), 1);
    const QString shown = window.statusBar()->currentMessage();
    ASSERT_TRUE(shown.startsWith(QStringLiteral("Backed up to "))) << shown.toStdString();
    const QString written = shown.mid(QStringLiteral("Backed up to ").size());
    EXPECT_TRUE(QFileInfo::exists(written)) << written.toStdString();
    EXPECT_EQ(QFileInfo(written).absolutePath(), folder.path(QStringLiteral("backups")));
    EXPECT_EQ(BackupStore::listFor(path).front().reason, QStringLiteral("manual"));
}

TEST_F(Window, RestoreFromTheFileMenuBringsBackTheBackup)
{
    Opportunity o;
    o.company = QStringLiteral("After the backup");
    clock.set(clock.now().addSecs(60));
    ASSERT_OK(OpportunityRepository(*session.database()).add(o));
    prompter.backupsToChoose << BackupStore::listFor(path).back().path; // the daily one, empty
    action("restoreBackup")->trigger();
    EXPECT_TRUE(prompter.told.isEmpty()) << prompter.told.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(prompter.asked.size(), 1) << "a restore is confirmed first";
    EXPECT_TRUE(prompter.asked.first().contains(QStringLiteral("window.sqlite")));
    EXPECT_EQ(OpportunityRepository(*session.database()).count().value(), 0);
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(QStringLiteral("Restored")));
    EXPECT_EQ(BackupStore::listFor(path).front().reason, QStringLiteral("before-restore"));
}

TEST_F(Window, ARestoreDeclinedAtTheQuestionChangesNothing)
{
    Opportunity o;
    o.company = QStringLiteral("Kept");
    ASSERT_OK(OpportunityRepository(*session.database()).add(o));
    const size_t backups = BackupStore::listFor(path).size();
    prompter.backupsToChoose << QStringLiteral("newest");
    prompter.confirmations = { false };
    action("restoreBackup")->trigger();
    EXPECT_EQ(prompter.asked.size(), 1);
    EXPECT_EQ(OpportunityRepository(*session.database()).count().value(), 1);
    EXPECT_EQ(BackupStore::listFor(path).size(), backups);
    EXPECT_FALSE(window.statusBar()->currentMessage().startsWith(QStringLiteral("Restored")));
}

TEST_F(Window, OpeningAnotherDatabaseSwitchesAndReleasesTheOldOne)
{
    const QString other = folder.path(QStringLiteral("other.sqlite"));
    prompter.filesToOpen << other;
    QSignalSpy changed(&session, &Session::databaseChanged);
    action("openDatabase")->trigger();
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(session.database()->path(), other);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("other.sqlite")));
    EXPECT_TRUE(Database::open(path, clock).ok()) << "the first file's lock was released";
    auto again = Database::open(other, clock);
    ASSERT_FALSE(again.ok()) << "the new file is held";
    EXPECT_EQ(again.error().code, Error::Code::Locked);
}

TEST_F(Window, TheJournalIsRebuiltOnTheNewDatabase)
{
    const QString other = folder.path(QStringLiteral("other.sqlite"));
    {
        auto db = test::openOrFail(other, clock);
        ASSERT_TRUE(db);
        JournalEntry e;
        e.title = QStringLiteral("Only in the other file");
        e.writtenOn = QDate(2026, 3, 1);
        ASSERT_OK(JournalRepository(*db).add(e));
    }
    auto* before = qobject_cast<JournalView*>(window.sectionWidget(MainWindow::Journal));
    ASSERT_NE(before, nullptr);
    EXPECT_EQ(before->model()->rowCount(), 0);
    QPointer<JournalView> old(before);
    prompter.filesToOpen << other;
    action("openDatabase")->trigger();
    EXPECT_TRUE(old.isNull()) << "the old view is gone before its database closed";
    auto* after = qobject_cast<JournalView*>(window.sectionWidget(MainWindow::Journal));
    ASSERT_NE(after, nullptr);
    EXPECT_EQ(after->model()->rowCount(), 1);
}

TEST_F(Window, SwitchingWithTextThatCannotBeSavedAsksFirst)
{
    window.showSection(MainWindow::Journal);
    auto* journal = qobject_cast<JournalView*>(window.sectionWidget(MainWindow::Journal));
    ASSERT_NE(journal, nullptr);
    journal->newEntry();
    ASSERT_GT(journal->editor()->entryId(), 0);
    test::rawSql(path,
                 QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON journal_entries "
                                "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
    MarkdownEdit* edit = journal->editor()->stepEdit(ExperienceStep);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("words that cannot be saved"));

    const QString other = folder.path(QStringLiteral("other.sqlite"));
    prompter.filesToOpen << other << other;
    prompter.confirmations = { false, true };
    action("openDatabase")->trigger();
    ASSERT_EQ(prompter.asked.size(), 1);
    EXPECT_EQ(session.database()->path(), path) << "the user stayed";
    EXPECT_EQ(window.sectionWidget(MainWindow::Journal), journal);
    EXPECT_TRUE(edit->toPlainText().contains(QStringLiteral("cannot be saved")));
    EXPECT_TRUE(Database::open(other, clock).ok()) << "the file not switched to was let go";

    action("openDatabase")->trigger();
    EXPECT_EQ(prompter.asked.size(), 2);
    EXPECT_EQ(session.database()->path(), other) << "the user chose to go on";
}

TEST_F(Window, OpeningALockedFileKeepsTheCurrentDatabase)
{
    const QString other = folder.path(QStringLiteral("elsewhere.sqlite"));
    auto holder = Database::open(other, clock);
    ASSERT_TRUE(holder.ok());
    const QByteArray untouched = test::sha256Of(other);
    const QString title = window.windowTitle();
    prompter.filesToOpen << other;
    prompter.choices = { DatabaseErrorDialog::Choice::Dismiss }; // "Keep the current database"
    action("openDatabase")->trigger();
    ASSERT_EQ(prompter.errorsShown.size(), 1u);
    EXPECT_EQ(prompter.errorsShown[0].code, Error::Code::Locked);
    ASSERT_NE(session.database(), nullptr);
    EXPECT_EQ(session.database()->path(), path);
    EXPECT_EQ(window.windowTitle(), title);
    EXPECT_EQ(test::sha256Of(other), untouched);
    EXPECT_EQ(Database::open(path, clock).error().code, Error::Code::Locked)
        << "the current file is still held";
}

TEST_F(Window, OpeningTheCurrentFileAgainSaysSoInsteadOfRefusingIt)
{
    prompter.filesToOpen << path;
    action("openDatabase")->trigger();
    EXPECT_TRUE(prompter.errorsShown.empty());
    EXPECT_EQ(session.database()->path(), path);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("already open")));
}

TEST_F(Window, ANewDatabaseNeverOverwritesAnExistingFile)
{
    prompter.newFiles << path;
    action("newDatabase")->trigger();
    ASSERT_EQ(prompter.told.size(), 1);
    EXPECT_TRUE(prompter.told.first().contains(QStringLiteral("already exists")));
    EXPECT_EQ(session.database()->path(), path);
}

TEST_F(Window, EverySectionFitsASmallScreen)
{
    // 1024 x 640 is the smallest screen the window is designed for; no section may force the
    // window wider or taller, with real names in its lists.
    const QString demo = folder.path(QStringLiteral("demo.sqlite"));
    {
        auto filled = test::openOrFail(demo, clock);
        ASSERT_TRUE(filled);
        ASSERT_OK(fillDemoSample(*filled));
        // A process with a long name: the pickers that list processes stay narrow.
        test::addProcessWithALongName(*filled);
    }
    ASSERT_TRUE(session.open(demo));
    for (int i = 0; i < MainWindow::SectionCount; ++i) {
        window.showSection(static_cast<MainWindow::Section>(i));
        const QSize needed
            = window.sectionWidget(static_cast<MainWindow::Section>(i))->minimumSizeHint();
        EXPECT_LE(needed.width(), 900 - window.navigation()->width() - 20)
            << "section " << i << " needs " << needed.width() << " pixels";
        EXPECT_LE(needed.height(), 560) << "section " << i;
    }
    // 900 px is what a 1366 x 768 screen at 125 % leaves once the window manager takes its share.
    EXPECT_LE(window.minimumSizeHint().width(), 900);
    EXPECT_LE(window.minimumSizeHint().height(), 640);

    // Squeezed to that size, the panes give way to what matters: the reflection keeps sixty
    // characters of width, and the contact's pane scrolls down only, never sideways.
    window.resize(window.minimumSizeHint());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::Journal);
    QCoreApplication::processEvents();
    for (auto* edit : window.sectionWidget(MainWindow::Journal)->findChildren<MarkdownEdit*>()) {
        if (edit->isVisible())
            EXPECT_GE(edit->viewport()->width(), 60 * edit->fontMetrics().averageCharWidth());
    }
    window.showSection(MainWindow::Contacts);
    QCoreApplication::processEvents();
    auto* detail = window.sectionWidget(MainWindow::Contacts)->findChild<QScrollArea*>();
    ASSERT_NE(detail, nullptr);
    EXPECT_LE(detail->widget()->width(), detail->viewport()->width());
    for (auto* button : detail->widget()->findChildren<QPushButton*>()) {
        if (button->isVisible())
            EXPECT_LE(button->mapTo(detail->viewport(), QPoint(button->width(), 0)).x(),
                      detail->viewport()->width())
                << button->text().toStdString() << " is cut";
    }
}

// Nothing asks for Today's page before the window shows (a journal opened would replace it):
// showing the window makes it, so the first paint is never a blank page.
TEST(WindowWithoutJournal, ThePageOnShowIsMadeWhenTheWindowShows)
{
    MainWindow window;
    auto* pages
        = window.centralWidget()->findChild<QStackedWidget*>(QString(), Qt::FindDirectChildrenOnly);
    ASSERT_NE(pages, nullptr);
    EXPECT_EQ(qobject_cast<EmptyStateWidget*>(pages->currentWidget()), nullptr)
        << "made before it was needed";
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* shown = qobject_cast<EmptyStateWidget*>(pages->currentWidget());
    ASSERT_NE(shown, nullptr);
    EXPECT_TRUE(shown->isVisible());
    EXPECT_EQ(pages->currentIndex(), int(MainWindow::Today));
}

TEST(WindowWithoutJournal, EachSectionShowsItsEmptyStateWhenFirstShown)
{
    MainWindow window; // no Session: no journal to build a view from
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    for (int i = 0; i < MainWindow::SectionCount; ++i) {
        const auto section = static_cast<MainWindow::Section>(i);
        window.showSection(section);
        auto* empty = qobject_cast<EmptyStateWidget*>(window.sectionWidget(section));
        ASSERT_NE(empty, nullptr) << i;
        EXPECT_EQ(empty->title(), navigation->item(i)->text());
        EXPECT_TRUE(empty->isVisible()) << i;
        // Shown again, the same page.
        window.showSection(MainWindow::Today);
        window.showSection(section);
        EXPECT_EQ(window.sectionWidget(section), empty) << i;
    }
}
