// The rejection wizard driven through its pages with QTest, checked in the database.
#include "wizard/RejectionWizard.h"

#include "common/InlineMessage.h"
#include "Eventually.h"
#include "RawSql.h"
#include "services/DemoSample.h"
#include "Shots.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/ProfileRepository.h"
#include "TestSupport.h"
#include "wizard/AchievementsPage.h"
#include "wizard/DraftsPage.h"
#include "wizard/FinishPage.h"
#include "wizard/FollowUpsPage.h"
#include "wizard/NewsPage.h"
#include "wizard/RecipientsPage.h"
#include "wizard/WishesPage.h"
#include "wizard/WizardLauncher.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace finalist;

namespace {

class Wizard : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("wizard.sqlite"));
        db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        ASSERT_OK(fillDemoSample(*db));
        auto runnersUp = OpportunityRepository(*db).list(Stage::RunnerUp);
        ASSERT_OK(runnersUp);
        opportunity = runnersUp.value().front();
        before = counts();
    }

    QString counts() const
    {
        QStringList out;
        for (const char* table :
             { "outreach", "follow_ups", "wins", "opportunities", "wizard_progress" })
            out << QStringLiteral("%1=%2").arg(
                QLatin1String(table),
                test::rawSql(path,
                             QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                    .toString());
        out << test::rawSql(path,
                            QStringLiteral("SELECT stage || praise || ifnull(decided_on, '') "
                                           "FROM opportunities WHERE id = %1")
                                .arg(opportunity.id))
                   .toString();
        return out.join(QLatin1Char(' '));
    }

    void press(RejectionWizard& wizard, QWizard::WizardButton which)
    {
        QAbstractButton* button = wizard.button(which);
        ASSERT_TRUE(button->isVisible() && button->isEnabled()) << int(which);
        QTest::mouseClick(button, Qt::LeftButton);
        QCoreApplication::processEvents();
    }

    template <typename Page> Page* page(RejectionWizard& wizard, int id)
    {
        return qobject_cast<Page*>(wizard.page(id));
    }

    void shot(QWidget& widget, const QString& name) { test::saveShot(widget, name); }

    // Opens the wizard on the runner-up and fills page one: who told, and their praise.
    void fillTheNews(RejectionWizard& wizard)
    {
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        auto* news = page<NewsPage>(wizard, RejectionWizard::NewsPageId);
        ASSERT_EQ(news->opportunityBox()->currentData().toLongLong(), opportunity.id);
        ASSERT_FALSE(opportunity.role.isEmpty());
        EXPECT_EQ(news->opportunityBox()->currentText(),
                  opportunity.company + QStringLiteral(" — ") + opportunity.role)
            << "labelled as in every other process picker";
        EXPECT_EQ(news->opportunityBox()->itemData(0).toLongLong(), 0) << "a new one comes first";
        ASSERT_GT(news->toldByBox()->count(), 1);
        news->toldByBox()->setCurrentIndex(1);
        news->praiseEdit()->clear();
        QTest::keyClicks(news->praiseEdit(), QStringLiteral("my roadmap exercise stood out"));
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    QString path;
    Opportunity opportunity;
    QString before;
};

} // namespace

TEST_F(Wizard, DrivenToTheEndItSavesThePlan)
{
    const int notesBefore
        = test::rawSql(path,
                       QStringLiteral("SELECT count(*) FROM outreach WHERE opportunity_id = %1")
                           .arg(opportunity.id))
              .toInt();
    RejectionWizard wizard(*db, opportunity.id);
    fillTheNews(wizard);
    shot(wizard, QStringLiteral("wizard-1-news.png"));
    press(wizard, QWizard::NextButton);
    ASSERT_EQ(wizard.currentId(), RejectionWizard::AchievementsPageId);

    auto* achieved = page<AchievementsPage>(wizard, RejectionWizard::AchievementsPageId);
    const int recapped = achieved->list()->count();
    EXPECT_GT(recapped, 0);
    QTest::keyClicks(achieved->newLine(), QStringLiteral("Kept calm when the demo failed"));
    QTest::keyClick(achieved->newLine(), Qt::Key_Return);
    EXPECT_EQ(achieved->list()->count(), recapped + 1);
    // Return adds the line; it does not also move the wizard on.
    EXPECT_EQ(wizard.currentId(), RejectionWizard::AchievementsPageId);
    shot(wizard, QStringLiteral("wizard-2-achieved.png"));
    press(wizard, QWizard::NextButton);

    auto* wishes = page<WishesPage>(wizard, RejectionWizard::WishesPageId);
    EXPECT_TRUE(wishes->askFeedbackBox()->isChecked());
    shot(wizard, QStringLiteral("wizard-3-wishes.png"));
    press(wizard, QWizard::NextButton);

    auto* recipients = page<RecipientsPage>(wizard, RejectionWizard::RecipientsPageId);
    const int people = recipients->table()->rowCount();
    ASSERT_GE(people, 2);
    recipients->setChannel(1, Channel::LinkedIn);
    shot(wizard, QStringLiteral("wizard-4-recipients.png"));

    // Back twice and forward again: nothing typed is lost.
    press(wizard, QWizard::BackButton);
    EXPECT_EQ(wizard.currentId(), RejectionWizard::WishesPageId);
    press(wizard, QWizard::BackButton);
    EXPECT_EQ(wizard.currentId(), RejectionWizard::AchievementsPageId);
    EXPECT_EQ(achieved->list()->count(), recapped + 1);
    press(wizard, QWizard::BackButton);
    EXPECT_EQ(wizard.currentId(), RejectionWizard::NewsPageId);
    EXPECT_EQ(page<NewsPage>(wizard, 0)->praiseEdit()->toPlainText(),
              QStringLiteral("my roadmap exercise stood out"));
    for (int i = 0; i < 3; ++i)
        press(wizard, QWizard::NextButton);
    ASSERT_EQ(wizard.currentId(), RejectionWizard::RecipientsPageId);
    EXPECT_EQ(wizard.answers().recipients[1].channel, Channel::LinkedIn);
    press(wizard, QWizard::NextButton);

    auto* drafts = page<DraftsPage>(wizard, RejectionWizard::DraftsPageId);
    ASSERT_EQ(drafts->list()->count(), people);
    EXPECT_TRUE(drafts->bodyEdit()->toPlainText().contains(QStringLiteral("roadmap exercise")));
    drafts->bodyEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(drafts->bodyEdit(), QStringLiteral("P.S. Written by me."));
    drafts->list()->setCurrentRow(1);
    EXPECT_FALSE(drafts->limitLabel()->text().isEmpty()); // the LinkedIn note shows its limit
    EXPECT_TRUE(drafts->limitLabel()->text().contains(QStringLiteral("300")));
    shot(wizard, QStringLiteral("wizard-5-drafts.png"));
    const QString warmSecond = wizard.answers().drafts[1].body;
    drafts->toneBox()->setCurrentIndex(drafts->toneBox()->findData(QStringLiteral("formal")));
    // The tone redrafts what the user did not touch, and keeps what they wrote.
    EXPECT_NE(wizard.answers().drafts[1].body, warmSecond);
    EXPECT_TRUE(wizard.answers().drafts[0].body.endsWith(QStringLiteral("P.S. Written by me.")));
    press(wizard, QWizard::NextButton);

    EXPECT_EQ(counts(), before); // nothing written yet
    auto* later = page<FollowUpsPage>(wizard, RejectionWizard::FollowUpsPageId);
    ASSERT_EQ(later->table()->rowCount(), 3);
    later->setDueOn(0, QDate(2026, 3, 12));
    later->table()->item(2, 0)->setCheckState(Qt::Unchecked);
    shot(wizard, QStringLiteral("wizard-6-followups.png"));
    press(wizard, QWizard::CommitButton);
    ASSERT_EQ(wizard.currentId(), RejectionWizard::FinishPageId);

    auto* finish = page<FinishPage>(wizard, RejectionWizard::FinishPageId);
    QUrl opened;
    finish->setUrlOpener([&opened](const QUrl& url) {
        opened = url;
        return true;
    });
    finish->openInMail(0);
    EXPECT_EQ(opened.scheme(), QStringLiteral("mailto"));
    EXPECT_TRUE(opened.toString(QUrl::FullyEncoded).contains(QStringLiteral("%0D%0A")));
    finish->markSent(0);
    shot(wizard, QStringLiteral("wizard-7-finish.png"));
    press(wizard, QWizard::FinishButton);
    EXPECT_FALSE(wizard.isVisible());

    // The database holds the plan.
    const qint64 id = opportunity.id;
    EXPECT_EQ(
        test::rawSql(path, QStringLiteral("SELECT stage FROM opportunities WHERE id = %1").arg(id))
            .toString(),
        QStringLiteral("runner_up"));
    EXPECT_EQ(test::rawSql(path,
                           QStringLiteral("SELECT count(*) FROM outreach WHERE "
                                          "opportunity_id = %1")
                               .arg(id))
                  .toInt(),
              notesBefore + people);
    EXPECT_EQ(test::rawSql(path,
                           QStringLiteral("SELECT count(*) FROM outreach WHERE body LIKE "
                                          "'%P.S. Written by me.' AND status = 'sent'"))
                  .toInt(),
              1);
    EXPECT_EQ(test::rawSql(path,
                           QStringLiteral("SELECT due_on FROM follow_ups WHERE kind = "
                                          "'nudge' AND opportunity_id = %1")
                               .arg(id))
                  .toString(),
              QStringLiteral("2026-03-12"));
    EXPECT_EQ(test::rawSql(path,
                           QStringLiteral("SELECT count(*) FROM follow_ups WHERE kind = "
                                          "'stay_in_touch' AND opportunity_id = %1")
                               .arg(id))
                  .toInt(),
              0);
    EXPECT_EQ(test::rawSql(path,
                           QStringLiteral("SELECT count(*) FROM follow_ups WHERE kind = "
                                          "'ninety_day' AND opportunity_id = %1")
                               .arg(id))
                  .toInt(),
              1);
    EXPECT_EQ(test::rawSql(path,
                           QStringLiteral("SELECT count(*) FROM wins WHERE text = "
                                          "'Kept calm when the demo failed'"))
                  .toInt(),
              1);
}

TEST_F(Wizard, CancelOnAnyPageWritesNothing)
{
    for (int stop = RejectionWizard::NewsPageId; stop <= RejectionWizard::FollowUpsPageId; ++stop) {
        RejectionWizard wizard(*db, opportunity.id);
        wizard.setCloseQuestion([] { return RejectionWizard::CloseChoice::Discard; });
        fillTheNews(wizard);
        while (wizard.currentId() < stop)
            press(wizard, QWizard::NextButton);
        ASSERT_EQ(wizard.currentId(), stop);
        press(wizard, QWizard::CancelButton);
        EXPECT_FALSE(wizard.isVisible());
        EXPECT_EQ(counts(), before) << "cancelled on page " << stop;
    }
}

TEST_F(Wizard, LeftHalfWayItResumesWhereItStopped)
{
    {
        RejectionWizard wizard(*db, opportunity.id);
        fillTheNews(wizard);
        for (int i = 0; i < 4; ++i)
            press(wizard, QWizard::NextButton);
        auto* drafts = page<DraftsPage>(wizard, RejectionWizard::DraftsPageId);
        drafts->bodyEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(drafts->bodyEdit(), QStringLiteral(" Kept for later."));
        press(wizard, QWizard::CustomButton1);
        EXPECT_FALSE(wizard.isVisible());
    }
    // Only the half-way answers are written.
    EXPECT_EQ(test::rawSql(path, QStringLiteral("SELECT count(*) FROM wizard_progress")).toInt(),
              1);
    EXPECT_EQ(test::rawSql(path, QStringLiteral("SELECT count(*) FROM outreach")).toString(),
              before.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('='), 1));

    auto kept = RejectionResponse(*db).keptForLater();
    ASSERT_OK(kept);
    ASSERT_TRUE(kept.value());
    RejectionWizard resumed(*db, *kept.value());
    resumed.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&resumed));
    ASSERT_EVENTUALLY(resumed.currentId() == RejectionWizard::DraftsPageId, 2000);
    auto* drafts = page<DraftsPage>(resumed, RejectionWizard::DraftsPageId);
    EXPECT_TRUE(drafts->bodyEdit()->toPlainText().endsWith(QStringLiteral(" Kept for later.")));
    press(resumed, QWizard::BackButton);
    EXPECT_EQ(resumed.currentId(), RejectionWizard::RecipientsPageId);
    press(resumed, QWizard::NextButton);
    press(resumed, QWizard::NextButton);
    press(resumed, QWizard::CommitButton);
    EXPECT_EQ(resumed.currentId(), RejectionWizard::FinishPageId);
    EXPECT_EQ(test::rawSql(path, QStringLiteral("SELECT count(*) FROM wizard_progress")).toInt(),
              0);
    EXPECT_EQ(test::rawSql(path,
                           QStringLiteral("SELECT count(*) FROM outreach WHERE body LIKE "
                                          "'% Kept for later.'"))
                  .toInt(),
              1);
}

TEST_F(Wizard, BadAnswersAreNamedAndHoldThePage)
{
    RejectionWizard wizard(*db, 0);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    auto* news = page<NewsPage>(wizard, RejectionWizard::NewsPageId);
    EXPECT_EQ(news->opportunityBox()->currentData().toLongLong(), 0);
    press(wizard, QWizard::NextButton);
    EXPECT_EQ(wizard.currentId(), RejectionWizard::NewsPageId);
    EXPECT_TRUE(news->message()->isError());
    EXPECT_TRUE(news->message()->text().contains(QStringLiteral("company")));
    QTest::keyClicks(news->companyEdit(), QStringLiteral("Orbit Works"));
    press(wizard, QWizard::NextButton);
    EXPECT_EQ(wizard.currentId(), RejectionWizard::AchievementsPageId);
    EXPECT_EQ(counts(), before);
    wizard.setCloseQuestion([] { return RejectionWizard::CloseChoice::Discard; });
    wizard.reject();

    // A LinkedIn note over its 300 characters cannot go on.
    RejectionWizard second(*db, opportunity.id);
    fillTheNews(second);
    for (int i = 0; i < 4; ++i)
        press(second, QWizard::NextButton);
    auto* drafts = page<DraftsPage>(second, RejectionWizard::DraftsPageId);
    drafts->bodyEdit()->setPlainText(QString(301, QLatin1Char('x')));
    second.answers().drafts[0].channel = Channel::LinkedIn;
    press(second, QWizard::NextButton);
    EXPECT_EQ(second.currentId(), RejectionWizard::DraftsPageId);
    EXPECT_TRUE(drafts->message()->text().contains(QStringLiteral("300")));
    EXPECT_EQ(drafts->bodyEdit()->toPlainText().size(), 301); // the text stays
    EXPECT_EQ(counts(), before);
}

TEST_F(Wizard, UnsignedNotesAreSignedFromTheDraftsPage)
{
    ASSERT_OK(ProfileRepository(*db).save(Profile{})); // a user who skipped the question
    RejectionWizard wizard(*db, opportunity.id);
    fillTheNews(wizard);
    for (int i = 0; i < 4; ++i)
        press(wizard, QWizard::NextButton);
    ASSERT_EQ(wizard.currentId(), RejectionWizard::DraftsPageId);
    auto* drafts = page<DraftsPage>(wizard, RejectionWizard::DraftsPageId);
    EXPECT_TRUE(drafts->bodyEdit()->toPlainText().contains(QStringLiteral("⟦me.name⟧")))
        << "without a name the gap shows";
    ASSERT_TRUE(drafts->signRow()->isVisible());
    press(wizard, QWizard::NextButton);
    EXPECT_EQ(wizard.currentId(), RejectionWizard::DraftsPageId)
        << "an unsigned note holds the page";

    // The first note is edited by hand; signing leaves its words alone.
    drafts->list()->setCurrentRow(0);
    drafts->bodyEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(drafts->bodyEdit(), QStringLiteral(" Kept."));
    QTest::keyClicks(drafts->signNameEdit(), QStringLiteral("Alex Moreno"));
    QTest::keyClick(drafts->signNameEdit(), Qt::Key_Return);
    EXPECT_EQ(ProfileRepository(*db).load().value().name, QStringLiteral("Alex Moreno"));
    ASSERT_GE(wizard.answers().drafts.size(), 2u);
    EXPECT_TRUE(wizard.answers().drafts[0].body.endsWith(QStringLiteral(" Kept.")));
    EXPECT_FALSE(wizard.answers().drafts[1].body.contains(QStringLiteral("⟦")))
        << wizard.answers().drafts[1].body.toStdString();
    EXPECT_TRUE(wizard.answers().drafts[1].body.contains(QStringLiteral("Alex")));
    EXPECT_EQ(counts(), before) << "the name is a preference; the plan is still unwritten";
}

// Why a choice helps is read without a mouse too: moving to it with Tab shows its reason.
TEST_F(Wizard, TheChoiceInFocusSaysWhyItHelps)
{
    RejectionWizard wizard(*db, opportunity.id);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QApplication::setActiveWindow(&wizard);
    fillTheNews(wizard);
    press(wizard, QWizard::NextButton);
    press(wizard, QWizard::NextButton);
    ASSERT_EQ(wizard.currentId(), RejectionWizard::WishesPageId);
    auto* wishes = page<WishesPage>(wizard, RejectionWizard::WishesPageId);
    auto* why = wishes->findChild<QLabel*>(QStringLiteral("whyItHelps"));
    ASSERT_TRUE(why);
    const QString before = why->text();
    wishes->askFeedbackBox()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(wishes->askFeedbackBox(), Qt::Key_Tab);
    EXPECT_TRUE(wishes->stayOnRadarBox()->hasFocus());
    EXPECT_EQ(why->text(), wishes->stayOnRadarBox()->toolTip());
    EXPECT_NE(why->text(), before);
}

// Opened without an opportunity (from Today or the menu), the wizard starts on the process
// that last ended without an offer, not on an empty new one; archived and live ones are not it.
TEST(WizardLauncher, OffersTheProcessThatLastEndedWithoutAnOffer)
{
    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    auto db = test::openOrFail(folder.path(QStringLiteral("launch.sqlite")), clock);
    ASSERT_TRUE(db);
    EXPECT_EQ(WizardLauncher::likelyAnswered(*db), 0) << "nothing recorded yet";
    OpportunityRepository opportunities(*db);
    const auto add = [&opportunities](const char* company, Stage stage) {
        Opportunity o;
        o.company = QString::fromLatin1(company);
        o.stage = stage;
        EXPECT_OK(opportunities.add(o));
        return o.id;
    };
    add("Applied Ltd", Stage::Applied);
    const qint64 archived = add("Archived Co", Stage::NotChosen);
    ASSERT_OK(opportunities.setArchived(archived, true));
    EXPECT_EQ(WizardLauncher::likelyAnswered(*db), 0);
    const qint64 lost = add("Harbor & Finch", Stage::RunnerUp);
    add("Still Going", Stage::Interviewing);
    EXPECT_EQ(WizardLauncher::likelyAnswered(*db), lost);
    RejectionWizard wizard(*db, WizardLauncher::likelyAnswered(*db));
    auto* news = qobject_cast<NewsPage*>(wizard.page(RejectionWizard::NewsPageId));
    ASSERT_TRUE(news);
    wizard.restart();
    EXPECT_EQ(news->opportunityBox()->currentData().toLongLong(), lost);
}
