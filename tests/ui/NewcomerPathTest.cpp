// The path of someone who just lost a final round and opens Finalist for the first time: no
// dead end between the Journal and the opportunity it is about.
#include "common/RoundsPanel.h"
#include "common/UndoBar.h"
#include "contacts/ContactDetail.h"
#include "contacts/ContactsView.h"
#include "Eventually.h"
#include "journal/EntryEditor.h"
#include "journal/JournalView.h"
#include "journal/MarkdownEdit.h"
#include "journal/PeoplePanel.h"
#include "journal/ReflectionSteps.h"
#include "opportunities/BoardView.h"
#include "opportunities/NewOpportunityDialog.h"
#include "opportunities/OpportunitiesView.h"
#include "opportunities/OpportunityForm.h"
#include "opportunities/OpportunityPage.h"
#include "opportunities/StageColumn.h"
#include "RawSql.h"
#include "ScriptedPrompter.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/ContactRepository.h"
#include "storage/ProfileRepository.h"
#include "TestSupport.h"
#include "wizard/NewsPage.h"
#include "wizard/RejectionWizard.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace finalist;

namespace {

class Newcomer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("first.sqlite"));
        prompter.names << QStringLiteral("Zoë Okafor");
        session.attach(&window);
        ASSERT_TRUE(session.open(path));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window); // keyboard focus, as for a window in front
        ASSERT_EVENTUALLY(prompter.namesAsked == 1, 2000);
    }

    QVariant sql(const QString& statement) { return test::rawSql(path, statement); }
    qint64 count(const QString& table, const QString& where = {})
    {
        return test::countRows(path, table, where);
    }

    // Answers the modal dialog that the next action opens.
    template <typename Dialog> void whenOpened(std::function<void(Dialog*)> answer)
    {
        QTimer::singleShot(100, [answer] {
            auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr) << "the dialog did not open";
            answer(dialog);
        });
    }

    void addRound(RoundsPanel* rounds, RoundKind kind, const QDate& on)
    {
        rounds->kindBox()->setCurrentIndex(rounds->kindBox()->findData(int(kind)));
        rounds->dateEdit()->setDate(on);
        QTest::mouseClick(rounds->addRoundButton(), Qt::LeftButton);
    }

    void addPerson(RoundsPanel* rounds, const QString& name)
    {
        QTest::keyClicks(rounds->personEdit(), name);
        QTest::keyClick(rounds->personEdit(), Qt::Key_Return);
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    test::ScriptedPrompter prompter;
    Session session{ prompter, clock };
    MainWindow window;
    QString path;
};

} // namespace

TEST_F(Newcomer, RecordsALostFinalRoundFromTheJournalThenMovesItOnTheBoard)
{
    Database& db = *session.database();
    EXPECT_EQ(ProfileRepository(db).load().value().name, QStringLiteral("Zoë Okafor"))
        << "the first start asked for the name that signs the notes";

    // The journal first, as a newcomer would: a new entry, and the process it is about made
    // from the opportunity field, without the rejection wizard.
    window.showSection(MainWindow::Journal);
    auto* journal = qobject_cast<JournalView*>(window.sectionWidget(MainWindow::Journal));
    ASSERT_TRUE(journal);
    journal->newEntry();
    EntryEditor* editor = journal->editor();
    ASSERT_GT(editor->entryId(), 0);
    whenOpened<NewOpportunityDialog>([](NewOpportunityDialog* dialog) {
        QTest::keyClicks(dialog->form()->companyEdit(), QStringLiteral("Harbor & Finch"));
        QTest::keyClicks(dialog->form()->roleEdit(), QStringLiteral("Senior Product Designer"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("create")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(editor->newOpportunityButton(), Qt::LeftButton);
    const qint64 opportunity = editor->opportunityBox()->currentData().toLongLong();
    ASSERT_GT(opportunity, 0) << "the new process is chosen for the entry";
    EXPECT_EQ(count(QStringLiteral("opportunities"), QStringLiteral("company = 'Harbor & Finch'")),
              1);

    // Step 1: two rounds and three people.
    editor->showStep(ExperienceStep);
    RoundsPanel* rounds = editor->roundsPanel();
    ASSERT_TRUE(rounds->personEdit()->isEnabled()) << "no dead end: the rounds can be recorded";
    addRound(rounds, RoundKind::Video, clock.today().addDays(-12));
    addPerson(rounds, QStringLiteral("Priya Raman"));
    addRound(rounds, RoundKind::Final, clock.today().addDays(-3));
    addPerson(rounds, QStringLiteral("Jonah Park"));
    addPerson(rounds, QStringLiteral("Élise Martin"));
    ASSERT_EQ(rounds->tree()->topLevelItemCount(), 2);
    EXPECT_EQ(count(QStringLiteral("meetings")), 3);
    EXPECT_EQ(count(QStringLiteral("contacts"), QStringLiteral("company = 'Harbor & Finch'")), 3);

    QTest::keyClicks(editor->stepEdit(ExperienceStep), QStringLiteral("Five weeks, two rounds."));
    editor->showStep(RelationshipsStep);
    QTest::keyClicks(editor->stepEdit(RelationshipsStep), QStringLiteral("Thank all three."));
    ASSERT_TRUE(editor->flush());
    EXPECT_EQ(count(QStringLiteral("journal_entries"),
                    QStringLiteral("experience = 'Five weeks, two rounds.' AND relationships = "
                                   "'Thank all three.' AND opportunity_id = %1")
                        .arg(opportunity)),
              1);

    // Step 3: a thank-you, drafted from the templates and signed with the profile's name.
    PeoplePanel* people = editor->peoplePanel();
    ASSERT_EQ(people->table()->rowCount(), 3);
    auto* draft
        = qobject_cast<QPushButton*>(people->table()->cellWidget(0, PeoplePanel::ActionColumn));
    ASSERT_TRUE(draft);
    QTest::mouseClick(draft, Qt::LeftButton);
    const QString body
        = sql(QStringLiteral("SELECT body FROM outreach WHERE kind = 'thank_you'")).toString();
    EXPECT_TRUE(body.contains(QStringLiteral("Zoë"))) << body.toStdString();
    EXPECT_FALSE(body.contains(QStringLiteral("⟦"))) << body.toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("Senior Product Designer"))) << body.toStdString();

    // The board: the card is under Applied; Ctrl+Right moves it on, one stage at a time.
    window.showSection(MainWindow::Opportunities);
    auto* view = qobject_cast<OpportunitiesView*>(window.sectionWidget(MainWindow::Opportunities));
    ASSERT_TRUE(view);
    StageColumn* applied = view->board()->column(Stage::Applied);
    ASSERT_EQ(applied->count(), 1);
    QApplication::setActiveWindow(&window); // the dialogs came and went
    applied->focusRow(0);
    for (int step = 0; step < 3; ++step) {
        ASSERT_NE(QApplication::focusWidget(), nullptr);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::ControlModifier);
    }
    EXPECT_EQ(view->board()->column(Stage::FinalRound)->count(), 1);
    EXPECT_EQ(applied->count(), 0);
    EXPECT_EQ(sql(QStringLiteral("SELECT stage FROM opportunities")).toString(),
              QStringLiteral("final_round"));
    EXPECT_EQ(count(QStringLiteral("opportunity_stages")), 4) << "applied, then three moves";
    EXPECT_EQ(QApplication::focusWidget(), view->board()->column(Stage::FinalRound)->list())
        << "the card keeps the focus as it moves";

    // Return opens it; Delete takes it with what hangs off it; Undo brings it all back.
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    ASSERT_TRUE(view->isShowingPage());
    EXPECT_EQ(view->page()->rounds()->tree()->topLevelItemCount(), 2);
    QTest::mouseClick(view->page()->deleteButton(), Qt::LeftButton);
    EXPECT_FALSE(view->isShowingPage());
    EXPECT_EQ(count(QStringLiteral("opportunities")), 0);
    EXPECT_EQ(count(QStringLiteral("rounds")), 0);
    EXPECT_EQ(count(QStringLiteral("journal_entries"), QStringLiteral("opportunity_id IS NULL")), 1)
        << "the reflection stays";
    ASSERT_TRUE(view->undoBar()->isVisible());
    QTest::mouseClick(view->undoBar()->button(), Qt::LeftButton);
    EXPECT_FALSE(view->undoBar()->isVisible());
    EXPECT_EQ(count(QStringLiteral("opportunities"), QStringLiteral("stage = 'final_round'")), 1);
    EXPECT_EQ(count(QStringLiteral("rounds")), 2);
    EXPECT_EQ(count(QStringLiteral("meetings")), 3);
    EXPECT_EQ(count(QStringLiteral("opportunity_stages")), 4);
    EXPECT_EQ(
        count(QStringLiteral("journal_entries"), QStringLiteral("opportunity_id IS NOT NULL")), 1)
        << "the reflection is linked again";
    EXPECT_EQ(view->board()->column(Stage::FinalRound)->count(), 1);
}

TEST_F(Newcomer, IsAskedForTheNameOnceAndNeverAgainAfterSkipping)
{
    // This fixture answered; a second journal, skipped, is not asked about again.
    const QString second = folder.path(QStringLiteral("second.sqlite"));
    ASSERT_TRUE(session.open(second));
    ASSERT_EVENTUALLY(prompter.namesAsked == 2, 2000);
    EXPECT_TRUE(ProfileRepository(*session.database()).wasAsked().value());
    EXPECT_TRUE(ProfileRepository(*session.database()).load().value().name.isEmpty());
    ASSERT_TRUE(session.open(path));
    ASSERT_TRUE(session.open(second));
    QTest::qWait(100);
    EXPECT_EQ(prompter.namesAsked, 2);
}

TEST_F(Newcomer, ANewProcessCanBeginAtAContactOrInTheWizard)
{
    Database& db = *session.database();
    Contact recruiter;
    recruiter.firstName = QStringLiteral("Aisha");
    recruiter.lastName = QStringLiteral("Bello");
    recruiter.company = QStringLiteral("Northwind Labs");
    ASSERT_OK(ContactRepository(db).add(recruiter));

    // A recruiter called: from her contact, the new process is at her company.
    window.showSection(MainWindow::Contacts);
    auto* contacts = qobject_cast<ContactsView*>(window.sectionWidget(MainWindow::Contacts));
    ASSERT_TRUE(contacts);
    contacts->reload();
    contacts->select(recruiter.id);
    ASSERT_EQ(contacts->detail()->contactId(), recruiter.id);
    QString prefilled;
    whenOpened<NewOpportunityDialog>([&prefilled](NewOpportunityDialog* dialog) {
        prefilled = dialog->form()->companyEdit()->text();
        QTest::keyClicks(dialog->form()->roleEdit(), QStringLiteral("Design Lead"));
        dialog->accept();
        ASSERT_TRUE(dialog->createdId() == 0) << "accept() alone creates nothing";
    });
    QTest::mouseClick(
        contacts->detail()->findChild<QPushButton*>(QStringLiteral("contactNewOpportunity")),
        Qt::LeftButton);
    EXPECT_EQ(prefilled, QStringLiteral("Northwind Labs"));
    EXPECT_EQ(window.currentSection(), MainWindow::Opportunities);
    EXPECT_EQ(count(QStringLiteral("opportunities")), 0) << "only Create writes";

    // In the wizard's first page, New… records the whole process and chooses it.
    RejectionWizard wizard(db, 0, &window);
    wizard.show();
    auto* news = qobject_cast<NewsPage*>(wizard.page(RejectionWizard::NewsPageId));
    ASSERT_TRUE(news);
    whenOpened<NewOpportunityDialog>([](NewOpportunityDialog* dialog) {
        QTest::keyClicks(dialog->form()->companyEdit(), QStringLiteral("Quarry Health"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("create")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(news->findChild<QToolButton*>(QStringLiteral("newOpportunity")),
                      Qt::LeftButton);
    const qint64 chosen = news->opportunityBox()->currentData().toLongLong();
    EXPECT_GT(chosen, 0);
    EXPECT_EQ(count(QStringLiteral("opportunities"),
                    QStringLiteral("company = 'Quarry Health' AND id = %1").arg(chosen)),
              1);
    wizard.reject();
}

// Today's welcome offers to record the process just finished: it was lost at the end, so the
// new process starts as a runner-up, ready for the rounds and the reflection.
TEST_F(Newcomer, TheWelcomeRecordsTheFinishedProcessAsARunnerUp)
{
    window.showSection(MainWindow::Today);
    auto* record = window.findChild<QPushButton*>(QStringLiteral("welcomeRecord"));
    ASSERT_TRUE(record);
    ASSERT_TRUE(record->isVisible()) << "an empty journal shows the welcome";
    QString shownStage;
    whenOpened<NewOpportunityDialog>([&shownStage](NewOpportunityDialog* dialog) {
        shownStage = dialog->stageBox()->currentText();
        QTest::keyClicks(dialog->form()->companyEdit(), QStringLiteral("Northwind Labs"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("create")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(record, Qt::LeftButton);
    EXPECT_EQ(shownStage, enumLabel(Stage::RunnerUp));
    EXPECT_EQ(sql(QStringLiteral("SELECT stage FROM opportunities WHERE company = "
                                 "'Northwind Labs'"))
                  .toString(),
              QStringLiteral("runner_up"));
    EXPECT_EQ(window.currentSection(), MainWindow::Opportunities);
}
