// The Today view on the demo story and on an empty journal.
#include "today/TodayView.h"

#include "common/InlineMessage.h"
#include "Eventually.h"
#include "opportunities/FunnelBar.h"
#include "preferences/PreferencesDialog.h"
#include "RawSql.h"
#include "ScriptedPrompter.h"
#include "services/DemoSample.h"
#include "services/DueFollowUps.h"
#include "services/FollowUpCalendar.h"
#include "shell/DueNotice.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "Shots.h"
#include "storage/BackgroundTask.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"
#include "today/ActivityReportDialog.h"
#include "today/DuePanel.h"
#include "today/GoalPanel.h"
#include "today/PipelinePanel.h"
#include "today/RadarPanel.h"
#include "today/WeekChart.h"
#include "wizard/RejectionWizard.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace finalist;

namespace {

class TodayPage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("today.sqlite"));
        db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
    }

    void fill()
    {
        ASSERT_OK(fillDemoSample(*db));
        // One overdue and one due today, whatever the sample holds.
        for (int late : { 3, 0 }) {
            FollowUp f;
            f.reason = late ? QStringLiteral("Send the portfolio link")
                            : QStringLiteral("Call Priya back");
            f.dueOn = clock.today().addDays(-late);
            ASSERT_OK(FollowUpRepository(*db).add(f));
        }
    }

    QVariant sql(const QString& statement) const { return test::rawSql(path, statement); }

    void shot(QWidget& widget, const QString& name) { test::saveShot(widget, name); }

    QPushButton* button(QWidget* cell, const QString& text)
    {
        for (QPushButton* b : cell->findChildren<QPushButton*>())
            if (b->text() == text)
                return b;
        return nullptr;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    QString path;
};

} // namespace

TEST_F(TodayPage, EmptyItSaysWhatToDoNext)
{
    // Someone is in the journal (an empty one is greeted instead), but nothing is planned.
    Contact someone;
    someone.firstName = QStringLiteral("Ines");
    ASSERT_OK(ContactRepository(*db).add(someone));
    TodayView view(*db);
    view.resize(1000, 900);
    view.show();
    EXPECT_TRUE(view.due()->emptyLabel()->isVisible());
    EXPECT_FALSE(view.due()->table()->isVisible());
    EXPECT_TRUE(view.radar()->emptyLabel()->isVisible());
    // The summary at the bottom arrives a moment after the page.
    ASSERT_EVENTUALLY(view.pipeline()->summary()->text().contains(QStringLiteral("none yet")),
                      5000);
    EXPECT_TRUE(DueNotice::text(*db).isEmpty()); // no notification when nothing is due
    shot(view, QStringLiteral("today-empty.png"));
}

TEST_F(TodayPage, DoneSnoozeAndRescheduleChangeTheDatabase)
{
    fill();
    TodayView view(*db);
    view.resize(1100, 1000);
    view.show();
    shot(view, QStringLiteral("today-demo.png"));
    DuePanel* due = view.due();
    const int rows = due->table()->rowCount();
    ASSERT_GE(rows, 2);
    EXPECT_EQ(rows, int(DueFollowUps(*db).pending(clock.today()).value().size()));
    EXPECT_TRUE(due->table()->item(0, 1)->text().contains(QStringLiteral("late")));
    EXPECT_FALSE(DueNotice::text(*db).isEmpty());

    const qint64 first = due->lines()[0].followUp.id;
    QTest::mouseClick(button(due->table()->cellWidget(0, 2), QStringLiteral("Done")),
                      Qt::LeftButton);
    EXPECT_EQ(sql(QStringLiteral("SELECT status || ' ' || done_on FROM follow_ups WHERE id = %1")
                      .arg(first))
                  .toString(),
              QStringLiteral("done 2026-03-02"));
    EXPECT_EQ(due->table()->rowCount(), rows - 1);

    const qint64 second = due->lines()[0].followUp.id;
    due->snooze(0, 7);
    EXPECT_EQ(sql(QStringLiteral("SELECT status || ' ' || due_on FROM follow_ups WHERE id = %1")
                      .arg(second))
                  .toString(),
              QStringLiteral("snoozed 2026-03-09"));
    EXPECT_EQ(due->table()->rowCount(), rows - 2);

    if (due->table()->rowCount() > 0) {
        const qint64 third = due->lines()[0].followUp.id;
        const QString before
            = sql(QStringLiteral("SELECT due_on FROM follow_ups WHERE id = %1").arg(third))
                  .toString();
        due->reschedule(0, clock.today().addDays(-1)); // the past is refused
        EXPECT_TRUE(due->message()->isError());
        EXPECT_EQ(sql(QStringLiteral("SELECT due_on FROM follow_ups WHERE id = %1").arg(third))
                      .toString(),
                  before);
        due->reschedule(0, QDate(2026, 4, 1));
        EXPECT_EQ(sql(QStringLiteral("SELECT due_on FROM follow_ups WHERE id = %1").arg(third))
                      .toString(),
                  QStringLiteral("2026-04-01"));
    }
}

// Built for the first time, Today does not wait for the summary at its bottom: a worker reads
// it on a connection of its own, and what arrives is what the window's connection reads.
TEST_F(TodayPage, TheSummaryAtTheBottomArrivesFromAWorkerAsTheWindowWouldReadIt)
{
    fill();
    TodayView view(*db);
    const QString expected = [&] {
        PipelinePanel panel(*db);
        panel.reload();
        return panel.summary()->text();
    }();
    ASSERT_TRUE(expected.contains(QStringLiteral("Open: "))) << expected.toStdString();
    QTest::qWait(200);
    EXPECT_TRUE(view.pipeline()->summary()->text().isEmpty()) << "not read before it is seen";
    view.resize(1100, 3000); // the whole page in view
    view.show();
    ASSERT_EVENTUALLY(!view.pipeline()->summary()->text().isEmpty(), 5000);
    EXPECT_EQ(view.pipeline()->summary()->text(), expected);

    // Shown, the page reads it at once.
    view.show();
    Opportunity more;
    more.company = QStringLiteral("One more");
    more.stage = Stage::Applied;
    ASSERT_OK(OpportunityRepository(*db).add(more));
    view.reload();
    EXPECT_NE(view.pipeline()->summary()->text(), expected);

    // The worker's own read-only connection reads what the window's does (the panel would fall
    // back to the window's connection if it could not).
    const QDate today = clock.today();
    const QDate since = FunnelBar::since(FunnelBar::Window::Last90Days, today);
    auto fromWorker = PipelineFigures::readFrom(path, today, since);
    auto fromWindow = PipelineFigures::read(*db, today, since);
    ASSERT_OK(fromWorker);
    ASSERT_OK(fromWindow);
    EXPECT_EQ(fromWorker.value().byStage, fromWindow.value().byStage);
    EXPECT_EQ(fromWorker.value().funnel.reached, fromWindow.value().funnel.reached);
    EXPECT_EQ(fromWorker.value().roundsThisMonth, fromWindow.value().roundsThisMonth);
    EXPECT_EQ(fromWorker.value().peopleThisMonth, fromWindow.value().peopleThisMonth);
    EXPECT_GT(fromWorker.value().byStage.value(Stage::Applied), 0);
}

// A worker's answer that arrives after the panel was read again is older than what it shows:
// it is dropped, not shown over the newer text.
TEST_F(TodayPage, ALateAnswerFromTheWorkerDoesNotHideANewerSummary)
{
    fill();
    TodayView view(*db);
    view.resize(1100, 3000);
    view.show(); // in view: its worker starts reading
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    auto* worker = view.pipeline()->findChild<BackgroundTask*>();
    ASSERT_NE(worker, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([worker] { return worker->isRunning(); }, 2000));
    Opportunity more;
    more.company = QStringLiteral("Written meanwhile");
    more.stage = Stage::Applied;
    ASSERT_OK(OpportunityRepository(*db).add(more));
    view.pipeline()->reload();
    const QString newer = view.pipeline()->summary()->text();
    QTest::qWait(500); // the worker's answer arrives meanwhile
    EXPECT_EQ(view.pipeline()->summary()->text(), newer);
}

TEST_F(TodayPage, BelowTheFoldTheSummaryIsReadWhenScrolledTo)
{
    fill();
    TodayView view(*db);
    view.resize(1000, 300);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(200);
    QLabel* summary = view.pipeline()->summary();
    EXPECT_TRUE(summary->text().isEmpty()) << "out of sight: not read";
    // Its lines' room is kept, so that the page does not grow under the reader's eyes.
    EXPECT_GE(summary->height(), 3 * summary->fontMetrics().lineSpacing());
    auto* scroll = view.findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    ASSERT_EVENTUALLY(summary->text().contains(QStringLiteral("Open: ")), 5000);
}

TEST_F(TodayPage, TheGoalCountsAndMarksADayOff)
{
    fill();
    TodayView view(*db);
    view.show();
    GoalPanel* goal = view.goal();
    ASSERT_EQ(goal->progress().weekSent.size(), std::size_t(ActivityGoal::kWeeks));
    // The chart has a bar and a target for each of the twelve weeks, on a scale above both.
    const auto& weeks = goal->chart()->weeks();
    ASSERT_EQ(weeks.size(), std::size_t(ActivityGoal::kWeeks));
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        EXPECT_EQ(weeks[i].sent, goal->progress().weekSent[i]);
        EXPECT_EQ(weeks[i].target, goal->progress().weekTargets[i]);
        EXPECT_GT(goal->chart()->scaleTop(), std::max(weeks[i].sent, weeks[i].target));
    }
    EXPECT_FALSE(weeks.back().label.isEmpty());
    goal->dayOffBox()->click();
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM days_off WHERE day = '2026-03-02'")).toInt(),
              1);
    EXPECT_TRUE(goal->todayLabel()->text().contains(QStringLiteral("day off")));
    goal->dayOffBox()->click();
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM days_off")).toInt(), 0);
    // The target is set in the preferences; one upside down is refused, nothing written.
    const int goals = sql(QStringLiteral("SELECT count(*) FROM goals")).toInt();
    PreferencesDialog preferences(*db);
    EXPECT_EQ(preferences.minimumBox()->value(), goal->progress().minPerWorkDay);
    preferences.minimumBox()->setValue(5);
    preferences.maximumBox()->setValue(3);
    EXPECT_FALSE(preferences.save());
    EXPECT_TRUE(preferences.message()->isError());
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM goals")).toInt(), goals);
    preferences.maximumBox()->setValue(6);
    ASSERT_TRUE(preferences.save());
    goal->reload();
    EXPECT_EQ(goal->progress().minPerWorkDay, 5);
    EXPECT_TRUE(goal->targetLabel()->text().contains(QStringLiteral("5 to 6")));
}

TEST_F(TodayPage, TheRadarsButtonOpensTheWizardOnItsOpportunity)
{
    fill();
    test::ScriptedPrompter prompter;
    Session session(prompter, clock);
    MainWindow window;
    session.attach(&window);
    db.reset(); // the session opens the file itself
    ASSERT_TRUE(session.open(path));
    window.show();
    auto* today = qobject_cast<TodayView*>(window.sectionWidget(MainWindow::Today));
    ASSERT_TRUE(today);
    RadarPanel* radar = today->radar();
    qint64 unplanned = 0;
    for (const RadarItem& item : radar->items())
        if (item.state == CheckInState::NotPlanned)
            unplanned = item.opportunity.id;
    ASSERT_GT(unplanned, 0) << "the demo has a runner-up without a check-in";
    auto* plan = radar->findChild<QPushButton*>(QStringLiteral("plan-%1").arg(unplanned));
    ASSERT_TRUE(plan);
    qint64 opened = -1;
    QTimer::singleShot(200, [&opened] {
        if (auto* wizard = qobject_cast<RejectionWizard*>(QApplication::activeModalWidget())) {
            opened = wizard->answers().opportunityId;
            wizard->reject();
        }
    });
    QTest::mouseClick(plan, Qt::LeftButton);
    EXPECT_EQ(opened, unplanned);
}

TEST_F(TodayPage, TheActivityReportSavesCsvAndPdf)
{
    fill();
    ActivityReportDialog dialog(*db);
    dialog.fromEdit()->setDate(QDate(2025, 1, 1));
    dialog.toEdit()->setDate(QDate(2026, 12, 31));
    ASSERT_GT(dialog.table()->rowCount(), 0);
    const QString csv = folder.path(QStringLiteral("a.csv"));
    const QString pdf = folder.path(QStringLiteral("a.pdf"));
    ASSERT_TRUE(dialog.saveCsv(csv));
    ASSERT_TRUE(dialog.savePdf(pdf));
    QFile csvFile(csv), pdfFile(pdf);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(csvFile.readAll().count("\r\n"), dialog.table()->rowCount() + 1);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5).startsWith("%PDF"));
    // An upside-down range says so and lists nothing.
    dialog.fromEdit()->setDate(QDate(2027, 1, 1));
    EXPECT_TRUE(dialog.message()->isError());
    EXPECT_EQ(dialog.table()->rowCount(), 0);
    // A "folder" that is a file: a message, and no file.
    const QString nowhere = folder.path(QStringLiteral("a.csv/b.csv"));
    EXPECT_FALSE(dialog.saveCsv(nowhere));
    EXPECT_TRUE(dialog.message()->isError());
    EXPECT_FALSE(QFile::exists(nowhere));
}

TEST_F(TodayPage, TheCalendarButtonOffersEventsOrToDos)
{
    fill();
    TodayView view(*db);
    auto* calendar = view.findChild<QPushButton*>(QStringLiteral("calendar"));
    ASSERT_NE(calendar, nullptr);
    ASSERT_NE(calendar->menu(), nullptr);
    ASSERT_EQ(calendar->menu()->actions().size(), 2);

    const QString events = folder.path(QStringLiteral("events.ics"));
    const QString todos = folder.path(QStringLiteral("todos.ics"));
    ASSERT_TRUE(view.exportCalendar(events));
    ASSERT_TRUE(view.exportCalendar(todos, true));
    const auto read = [](const QString& file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const auto pending = DueFollowUps(*db).pending().value().size(); // every open one
    // and those finished lately, crossed off without an alarm
    const auto finished = DueFollowUps(*db)
                              .finishedSince(db->clock().today().addDays(-kFinishedFollowUpDays))
                              .value()
                              .size();
    ASSERT_GT(pending, 0u);
    EXPECT_EQ(std::size_t(read(events).count("BEGIN:VEVENT")), pending + finished);
    EXPECT_EQ(std::size_t(read(events).count("BEGIN:VALARM")), pending);
    EXPECT_EQ(std::size_t(read(events).count("STATUS:CANCELLED")), finished);
    EXPECT_EQ(read(events).count("BEGIN:VTODO"), 0);
    EXPECT_EQ(read(todos).count("BEGIN:VTODO"), read(events).count("BEGIN:VEVENT"));
    EXPECT_EQ(read(todos).count("BEGIN:VEVENT"), 0);

    // A folder that is a file: the message box says why, and no file appears.
    const QString nowhere = folder.path(QStringLiteral("events.ics/more.ics"));
    QString said;
    QTimer::singleShot(0, [&said] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            said = box->text();
            box->accept();
        }
    });
    EXPECT_FALSE(view.exportCalendar(nowhere));
    EXPECT_FALSE(said.isEmpty());
    EXPECT_FALSE(QFile::exists(nowhere));
}

// A long search keeps Today calm and quick: the soonest marks show, the rest behind a button.
TEST_F(TodayPage, TheRadarShowsTheSoonestFewAndTheRestOnRequest)
{
    for (int i = 0; i < RadarPanel::kRowsAtFirst + 4; ++i) {
        Opportunity o;
        o.company = QStringLiteral("Runner-up %1").arg(i);
        o.stage = Stage::RunnerUp;
        o.decidedOn = clock.today().addDays(-i);
        ASSERT_OK(OpportunityRepository(*db).add(o));
    }
    TodayView view(*db);
    view.resize(1000, 900);
    view.show();
    RadarPanel* radar = view.radar();
    const int all = RadarPanel::kRowsAtFirst + 4;
    ASSERT_EQ(radar->total(), all);
    EXPECT_EQ(int(radar->items().size()), RadarPanel::kRowsAtFirst) << "only those shown are read";
    EXPECT_EQ(radar->table()->rowCount(), RadarPanel::kRowsAtFirst);
    EXPECT_TRUE(radar->table()->item(0, 0)->text().startsWith(QStringLiteral("Runner-up 11")))
        << "the soonest mark first";
    QPushButton* more = radar->showAllButton();
    ASSERT_TRUE(more->isVisible());
    EXPECT_EQ(more->text(), QStringLiteral("Show all 12 processes"));
    EXPECT_EQ(
        radar->findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^plan-"))).size(),
        RadarPanel::kRowsAtFirst);

    QTest::mouseClick(more, Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the rows' old buttons
    EXPECT_EQ(radar->table()->rowCount(), all);
    EXPECT_EQ(int(radar->items().size()), all);
    EXPECT_EQ(
        radar->findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^plan-"))).size(),
        all);
    EXPECT_EQ(more->text(), QStringLiteral("Show the first 8 only"));
    QTest::mouseClick(more, Qt::LeftButton);
    EXPECT_EQ(radar->table()->rowCount(), RadarPanel::kRowsAtFirst);
}

// The radar read ahead while the window is built (on the opening thread) is what Today shows
// first; a process written afterwards is not hidden by it.
TEST_F(TodayPage, TheRadarReadAheadIsShownAndAChangeAfterItIsToo)
{
    Opportunity first;
    first.company = QStringLiteral("Read ahead");
    first.stage = Stage::RunnerUp;
    first.decidedOn = clock.today().addDays(-10);
    ASSERT_OK(OpportunityRepository(*db).add(first));
    auto ahead = RadarPanel::readFirstRows(*db);
    ASSERT_OK(ahead);
    ASSERT_EQ(ahead.value().size(), 1u);

    TodayView view(*db);
    ASSERT_EQ(view.radar()->items().size(), 1u);
    EXPECT_EQ(view.radar()->items().front().opportunity.company, QStringLiteral("Read ahead"));

    Opportunity later;
    later.company = QStringLiteral("Written after");
    later.stage = Stage::RunnerUp;
    later.decidedOn = clock.today().addDays(-20);
    ASSERT_OK(OpportunityRepository(*db).add(later));
    view.reload();
    ASSERT_EQ(view.radar()->items().size(), 2u);
    EXPECT_EQ(view.radar()->total(), 2);
}

// Coming back to Today reads again only when something was written meanwhile (or the day
// changed): with nothing new, the page is as it was left, widgets and all.
TEST_F(TodayPage, ComingBackReadsAgainOnlyAfterAChange)
{
    fill();
    test::ScriptedPrompter prompter;
    Session session(prompter, clock);
    MainWindow window;
    session.attach(&window);
    db.reset();
    ASSERT_TRUE(session.open(path));
    window.show();
    auto* today = qobject_cast<TodayView*>(window.sectionWidget(MainWindow::Today));
    ASSERT_TRUE(today);
    const QList<QPushButton*> buttons
        = today->radar()->findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^plan-")));
    QPointer<QPushButton> plan = buttons.value(0);
    ASSERT_TRUE(plan) << "the demo has a runner-up without a check-in";

    window.showSection(MainWindow::Wins);
    window.showSection(MainWindow::Today);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(plan) << "nothing was written: the page was not read again";

    window.showSection(MainWindow::Opportunities);
    const int before = today->radar()->total();
    Opportunity lost;
    lost.company = QStringLiteral("Written meanwhile");
    lost.stage = Stage::RunnerUp;
    lost.decidedOn = clock.today();
    ASSERT_OK(OpportunityRepository(*session.database()).add(lost));
    window.showSection(MainWindow::Today);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(plan) << "a change: the page was read again";
    EXPECT_EQ(today->radar()->total(), before + 1);
    today->radar()->setShowAll(true);
    bool listed = false;
    for (const RadarItem& item : today->radar()->items())
        listed = listed || item.opportunity.company == lost.company;
    EXPECT_TRUE(listed);
}
