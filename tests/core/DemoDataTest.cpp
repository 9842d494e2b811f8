// The demo data seen through the repositories: the sample's story holds together, it lands
// whole or not at all, and the large set is valid, varied and reproducible.
// (DemoSampleTest covers the outline of the story; these go into the details.)
#include "domain/Validation.h"
#include "RawSql.h"
#include "services/DemoBulk.h"
#include "services/DemoSample.h"
#include "storage/ContactLinkRepository.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/GoalRepository.h"
#include "storage/JournalRepository.h"
#include "storage/JournalSearch.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/RecordCounts.h"
#include "storage/RoundRepository.h"
#include "storage/WinRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QSet>

using namespace finalist;

namespace {

class DemoData : public ::testing::Test
{
protected:
    void SetUp() override { db = test::openOrFail(file, clock); }

    Opportunity runnerUp() const
    {
        return OpportunityRepository(*db).list(Stage::RunnerUp).value().front();
    }

    qint64 total() const
    {
        qint64 sum = 0;
        for (const auto& [kind, count] : countRecords(*db).value())
            sum += count;
        return sum;
    }

    test::TempFolder folder;
    QString file = folder.path(QStringLiteral("demo.sqlite"));
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(DemoData, EveryRoundOfTheRunnerUpHasThePeopleMet)
{
    ASSERT_OK(fillDemoSample(*db));
    const Opportunity harbor = runnerUp();
    const auto rounds = RoundRepository(*db).listForOpportunity(harbor.id).value();
    const std::vector<RoundKind> expected
        = { RoundKind::PhoneScreen, RoundKind::Video, RoundKind::Assignment, RoundKind::Panel,
            RoundKind::Final };
    ASSERT_EQ(rounds.size(), expected.size());
    for (std::size_t i = 0; i < rounds.size(); ++i) {
        EXPECT_EQ(rounds[i].kind, expected[i]);
        EXPECT_FALSE(MeetingRepository(*db).listForRound(rounds[i].id).value().empty());
        if (i > 0) {
            EXPECT_LT(rounds[i - 1].heldOn, rounds[i].heldOn) << "in order, over weeks";
        }
    }
    EXPECT_EQ(rounds.back().outcome, RoundOutcome::NotPassed);
    EXPECT_LT(harbor.appliedOn, rounds.front().heldOn);
    EXPECT_GT(harbor.chosenHireStartOn, harbor.decidedOn);
}

TEST_F(DemoData, ContactsHaveRealisticDetails)
{
    ASSERT_OK(fillDemoSample(*db));
    QSet<LinkedInStatus> statuses;
    QSet<int> warmth;
    for (const Contact& c : ContactRepository(*db).list().value()) {
        EXPECT_OK(validate::email(c.email, QStringLiteral("email")));
        EXPECT_FALSE(c.email.isEmpty()) << c.displayName().toStdString();
        EXPECT_TRUE(c.linkedInUrl.startsWith(QStringLiteral("https://www.linkedin.com/in/")))
            << c.linkedInUrl.toStdString();
        EXPECT_OK(validate::linkedInUrl(c.linkedInUrl, QStringLiteral("linkedin_url")));
        statuses.insert(c.linkedInStatus);
        warmth.insert(c.warmth);
        if (c.role == RoleCategory::Gatekeeper) {
            EXPECT_TRUE(c.title.contains(QStringLiteral("Assistant"))) << c.title.toStdString();
        }
    }
    EXPECT_EQ(statuses.size(), 4) << "every LinkedIn status appears";
    EXPECT_GE(warmth.size(), 4);
}

TEST_F(DemoData, IntroductionsAndTheOrgChartAreLinked)
{
    ASSERT_OK(fillDemoSample(*db));
    QSet<LinkKind> kinds;
    for (const ContactLink& link : ContactLinkRepository(*db).listAll().value()) {
        kinds.insert(link.kind);
        EXPECT_NE(link.fromContactId, link.toContactId);
    }
    EXPECT_EQ(kinds.size(), 3) << "introduced by, works with, reports to";
}

TEST_F(DemoData, TheRejectionIsAnsweredAndFollowedUp)
{
    ASSERT_OK(fillDemoSample(*db));
    const Opportunity harbor = runnerUp();
    OutreachFilter forHarbor;
    forHarbor.opportunityId = harbor.id;
    QSet<OutreachKind> kinds;
    int sentThanks = 0;
    int drafts = 0;
    for (const Outreach& o : OutreachRepository(*db).list(forHarbor).value()) {
        kinds.insert(o.kind);
        sentThanks += o.kind == OutreachKind::ThankYou && o.status != OutreachStatus::Draft;
        drafts += o.status == OutreachStatus::Draft;
    }
    EXPECT_GE(sentThanks, 2);
    EXPECT_GE(drafts, 1);
    EXPECT_TRUE(kinds.contains(OutreachKind::FeedbackRequest));
    EXPECT_TRUE(kinds.contains(OutreachKind::StayOnRadar));

    bool nudgeDue = false;
    bool beforeNinetyDays = false;
    bool revisit = false;
    for (const FollowUp& f : FollowUpRepository(*db).list().value()) {
        if (f.status != FollowUpStatus::Open)
            continue;
        nudgeDue |= f.dueOn <= clock.today();
        beforeNinetyDays |= f.opportunityId == harbor.id && f.dueOn > harbor.chosenHireStartOn
            && f.dueOn < harbor.chosenHireStartOn.addDays(90);
        revisit |= f.entryId > 0;
    }
    EXPECT_TRUE(nudgeDue);
    EXPECT_TRUE(beforeNinetyDays);
    EXPECT_TRUE(revisit);
}

TEST_F(DemoData, WinsAndTheDefaultGoal)
{
    ASSERT_OK(fillDemoSample(*db));
    QSet<WinKind> kinds;
    for (const Win& w : WinRepository(*db).listAll().value())
        kinds.insert(w.kind);
    EXPECT_EQ(kinds.size(), 2) << "derived and written";
    auto goal = GoalRepository(*db).inForceOn(clock.today());
    ASSERT_OK(goal);
    EXPECT_EQ(goal.value().minPerWorkDay, 2);
    EXPECT_EQ(goal.value().maxPerWorkDay, 4);
}

TEST_F(DemoData, TheSampleMovesWithTheClock)
{
    ASSERT_OK(fillDemoSample(*db));
    const FixedClock later{ test::referenceNow().addDays(100) };
    auto other = test::openOrFail(folder.path(QStringLiteral("later.sqlite")), later);
    ASSERT_OK(fillDemoSample(*other));
    const auto first = JournalRepository(*db).list().value();
    const auto second = JournalRepository(*other).list().value();
    ASSERT_EQ(first.size(), second.size());
    for (std::size_t i = 0; i < first.size(); ++i)
        EXPECT_EQ(first[i].writtenOn.daysTo(second[i].writtenOn), 100)
            << first[i].title.toStdString();
}

TEST_F(DemoData, OneContactIsEnoughToRefuse)
{
    Contact mine;
    mine.firstName = QStringLiteral("Someone");
    ASSERT_OK(ContactRepository(*db).add(mine));
    const qint64 before = total();
    auto filled = fillDemoSample(*db);
    ASSERT_FALSE(filled.ok());
    EXPECT_EQ(filled.error().code, Error::Code::Invalid);
    EXPECT_EQ(total(), before);
}

TEST_F(DemoData, AFailureHalfWayLeavesNothingBehind)
{
    // Make the very last kind of record the sample writes fail, then look for leftovers.
    // Added beside the open database: opening a file with a trigger of its own is refused.
    const qint64 empty = total();
    test::rawSql(file,
                 QStringLiteral("CREATE TRIGGER no_follow_ups BEFORE INSERT ON follow_ups "
                                "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"));
    ASSERT_FALSE(fillDemoSample(*db).ok());
    EXPECT_EQ(total(), empty) << "one transaction: all or nothing";

    EXPECT_OK(fillDemoBulk(*db, 0, 0)); // nothing asked, nothing written
    EXPECT_EQ(total(), empty);
    test::rawSql(file,
                 QStringLiteral("CREATE TRIGGER no_entries BEFORE INSERT ON journal_entries "
                                "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"));
    EXPECT_FALSE(fillDemoBulk(*db, 50, 20).ok());
    EXPECT_EQ(total(), empty) << "the large set is one transaction too";
}

TEST_F(DemoData, TheLargeSetIsValidAndConnected)
{
    ASSERT_OK(fillDemoBulk(*db, 400, 150));
    const auto contacts = ContactRepository(*db).list().value();
    ASSERT_EQ(contacts.size(), 150u);
    for (const Contact& c : contacts) {
        EXPECT_OK(validate::email(c.email, QStringLiteral("email")));
        EXPECT_OK(validate::linkedInUrl(c.linkedInUrl, QStringLiteral("linkedin_url")));
    }
    const auto counts = countRecords(*db).value();
    const auto count = [&](const char* kind) {
        for (const auto& [name, n] : counts) {
            if (name == QLatin1String(kind))
                return n;
        }
        return qint64(-1);
    };
    EXPECT_EQ(count("opportunities"), 16); // one per 25 entries
    EXPECT_GE(count("rounds"), count("opportunities"));
    EXPECT_GT(count("meetings"), 50);
    EXPECT_GT(count("links"), 20);
    EXPECT_EQ(count("journal entries"), 400);
    EXPECT_FALSE(JournalRepository(*db).allTags().value().isEmpty());
    EXPECT_OK(db->checkIntegrity(true));

    // The search indexes were filled at the end in one statement each: every row is in them,
    // exactly, and the triggers that keep them are back for what is written next.
    for (const char* index : { "journal_fts", "contacts_fts" }) {
        const QString name = QLatin1String(index);
        test::rawSql(file,
                     QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(name));
        EXPECT_EQ(test::rawSql(file,
                               QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                              "type = 'trigger' AND name = '%1_ai'")
                                   .arg(name))
                      .toInt(),
                  1);
    }
    EXPECT_EQ(test::rawSql(file,
                           QStringLiteral("SELECT count(*) FROM journal_fts WHERE "
                                          "journal_fts MATCH 'title:' || (SELECT "
                                          "'\"' || title || '\"' FROM journal_entries "
                                          "ORDER BY id LIMIT 1)"))
                  .toInt(),
              test::rawSql(file,
                           QStringLiteral("SELECT count(*) FROM journal_entries WHERE "
                                          "title = (SELECT title FROM journal_entries "
                                          "ORDER BY id LIMIT 1)"))
                  .toInt())
        << "the first entry's title finds every entry of that title";
    JournalEntry later;
    later.title = QStringLiteral("Zanzibar debrief");
    later.writtenOn = QDate(2026, 3, 2);
    ASSERT_OK(JournalRepository(*db).add(later));
    auto found = JournalSearch(*db).search(QStringLiteral("Zanzibar"), 5);
    ASSERT_OK(found);
    ASSERT_EQ(found.value().size(), 1u);
    const QString person = contacts.front().lastName;
    EXPECT_GE(test::rawSql(file,
                           QStringLiteral("SELECT count(*) FROM contacts_fts WHERE "
                                          "contacts_fts MATCH 'last_name:\"%1\"'")
                               .arg(person))
                  .toInt(),
              1);
}

TEST_F(DemoData, TheLargeSetHasCrowdedAndRareWords)
{
    ASSERT_OK(fillDemoBulk(*db, 2000, 0));
    const auto matches = [&](const QString& word) {
        JournalFilter filter;
        filter.text = word;
        return JournalRepository(*db).count(filter).value();
    };
    const qint64 common = matches(QStringLiteral("panel"));
    qint64 rarest = common;
    for (const QString& word : { QStringLiteral("origami"), QStringLiteral("beekeeping"),
                                 QStringLiteral("lighthouses"), QStringLiteral("sourdough") })
        rarest = std::min(rarest, matches(word));
    EXPECT_GT(common, 200);
    EXPECT_LT(rarest * 10, common) << "the long tail is rare";
    auto hits = JournalSearch(*db).search(QStringLiteral("roadmap"), 20);
    ASSERT_OK(hits);
    ASSERT_EQ(hits.value().size(), 20u);
    EXPECT_LT(hits.value().front().rank, hits.value().back().rank) << "something to rank";
}

TEST_F(DemoData, TheLargeSetIsReproducible)
{
    ASSERT_OK(fillDemoBulk(*db, 60, 30));
    auto other = test::openOrFail(folder.path(QStringLiteral("again.sqlite")), clock);
    ASSERT_OK(fillDemoBulk(*other, 60, 30));
    const auto first = JournalRepository(*db).list().value();
    const auto second = JournalRepository(*other).list().value();
    ASSERT_EQ(first.size(), second.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].title, second[i].title);
        EXPECT_EQ(first[i].experience, second[i].experience);
    }
}
