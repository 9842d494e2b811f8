// How long the large demo set takes to write, so the cost per entry is known before someone
// asks finalist-cli for 100,000 of them. Each iteration fills a new database in a temporary
// folder; only the fill itself is timed. Run: build/tests/bench/DemoBench
#include "services/DemoBulk.h"
#include "storage/Database.h"

#include <benchmark/benchmark.h>
#include <QTemporaryDir>

using namespace finalist;

namespace {

// state.range(0) entries and half as many contacts, the proportions of the CLI's large set.
void BM_FillLarge(benchmark::State& state)
{
    const int entries = int(state.range(0));
    const int contacts = entries / 2;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir folder;
        auto opened = Database::open(folder.filePath(QStringLiteral("bench.sqlite")));
        if (!opened) {
            state.SkipWithError(qPrintable(opened.error().message));
            break;
        }
        state.ResumeTiming();
        if (auto filled = fillDemoBulk(*opened.value(), entries, contacts); !filled) {
            state.SkipWithError(qPrintable(filled.error().message));
            break;
        }
        state.PauseTiming();
        opened.value().reset(); // closing checkpoints the WAL: not part of the fill
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * entries);
    // Shown as time per entry (each entry brings half a contact and its share of processes).
    state.counters["per_entry"] = benchmark::Counter(
        entries, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_FillLarge)
    ->Arg(1000)
    ->Arg(10000)
    ->Iterations(3)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

BENCHMARK_MAIN();
