// Importing a 30,000-row LinkedIn Connections.csv into the large demo set (50,000 contacts to
// match against): reading, the preview's matching, and the one-transaction commit. Each import
// is undone afterwards, outside the timing. Goal: under one second.
#include "BenchDatabase.h"
#include "formats/LinkedInConnections.h"
#include "services/ContactImport.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>

using namespace finalist;

namespace {

QByteArray connectionsCsv(int rows)
{
    QByteArray csv = "Notes:\r\n\"Some email addresses may be missing.\"\r\n\r\n"
                     "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("Person%1,Imported%2,https://www.linkedin.com/in/imported-%1,%3,"
                              "\"Company %4, Inc.\",Engineer,%5 Mar 2024\r\n")
                   .arg(i)
                   .arg(i % 97)
                   .arg(i % 3 ? QStringLiteral("p%1@example.org").arg(i) : QString())
                   .arg(i % 400)
                   .arg(1 + i % 28)
                   .toUtf8();
    return csv;
}

void BM_ImportConnections(benchmark::State& state)
{
    Database& db = test::benchDatabase();
    const QByteArray csv = connectionsCsv(30000);
    std::vector<double> ms;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        auto contents = LinkedInConnections::read(csv);
        ContactImport import(db);
        auto plan = import.plan(contents.value(), QStringLiteral("LinkedIn"), QString());
        auto outcome = import.commit(plan.value());
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
        if (!outcome)
            state.SkipWithError("the import failed");
        state.PauseTiming();
        if (outcome)
            (void)import.undo(outcome.value().importId);
        state.ResumeTiming();
    }
    std::sort(ms.begin(), ms.end());
    state.counters["p50_ms"] = ms[ms.size() / 2];
    // Nearest rank: the smallest time that at least 95 % of the runs do not exceed.
    state.counters["p95_ms"] = ms[(ms.size() * 95 + 99) / 100 - 1];
}
BENCHMARK(BM_ImportConnections)->Iterations(20)->Unit(benchmark::kMillisecond);

// The parts on their own, to see where the time goes.
void BM_ReadConnections(benchmark::State& state)
{
    const QByteArray csv = connectionsCsv(30000);
    for (auto _ : state)
        benchmark::DoNotOptimize(LinkedInConnections::read(csv));
}
BENCHMARK(BM_ReadConnections)->Iterations(5)->Unit(benchmark::kMillisecond);

void BM_PlanConnections(benchmark::State& state)
{
    Database& db = test::benchDatabase();
    const auto contents = LinkedInConnections::read(connectionsCsv(30000));
    for (auto _ : state) {
        ContactImport import(db);
        benchmark::DoNotOptimize(import.plan(contents.value(), QStringLiteral("LinkedIn"), {}));
    }
}
BENCHMARK(BM_PlanConnections)->Iterations(5)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
