#include "storage/JournalSearch.h"

#include "Samples.h"
#include "storage/JournalRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

class Search : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("s.sqlite")), clock);
        ASSERT_TRUE(db);
    }

    qint64 add(const QString& title, const QString& experience, const QString& learned = {})
    {
        JournalEntry e;
        e.title = title;
        e.writtenOn = QDate(2026, 3, 1);
        e.experience = experience;
        e.learned = learned;
        EXPECT_OK(JournalRepository(*db).add(e));
        return e.id;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(Search, RanksTitlesAboveBodiesAndHighlightsMatches)
{
    const qint64 body = add(QStringLiteral("Tuesday"),
                            QStringLiteral("We talked about the roadmap and the roadmap again"));
    const qint64 title = add(QStringLiteral("Roadmap panel"), QStringLiteral("Long day."));
    add(QStringLiteral("Unrelated"), QStringLiteral("Coffee with a recruiter"));
    auto hits = JournalSearch(*db).search(QStringLiteral("roadmap"));
    ASSERT_OK(hits);
    ASSERT_EQ(hits.value().size(), 2u);
    EXPECT_EQ(hits.value()[0].entryId, title);
    EXPECT_EQ(hits.value()[1].entryId, body);
    const QString snippet = hits.value()[1].snippet;
    EXPECT_TRUE(snippet.contains(QString(JournalSearch::kMatchStart) + QStringLiteral("roadmap")
                                 + JournalSearch::kMatchEnd))
        << snippet.toStdString();
}

TEST_F(Search, HostileTextNeverFails)
{
    add(QStringLiteral("Panel"), test::hardText());
    for (const QString& query :
         { QStringLiteral("\"unbalanced"), QStringLiteral("NEAR("), QStringLiteral("*"),
           QStringLiteral("-panel"), QStringLiteral("a AND OR NOT"), test::hardText() }) {
        EXPECT_OK(JournalSearch(*db).search(query));
    }
    auto none = JournalSearch(*db).search(QStringLiteral("   "));
    ASSERT_OK(none);
    EXPECT_TRUE(none.value().empty());
}

TEST_F(Search, SummariesArePagedNewestFirstWithAnExcerpt)
{
    for (int day = 1; day <= 5; ++day) {
        JournalEntry e;
        e.title = QStringLiteral("Day %1").arg(day);
        e.writtenOn = QDate(2026, 3, day);
        e.learned = QStringLiteral("Lesson of day %1\n  with a second line").arg(day);
        ASSERT_OK(JournalRepository(*db).add(e));
    }
    JournalFilter page;
    page.limit = 2;
    page.offset = 1;
    auto rows = JournalRepository(*db).summaries(page);
    ASSERT_OK(rows);
    ASSERT_EQ(rows.value().size(), 2u);
    EXPECT_EQ(rows.value()[0].title, QStringLiteral("Day 4"));
    EXPECT_EQ(rows.value()[0].excerpt, QStringLiteral("Lesson of day 4 with a second line"));
    EXPECT_EQ(rows.value()[1].writtenOn, QDate(2026, 3, 3));
}

TEST_F(Search, FiltersNarrowTheHits)
{
    JournalEntry low;
    low.title = QStringLiteral("Panel, low day");
    low.writtenOn = QDate(2026, 3, 1);
    low.mood = 2;
    ASSERT_OK(JournalRepository(*db).add(low));
    add(QStringLiteral("Panel, no mood"), QStringLiteral("panel"));
    JournalFilter moodTwo;
    moodTwo.mood = 2;
    auto hits = JournalSearch(*db).search(QStringLiteral("panel"), 50, moodTwo);
    ASSERT_OK(hits);
    ASSERT_EQ(hits.value().size(), 1u);
    EXPECT_EQ(hits.value()[0].entryId, low.id);
}
