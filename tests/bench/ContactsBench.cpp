// The Contacts table on the large demo set (50,000 contacts): the first page as the view opens
// it (count and 200 rows), a page filtered by company, by search text and by "follow-up due",
// and sorted by the computed columns. Reports p50 and p95 in milliseconds.
#include "BenchDatabase.h"
#include "BenchMeasure.h"
#include "storage/ContactTable.h"
#include "storage/Database.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>

using namespace finalist;

namespace {

using test::measure;

void openPage(const ContactTable::Filter& filter)
{
    ContactTable table(test::benchDatabase());
    auto count = table.count(filter);
    auto rows = table.rows(filter, 0, 200);
    benchmark::DoNotOptimize(count);
    benchmark::DoNotOptimize(rows);
}

void BM_OpenTable(benchmark::State& state)
{
    measure(state, [](std::size_t) { openPage({}); });
}
BENCHMARK(BM_OpenTable)->Iterations(50)->Unit(benchmark::kMillisecond);

void BM_FilterByCompany(benchmark::State& state)
{
    const QStringList companies = ContactTable(test::benchDatabase()).companies().value();
    std::size_t i = 0;
    measure(state, [&](std::size_t) {
        ContactTable::Filter filter;
        filter.company = companies[int(i++ % std::size_t(companies.size()))];
        openPage(filter);
    });
}
BENCHMARK(BM_FilterByCompany)->Iterations(50)->Unit(benchmark::kMillisecond);

void BM_SearchText(benchmark::State& state)
{
    const QStringList words{ QStringLiteral("anna"), QStringLiteral("design"),
                             QStringLiteral("recruit"), QStringLiteral("north") };
    std::size_t i = 0;
    measure(state, [&](std::size_t) {
        ContactTable::Filter filter;
        filter.text = words[int(i++ % 4)];
        openPage(filter);
    });
}
BENCHMARK(BM_SearchText)->Iterations(50)->Unit(benchmark::kMillisecond);

void BM_FollowUpDue(benchmark::State& state)
{
    measure(state, [](std::size_t) {
        ContactTable::Filter filter;
        filter.followUpDue = true;
        filter.today = test::benchDatabase().clock().today();
        openPage(filter);
    });
}
BENCHMARK(BM_FollowUpDue)->Iterations(50)->Unit(benchmark::kMillisecond);

void BM_SortByNextFollowUp(benchmark::State& state)
{
    measure(state, [](std::size_t) {
        ContactTable::Filter filter;
        filter.sortBy = ContactTable::NextFollowUp;
        openPage(filter);
    });
}
BENCHMARK(BM_SortByNextFollowUp)->Iterations(20)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
