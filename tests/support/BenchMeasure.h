#pragma once

// Shared by the benchmarks (header only: the test support library does not link Google
// Benchmark). Times every call, then reports the median and the 95th percentile in ms.
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <vector>

namespace finalist::test {

// operation(i) is called once per iteration with its number, from 0.
template <typename Operation> void measure(benchmark::State& state, Operation operation)
{
    std::vector<double> ms;
    std::size_t i = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        operation(i++);
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::sort(ms.begin(), ms.end());
    state.counters["p50_ms"] = ms[ms.size() / 2];
    state.counters["p95_ms"] = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
}

} // namespace finalist::test
