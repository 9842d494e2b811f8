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

// The median and the 95th percentile (nearest rank: the smallest time that at least 95 % of
// the runs do not exceed) of times in milliseconds.
void report(benchmark::State& state, const std::string& name, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    state.counters[name + "p50_ms"] = ms[ms.size() / 2];
    state.counters[name + "p95_ms"] = ms[(ms.size() * 95 + 99) / 100 - 1];
}

void BM_ImportConnections(benchmark::State& state)
{
    Database& db = test::benchDatabase();
    const QByteArray csv = connectionsCsv(30000);
    using Clock = std::chrono::steady_clock;
    const auto since = [](Clock::time_point start) {
        return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    };
    std::vector<double> whole, read, plan, commit;
    for (auto _ : state) {
        const auto start = Clock::now();
        auto contents = LinkedInConnections::read(csv);
        read.push_back(since(start));
        const auto planned = Clock::now();
        ContactImport import(db);
        auto preview = import.plan(contents.value(), QStringLiteral("LinkedIn"), QString());
        plan.push_back(since(planned));
        const auto committed = Clock::now();
        auto outcome = import.commit(preview.value());
        commit.push_back(since(committed));
        whole.push_back(since(start));
        if (!outcome)
            state.SkipWithError("the import failed");
        state.PauseTiming();
        if (outcome)
            (void)import.undo(outcome.value().importId);
        state.ResumeTiming();
    }
    report(state, "", whole);
    // Where the time goes, for whoever makes it shorter.
    report(state, "read_", read);
    report(state, "plan_", plan);
    report(state, "commit_", commit);
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
