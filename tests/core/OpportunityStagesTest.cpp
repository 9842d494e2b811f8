#include "RawSql.h"
#include "storage/OpportunityBoard.h"
#include "storage/OpportunityRepository.h"
#include "storage/StageFunnel.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

class Stages : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("stages.sqlite")), clock);
        ASSERT_TRUE(db);
    }

    std::vector<std::pair<Stage, QDate>> history(qint64 id)
    {
        std::vector<std::pair<Stage, QDate>> moves;
        auto read = OpportunityRepository(*db).stageHistory(id);
        EXPECT_OK(read);
        if (read)
            for (const StageEntry& entry : read.value())
                moves.emplace_back(entry.stage, entry.enteredOn);
        return moves;
    }

    qint64 rows(const char* table) { return test::countRows(db->path(), QLatin1String(table)); }

    // A process that went through the stages, each so many days before the reference day.
    qint64 process(const QString& company, std::initializer_list<std::pair<Stage, int>> path)
    {
        Opportunity o;
        o.company = company;
        std::vector<StageEntry> entries;
        for (const auto& [stage, daysAgo] : path) {
            entries.push_back({ 0, stage, today().addDays(-daysAgo) });
            o.stage = stage;
        }
        EXPECT_OK(OpportunityRepository(*db).addWithHistory(o, entries));
        return o.id;
    }

    QDate today() const { return clock.today(); }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(Stages, ANewProcessRecordsTheStageItStartsIn)
{
    Opportunity o;
    o.company = QStringLiteral("Lindqvist & Maré");
    o.stage = Stage::Interested;
    ASSERT_OK(OpportunityRepository(*db).add(o));
    EXPECT_EQ(history(o.id),
              (std::vector<std::pair<Stage, QDate>>{ { Stage::Interested, today() } }));
}

TEST_F(Stages, EveryMoveIsRecordedWithItsDateAndMovingBackToo)
{
    OpportunityRepository repository(*db);
    Opportunity o;
    o.company = QStringLiteral("Acme");
    ASSERT_OK(repository.add(o));
    clock.advanceDays(3);
    ASSERT_OK(repository.moveTo(o.id, Stage::Interviewing));
    clock.advanceDays(2);
    ASSERT_OK(repository.moveTo(o.id, Stage::FinalRound));
    clock.advanceDays(1);
    ASSERT_OK(repository.moveTo(o.id, Stage::Interviewing)); // dragged back by mistake
    ASSERT_OK(repository.moveTo(o.id, Stage::Interviewing)); // already there: nothing new
    const QDate start = test::referenceNow().date();
    EXPECT_EQ(history(o.id),
              (std::vector<std::pair<Stage, QDate>>{
                  { Stage::Applied, start },
                  { Stage::Interviewing, start.addDays(3) },
                  { Stage::FinalRound, start.addDays(5) },
                  { Stage::Interviewing, start.addDays(6) },
              }));
    EXPECT_EQ(repository.get(o.id).value().stage, Stage::Interviewing);

    // An edit that leaves the stage alone adds nothing to the history.
    Opportunity edited = repository.get(o.id).value();
    edited.role = QStringLiteral("Data Engineer");
    ASSERT_OK(repository.update(edited));
    EXPECT_EQ(history(o.id).size(), 4u);
}

TEST_F(Stages, AMoveOfAMissingProcessSaysSoAndWritesNothing)
{
    auto moved = OpportunityRepository(*db).moveTo(4711, Stage::Offer);
    ASSERT_FALSE(moved.ok());
    EXPECT_EQ(moved.error().code, Error::Code::NotFound);
    EXPECT_EQ(rows("opportunity_stages"), 0);
}

TEST_F(Stages, InvalidProcessesAreRefusedWholeNamingTheField)
{
    OpportunityRepository repository(*db);
    Opportunity blank;
    blank.company = QStringLiteral("   ");
    auto refused = repository.add(blank);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("company"));

    Opportunity badLink;
    badLink.company = QStringLiteral("Acme");
    badLink.postingUrl = QStringLiteral("jobs.example.com/123");
    refused = repository.add(badLink);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("posting_url"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("jobs.example.com/123")));

    Opportunity backwards;
    backwards.company = QStringLiteral("Acme");
    backwards.appliedOn = QDate(2026, 2, 10);
    backwards.decidedOn = QDate(2026, 2, 1);
    refused = repository.add(backwards);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("decided_on"));

    EXPECT_EQ(rows("opportunities"), 0);
    EXPECT_EQ(rows("opportunity_stages"), 0) << "no history for a process that was refused";

    // A refused edit leaves the stored process and its history as they were.
    Opportunity good;
    good.company = QStringLiteral("Acme");
    ASSERT_OK(repository.add(good));
    Opportunity edit = good;
    edit.stage = Stage::Offer;
    edit.postingUrl = QStringLiteral("ftp://example.com/x");
    ASSERT_FALSE(repository.update(edit).ok());
    EXPECT_EQ(repository.get(good.id).value().stage, Stage::Applied);
    EXPECT_EQ(history(good.id).size(), 1u);
}

TEST_F(Stages, TheFunnelCountsWhatWasReachedInEachWindow)
{
    // Reached the final round 100 days ago by skipping screening; ended as runner-up.
    process(QStringLiteral("Old Final"),
            { { Stage::Applied, 130 }, { Stage::FinalRound, 100 }, { Stage::RunnerUp, 95 } });
    // Recent: applied, screened, interviewing, then ghosted.
    process(QStringLiteral("Ghosts Inc"),
            { { Stage::Applied, 40 },
              { Stage::Screening, 30 },
              { Stage::Interviewing, 20 },
              { Stage::Ghosted, 5 } });
    // Straight to runner-up (recorded late): a runner-up was a finalist.
    process(QStringLiteral("Late Entry"), { { Stage::RunnerUp, 10 } });
    // Moved forward then back: the higher rung still counts as reached.
    process(QStringLiteral("Back And Forth"),
            { { Stage::Applied, 12 }, { Stage::Offer, 8 }, { Stage::Interviewing, 2 } });
    // Only interested.
    process(QStringLiteral("Someday"), { { Stage::Interested, 3 } });

    auto all = stageFunnel(*db);
    ASSERT_OK(all);
    const FunnelCounts& a = all.value();
    EXPECT_EQ(a.at(Stage::Interested), 5);
    EXPECT_EQ(a.at(Stage::Applied), 4);
    EXPECT_EQ(a.at(Stage::Screening), 4) << "skipping a rung still passes it";
    EXPECT_EQ(a.at(Stage::Interviewing), 4);
    EXPECT_EQ(a.at(Stage::FinalRound), 3);
    EXPECT_EQ(a.at(Stage::Offer), 1);
    EXPECT_EQ(a.at(Stage::Hired), 0);
    EXPECT_EQ(a.at(Stage::RunnerUp), 2);
    EXPECT_EQ(a.at(Stage::Ghosted), 1);
    EXPECT_EQ(a.finalRounds, 3);
    EXPECT_EQ(a.runnerUp, 2);

    auto recent = stageFunnel(*db, today().addDays(-90));
    ASSERT_OK(recent);
    const FunnelCounts& r = recent.value();
    EXPECT_EQ(r.at(Stage::Applied), 3) << "Old Final applied 130 days ago";
    EXPECT_EQ(r.at(Stage::FinalRound), 2) << "Old Final reached it 100 days ago";
    EXPECT_EQ(r.at(Stage::RunnerUp), 1);
    EXPECT_EQ(r.finalRounds, 2);
    EXPECT_EQ(r.runnerUp, 1);

    // A window starts on its first day: Ghosts Inc applied exactly 40 days ago.
    auto fromTheDay = stageFunnel(*db, today().addDays(-40));
    ASSERT_OK(fromTheDay);
    EXPECT_EQ(fromTheDay.value().at(Stage::Applied), 3);
    EXPECT_EQ(stageFunnel(*db, today().addDays(-39)).value().at(Stage::Applied), 2);

    // The reference day is 2 March: "this year" starts on 1 January, 60 days before.
    auto thisYear = stageFunnel(*db, QDate(today().year(), 1, 1));
    ASSERT_OK(thisYear);
    EXPECT_EQ(thisYear.value().at(Stage::Applied), 3);
    EXPECT_EQ(thisYear.value().at(Stage::Interested), 4);
}

TEST_F(Stages, TheBoardShowsStageSinceLastActivityAndWhatComesNext)
{
    const qint64 id = process(QStringLiteral("Harbor & Finch"),
                              { { Stage::Applied, 30 }, { Stage::Interviewing, 12 } });
    test::rawSql(db->path(),
                 QStringLiteral("INSERT INTO rounds (opportunity_id, kind, held_on, outcome, "
                                "created_at, updated_at) VALUES (%1, 'video', '%2', 'passed', "
                                "'x', 'x'), (%1, 'panel', '%3', 'pending', 'x', 'x')")
                     .arg(id)
                     .arg(toIsoDate(today().addDays(-6)), toIsoDate(today().addDays(4))));
    test::rawSql(db->path(),
                 QStringLiteral("INSERT INTO follow_ups (opportunity_id, reason, due_on, status, "
                                "created_at, updated_at) VALUES (%1, 'r', '%2', 'open', 'x', "
                                "'x'), (%1, 'r', '%3', 'done', 'x', 'x')")
                     .arg(id)
                     .arg(toIsoDate(today().addDays(9)), toIsoDate(today().addDays(1))));
    auto cards = OpportunityBoard(*db).cards();
    ASSERT_OK(cards);
    ASSERT_EQ(cards.value().size(), 1u);
    const OpportunityCard& card = cards.value().front();
    EXPECT_EQ(card.stage, Stage::Interviewing);
    EXPECT_EQ(card.stageSince, today().addDays(-12));
    EXPECT_EQ(card.lastActivity, today().addDays(-6)) << "the round, not the future one";
    EXPECT_EQ(card.nextRound, today().addDays(4));
    EXPECT_EQ(card.nextFollowUp, today().addDays(9)) << "a done follow-up is not next";
}

TEST_F(Stages, TheBoardFiltersByStageOpennessTextAndArchive)
{
    process(QStringLiteral("Open 100% Co"), { { Stage::Interviewing, 3 } });
    process(QStringLiteral("Closed_Co"), { { Stage::NotChosen, 3 } });
    const qint64 archived = process(QStringLiteral("Archived Ltd"), { { Stage::Offer, 3 } });
    ASSERT_OK(OpportunityRepository(*db).setArchived(archived, true));

    const auto companies = [&](const OpportunityFilter& filter) {
        QStringList names;
        auto cards = OpportunityBoard(*db).cards(filter);
        EXPECT_OK(cards);
        if (cards)
            for (const OpportunityCard& c : cards.value())
                names << c.company;
        names.sort();
        return names;
    };
    OpportunityFilter filter;
    EXPECT_EQ(companies(filter),
              (QStringList{ QStringLiteral("Closed_Co"), QStringLiteral("Open 100% Co") }));
    filter.includeArchived = true;
    EXPECT_EQ(companies(filter).size(), 3);
    filter.openness = OpportunityFilter::Openness::Open;
    EXPECT_EQ(companies(filter),
              (QStringList{ QStringLiteral("Archived Ltd"), QStringLiteral("Open 100% Co") }));
    filter.openness = OpportunityFilter::Openness::Closed;
    EXPECT_EQ(companies(filter), QStringList{ QStringLiteral("Closed_Co") });
    filter = {};
    filter.stage = Stage::Interviewing;
    EXPECT_EQ(companies(filter), QStringList{ QStringLiteral("Open 100% Co") });
    filter = {};
    filter.text = QStringLiteral("100%"); // taken literally, not as a wildcard
    EXPECT_EQ(companies(filter), QStringList{ QStringLiteral("Open 100% Co") });
    filter.text = QStringLiteral("d_c"); // "_" is not "any character"
    EXPECT_EQ(companies(filter), QStringList{ QStringLiteral("Closed_Co") });
    filter.text = QStringLiteral("'; DROP TABLE opportunities; --");
    EXPECT_TRUE(companies(filter).isEmpty());
    EXPECT_EQ(rows("opportunities"), 3);
}
