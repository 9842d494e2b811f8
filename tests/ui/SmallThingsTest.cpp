// The small things that tell a user the app is finished: nothing written or thrown away without
// asking, no message that outlives what it was about. Each checked in the database.
#include "common/InlineMessage.h"
#include "contacts/ContactDetail.h"
#include "contacts/ContactsView.h"
#include "contacts/ImportDialog.h"
#include "domain/Template.h"
#include "Eventually.h"
#include "ImportReading.h"
#include "journal/PeoplePanel.h"
#include "RawSql.h"
#include "services/ActivityReport.h"
#include "services/DemoSample.h"
#include "storage/ContactRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/RoundRepository.h"
#include "templates/TemplateEditor.h"
#include "TestSupport.h"
#include "today/ActivityReportDialog.h"
#include "wizard/DraftsPage.h"
#include "wizard/NewsPage.h"
#include "wizard/RejectionWizard.h"

#include <deque>
#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace finalist;

namespace {

class SmallThings : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("small.sqlite"));
        db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
    }

    QVariant sql(const QString& query) const { return test::rawSql(path, query); }
    int count(const QString& table, const QString& where = QStringLiteral("1")) const
    {
        return sql(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where)).toInt();
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    QString path;
};

// Answers the template editor's question from a script and counts the times it was asked.
struct UnsavedScript
{
    std::deque<TemplateEditor::Unsaved> answers;
    int asked = 0;
    bool lastCanSave = true;

    TemplateEditor::UnsavedQuestion question()
    {
        return [this](const QString&, bool canSave) {
            ++asked;
            lastCanSave = canSave;
            if (answers.empty())
                return TemplateEditor::Unsaved::Cancel;
            const auto answer = answers.front();
            answers.pop_front();
            return answer;
        };
    }
};

} // namespace

TEST_F(SmallThings, TheTemplateEditorAsksSaveDiscardOrCancelOnClose)
{
    UnsavedScript script;
    TemplateEditor editor(*db);
    editor.setUnsavedQuestion(script.question());
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    const qint64 id = editor.list()->currentItem()->data(Qt::UserRole).toLongLong();
    const auto storedBody = [&] {
        return sql(QStringLiteral("SELECT body FROM templates WHERE id = %1").arg(id)).toString();
    };
    const QString stored = storedBody();
    ASSERT_FALSE(stored.isEmpty());
    EXPECT_FALSE(editor.saveButton()->isEnabled()) << "nothing to save yet";

    // Nothing changed: closing asks nothing.
    QTest::keyClick(editor.bodyEdit(), Qt::Key_Escape);
    EXPECT_FALSE(editor.isVisible());
    EXPECT_EQ(script.asked, 0);

    // An accidental edit, then Esc: Cancel keeps the dialog and the words, and writes nothing.
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    editor.bodyEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor.bodyEdit(), QStringLiteral(" oops"));
    EXPECT_TRUE(editor.saveButton()->isEnabled());
    EXPECT_TRUE(editor.discardButton()->isEnabled());
    script.answers = { TemplateEditor::Unsaved::Cancel };
    QTest::keyClick(editor.bodyEdit(), Qt::Key_Escape);
    EXPECT_EQ(script.asked, 1);
    EXPECT_TRUE(script.lastCanSave);
    EXPECT_TRUE(editor.isVisible());
    EXPECT_TRUE(editor.bodyEdit()->toPlainText().endsWith(QStringLiteral(" oops")));
    EXPECT_EQ(storedBody(), stored);

    // The window's close button, answered Discard: closed, and the built-in is untouched.
    script.answers = { TemplateEditor::Unsaved::Discard };
    editor.close();
    EXPECT_EQ(script.asked, 2);
    EXPECT_FALSE(editor.isVisible());
    EXPECT_EQ(storedBody(), stored);
    EXPECT_EQ(editor.bodyEdit()->toPlainText(), stored);

    // The Close button, answered Save: written.
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    editor.bodyEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor.bodyEdit(), QStringLiteral(" Kept."));
    script.answers = { TemplateEditor::Unsaved::Save };
    editor.reject();
    EXPECT_EQ(script.asked, 3);
    EXPECT_FALSE(editor.isVisible());
    EXPECT_EQ(storedBody(), stored + QStringLiteral(" Kept."));
}

TEST_F(SmallThings, TheTemplateEditorsDiscardAndRowChangesWriteNothingUnasked)
{
    UnsavedScript script;
    TemplateEditor editor(*db);
    editor.setUnsavedQuestion(script.question());
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    const qint64 id = editor.list()->currentItem()->data(Qt::UserRole).toLongLong();
    const QString stored
        = sql(QStringLiteral("SELECT body FROM templates WHERE id = %1").arg(id)).toString();
    const QString everything = sql(QStringLiteral("SELECT group_concat(name || subject || body, "
                                                  "'|') FROM templates"))
                                   .toString();

    // Discard Changes puts the stored text back without a question.
    editor.bodyEdit()->setPlainText(QStringLiteral("Something else entirely"));
    QTest::mouseClick(editor.discardButton(), Qt::LeftButton);
    EXPECT_EQ(editor.bodyEdit()->toPlainText(), stored);
    EXPECT_FALSE(editor.isDirty());
    EXPECT_EQ(script.asked, 0);

    // Moving to another template with an edit asks; Cancel stays, Discard moves on unwritten.
    editor.bodyEdit()->setPlainText(QStringLiteral("Dear {{contact.first_name}}, changed"));
    script.answers = { TemplateEditor::Unsaved::Cancel, TemplateEditor::Unsaved::Discard };
    editor.list()->setCurrentRow(2);
    EXPECT_EQ(script.asked, 1);
    EXPECT_EQ(editor.list()->currentItem()->data(Qt::UserRole).toLongLong(), id);
    editor.list()->setCurrentRow(2);
    EXPECT_EQ(script.asked, 2);
    EXPECT_EQ(editor.list()->currentRow(), 2);
    EXPECT_EQ(sql(QStringLiteral("SELECT group_concat(name || subject || body, '|') FROM "
                                 "templates"))
                  .toString(),
              everything);

    // A template with an error cannot be saved: the question offers no Save.
    editor.bodyEdit()->setPlainText(QStringLiteral("Dear {{contact.nick}}"));
    script.answers = { TemplateEditor::Unsaved::Cancel };
    editor.reject();
    EXPECT_EQ(script.asked, 3);
    EXPECT_FALSE(script.lastCanSave);
    EXPECT_TRUE(editor.isVisible());
    script.answers = { TemplateEditor::Unsaved::Discard };
    editor.reject();
    EXPECT_FALSE(editor.isVisible());
    EXPECT_EQ(sql(QStringLiteral("SELECT group_concat(name || subject || body, '|') FROM "
                                 "templates"))
                  .toString(),
              everything);
}

namespace {

class WizardClose : public SmallThings
{
protected:
    void SetUp() override
    {
        SmallThings::SetUp();
        ASSERT_OK(fillDemoSample(*db));
        auto runnersUp = OpportunityRepository(*db).list(Stage::RunnerUp);
        ASSERT_OK(runnersUp);
        ASSERT_FALSE(runnersUp.value().empty());
        opportunity = runnersUp.value().front().id;
    }

    QString written() const
    {
        QStringList out;
        for (const char* table : { "outreach", "follow_ups", "wins", "wizard_progress" })
            out << QString::number(count(QLatin1String(table)));
        return out.join(QLatin1Char(' '));
    }

    // The wizard asks through this; each question is counted.
    RejectionWizard::CloseQuestion answering(RejectionWizard::CloseChoice choice)
    {
        return [this, choice] {
            ++asked;
            return choice;
        };
    }

    qint64 opportunity = 0;
    int asked = 0;
};

} // namespace

TEST_F(WizardClose, EscWithNothingTypedJustCloses)
{
    const QString before = written();
    RejectionWizard wizard(*db, opportunity);
    wizard.setCloseQuestion(answering(RejectionWizard::CloseChoice::Stay));
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    auto* news = qobject_cast<NewsPage*>(wizard.page(RejectionWizard::NewsPageId));
    QTest::keyClick(news->praiseEdit(), Qt::Key_Escape);
    EXPECT_EQ(asked, 0);
    EXPECT_FALSE(wizard.isVisible());
    EXPECT_EQ(written(), before);
}

TEST_F(WizardClose, EscAfterTypingAsksAndStaysOrDiscards)
{
    const QString before = written();
    RejectionWizard wizard(*db, opportunity);
    wizard.setCloseQuestion(answering(RejectionWizard::CloseChoice::Stay));
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    auto* news = qobject_cast<NewsPage*>(wizard.page(RejectionWizard::NewsPageId));
    news->praiseEdit()->setFocus();
    QTest::keyClicks(news->praiseEdit(), QStringLiteral("They liked my roadmap"));

    QTest::keyClick(news->praiseEdit(), Qt::Key_Escape);
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(wizard.isVisible()) << "Stay keeps the wizard open";
    EXPECT_EQ(news->praiseEdit()->toPlainText(), QStringLiteral("They liked my roadmap"));

    // Typed on one page, asked about on the next: the words still count.
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), RejectionWizard::AchievementsPageId);
    wizard.setCloseQuestion(answering(RejectionWizard::CloseChoice::Discard));
    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    EXPECT_EQ(asked, 2);
    EXPECT_FALSE(wizard.isVisible());
    EXPECT_EQ(written(), before) << "Discard writes nothing";
}

TEST_F(WizardClose, ClosingTheWindowCanKeepTheAnswersForLater)
{
    RejectionWizard wizard(*db, opportunity);
    wizard.setCloseQuestion(answering(RejectionWizard::CloseChoice::KeepForLater));
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    auto* news = qobject_cast<NewsPage*>(wizard.page(RejectionWizard::NewsPageId));
    QTest::keyClicks(news->praiseEdit(), QStringLiteral("the panel asked for my slides"));
    wizard.close();
    EXPECT_EQ(asked, 1);
    EXPECT_FALSE(wizard.isVisible());
    EXPECT_EQ(count(QStringLiteral("wizard_progress")), 1);
    EXPECT_EQ(count(QStringLiteral("outreach"), QStringLiteral("body LIKE '%slides%'")), 0);
}

TEST_F(WizardClose, TheTooLongMessageFollowsTheTextAndGoesWhenItFits)
{
    RejectionWizard wizard(*db, opportunity);
    wizard.setCloseQuestion(answering(RejectionWizard::CloseChoice::Discard));
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    for (int i = 0; i < 4; ++i)
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), RejectionWizard::DraftsPageId);
    auto* drafts = qobject_cast<DraftsPage*>(wizard.page(RejectionWizard::DraftsPageId));
    ASSERT_FALSE(wizard.answers().drafts.empty());
    wizard.answers().drafts[0].channel = Channel::LinkedIn;
    drafts->bodyEdit()->setPlainText(QString(390, QLatin1Char('x')));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), RejectionWizard::DraftsPageId);
    ASSERT_TRUE(drafts->message()->isError());
    EXPECT_TRUE(drafts->message()->text().contains(QStringLiteral("390")));

    // Cut, but not enough: the message counts along.
    drafts->bodyEdit()->setPlainText(QString(320, QLatin1Char('x')));
    EXPECT_TRUE(drafts->message()->isError());
    EXPECT_TRUE(drafts->message()->text().contains(QStringLiteral("320")));
    EXPECT_FALSE(drafts->message()->text().contains(QStringLiteral("390")));

    // Cut under the limit: the message goes.
    drafts->bodyEdit()->setPlainText(QString(175, QLatin1Char('x')));
    EXPECT_FALSE(drafts->message()->isError());
    EXPECT_TRUE(drafts->message()->text().isEmpty());
    EXPECT_FALSE(drafts->message()->isVisible());
}

TEST_F(SmallThings, AddContactOpensAnEmptyFormAndWritesOnlyOnSave)
{
    Contact dana;
    dana.firstName = QStringLiteral("Dana");
    dana.lastName = QStringLiteral("Whitfield");
    ASSERT_OK(ContactRepository(*db).add(dana));
    ContactsView view(*db);
    view.resize(1000, 640);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.select(dana.id);
    ContactDetail* detail = view.detail();
    auto* add = view.findChild<QPushButton*>(QStringLiteral("addContact"));
    ASSERT_TRUE(add);

    // Opened: an empty form, nothing written.
    QTest::mouseClick(add, Qt::LeftButton);
    EXPECT_TRUE(detail->isNew());
    EXPECT_TRUE(detail->isEnabled());
    EXPECT_TRUE(detail->firstNameEdit()->text().isEmpty());
    EXPECT_EQ(count(QStringLiteral("contacts")), 1);

    // Typed, then Esc: nothing written, and Dana is back on show.
    QTest::keyClicks(detail->firstNameEdit(), QStringLiteral("Priya"));
    QTest::keyClick(detail->firstNameEdit(), Qt::Key_Escape);
    EXPECT_FALSE(detail->isNew());
    EXPECT_EQ(count(QStringLiteral("contacts")), 1);
    EXPECT_EQ(detail->contactId(), dana.id);

    // Typed, then the Cancel button: nothing written either.
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::keyClicks(detail->firstNameEdit(), QStringLiteral("Priya"));
    EXPECT_EQ(detail->revertButton()->text(), QStringLiteral("Cancel"));
    QTest::mouseClick(detail->revertButton(), Qt::LeftButton);
    EXPECT_FALSE(detail->isNew());
    EXPECT_EQ(count(QStringLiteral("contacts")), 1);

    // While a typed new person is on show, another row does not take their place.
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::keyClicks(detail->firstNameEdit(), QStringLiteral("Priya"));
    view.table()->setCurrentIndex(view.table()->model()->index(0, 0));
    EXPECT_TRUE(detail->isNew());
    EXPECT_EQ(detail->firstNameEdit()->text(), QStringLiteral("Priya"));
    EXPECT_EQ(count(QStringLiteral("contacts")), 1);

    // A bad address is refused whole: still nothing written, the words stay.
    QTest::keyClicks(detail->emailEdit(), QStringLiteral("priya-at-example"));
    QTest::mouseClick(detail->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(detail->message()->isError());
    EXPECT_TRUE(detail->isNew());
    EXPECT_EQ(count(QStringLiteral("contacts")), 1);

    // Save writes one contact, with what was typed, and lists it.
    detail->emailEdit()->clear();
    QTest::keyClicks(detail->emailEdit(), QStringLiteral("priya@example.org"));
    QTest::mouseClick(detail->saveButton(), Qt::LeftButton);
    EXPECT_FALSE(detail->isNew());
    EXPECT_EQ(count(QStringLiteral("contacts")), 2);
    EXPECT_EQ(count(QStringLiteral("contacts"),
                    QStringLiteral("first_name = 'Priya' AND email = 'priya@example.org'")),
              1);
    EXPECT_EQ(count(QStringLiteral("contacts"), QStringLiteral("first_name = 'New'")), 0);
    EXPECT_GT(detail->contactId(), 0);
    EXPECT_TRUE(view.table()->currentIndex().isValid());
}

TEST_F(SmallThings, ANewContactWithNothingTypedIsNotSavedOrMissed)
{
    ContactsView view(*db);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.addContact();
    ASSERT_TRUE(view.detail()->isNew());
    // Saving an empty form names the problem and writes nothing.
    QTest::mouseClick(view.detail()->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(view.detail()->message()->isError());
    EXPECT_EQ(count(QStringLiteral("contacts")), 0);
    // Leaving the view (the app closing) with an untouched form drops it quietly.
    view.detail()->firstNameEdit()->clear();
    EXPECT_TRUE(view.flush());
    EXPECT_FALSE(view.detail()->isNew());
    EXPECT_EQ(count(QStringLiteral("contacts")), 0);
}

TEST_F(SmallThings, TheImportPreviewLeavesOutUntickedRowsAndShowsWhatItKnows)
{
    ImportDialog dialog(*db);
    ASSERT_TRUE(test::loadAndWait(dialog,
                                  test::fixturePath(QStringLiteral("import/Connections.csv")),
                                  ImportDialog::Kind::LinkedInConnections));
    QTableWidget* preview = dialog.preview();
    ASSERT_EQ(preview->rowCount(), 4);
    int zoe = -1;
    for (int row = 0; row < preview->rowCount(); ++row) {
        EXPECT_EQ(preview->item(row, ImportDialog::TakeColumn)->checkState(), Qt::Checked);
        if (preview->item(row, ImportDialog::PersonColumn)->text().startsWith(u"Zoë"))
            zoe = row;
    }
    ASSERT_GE(zoe, 0);
    EXPECT_EQ(preview->item(zoe, ImportDialog::TitleColumn)->text(),
              QStringLiteral("Director, \"Design Systems\""));
    EXPECT_EQ(preview->item(zoe, ImportDialog::EmailColumn)->text(),
              QStringLiteral("zoe@example.org"));
    EXPECT_EQ(preview->item(zoe, ImportDialog::LinkedInColumn)->text(),
              enumLabel(LinkedInStatus::Connected));
    EXPECT_EQ(preview->item(zoe, ImportDialog::RoleColumn)->text(),
              enumLabel(RoleCategory::Director));

    preview->item(zoe, ImportDialog::TakeColumn)->setCheckState(Qt::Unchecked);
    EXPECT_TRUE(dialog.summary()->text().contains(QStringLiteral("1 left out")))
        << dialog.summary()->text().toStdString();
    EXPECT_EQ(count(QStringLiteral("contacts")), 0) << "the preview writes nothing";
    ASSERT_TRUE(dialog.runImport());
    EXPECT_EQ(dialog.outcome().created, 3);
    EXPECT_EQ(dialog.outcome().skipped, 1);
    EXPECT_EQ(count(QStringLiteral("contacts")), 3);
    EXPECT_EQ(count(QStringLiteral("contacts"), QStringLiteral("last_name = 'van Dijk'")), 0);
    EXPECT_EQ(count(QStringLiteral("contacts"),
                    QStringLiteral("first_name = 'Tomás' AND "
                                   "role_category = 'director'")),
              1);
    EXPECT_EQ(count(QStringLiteral("contacts"),
                    QStringLiteral("first_name = 'Ana' AND role_category = 'recruiter' AND "
                                   "title = 'Talent Partner'")),
              1);
}

TEST_F(SmallThings, AnImportedTitleKeepsItsWordsAndGivesTheRole)
{
    const QString sheet = folder.path(QStringLiteral("people.csv"));
    QFile out(sheet);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("First Name,Last Name,Title,Company\r\n"
              "Priya,Raman,\"Hiring Manager, Platform\",Northwind\r\n"
              "Sam,Okoro,Gardener,Northwind\r\n");
    out.close();
    ImportDialog dialog(*db);
    ASSERT_TRUE(test::loadAndWait(dialog, sheet, ImportDialog::Kind::Csv));
    ASSERT_TRUE(test::afterReading(dialog, [&] { dialog.showPreviewFromMapping(); }));
    ASSERT_EQ(dialog.preview()->rowCount(), 2);
    EXPECT_EQ(dialog.preview()->item(0, ImportDialog::RoleColumn)->text(),
              enumLabel(RoleCategory::HiringManager));
    ASSERT_TRUE(dialog.runImport());
    EXPECT_EQ(count(QStringLiteral("contacts"),
                    QStringLiteral("first_name = 'Priya' AND role_category = 'hiring_manager' "
                                   "AND title = 'Hiring Manager, Platform'")),
              1);
    EXPECT_EQ(count(QStringLiteral("contacts"),
                    QStringLiteral("first_name = 'Sam' AND role_category = 'other'")),
              1);
}

TEST_F(SmallThings, TheActivityReportOpensOnTheLastFullMonth)
{
    {
        ActivityReportDialog dialog(*db); // 2 March 2026
        EXPECT_EQ(dialog.fromEdit()->date(), QDate(2026, 2, 1));
        EXPECT_EQ(dialog.toEdit()->date(), QDate(2026, 2, 28));
    }
    clock.set(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    ActivityReportDialog dialog(*db);
    EXPECT_EQ(dialog.fromEdit()->date(), QDate(2025, 12, 1));
    EXPECT_EQ(dialog.toEdit()->date(), QDate(2025, 12, 31));
}

// Every column of the report shows in the window as in the CSV, position and result included.
TEST_F(SmallThings, TheActivityReportShowsEveryColumnOfTheCsv)
{
    Opportunity o;
    o.company = QStringLiteral("Hafenkran");
    o.role = QStringLiteral("Data Lead");
    o.stage = Stage::NotChosen;
    ASSERT_OK(OpportunityRepository(*db).add(o));
    Round r;
    r.opportunityId = o.id;
    r.heldOn = QDate(2026, 2, 10);
    ASSERT_OK(RoundRepository(*db).add(r));
    ActivityReportDialog dialog(*db); // February 2026
    QTableWidget* table = dialog.table();
    ASSERT_EQ(table->columnCount(), ActivityReport::headers().size());
    ASSERT_EQ(table->rowCount(), 1);
    QStringList shown;
    for (int c = 0; c < table->columnCount(); ++c) {
        EXPECT_EQ(table->horizontalHeaderItem(c)->text(), ActivityReport::headers().at(c));
        shown << (table->item(0, c) ? table->item(0, c)->text() : QString());
    }
    EXPECT_TRUE(shown.contains(QStringLiteral("Data Lead"))) << shown.join(u'|').toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Not chosen"))) << shown.join(u'|').toStdString();
}

TEST_F(SmallThings, NobodyRecordedGoesOnceSomeoneIsMet)
{
    Opportunity opportunity;
    opportunity.company = QStringLiteral("Northwind");
    ASSERT_OK(OpportunityRepository(*db).add(opportunity));
    JournalEntry entry;
    entry.opportunityId = opportunity.id;
    PeoplePanel panel(*db);
    panel.show();
    panel.setEntry(entry);
    ASSERT_TRUE(panel.message()->text().startsWith(QStringLiteral("Nobody recorded yet")));

    Contact priya;
    priya.firstName = QStringLiteral("Priya");
    ASSERT_OK(ContactRepository(*db).add(priya));
    Round round;
    round.opportunityId = opportunity.id;
    round.heldOn = clock.today();
    ASSERT_OK(RoundRepository(*db).add(round));
    Meeting met;
    met.roundId = round.id;
    met.contactId = priya.id;
    ASSERT_OK(MeetingRepository(*db).add(met));
    panel.reload();
    EXPECT_FALSE(panel.message()->text().contains(QStringLiteral("Nobody")));
    EXPECT_FALSE(panel.message()->isVisible());
}
