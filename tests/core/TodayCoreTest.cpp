// The Today view's arithmetic with a set clock: the goal and its streak, the radar, due
// follow-ups, the activity report.
#include "RawSql.h"
#include "services/ActivityGoal.h"
#include "services/ActivityReport.h"
#include "services/DemoSample.h"
#include "services/DueFollowUps.h"
#include "services/SecondChanceRadar.h"
#include "storage/ActivityCounts.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

QMap<QDate, int> sentOn(std::initializer_list<std::pair<QDate, int>> days)
{
    QMap<QDate, int> sent;
    for (const auto& [day, count] : days)
        sent.insert(day, count);
    return sent;
}

class Today : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("t.sqlite")), clock);
        ASSERT_TRUE(db);
    }

    // A sent note on a day, to someone new.
    void send(QDate day, OutreachStatus status = OutreachStatus::Sent)
    {
        Contact c;
        c.firstName = QStringLiteral("P%1").arg(++people);
        ASSERT_OK(ContactRepository(*db).add(c));
        Outreach note;
        note.contactId = c.id;
        note.kind = OutreachKind::StayOnRadar;
        note.status = status;
        note.sentOn = status == OutreachStatus::Draft ? QDate() : day;
        ASSERT_OK(OutreachRepository(*db).add(note));
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() }; // Monday 2 March 2026
    std::unique_ptr<Database> db;
    int people = 0;
};

} // namespace

TEST(ActivityGoalArithmetic, WeekendsAndDaysOffNeitherCountNorBreak)
{
    const QDate monday(2026, 3, 2), friday(2026, 2, 27), thursday(2026, 2, 26);
    // Thursday and Friday on target, the weekend empty, Monday not yet: a streak of two.
    auto sent = sentOn({ { thursday, 2 }, { friday, 3 } });
    EXPECT_EQ(ActivityGoal::streak(sent, {}, monday, 2), 2);
    // Once Monday reaches the target it counts.
    sent.insert(monday, 2);
    EXPECT_EQ(ActivityGoal::streak(sent, {}, monday, 2), 3);
    // A day under target breaks it; a day off does not.
    sent.insert(QDate(2026, 2, 25), 1);
    EXPECT_EQ(ActivityGoal::streak(sent, {}, monday, 2), 3);
    sent.remove(QDate(2026, 2, 25));
    sent.insert(QDate(2026, 2, 24), 2);
    EXPECT_EQ(ActivityGoal::streak(sent, {}, monday, 2), 3); // the 25th is empty
    EXPECT_EQ(ActivityGoal::streak(sent, { QDate(2026, 2, 25) }, monday, 2), 4);
    EXPECT_FALSE(ActivityGoal::isWorkDay(QDate(2026, 2, 28), {}));
}

TEST(ActivityGoalArithmetic, StreaksCrossMonthAndYearEnds)
{
    // Tue 29 Dec 2026 to Mon 4 Jan 2027, New Year's Day marked off.
    const QSet<QDate> off{ QDate(2027, 1, 1) };
    const auto sent = sentOn({ { QDate(2026, 12, 29), 2 },
                               { QDate(2026, 12, 30), 4 },
                               { QDate(2026, 12, 31), 2 },
                               { QDate(2027, 1, 4), 2 } });
    EXPECT_EQ(ActivityGoal::streak(sent, off, QDate(2027, 1, 4), 2), 4);
    EXPECT_EQ(ActivityGoal::streak(sent, {}, QDate(2027, 1, 4), 2), 1); // the 1st broke it
    EXPECT_EQ(ActivityGoal::weekStart(QDate(2027, 1, 3)), QDate(2026, 12, 28));
    EXPECT_EQ(ActivityGoal::weekStart(QDate(2026, 3, 1)), QDate(2026, 2, 23));
}

TEST_F(Today, ProgressCountsTheWeekAndTwelveWeeks)
{
    send(QDate(2026, 3, 2));
    send(QDate(2026, 3, 2));
    send(QDate(2026, 2, 27));
    send(QDate(2026, 2, 26), OutreachStatus::Replied);
    send(QDate(2026, 2, 26), OutreachStatus::Draft); // not sent: counts nothing
    send(QDate(2025, 12, 1)); // thirteen weeks back: outside the chart
    ASSERT_OK(ActivityCounts(*db).setDayOff(QDate(2026, 2, 24), true));
    auto p = ActivityGoal(*db).progress(clock.today());
    ASSERT_OK(p);
    EXPECT_EQ(p.value().today, 2);
    EXPECT_EQ(p.value().thisWeek, 2);
    EXPECT_EQ(p.value().weekTarget, 2); // one work day so far, two a day
    EXPECT_EQ(p.value().streak, 1); // today; Friday had one, under target
    ASSERT_EQ(p.value().weekSent.size(), std::size_t(ActivityGoal::kWeeks));
    EXPECT_EQ(p.value().weekSent[ActivityGoal::kWeeks - 2], 2); // the week before
    EXPECT_EQ(p.value().weekTargets[ActivityGoal::kWeeks - 2], 8); // four work days: one off
    int total = 0;
    for (int n : p.value().weekSent)
        total += n;
    EXPECT_EQ(total, 4);
    ASSERT_OK(ActivityCounts(*db).setDayOff(QDate(2026, 2, 24), false));
    EXPECT_EQ(
        ActivityGoal(*db).progress(clock.today()).value().weekTargets[ActivityGoal::kWeeks - 2],
        10);
}

TEST_F(Today, TheRadarCountsToTheMarkAndReadsTheCheckIn)
{
    ASSERT_OK(fillDemoSample(*db));
    auto radar = secondChanceRadar(*db, clock.today());
    ASSERT_OK(radar);
    ASSERT_FALSE(radar.value().empty());
    for (const RadarItem& item : radar.value())
        EXPECT_EQ(item.opportunity.stage, Stage::RunnerUp);
    RadarItem first = radar.value().front();
    Opportunity o = first.opportunity;
    o.chosenHireStartOn = QDate(2026, 3, 16);
    ASSERT_OK(OpportunityRepository(*db).update(o));
    FollowUp plan;
    plan.opportunityId = o.id;
    plan.kind = FollowUpKind::NinetyDay;
    plan.reason = QStringLiteral("Check in");
    plan.dueOn = QDate(2026, 6, 5);
    ASSERT_OK(FollowUpRepository(*db).add(plan));
    for (const RadarItem& item : secondChanceRadar(*db, clock.today()).value()) {
        if (item.opportunity.id != o.id)
            continue;
        EXPECT_EQ(item.mark, QDate(2026, 6, 14));
        EXPECT_FALSE(item.markEstimated);
        EXPECT_EQ(item.daysLeft, 104);
        EXPECT_EQ(item.state, CheckInState::Planned);
        EXPECT_EQ(item.checkInOn, QDate(2026, 6, 5));
    }
}

// The radar's order comes from one query, and its first few are the first few of the whole
// list: marks ahead the soonest first, then passed ones the latest first; a mark counts from the
// chosen hire's start, else from the decision, else from today; equal marks, the newer first.
TEST_F(Today, TheRadarsFirstFewAreTheWholeListsFirstInMarkOrder)
{
    const auto add = [&](const QString& company, Stage stage, QDate decided, QDate start) {
        Opportunity o;
        o.company = company;
        o.stage = stage;
        o.decidedOn = decided;
        o.chosenHireStartOn = start;
        EXPECT_OK(OpportunityRepository(*db).add(o));
        return o.id;
    };
    ASSERT_EQ(clock.today(), QDate(2026, 3, 2));
    add(QStringLiteral("Passed long ago"), Stage::RunnerUp, QDate(2025, 10, 1), {});
    add(QStringLiteral("Started in February"), Stage::RunnerUp, QDate(2026, 1, 20),
        QDate(2026, 2, 1));
    add(QStringLiteral("Not yet decided"), Stage::RunnerUp, {}, {});
    add(QStringLiteral("Decided in January"), Stage::RunnerUp, QDate(2026, 1, 20), {});
    add(QStringLiteral("Passed in January"), Stage::RunnerUp, QDate(2025, 10, 20),
        QDate(2025, 11, 1));
    add(QStringLiteral("Not the runner-up"), Stage::NotChosen, QDate(2026, 2, 27), {});
    add(QStringLiteral("Also decided in January"), Stage::RunnerUp, QDate(2026, 1, 20), {});

    auto all = secondChanceRadar(*db, clock.today());
    ASSERT_OK(all);
    QStringList order;
    QList<int> daysLeft;
    for (const RadarItem& item : all.value()) {
        order << item.opportunity.company;
        daysLeft << item.daysLeft;
    }
    EXPECT_EQ(order,
              QStringList(
                  { QStringLiteral("Also decided in January"), QStringLiteral("Decided in January"),
                    QStringLiteral("Started in February"), QStringLiteral("Not yet decided"),
                    QStringLiteral("Passed in January"), QStringLiteral("Passed long ago") }));
    EXPECT_EQ(daysLeft, QList<int>({ 49, 49, 61, 90, -31, -62 }));
    EXPECT_TRUE(all.value()[3].markEstimated);
    EXPECT_FALSE(all.value()[2].markEstimated);

    auto first = secondChanceRadar(*db, clock.today(), 3);
    ASSERT_OK(first);
    ASSERT_EQ(first.value().size(), 3u);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_EQ(first.value()[i].opportunity.id, all.value()[i].opportunity.id);
    EXPECT_EQ(OpportunityRepository(*db).countAt(Stage::RunnerUp).value(), 6);
}

// A date written by hand that SQLite reads its own way ("30 February" is 2 March to it) puts a
// process where its shown mark says: the order and the days left come from the same reading.
TEST_F(Today, TheRadarShowsTheMarkItsOrderUsed)
{
    for (const QString& company : { QStringLiteral("Odd date"), QStringLiteral("Plain date") }) {
        Opportunity o;
        o.company = company;
        o.stage = Stage::RunnerUp;
        o.decidedOn = QDate(2026, 2, 1);
        o.chosenHireStartOn = QDate(2026, 3, 5);
        ASSERT_OK(OpportunityRepository(*db).add(o));
    }
    test::rawSql(folder.path(QStringLiteral("t.sqlite")),
                 QStringLiteral("UPDATE opportunities SET chosen_hire_start_on = '2026-02-30' "
                                "WHERE company = 'Odd date'"));
    auto radar = secondChanceRadar(*db, clock.today());
    ASSERT_OK(radar);
    ASSERT_EQ(radar.value().size(), 2u);
    EXPECT_EQ(radar.value()[0].opportunity.company, QStringLiteral("Odd date"));
    EXPECT_EQ(radar.value()[0].mark, QDate(2026, 5, 31));
    EXPECT_EQ(radar.value()[0].daysLeft, 90);
    EXPECT_FALSE(radar.value()[0].markEstimated);
    EXPECT_EQ(radar.value()[1].mark, QDate(2026, 6, 3));
    EXPECT_EQ(radar.value()[1].daysLeft, 93);
}

// The radar reads every process's check-ins at once: each process gets its own, a note sent
// after a reply does not hide the reply, and a check-in tied to no process counts for none.
TEST_F(Today, EachProcessOnTheRadarReadsOnlyItsOwnCheckIns)
{
    Contact person;
    person.firstName = QStringLiteral("Ines");
    ASSERT_OK(ContactRepository(*db).add(person));
    std::vector<Opportunity> processes(3);
    for (std::size_t i = 0; i < processes.size(); ++i) {
        processes[i].company = QStringLiteral("Company %1").arg(i);
        processes[i].role = QStringLiteral("Engineer");
        processes[i].stage = Stage::RunnerUp;
        processes[i].decidedOn = QDate(2026, 2, 1 + int(i));
        ASSERT_OK(OpportunityRepository(*db).add(processes[i]));
    }
    const auto checkIn = [&](qint64 opportunityId, OutreachStatus status, QDate sentOn) {
        Outreach note;
        note.contactId = person.id;
        note.opportunityId = opportunityId;
        note.kind = OutreachKind::CheckIn;
        note.status = status;
        note.sentOn = sentOn;
        ASSERT_OK(OutreachRepository(*db).add(note));
    };
    checkIn(processes[0].id, OutreachStatus::Replied, QDate(2026, 2, 20));
    checkIn(processes[0].id, OutreachStatus::Sent, QDate(2026, 2, 25));
    checkIn(0, OutreachStatus::Replied, QDate(2026, 2, 26));
    FollowUp plan;
    plan.opportunityId = processes[1].id;
    plan.kind = FollowUpKind::NinetyDay;
    plan.reason = QStringLiteral("Check in");
    plan.dueOn = QDate(2026, 4, 1);
    ASSERT_OK(FollowUpRepository(*db).add(plan));

    auto radar = secondChanceRadar(*db, clock.today());
    ASSERT_OK(radar);
    ASSERT_EQ(radar.value().size(), 3u);
    QHash<qint64, RadarItem> byProcess;
    for (const RadarItem& item : radar.value())
        byProcess.insert(item.opportunity.id, item);
    EXPECT_EQ(byProcess[processes[0].id].state, CheckInState::Replied);
    EXPECT_EQ(byProcess[processes[0].id].checkInOn, QDate(2026, 2, 20));
    EXPECT_EQ(byProcess[processes[1].id].state, CheckInState::Planned);
    EXPECT_EQ(byProcess[processes[1].id].checkInOn, QDate(2026, 4, 1));
    EXPECT_EQ(byProcess[processes[2].id].state, CheckInState::NotPlanned);
    EXPECT_FALSE(byProcess[processes[2].id].checkInOn.isValid());
}

TEST_F(Today, FollowUpsAreDoneSnoozedAndRescheduled)
{
    FollowUp overdue, today, later;
    for (auto [f, day] :
         { std::pair{ &overdue, QDate(2026, 2, 20) }, std::pair{ &today, QDate(2026, 3, 2) },
           std::pair{ &later, QDate(2026, 3, 20) } }) {
        f->reason = QStringLiteral("Write");
        f->dueOn = day;
        ASSERT_OK(FollowUpRepository(*db).add(*f));
    }
    DueFollowUps due(*db);
    auto now = due.pending(clock.today());
    ASSERT_OK(now);
    ASSERT_EQ(now.value().size(), 2u);
    EXPECT_EQ(now.value().front().followUp.id, overdue.id); // overdue first
    ASSERT_OK(due.done(overdue.id));
    ASSERT_OK(due.snooze(today.id, QDate(2026, 3, 9)));
    EXPECT_TRUE(due.pending(clock.today()).value().empty());
    EXPECT_EQ(due.pending().value().size(), 2u); // the snoozed one and the later one
    EXPECT_EQ(FollowUpRepository(*db).get(today.id).value().status, FollowUpStatus::Snoozed);
    clock.advanceDays(7);
    EXPECT_EQ(due.pending(clock.today()).value().size(), 1u); // snoozed until today: back
    // A date in the past is refused, and the follow-up keeps its date.
    auto refused = due.reschedule(later.id, QDate(2026, 3, 1));
    ASSERT_FALSE(refused);
    EXPECT_FALSE(refused.error().message.isEmpty());
    EXPECT_EQ(FollowUpRepository(*db).get(later.id).value().dueOn, QDate(2026, 3, 20));
    ASSERT_OK(due.reschedule(later.id, QDate(2026, 4, 1)));
    EXPECT_EQ(FollowUpRepository(*db).get(later.id).value().dueOn, QDate(2026, 4, 1));
    EXPECT_EQ(FollowUpRepository(*db).get(overdue.id).value().doneOn, QDate(2026, 3, 2));
}

TEST_F(Today, TheActivityReportListsNotesAndRoundsInTheRange)
{
    ASSERT_OK(fillDemoSample(*db));
    auto lines = ActivityReport(*db).lines(QDate(2026, 1, 1), QDate(2026, 2, 28));
    ASSERT_OK(lines);
    ASSERT_FALSE(lines.value().empty());
    bool notes = false, rounds = false;
    QDate previous;
    for (const ActivityLine& line : lines.value()) {
        EXPECT_GE(line.date, QDate(2026, 1, 1));
        EXPECT_LE(line.date, QDate(2026, 2, 28));
        EXPECT_GE(line.date, previous);
        previous = line.date;
        notes = notes || line.what == QStringLiteral("Note sent");
        rounds
            = rounds || (line.what == QStringLiteral("Interview round") && !line.person.isEmpty());
        if (line.what == QStringLiteral("Interview round")) {
            EXPECT_FALSE(line.role.isEmpty()); // every round belongs to a process with a role
            EXPECT_FALSE(line.result.isEmpty());
        }
    }
    EXPECT_TRUE(notes);
    EXPECT_TRUE(rounds);
    const QString csv = ActivityReport::toCsv(lines.value());
    EXPECT_TRUE(
        csv.startsWith(QStringLiteral("Date,Activity,Company,Position,Person,Detail,Result\r\n")));
    EXPECT_EQ(csv.count(QStringLiteral("\r\n")), qsizetype(lines.value().size() + 1));
}

// What can still be acted on comes first: marks ahead, the soonest first, then the marks
// passed, the most recent first (a mark passed years ago is the least urgent of all).
TEST_F(Today, TheRadarPutsMarksAheadFirstThenTheLatestPassed)
{
    const auto runnerUp = [&](const QString& company, int decidedDaysAgo) {
        Opportunity o;
        o.company = company;
        o.stage = Stage::RunnerUp;
        o.decidedOn = clock.today().addDays(-decidedDaysAgo);
        ASSERT_OK(OpportunityRepository(*db).add(o));
    };
    runnerUp(QStringLiteral("Passed long ago"), 900);
    runnerUp(QStringLiteral("Ahead, later"), 10);
    runnerUp(QStringLiteral("Passed lately"), 100);
    runnerUp(QStringLiteral("Ahead, soon"), 80);
    auto radar = secondChanceRadar(*db, clock.today());
    ASSERT_OK(radar);
    QStringList order;
    for (const RadarItem& item : radar.value())
        order << item.opportunity.company;
    EXPECT_EQ(order,
              QStringList({ QStringLiteral("Ahead, soon"), QStringLiteral("Ahead, later"),
                            QStringLiteral("Passed lately"), QStringLiteral("Passed long ago") }));
}
