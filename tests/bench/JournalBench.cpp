// Journal speed on the large demo set: search (as many hits as the list asks for), opening the
// list, one autosave. Uses FINALIST_BENCH_DB if set (made with: finalist-cli demo --entries 100000
// --contacts 50000), else builds that set once in a temporary folder. Reports p50 and p95 per
// operation.
#include "BenchDatabase.h"
#include "BenchMeasure.h"
#include "journal/JournalListModel.h"
#include "storage/JournalRepository.h"
#include "storage/JournalSearch.h"
#include "TestSupport.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>

using namespace finalist;

namespace {

using test::benchDatabase;

using test::measure;

const QStringList& searchQueries()
{
    static const QStringList queries = { QStringLiteral("panel"),
                                         QStringLiteral("roadmap feedback"),
                                         QStringLiteral("pricing trade-off"),
                                         QStringLiteral("conf"),
                                         QStringLiteral("whiteboard story"),
                                         QStringLiteral("nerves calm"),
                                         QStringLiteral("salary"),
                                         QStringLiteral("mentor remote"),
                                         QStringLiteral("onboarding metrics"),
                                         QStringLiteral("the"),
                                         QStringLiteral("vision strategy"),
                                         QStringLiteral("\"NEAR( -*"),
                                         QStringLiteral("accessibility"),
                                         QStringLiteral("deadline"),
                                         QStringLiteral("recruiter offer"),
                                         QStringLiteral("stakeholders pro") };
    return queries;
}

void BM_Search(benchmark::State& state)
{
    JournalSearch search(benchDatabase());
    const QStringList& queries = searchQueries();
    measure(state, [&](std::size_t i) {
        auto hits = search.search(queries[i % queries.size()], JournalListModel::kSearchPageSize);
        benchmark::DoNotOptimize(hits);
    });
}
BENCHMARK(BM_Search)->Iterations(400)->Unit(benchmark::kMillisecond);

// The same queries narrowed by the list's mood filter, which joins the entries.
void BM_SearchFiltered(benchmark::State& state)
{
    JournalSearch search(benchDatabase());
    const QStringList& queries = searchQueries();
    JournalFilter moodThree;
    moodThree.mood = 3;
    measure(state, [&](std::size_t i) {
        auto hits = search.search(queries[i % queries.size()], JournalListModel::kSearchPageSize,
                                  moodThree);
        benchmark::DoNotOptimize(hits);
    });
}
BENCHMARK(BM_SearchFiltered)->Iterations(200)->Unit(benchmark::kMillisecond);

void BM_OpenList(benchmark::State& state)
{
    Database& db = benchDatabase();
    JournalRepository journal(db);
    measure(state, [&](std::size_t) {
        JournalFilter firstPage;
        firstPage.limit = 200; // what JournalListModel reads on opening
        auto rows = journal.summaries(firstPage);
        benchmark::DoNotOptimize(rows);
    });
}
BENCHMARK(BM_OpenList)->Iterations(200)->Unit(benchmark::kMillisecond);

void BM_Autosave(benchmark::State& state)
{
    Database& db = benchDatabase();
    JournalRepository journal(db);
    JournalFilter one;
    one.limit = 1;
    JournalEntry entry = journal.list(one).value().front();
    measure(state, [&](std::size_t i) {
        entry.experience += QStringLiteral(" word%1").arg(i); // what one keystroke burst saves
        auto saved = journal.update(entry);
        benchmark::DoNotOptimize(saved);
    });
}
BENCHMARK(BM_Autosave)->Iterations(200)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
