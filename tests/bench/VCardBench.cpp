// Reading a 10 MB vCard with a million quoted-printable soft breaks (10,000 cards as an old
// Android phone writes them, each note cut every few bytes). Goal: under 2 s, and within a small
// factor of a plain scan of the same bytes measured in the same run (splitting into lines and
// copying each), which is the least any reader must do.
#include "BenchMeasure.h"
#include "formats/VCard.h"

#include <benchmark/benchmark.h>

using namespace finalist;

namespace {

const QByteArray& softBreakFile()
{
    static const QByteArray file = [] {
        QByteArray out;
        out.reserve(12 * 1024 * 1024);
        for (int card = 0; card < 10000; ++card) {
            out += "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                   "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen "
                + QByteArray::number(card) + ";;;\r\nNOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:";
            for (int i = 0; i < 100; ++i)
                out += "=C3=AB=\r\n";
            out += "!\r\nEND:VCARD\r\n";
        }
        return out;
    }();
    return file;
}

void BM_ReadVCardSoftBreaks(benchmark::State& state)
{
    const QByteArray& file = softBreakFile();
    std::size_t cards = 0;
    test::measure(state, [&](std::size_t) {
        auto contents = VCard::read(file);
        if (!contents)
            state.SkipWithError("the file was not read");
        else
            cards = contents.value().contacts.size();
    });
    if (cards != 10000)
        state.SkipWithError("not every card was read");
    state.counters["MB"] = double(file.size()) / (1024 * 1024);
    state.counters["soft_breaks"] = double(file.count("=\r\n"));
}
BENCHMARK(BM_ReadVCardSoftBreaks)->Iterations(5)->Unit(benchmark::kMillisecond);

// The same bytes split into lines, each copied: the floor the reader is compared with.
void BM_ScanSameBytes(benchmark::State& state)
{
    const QByteArray& file = softBreakFile();
    test::measure(state, [&](std::size_t) {
        qsizetype total = 0, start = 0;
        while (start < file.size()) {
            qsizetype end = file.indexOf('\n', start);
            if (end < 0)
                end = file.size();
            const QByteArray line = file.mid(start, end - start);
            total += line.size();
            start = end + 1;
        }
        benchmark::DoNotOptimize(total);
    });
}
BENCHMARK(BM_ScanSameBytes)->Iterations(5)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
