// The structured half of steps 1, 3, 4 and 5, driven through the editor as a user would.
#include "common/InlineMessage.h"
#include "common/RoundsPanel.h"
#include "Eventually.h"
#include "journal/EntryEditor.h"
#include "journal/LessonListPanel.h"
#include "journal/MomentumPanel.h"
#include "journal/PeoplePanel.h"
#include "journal/ReflectionSteps.h"
#include "RawSql.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/JournalRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/RoundRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace finalist;

namespace {

class StepRecords : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("records.sqlite")), clock);
        ASSERT_TRUE(db);
        opportunity.company = QStringLiteral("Harbor & Finch");
        opportunity.role = QStringLiteral("Product Lead");
        ASSERT_OK(OpportunityRepository(*db).add(opportunity));
        Round panel;
        panel.opportunityId = opportunity.id;
        panel.kind = RoundKind::Panel;
        panel.heldOn = QDate(2026, 2, 10);
        ASSERT_OK(RoundRepository(*db).add(panel));
        entry.title = QStringLiteral("After Harbor");
        entry.writtenOn = QDate(2026, 3, 1);
        entry.opportunityId = opportunity.id;
        ASSERT_OK(JournalRepository(*db).add(entry));
        editor = std::make_unique<EntryEditor>(*db);
        editor->resize(900, 700);
        editor->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(editor.get()));
        ASSERT_TRUE(editor->load(entry.id));
    }

    qint64 countOf(const QString& table, const QString& where = QStringLiteral("1"))
    {
        return test::rawSql(db->path(),
                            QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where))
            .toLongLong();
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    std::unique_ptr<EntryEditor> editor;
    Opportunity opportunity;
    JournalEntry entry;
};

} // namespace

TEST_F(StepRecords, PeopleTypedIntoARoundBecomeContactsAndRowsOfStepThree)
{
    editor->showStep(ExperienceStep);
    RoundsPanel* rounds = editor->roundsPanel();
    ASSERT_EQ(rounds->tree()->topLevelItemCount(), 1);
    QTest::keyClicks(rounds->personEdit(), QStringLiteral("Ana Ruiz"));
    QTest::keyClick(rounds->personEdit(), Qt::Key_Return);
    EXPECT_TRUE(rounds->personEdit()->text().isEmpty());
    EXPECT_EQ(rounds->tree()->topLevelItem(0)->childCount(), 1);
    EXPECT_EQ(countOf(QStringLiteral("contacts"), QStringLiteral("first_name = 'Ana'")), 1);
    EXPECT_EQ(countOf(QStringLiteral("meetings")), 1);

    // Picking the same person again by name adds no second contact.
    QTest::keyClicks(rounds->personEdit(), QStringLiteral("ana ruiz"));
    QTest::keyClick(rounds->personEdit(), Qt::Key_Return);
    EXPECT_EQ(countOf(QStringLiteral("contacts")), 1);

    editor->showStep(RelationshipsStep);
    PeoplePanel* people = editor->peoplePanel();
    ASSERT_EQ(people->table()->rowCount(), 1);
    EXPECT_EQ(people->table()->item(0, PeoplePanel::ThankYouColumn)->text(),
              QStringLiteral("Not yet"));
    auto* action
        = qobject_cast<QPushButton*>(people->table()->cellWidget(0, PeoplePanel::ActionColumn));
    ASSERT_NE(action, nullptr);
    QTest::mouseClick(action, Qt::LeftButton);
    EXPECT_EQ(countOf(QStringLiteral("outreach"),
                      QStringLiteral("kind = 'thank_you' AND status = 'draft'")),
              1);
    EXPECT_EQ(people->table()->item(0, PeoplePanel::ThankYouColumn)->text(),
              QStringLiteral("Drafted"));
    action = qobject_cast<QPushButton*>(people->table()->cellWidget(0, PeoplePanel::ActionColumn));
    QTest::mouseClick(action, Qt::LeftButton);
    EXPECT_EQ(countOf(QStringLiteral("outreach"),
                      QStringLiteral("status = 'sent' AND sent_on = '2026-03-02'")),
              1);

    auto* linkedIn
        = qobject_cast<QComboBox*>(people->table()->cellWidget(0, PeoplePanel::LinkedInColumn));
    ASSERT_NE(linkedIn, nullptr);
    linkedIn->setCurrentIndex(linkedIn->findData(int(LinkedInStatus::AskedToInvite)));
    emit linkedIn->activated(linkedIn->currentIndex());
    EXPECT_EQ(countOf(QStringLiteral("contacts"),
                      QStringLiteral("linkedin_status = "
                                     "'asked_to_invite'")),
              1);
}

// The names offered in "Who was there?" are read when the cursor goes there, not each time an
// entry is shown; a known name typed whole still finds its contact.
TEST_F(StepRecords, TheNamesOfferedAreReadWhenTheCursorGoesToThem)
{
    Contact known;
    known.firstName = QStringLiteral("Priya");
    known.lastName = QStringLiteral("Raman");
    known.company = opportunity.company;
    ASSERT_OK(ContactRepository(*db).add(known));
    editor->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(editor.get()));
    editor->showStep(ExperienceStep);
    RoundsPanel* rounds = editor->roundsPanel();
    QLineEdit* who = rounds->personEdit();
    rounds->tree()->setFocus(); // the cursor elsewhere
    ASSERT_EVENTUALLY(rounds->tree()->hasFocus(), 2000);
    ASSERT_TRUE(editor->load(entry.id)); // shown again, after the contact came in
    EXPECT_EQ(who->completer(), nullptr) << "nothing read for showing the entry";

    // Typed whole without the cursor going there first (as a paste and Enter from elsewhere
    // could): the name still finds the contact rather than making a second one.
    rounds->tree()->setCurrentItem(rounds->tree()->topLevelItem(0));
    who->setText(QStringLiteral("priya raman"));
    emit who->returnPressed();
    EXPECT_EQ(countOf(QStringLiteral("contacts")), 1);
    EXPECT_EQ(countOf(QStringLiteral("meetings"), QStringLiteral("contact_id = %1").arg(known.id)),
              1);

    Contact later;
    later.firstName = QStringLiteral("Tomás");
    later.lastName = QStringLiteral("Ortega");
    later.company = opportunity.company;
    ASSERT_OK(ContactRepository(*db).add(later));
    ASSERT_TRUE(editor->load(entry.id));
    EXPECT_EQ(who->completer(), nullptr) << "shown again: nothing read yet";
    who->setFocus();
    ASSERT_EVENTUALLY(who->hasFocus(), 2000);
    ASSERT_NE(who->completer(), nullptr);
    auto* names = qobject_cast<QStringListModel*>(who->completer()->model());
    ASSERT_NE(names, nullptr);
    EXPECT_TRUE(names->stringList().contains(QStringLiteral("Priya Raman")));
    EXPECT_TRUE(names->stringList().contains(QStringLiteral("Tomás Ortega")));

    // The process changes while the cursor stays in the field: its names come at once, and
    // the other company's are gone.
    Opportunity other;
    other.company = QStringLiteral("Copperline");
    ASSERT_OK(OpportunityRepository(*db).add(other));
    Contact there;
    there.firstName = QStringLiteral("Ines");
    there.lastName = QStringLiteral("Berg");
    there.company = other.company;
    ASSERT_OK(ContactRepository(*db).add(there));
    rounds->setOpportunity(other.id);
    ASSERT_TRUE(who->hasFocus());
    ASSERT_NE(who->completer(), nullptr);
    names = qobject_cast<QStringListModel*>(who->completer()->model());
    ASSERT_NE(names, nullptr);
    EXPECT_TRUE(names->stringList().contains(QStringLiteral("Ines Berg")));
    EXPECT_FALSE(names->stringList().contains(QStringLiteral("Priya Raman")));
}

TEST_F(StepRecords, ANamelessPersonOrNoRoundIsRefusedWithAMessage)
{
    editor->showStep(ExperienceStep);
    RoundsPanel* rounds = editor->roundsPanel();
    QTest::keyClicks(rounds->personEdit(), QStringLiteral("   "));
    QTest::keyClick(rounds->personEdit(), Qt::Key_Return);
    EXPECT_TRUE(rounds->message()->isError());
    EXPECT_FALSE(rounds->message()->text().isEmpty());
    EXPECT_EQ(countOf(QStringLiteral("contacts")), 0);
}

TEST_F(StepRecords, LessonsAreAddedEditedAndRemovedAndAnEmptyOneIsRefused)
{
    editor->showStep(SelfStep);
    LessonListPanel* lessons = editor->lessonsPanel();
    EXPECT_FALSE(editor->isStepDone(SelfStep));
    QTest::mouseClick(lessons->findChild<QPushButton*>(), Qt::LeftButton); // "Add", empty
    EXPECT_TRUE(lessons->message()->isError());
    EXPECT_EQ(countOf(QStringLiteral("lessons")), 0);

    lessons->kindBox()->setCurrentIndex(lessons->kindBox()->findData(int(LessonKind::Strength)));
    QTest::keyClicks(lessons->lessonEdit(), QStringLiteral("Calm when the panel pushed"));
    QTest::keyClick(lessons->lessonEdit(), Qt::Key_Return);
    ASSERT_EQ(lessons->list()->count(), 1);
    EXPECT_EQ(countOf(QStringLiteral("lessons"),
                      QStringLiteral("kind = 'strength' AND text = 'Calm when the panel pushed'")),
              1);
    EXPECT_TRUE(editor->isStepDone(SelfStep));

    lessons->list()->item(0)->setText(QStringLiteral("Strength shown: Calm under pressure"));
    EXPECT_EQ(countOf(QStringLiteral("lessons"), QStringLiteral("text = 'Calm under pressure'")),
              1);

    lessons->list()->setCurrentRow(0);
    lessons->removeSelected();
    EXPECT_EQ(countOf(QStringLiteral("lessons")), 0);
    EXPECT_EQ(lessons->list()->count(), 0);
}

TEST_F(StepRecords, NextActionsBecomeFollowUpsAndTheTargetIsKept)
{
    editor->showStep(MomentumStep);
    MomentumPanel* momentum = editor->momentumPanel();
    EXPECT_EQ(momentum->minimumBox()->value(), 2);
    EXPECT_EQ(momentum->maximumBox()->value(), 4);

    const QPoint rowBefore = momentum->actionEdit()->mapTo(momentum, QPoint(0, 0));
    QTest::keyClick(momentum->actionEdit(), Qt::Key_Return); // nothing typed
    EXPECT_TRUE(momentum->message()->isError());
    QApplication::processEvents();
    EXPECT_EQ(momentum->actionEdit()->mapTo(momentum, QPoint(0, 0)), rowBefore)
        << "the message appears in room kept for it; the row does not jump";
    momentum->dueEdit()->setDate(QDate(2026, 3, 4));
    QTest::keyClicks(momentum->actionEdit(), QStringLiteral("Ask Dana for an introduction"));
    QTest::keyClick(momentum->actionEdit(), Qt::Key_Return);
    EXPECT_EQ(countOf(QStringLiteral("follow_ups"),
                      QStringLiteral("kind = 'action' AND due_on = '2026-03-04' AND entry_id = %1")
                          .arg(entry.id)),
              1);
    ASSERT_EQ(momentum->actions()->topLevelItemCount(), 1);
    EXPECT_TRUE(editor->isStepDone(MomentumStep));
    momentum->actions()->topLevelItem(0)->setCheckState(0, Qt::Checked);
    EXPECT_EQ(countOf(QStringLiteral("follow_ups"), QStringLiteral("status = 'done'")), 1);

    momentum->minimumBox()->setValue(3);
    momentum->maximumBox()->setValue(5);
    momentum->saveGoal();
    EXPECT_EQ(countOf(QStringLiteral("goals"),
                      QStringLiteral("min_per_work_day = 3 AND max_per_work_day = 5")),
              1);
    momentum->maximumBox()->setValue(1);
    momentum->saveGoal();
    EXPECT_TRUE(momentum->message()->isError());
    EXPECT_EQ(countOf(QStringLiteral("goals")), 1);
}

TEST_F(StepRecords, TheRevisitDateCreatesAndMovesOneFollowUp)
{
    auto* revisit = editor->findChild<QDateEdit*>(QStringLiteral("revisitOn"));
    ASSERT_NE(revisit, nullptr);
    revisit->setDate(QDate(2026, 3, 20));
    ASSERT_TRUE(editor->flush());
    EXPECT_EQ(countOf(QStringLiteral("follow_ups"),
                      QStringLiteral("kind = 'revisit' AND due_on = '2026-03-20'")),
              1);
    revisit->setDate(QDate(2026, 3, 27));
    ASSERT_TRUE(editor->flush());
    EXPECT_EQ(countOf(QStringLiteral("follow_ups"), QStringLiteral("kind = 'revisit'")), 1);
    EXPECT_EQ(countOf(QStringLiteral("follow_ups"), QStringLiteral("due_on = '2026-03-27'")), 1);
}
