// Counted texts read right for one and for many, through the English plural forms the app
// loads (the suite's main installs them as the app does): never "1 rounds" or "1 people".
#include "opportunities/FunnelBar.h"
#include "opportunities/OpportunityListModel.h"
#include "services/DerivedWins.h"
#include "shell/DueNotice.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/RoundRepository.h"
#include "TestSupport.h"
#include "today/PipelinePanel.h"

#include <gtest/gtest.h>
#include <QLabel>

using namespace finalist;

namespace {

class PluralTexts : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("plurals.sqlite")), clock);
        ASSERT_TRUE(db);
        Opportunity o;
        o.company = QStringLiteral("Acme");
        ASSERT_OK(OpportunityRepository(*db).add(o));
        opportunityId = o.id;
    }

    // A round held today with the given people met in it.
    void addRound(const QStringList& people)
    {
        Round r;
        r.opportunityId = opportunityId;
        r.heldOn = clock.today();
        ASSERT_OK(RoundRepository(*db).add(r));
        for (const QString& name : people) {
            Contact c;
            c.firstName = name;
            ASSERT_OK(ContactRepository(*db).add(c));
            Meeting m;
            m.roundId = r.id;
            m.contactId = c.id;
            ASSERT_OK(MeetingRepository(*db).add(m));
        }
    }

    QString pipeline()
    {
        PipelinePanel panel(*db);
        panel.reload();
        return panel.summary()->text();
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    qint64 opportunityId = 0;
};

} // namespace

TEST_F(PluralTexts, TodaysMonthLineCountsOneRoundAndOnePersonInTheSingular)
{
    EXPECT_TRUE(pipeline().contains(QStringLiteral("This month: 0 rounds, 0 people met.")))
        << pipeline().toStdString();
    addRound({ QStringLiteral("Ana") });
    EXPECT_TRUE(pipeline().contains(QStringLiteral("This month: 1 round, 1 person met.")))
        << pipeline().toStdString();
    addRound({ QStringLiteral("Ben") });
    EXPECT_TRUE(pipeline().contains(QStringLiteral("This month: 2 rounds, 2 people met.")))
        << pipeline().toStdString();
}

TEST_F(PluralTexts, DaysOnCardsAndTheFunnelSentence)
{
    const QDate today = clock.today();
    EXPECT_EQ(OpportunityListModel::daysSince(today.addDays(-1), today), QStringLiteral("1 day"));
    EXPECT_EQ(OpportunityListModel::daysSince(today.addDays(-12), today),
              QStringLiteral("12 days"));

    FunnelCounts counts;
    counts.reached[std::size_t(Stage::Interested)] = 1;
    counts.finalRounds = 1;
    EXPECT_TRUE(FunnelBar::sentence(counts).contains(QStringLiteral(" · 1 final round, 0 ended")))
        << FunnelBar::sentence(counts).toStdString();
    counts.finalRounds = 3;
    EXPECT_TRUE(FunnelBar::sentence(counts).contains(QStringLiteral(" · 3 final rounds, 0 ended")))
        << FunnelBar::sentence(counts).toStdString();
}

TEST_F(PluralTexts, DerivedWinsAndTheDueNoticeCountInWords)
{
    OpportunityFacts facts;
    facts.roundsPassed = 2;
    facts.peopleMet = 3;
    const QStringList wins = derivedWins(facts);
    EXPECT_TRUE(wins.contains(QStringLiteral("You passed 2 rounds.")))
        << wins.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(wins.contains(QStringLiteral("You met 3 people who now know your work.")))
        << wins.join(QLatin1Char('|')).toStdString();

    for (int late : { 2, 1 }) {
        FollowUp f;
        f.reason = QStringLiteral("Reply to Ana");
        f.dueOn = clock.today().addDays(-late);
        ASSERT_OK(FollowUpRepository(*db).add(f));
    }
    EXPECT_TRUE(DueNotice::text(*db).startsWith(QStringLiteral("2 follow-ups are due")))
        << DueNotice::text(*db).toStdString();
}
