// The network layout for 2,000 people and 5,000 edges (about 100 companies, introductions and
// colleagues), from nothing and from stored positions. Goal: under 300 ms.
#include "services/NetworkGraph.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>

using namespace finalist;

namespace {

NetworkGraph syntheticGraph(int people, int edges)
{
    NetworkGraph g;
    g.nodes.push_back({ NetworkNode::Kind::Me,
                        QStringLiteral("me"),
                        QStringLiteral("You"),
                        0,
                        RoleCategory::Other,
                        5,
                        {} });
    const int companies = people / 20;
    for (int c = 0; c < companies; ++c) {
        g.nodes.push_back({ NetworkNode::Kind::Company,
                            QStringLiteral("company:%1").arg(c),
                            QStringLiteral("Company %1").arg(c),
                            0,
                            RoleCategory::Other,
                            0,
                            {} });
        g.edges.push_back({ 0, int(g.nodes.size()) - 1, NetworkEdge::Kind::WorksAt });
    }
    for (int p = 0; p < people; ++p) {
        g.nodes.push_back({ NetworkNode::Kind::Person,
                            QStringLiteral("contact:%1").arg(p),
                            QStringLiteral("Person %1").arg(p),
                            p,
                            RoleCategory::TeamMember,
                            p % 6,
                            {} });
        g.edges.push_back({ 1 + p % companies, int(g.nodes.size()) - 1, NetworkEdge::Kind::MetIn });
    }
    const int firstPerson = 1 + companies;
    quint32 state = 12345;
    while (int(g.edges.size()) < edges) {
        state = state * 1664525u + 1013904223u;
        const int a = firstPerson + int(state % quint32(people));
        state = state * 1664525u + 1013904223u;
        const int b = firstPerson + int(state % quint32(people));
        if (a != b)
            g.edges.push_back({ a, b, NetworkEdge::Kind::IntroducedBy });
    }
    return g;
}

void run(benchmark::State& state, bool fromStored)
{
    const NetworkGraph graph = syntheticGraph(2000, 5000);
    QHash<QString, QPointF> stored;
    if (fromStored) {
        NetworkGraph first = graph;
        layoutNetwork(first, {});
        for (const NetworkNode& n : first.nodes)
            stored.insert(n.key, n.position);
    }
    std::vector<double> ms;
    for (auto _ : state) {
        NetworkGraph g = graph;
        const auto start = std::chrono::steady_clock::now();
        layoutNetwork(g, stored);
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
        benchmark::DoNotOptimize(g);
    }
    std::sort(ms.begin(), ms.end());
    state.counters["p50_ms"] = ms[ms.size() / 2];
    state.counters["p95_ms"] = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
}

void BM_LayoutFromScratch(benchmark::State& state)
{
    run(state, false);
}
BENCHMARK(BM_LayoutFromScratch)->Iterations(10)->Unit(benchmark::kMillisecond);

void BM_LayoutFromStoredPositions(benchmark::State& state)
{
    run(state, true);
}
BENCHMARK(BM_LayoutFromStoredPositions)->Iterations(10)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
