#include "services/EverythingSearch.h"

#include "services/DemoSample.h"
#include "storage/OutreachRepository.h"
#include "TestSupport.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

using namespace finalist;

namespace {

class Everywhere : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("journal.sqlite")), clock);
        ASSERT_TRUE(db);
        ASSERT_OK(fillDemoSample(*db));
    }

    std::vector<SearchHit> find(const QString& text)
    {
        auto hits = EverythingSearch(*db).search(text);
        EXPECT_TRUE(hits) << (hits ? "" : hits.error().message.toStdString());
        return hits ? hits.value() : std::vector<SearchHit>{};
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(Everywhere, ANameIsFoundInEveryKindThatMentionsItGroupedInOrder)
{
    const auto hits = find(QStringLiteral("Priya"));
    std::set<SearchHit::Kind> kinds;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        kinds.insert(hits[i].kind);
        if (i > 0)
            EXPECT_LE(int(hits[i - 1].kind), int(hits[i].kind)) << "grouped by kind";
    }
    EXPECT_TRUE(kinds.count(SearchHit::Kind::Contact));
    EXPECT_TRUE(kinds.count(SearchHit::Kind::Entry));
    EXPECT_TRUE(std::any_of(hits.begin(), hits.end(), [](const SearchHit& h) {
        return h.kind == SearchHit::Kind::Contact && h.title == QStringLiteral("Priya Raman");
    }));
}

TEST_F(Everywhere, ACompanyFindsItsProcessAndANotesWordFindsTheNote)
{
    const auto company = find(QStringLiteral("Harbor"));
    EXPECT_TRUE(std::any_of(company.begin(), company.end(), [](const SearchHit& h) {
        return h.kind == SearchHit::Kind::Opportunity
            && h.title == QStringLiteral("Harbor & Finch");
    }));
    auto notes = OutreachRepository(*db).list().value();
    ASSERT_FALSE(notes.empty());
    Outreach note = notes.front();
    note.body += QStringLiteral(" zanzibar");
    ASSERT_OK(OutreachRepository(*db).update(note));
    const auto hits = find(QStringLiteral("zanzibar"));
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].kind, SearchHit::Kind::Note);
    EXPECT_EQ(hits[0].id, note.id);
}

TEST_F(Everywhere, BlankOrHostileTextFindsNothingAndFailsNothing)
{
    EXPECT_TRUE(find(QStringLiteral("   ")).empty());
    find(QStringLiteral("\"unbalanced AND OR (")); // no error: find() checks it
    EXPECT_TRUE(find(QStringLiteral("%_' ; DROP TABLE contacts; --")).empty());
    EXPECT_FALSE(find(QStringLiteral("Priya")).empty()) << "the tables are all still there";
}
