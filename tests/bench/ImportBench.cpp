// Importing a 30,000-row LinkedIn Connections.csv into the large demo set (50,000 contacts to
// match against): reading, the preview's matching, and the one-transaction commit. Each import
// is undone afterwards, outside the timing (its time reported apart). Goal: under one second.
// The limit, measured in the same run between the imports so the ratio survives a noisy
// machine: the very rows the import wrote, written again by SQLite alone (one INSERT … SELECT
// from a copy in a temporary table, the search index filled by its trigger, one transaction).
#include "BenchDatabase.h"
#include "formats/LinkedInConnections.h"
#include "services/ContactImport.h"
#include "storage/Database.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <QSqlQuery>

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

double sqlMs(Database& db, const QString& statement)
{
    const auto start = std::chrono::steady_clock::now();
    QSqlQuery query(db.connection());
    if (!query.exec(statement))
        qFatal("%s", qPrintable(statement));
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

// The limit once: the rows the last import wrote, written again and then deleted (untimed).
double limitMs(Database& db)
{
    const double ms = sqlMs(db, QStringLiteral("BEGIN"))
        + sqlMs(db, QStringLiteral("INSERT INTO contacts SELECT * FROM temp.limit_rows"))
        + sqlMs(db, QStringLiteral("COMMIT"));
    sqlMs(db, QStringLiteral("DELETE FROM contacts WHERE id IN (SELECT id FROM temp.limit_rows)"));
    return ms;
}

void BM_ImportConnections(benchmark::State& state)
{
    Database& db = test::benchDatabase();
    const QByteArray csv = connectionsCsv(30000);
    using Clock = std::chrono::steady_clock;
    const auto since = [](Clock::time_point start) {
        return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    };
    std::vector<double> whole, read, plan, commit, limit, ratio, undo;
    QSqlQuery last(db.connection());
    if (!last.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM contacts")) || !last.next())
        qFatal("no contacts table");
    const qint64 lastBefore = last.value(0).toLongLong();
    last.finish();
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
        if (limit.empty())
            sqlMs(db,
                  QStringLiteral("CREATE TEMP TABLE limit_rows AS SELECT * FROM contacts "
                                 "WHERE id > %1")
                      .arg(lastBefore));
        const auto undoing = Clock::now();
        if (outcome)
            (void)import.undo(outcome.value().importId);
        undo.push_back(since(undoing));
        limit.push_back(limitMs(db));
        ratio.push_back(whole.back() / limit.back());
        state.ResumeTiming();
    }
    sqlMs(db, QStringLiteral("DROP TABLE temp.limit_rows"));
    report(state, "", whole);
    report(state, "limit_", limit);
    report(state, "ratio_", ratio); // of each import to the limit measured right after it
    report(state, "undo_", undo);
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
