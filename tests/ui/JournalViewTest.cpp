#include "journal/JournalView.h"

#include "Eventually.h"
#include "journal/EntryEditor.h"
#include "journal/JournalListModel.h"
#include "journal/MarkdownEdit.h"
#include "journal/ReflectionSteps.h"
#include "RawSql.h"
#include "services/RoundPeople.h"
#include "storage/JournalRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/RoundRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QToolButton>

using namespace finalist;

namespace {

class Journal : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("journal.sqlite"));
        db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        for (const auto& [title, text] :
             { std::pair{ QStringLiteral("Harbor final"),
                          QStringLiteral("The panel asked about pricing") },
               std::pair{ QStringLiteral("Northwind video"),
                          QStringLiteral("Hannah liked the audit") },
               std::pair{ QStringLiteral("Quarry screen"),
                          QStringLiteral("Not the role for me") } }) {
            JournalEntry e;
            e.title = title;
            e.writtenOn = QDate(2026, 3, 1);
            e.experience = text;
            ASSERT_OK(JournalRepository(*db).add(e));
            ids.push_back(e.id);
        }
        view = std::make_unique<JournalView>(*db);
        tester = std::make_unique<QAbstractItemModelTester>(
            view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        view->resize(1100, 700);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
    }

    void clickRow(int row)
    {
        QListView* list = view->list();
        const QRect rect = list->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    }

    JournalEntry stored(qint64 id) { return JournalRepository(*db).get(id).value(); }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    std::unique_ptr<JournalView> view;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QString path;
    std::vector<qint64> ids;
};

} // namespace

TEST_F(Journal, TypingInEveryStepReachesTheDatabaseWithinASecond)
{
    ASSERT_EQ(view->model()->rowCount(), 3);
    clickRow(0);
    EntryEditor* editor = view->editor();
    const qint64 id = editor->entryId();
    ASSERT_GT(id, 0);
    QListWidget* stepper = editor->findChild<QListWidget*>(QStringLiteral("stepper"));
    ASSERT_NE(stepper, nullptr);
    for (int step = StepCount - 1; step >= 0; --step) {
        QTest::mouseClick(stepper->viewport(), Qt::LeftButton, {},
                          stepper->visualItemRect(stepper->item(step)).center());
        ASSERT_EQ(editor->currentStep(), step);
        MarkdownEdit* edit = editor->stepEdit(step);
        edit->setFocus();
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, QStringLiteral(" step%1 done").arg(step));
        EXPECT_TRUE(editor->isStepDone(step));
    }
    EXPECT_EQ(editor->saveStateText(), QStringLiteral("Saving…"));
    ASSERT_EVENTUALLY(editor->saveStateText() == QStringLiteral("Saved"), 1000);
    const JournalEntry saved = stored(id);
    EXPECT_TRUE(saved.experience.endsWith(QStringLiteral(" step0 done")));
    EXPECT_EQ(saved.jobIdeal, QStringLiteral(" step1 done"));
    EXPECT_EQ(saved.relationships, QStringLiteral(" step2 done"));
    EXPECT_EQ(saved.learned, QStringLiteral(" step3 done"));
    EXPECT_EQ(saved.momentum, QStringLiteral(" step4 done"));
    EXPECT_EQ(saved.notes, QStringLiteral(" step5 done"));
}

TEST_F(Journal, SwitchingEntriesSavesAtOnce)
{
    clickRow(0);
    const qint64 first = view->editor()->entryId();
    QTest::keyClick(view->editor()->titleEdit(), Qt::Key_End);
    QTest::keyClicks(view->editor()->titleEdit(), QStringLiteral(" (revised)"));
    clickRow(1);
    EXPECT_NE(view->editor()->entryId(), first);
    EXPECT_TRUE(stored(first).title.endsWith(QStringLiteral("(revised)")))
        << "saved on switching, not later";
    EXPECT_TRUE(view->model()
                    ->data(view->model()->index(view->model()->rowOf(first), 0), Qt::DisplayRole)
                    .toString()
                    .endsWith(QStringLiteral("(revised)")));
}

TEST_F(Journal, TheProcessChoiceIsBuiltAgainOnlyWhenTheProcessesChanged)
{
    Opportunity harbor;
    harbor.company = QStringLiteral("Harbor");
    harbor.role = QStringLiteral("Data Lead");
    ASSERT_OK(OpportunityRepository(*db).add(harbor));
    clickRow(1); // the first entry was opened with the view, before Harbor
    QComboBox* box = view->editor()->opportunityBox();
    ASSERT_EQ(box->count(), 2);
    QSignalSpy rebuilt(box->model(), &QAbstractItemModel::modelReset);
    clickRow(2);
    clickRow(0);
    EXPECT_EQ(rebuilt.count(), 0) << "the same processes: the same rows, not rebuilt";
    EXPECT_EQ(box->itemText(1), QStringLiteral("Harbor — Data Lead"));

    Opportunity quarry;
    quarry.company = QStringLiteral("Quarry");
    ASSERT_OK(OpportunityRepository(*db).add(quarry));
    clickRow(1);
    ASSERT_EQ(box->count(), 3) << "a new process shows in the next entry opened";
    EXPECT_GE(box->findData(quarry.id), 1);
    EXPECT_GE(box->findData(harbor.id), 1);
}

TEST_F(Journal, AFailedSaveKeepsTheTextShowsWhyAndRetries)
{
    clickRow(0);
    EntryEditor* editor = view->editor();
    const qint64 id = editor->entryId();
    editor->autosaver().setRetryDelays({ 200 });
    test::rawSql(path,
                 QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON journal_entries "
                                "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
    MarkdownEdit* edit = editor->stepEdit(ExperienceStep);
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral(" and I must not lose this"));
    ASSERT_EVENTUALLY(!editor->errorText().isEmpty(), 1500);
    EXPECT_TRUE(editor->errorText().contains(QStringLiteral("Not saved")));
    EXPECT_EQ(editor->saveStateText(), QStringLiteral("Not saved yet"));
    EXPECT_TRUE(edit->toPlainText().endsWith(QStringLiteral("and I must not lose this")));
    EXPECT_FALSE(stored(id).experience.contains(QStringLiteral("must not lose")));

    clickRow(1);
    EXPECT_EQ(editor->entryId(), id) << "switching away would lose the text, so it stays";

    test::rawSql(path, QStringLiteral("DROP TRIGGER refuse"));
    ASSERT_EVENTUALLY(editor->saveStateText() == QStringLiteral("Saved"), 2000);
    EXPECT_TRUE(stored(id).experience.endsWith(QStringLiteral("and I must not lose this")));
    EXPECT_TRUE(editor->errorText().isEmpty());
}

TEST_F(Journal, SearchNarrowsTheListAndHighlights)
{
    QTest::keyClicks(view->searchBox(), QStringLiteral("pricing"));
    ASSERT_EVENTUALLY(view->model()->rowCount() == 1, 1000);
    const QString snippet
        = view->model()->data(view->model()->index(0, 0), JournalListModel::SnippetRole).toString();
    EXPECT_TRUE(snippet.contains(QStringLiteral("pricing")));
    view->searchBox()->clear();
    QTest::keyClicks(view->searchBox(), QStringLiteral("\"NEAR( -*"));
    ASSERT_EVENTUALLY(view->model()->rowCount() == 0, 1000);
    EXPECT_TRUE(view->model()->lastError().isEmpty()) << "odd text is just text";
    view->searchBox()->clear();
    ASSERT_EVENTUALLY(view->model()->rowCount() == 3, 1000);
}

TEST_F(Journal, NewEntryAndDeleteWithUndo)
{
    view->findChild<QToolButton*>(QStringLiteral("newEntry"))->click();
    EXPECT_EQ(view->model()->rowCount(), 4);
    const qint64 fresh = view->editor()->entryId();
    ASSERT_GT(fresh, 0);
    EXPECT_EQ(stored(fresh).revisitOn, clock.today().addDays(14));
    QTest::keyClicks(view->editor()->titleEdit(), QStringLiteral("Brand new"));
    view->findChild<QPushButton*>(QStringLiteral("deleteEntry"))->click();
    EXPECT_EQ(view->model()->rowCount(), 3);
    EXPECT_EQ(JournalRepository(*db).count().value(), 3);
    view->findChild<QPushButton*>(QStringLiteral("undoDelete"))->click();
    EXPECT_EQ(JournalRepository(*db).count().value(), 4);
    JournalFilter byTitle;
    byTitle.text = QStringLiteral("Brand new");
    EXPECT_EQ(JournalRepository(*db).count(byTitle).value(), 1) << "the typed title came back too";
}

TEST_F(Journal, ANewEntryFromAnOpportunityOpensWithItsRoundsAndPeople)
{
    Opportunity harbor;
    harbor.company = QStringLiteral("Harbor & Finch");
    ASSERT_OK(OpportunityRepository(*db).add(harbor));
    Round panel;
    panel.opportunityId = harbor.id;
    panel.kind = RoundKind::Panel;
    ASSERT_OK(RoundRepository(*db).add(panel));
    ASSERT_OK(RoundPeople(*db).addNew(panel.id, QStringLiteral("Priya Raman"), harbor.company));

    view->newEntryFromOpportunity(harbor.id);
    EntryEditor* editor = view->editor();
    ASSERT_GT(editor->entryId(), 0);
    EXPECT_EQ(editor->currentStep(), int(ExperienceStep));
    EXPECT_TRUE(editor->stepEdit(ExperienceStep)->toPlainText().contains(QStringLiteral("Priya")));
    EXPECT_EQ(view->model()->rowCount(), 4);
    EXPECT_EQ(test::rawSql(path,
                           QStringLiteral("SELECT count(*) FROM follow_ups WHERE kind = "
                                          "'revisit' AND entry_id = %1")
                               .arg(editor->entryId()))
                  .toInt(),
              1);
}
