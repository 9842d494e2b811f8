// Memory of a streamed LinkedIn import: a 50 MB Connections.csv (about 380,000 rows) read a
// record at a time, dry run and real import. Goal: the peak resident memory above what the
// process held just before stays under three times the file's size ("peak_over_file", under 3),
// and the time stays near a plain read of the file measured in the same run ("read_ms").
// The peak is Linux's VmHWM, reset before each run through /proc/self/clear_refs.
#include "formats/LinkedInConnectionsReader.h"
#include "services/ContactImport.h"
#include "TestSupport.h"

#include <benchmark/benchmark.h>
#include <chrono>
#include <QFile>

using namespace finalist;

namespace {

constexpr qint64 kFileBytes = 50LL * 1024 * 1024;

// The generator of issue 14, as bytes on disk.
const QString& connectionsFile()
{
    static test::TempFolder folder;
    static const QString path = [] {
        const QString out = folder.path(QStringLiteral("Connections.csv"));
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write("Notes:\n\"When exporting your connection data, you may notice...\"\n\n"
                   "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        qint64 size = 0;
        for (int i = 0; size < kFileBytes; ++i) {
            const QByteArray line
                = QStringLiteral("Ann%1,Smith%1,https://www.linkedin.com/in/ann-smith-%1,"
                                 "ann%1@example.com,Company %2,Senior Engineer of Things,0%3 "
                                 "Sep 2022\n")
                      .arg(i)
                      .arg(i % 5000)
                      .arg(1 + i % 9)
                      .toUtf8();
            file.write(line);
            size += line.size();
        }
        return out;
    }();
    return path;
}

// kB from one line of /proc/self/status ("VmHWM:", "VmRSS:").
qint64 statusKb(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

void BM_StreamedImportMemory(benchmark::State& state)
{
    const bool dryRun = state.range(0) == 0;
    const QString& path = connectionsFile();
    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    auto db = Database::open(folder.path(QStringLiteral("bench.sqlite")), clock);
    if (path.isEmpty() || !db) {
        state.SkipWithError("no file or no database");
        return;
    }
    // A plain read of the file, in the same pieces: the least an import must do.
    double readMs = 0;
    {
        const auto start = std::chrono::steady_clock::now();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        qint64 lines = 0;
        while (!file.atEnd())
            lines += file.read(256 * 1024).count('\n');
        benchmark::DoNotOptimize(lines);
        readMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                     .count();
    }
    double peakMb = 0, ms = 0;
    for (auto _ : state) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        LinkedInConnectionsReader reader(file);
        resetPeak();
        const qint64 startKb = statusKb("VmRSS:");
        const auto start = std::chrono::steady_clock::now();
        auto summary = ContactImport(*db.value())
                           .run(reader, QStringLiteral("LinkedIn"),
                                QStringLiteral("Connections.csv"), dryRun);
        ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                 .count();
        peakMb = double(statusKb("VmHWM:") - startKb) / 1024;
        if (!summary) {
            state.SkipWithError(summary.error().message.toStdString().c_str());
            return;
        }
        state.PauseTiming();
        if (!dryRun)
            (void)ContactImport(*db.value()).undo(summary.value().outcome.importId);
        state.ResumeTiming();
    }
    const double fileMb = double(QFile(path).size()) / (1024 * 1024);
    state.counters["file_mb"] = fileMb;
    state.counters["peak_above_start_mb"] = peakMb;
    state.counters["peak_over_file"] = peakMb / fileMb;
    state.counters["run_ms"] = ms;
    state.counters["read_ms"] = readMs;
}
BENCHMARK(BM_StreamedImportMemory)
    ->ArgName("write")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
