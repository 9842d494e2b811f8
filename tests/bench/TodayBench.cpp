// The Today section on the large demo set (100,000 entries, 50,000 contacts, ~1,700 processes):
// building it (the first showing) and coming back to it (reload), which the issue wants under
// 50 ms. Reports p50 and p95 in milliseconds.
#include "BenchDatabase.h"
#include "BenchMeasure.h"
#include "storage/Database.h"
#include "today/TodayView.h"

#include <benchmark/benchmark.h>
#include <QApplication>

using namespace finalist;
using test::measure;

namespace {

void BM_BuildToday(benchmark::State& state)
{
    measure(state, [](std::size_t) {
        TodayView view(test::benchDatabase());
        benchmark::DoNotOptimize(&view);
    });
}
BENCHMARK(BM_BuildToday)->Iterations(20)->Unit(benchmark::kMillisecond);

void BM_BackToToday(benchmark::State& state)
{
    TodayView view(test::benchDatabase());
    measure(state, [&](std::size_t) { view.reload(); });
}
BENCHMARK(BM_BackToToday)->Iterations(30)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    test::benchDatabase(); // opened (or built) before any timing
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
