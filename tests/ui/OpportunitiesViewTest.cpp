#include "opportunities/OpportunitiesView.h"

#include "common/InlineMessage.h"
#include "common/OptionalDateEdit.h"
#include "DarkPalette.h"
#include "opportunities/BoardView.h"
#include "opportunities/DecisionForm.h"
#include "opportunities/FunnelBar.h"
#include "opportunities/InvitationDialog.h"
#include "opportunities/OpportunityForm.h"
#include "opportunities/OpportunityListModel.h"
#include "opportunities/OpportunityPage.h"
#include "opportunities/StageColumn.h"
#include "opportunities/StageProxy.h"
#include "preferences/PreferencesDialog.h"
#include "RawSql.h"
#include "services/DemoSample.h"
#include "Shots.h"
#include "storage/OpportunityRepository.h"
#include "storage/ProfileRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace finalist;

namespace {

class Opportunities : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("o.sqlite")), clock);
        ASSERT_TRUE(db);
    }

    qint64 add(const QString& company, Stage stage, const QString& role = {})
    {
        Opportunity o;
        o.company = company;
        o.role = role;
        o.stage = stage;
        EXPECT_OK(OpportunityRepository(*db).add(o));
        return o.id;
    }

    QVariant sql(const QString& statement) { return test::rawSql(db->path(), statement); }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(Opportunities, TheModelsPassQtsModelTesterAndADropMovesACard)
{
    const qint64 acme = add(QStringLiteral("Acme"), Stage::Applied, QStringLiteral("Analyst"));
    add(QStringLiteral("Borealis"), Stage::Interviewing);
    add(QStringLiteral("Cobalt"), Stage::NotChosen);
    OpportunityListModel model(*db);
    QAbstractItemModelTester sourceTester(&model,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    StageProxy applied(&model, Stage::Applied);
    StageProxy interviewing(&model, Stage::Interviewing);
    QAbstractItemModelTester appliedTester(&applied,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester interviewingTester(
        &interviewing, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_OK(model.reload(OpportunityFilter{}));
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(applied.rowCount(), 1);
    EXPECT_EQ(interviewing.rowCount(), 1);

    // What a drag carries, dropped on the interviewing column: the card moves, and is recorded.
    std::unique_ptr<QMimeData> dragged(
        model.mimeData({ applied.mapToSource(applied.index(0, 0)) }));
    EXPECT_TRUE(interviewing.canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, {}));
    interviewing.dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, {});
    EXPECT_EQ(applied.rowCount(), 0);
    EXPECT_EQ(interviewing.rowCount(), 2);
    EXPECT_EQ(
        sql(QStringLiteral("SELECT stage FROM opportunities WHERE id = %1").arg(acme)).toString(),
        QStringLiteral("interviewing"));
    EXPECT_EQ(
        sql(QStringLiteral("SELECT count(*) FROM opportunity_stages WHERE opportunity_id = %1")
                .arg(acme))
            .toInt(),
        2);
    // Anything else dropped there is refused.
    QMimeData text;
    text.setText(QStringLiteral("not a card"));
    EXPECT_FALSE(interviewing.canDropMimeData(&text, Qt::MoveAction, -1, -1, {}));
}

TEST_F(Opportunities, TheListSortsAndTheFiltersNarrowBoardAndList)
{
    add(QStringLiteral("Acme"), Stage::Applied);
    add(QStringLiteral("Borealis"), Stage::Interviewing);
    add(QStringLiteral("Cobalt"), Stage::NotChosen);
    OpportunitiesView view(*db);
    view.resize(1200, 700);
    view.show();
    ASSERT_FALSE(view.isShowingPage());
    view.setBoardMode(false);
    QTableView* list = view.list();
    list->sortByColumn(OpportunityListModel::Company, Qt::DescendingOrder);
    EXPECT_EQ(list->model()->index(0, 0).data().toString(), QStringLiteral("Cobalt"));
    list->sortByColumn(OpportunityListModel::Stage, Qt::AscendingOrder);
    EXPECT_EQ(list->model()->index(0, 0).data().toString(), QStringLiteral("Acme"));

    view.opennessFilter()->setCurrentIndex(
        view.opennessFilter()->findData(int(OpportunityFilter::Openness::Closed)));
    emit view.opennessFilter()->activated(view.opennessFilter()->currentIndex());
    EXPECT_EQ(list->model()->rowCount(), 1);
    EXPECT_TRUE(view.board()->column(Stage::Applied)->isHidden())
        << "an open stage's column is hidden while only closed processes show";
    EXPECT_FALSE(view.board()->column(Stage::NotChosen)->isHidden());

    view.opennessFilter()->setCurrentIndex(0);
    emit view.opennessFilter()->activated(0);
    QTest::keyClicks(view.searchBox(), QStringLiteral("bore"));
    QTest::qWait(250); // the search waits for a pause in typing
    EXPECT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(list->model()->index(0, 0).data().toString(), QStringLiteral("Borealis"));
}

TEST_F(Opportunities, ThePageSavesEveryFieldAndRefusesABadOneKeepingTheText)
{
    const qint64 id = add(QStringLiteral("Harbor & Finch"), Stage::Interviewing);
    OpportunitiesView view(*db);
    view.show();
    ASSERT_TRUE(view.showOpportunity(id));
    OpportunityPage* page = view.page();
    const QString posting = QStringLiteral("We are hiring a designer who loves research.\nRemote.");
    page->form()->postingTextEdit()->setPlainText(posting);
    page->form()->postingUrlEdit()->setText(QStringLiteral("the careers page"));
    emit page->form()->changed();
    EXPECT_TRUE(page->saveButton()->isEnabled());
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(page->message()->isError());
    EXPECT_TRUE(page->message()->text().contains(QStringLiteral("the careers page")));
    EXPECT_FALSE(page->form()->postingUrlEdit()->styleSheet().isEmpty()) << "the field is marked";
    EXPECT_EQ(page->form()->postingTextEdit()->toPlainText(), posting) << "nothing typed is lost";
    EXPECT_EQ(sql(QStringLiteral("SELECT posting_text FROM opportunities")).toString(), QString());

    page->form()->postingUrlEdit()->clear();
    // Copied from an address bar that hides the scheme: taken as https.
    QTest::keyClicks(page->form()->postingUrlEdit(), QStringLiteral("jobs.example.com/42"));
    EXPECT_TRUE(page->form()->postingUrlEdit()->styleSheet().isEmpty()) << "typing clears the mark";
    QTest::keyClicks(page->decision()->reasonEdit(),
                     QStringLiteral("Someone with payments experience"));
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    EXPECT_FALSE(page->message()->isError()) << page->message()->text().toStdString();
    EXPECT_EQ(sql(QStringLiteral("SELECT posting_text FROM opportunities")).toString(), posting);
    EXPECT_EQ(sql(QStringLiteral("SELECT posting_url FROM opportunities")).toString(),
              QStringLiteral("https://jobs.example.com/42"));
    EXPECT_EQ(sql(QStringLiteral("SELECT reason_given FROM opportunities")).toString(),
              QStringLiteral("Someone with payments experience"));

    // Leaving with unsaved text saves it.
    page->form()->locationEdit()->setText(QStringLiteral("Lisbon, hybrid"));
    view.showOverview();
    EXPECT_EQ(sql(QStringLiteral("SELECT location FROM opportunities")).toString(),
              QStringLiteral("Lisbon, hybrid"));

    // The stage box moves it, with history; archiving takes it off the board, not out of the file.
    ASSERT_TRUE(view.showOpportunity(id));
    page->stageBox()->setCurrentIndex(page->stageBox()->findData(int(Stage::RunnerUp)));
    emit page->stageBox()->activated(page->stageBox()->currentIndex());
    EXPECT_EQ(sql(QStringLiteral("SELECT stage FROM opportunities")).toString(),
              QStringLiteral("runner_up"));
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM opportunity_stages")).toInt(), 2);
    QTest::mouseClick(page->archiveButton(), Qt::LeftButton);
    EXPECT_FALSE(sql(QStringLiteral("SELECT archived_on FROM opportunities")).isNull());
    view.showOverview();
    EXPECT_EQ(view.board()->column(Stage::RunnerUp)->count(), 0);
    view.archivedFilter()->setChecked(true);
    EXPECT_EQ(view.board()->column(Stage::RunnerUp)->count(), 1);
}

TEST_F(Opportunities, AnInvitationIsPreviewedThenAddedAsARound)
{
    const qint64 id = add(QStringLiteral("Example Platform"), Stage::Interviewing);
    Profile me;
    me.email = QStringLiteral("sam.candidate@example.net");
    ASSERT_OK(ProfileRepository(*db).save(me));
    InvitationDialog dialog(
        *db, test::fixturePath(QStringLiteral("invitations/google-calendar.ics")), id);
    ASSERT_TRUE(dialog.isReadable());
    EXPECT_TRUE(dialog.summary()->text().contains(QStringLiteral("Technical interview")));
    EXPECT_EQ(dialog.opportunityBox()->currentData().toLongLong(), id);
    QTableWidget* panel = dialog.panel();
    ASSERT_EQ(panel->rowCount(), 5);
    EXPECT_EQ(panel->item(4, InvitationDialog::Name)->checkState(), Qt::Unchecked) << "you";
    panel->item(3, InvitationDialog::Name)->setCheckState(Qt::Unchecked); // leave one out
    panel->item(1, InvitationDialog::Name)->setText(QStringLiteral("Zoë Okafor-Brandt"));
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM rounds")).toInt(), 0)
        << "a preview writes nothing";
    test::saveShot(dialog, QStringLiteral("invitation-preview.png"));
    ASSERT_TRUE(dialog.commit());
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM rounds WHERE opportunity_id = %1").arg(id))
                  .toInt(),
              1);
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM meetings")).toInt(), 3);
    EXPECT_EQ(
        sql(QStringLiteral("SELECT last_name FROM contacts WHERE email = 'zoe.okafor@example.com'"))
            .toString(),
        QStringLiteral("Okafor-Brandt"));
}

TEST_F(Opportunities, ABrokenInvitationSaysWhereAndAddsNothing)
{
    add(QStringLiteral("Example Platform"), Stage::Interviewing);
    InvitationDialog dialog(*db,
                            test::fixturePath(QStringLiteral("invitations/broken-no-end.ics")));
    EXPECT_FALSE(dialog.isReadable());
    EXPECT_FALSE(dialog.addButton()->isEnabled());
    EXPECT_TRUE(dialog.message()->isError());
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("Line")))
        << dialog.message()->text().toStdString();
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM rounds")).toInt(), 0);
}

TEST_F(Opportunities, PreferencesKeepTheProfileAndRefuseABadAddressWholly)
{
    PreferencesDialog preferences(*db);
    preferences.nameEdit()->setText(QStringLiteral("Zoë Okafor")); // keyClicks knows ASCII only
    preferences.signatureEdit()->setPlainText(QStringLiteral("Zoë Okafor\n+44 20 7946 0958"));
    QTest::keyClicks(preferences.emailEdit(), QStringLiteral("zoe at example"));
    preferences.showPage(PreferencesDialog::OutreachPage);
    EXPECT_FALSE(preferences.save());
    EXPECT_EQ(preferences.pages()->currentIndex(), PreferencesDialog::YouPage)
        << "the page with the problem is shown";
    EXPECT_TRUE(preferences.message()->isError());
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM settings")).toInt(), 0);
    EXPECT_EQ(preferences.nameEdit()->text(), QStringLiteral("Zoë Okafor"));
    preferences.emailEdit()->setText(QStringLiteral("zoe@example.org"));
    ASSERT_TRUE(preferences.save());
    const Profile me = ProfileRepository(*db).load().value();
    EXPECT_EQ(me.name, QStringLiteral("Zoë Okafor"));
    EXPECT_EQ(me.signature, QStringLiteral("Zoë Okafor\n+44 20 7946 0958"));
    EXPECT_EQ(me.email, QStringLiteral("zoe@example.org"));
}

TEST_F(Opportunities, EmptyAtFirstThenTheBoardTheListAndAPageLightAndDark)
{
    OpportunitiesView empty(*db);
    empty.resize(1024, 640);
    empty.show();
    EXPECT_FALSE(empty.findChild<QPushButton*>(QStringLiteral("emptyNewOpportunity"))->isHidden());
    EXPECT_TRUE(empty.findChild<QPushButton*>(QStringLiteral("emptyNewOpportunity"))->isVisible())
        << "an empty journal says what to do";
    test::saveShot(empty, QStringLiteral("opportunities-empty.png"));

    ASSERT_OK(fillDemoSample(*db));
    OpportunitiesView view(*db);
    view.resize(1240, 720);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_GT(view.board()->column(Stage::RunnerUp)->count(), 0);
    EXPECT_FALSE(view.funnel()->label()->text().isEmpty());
    const QPalette light = QApplication::palette();
    for (const bool dark : { false, true }) {
        QApplication::setPalette(dark ? test::darkPalette() : light);
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
        view.setBoardMode(true);
        test::saveShot(view, QStringLiteral("opportunities-board") + suffix);
        view.setBoardMode(false);
        test::saveShot(view, QStringLiteral("opportunities-list") + suffix);
        auto runnersUp = OpportunityRepository(*db).list(Stage::RunnerUp);
        ASSERT_OK(runnersUp);
        ASSERT_TRUE(view.showOpportunity(runnersUp.value().front().id));
        test::saveShot(view, QStringLiteral("opportunity-page") + suffix);
        view.page()->revealRounds();
        test::saveShot(view, QStringLiteral("opportunity-rounds") + suffix);
        view.showOverview();
    }
    QApplication::setPalette(light);
}

TEST_F(Opportunities, TheBoardIsOneTabStopAndTheArrowsDoTheRest)
{
    add(QStringLiteral("Acme"), Stage::Interviewing);
    OpportunitiesView view(*db);
    view.show();
    QApplication::setActiveWindow(&view);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    view.funnel()->windowBox()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    StageColumn* interviewing = view.board()->column(Stage::Interviewing);
    EXPECT_EQ(QApplication::focusWidget(), interviewing->list())
        << "Tab lands on the column with cards, not on the first empty one";
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    for (StageColumn* column : view.board()->columns())
        EXPECT_NE(QApplication::focusWidget(), column->list()) << "one Tab leaves the board";

    // Arrows go from column to column; a moved card takes the Tab stop with it.
    interviewing->focusRow(0);
    QTest::keyClick(interviewing->list(), Qt::Key_Left);
    EXPECT_EQ(QApplication::focusWidget(), view.board()->column(Stage::Screening)->list());
    QTest::keyClick(interviewing->list(), Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(view.board()->column(Stage::FinalRound)->list()->focusPolicy(), Qt::StrongFocus);
    EXPECT_EQ(interviewing->list()->focusPolicy(), Qt::ClickFocus);
}
