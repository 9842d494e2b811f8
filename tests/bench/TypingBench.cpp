// Does typing ever freeze the window? Types into the journal's search box and into an entry at
// a brisk pace on the large demo set, with the real view, debounces, autosave and search, and
// times every pass of the event loop in between. A long pass is input the user had to wait for.
// Uses FINALIST_BENCH_DB like JournalBench. Reports p50, p95 and the longest pass.
#include "BenchDatabase.h"
#include "journal/EntryEditor.h"
#include "journal/JournalListModel.h"
#include "journal/JournalView.h"
#include "journal/MarkdownEdit.h"
#include "journal/ReflectionSteps.h"
#include "storage/JournalRepository.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QTest>

using namespace finalist;

namespace {

using Clock = std::chrono::steady_clock;

using test::benchDatabase;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Keeps the event loop turning for a while, timing each pass, as when the user pauses.
void pauseAndTime(int milliseconds, std::vector<double>& passes)
{
    const auto until = Clock::now() + std::chrono::milliseconds(milliseconds);
    while (Clock::now() < until) {
        const auto start = Clock::now();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        passes.push_back(msSince(start));
    }
}

// Sends each key, then runs the event loop in small passes until the next key is due (a key
// every 90 ms, a fast typist), timing each pass; the key's own handling counts as a pass too.
void typeAndTime(QWidget* target, const QString& text, std::vector<double>& passes)
{
    for (const QChar c : text) {
        auto start = Clock::now();
        QTest::keyClick(target, c.toLatin1());
        passes.push_back(msSince(start));
        pauseAndTime(90, passes);
    }
}

void report(benchmark::State& state, std::vector<double>& passes)
{
    std::sort(passes.begin(), passes.end());
    state.counters["p50_ms"] = passes[passes.size() / 2];
    state.counters["p95_ms"] = passes[std::min(passes.size() - 1, passes.size() * 95 / 100)];
    state.counters["max_ms"] = passes.back();
    state.counters["passes"] = double(passes.size());
    state.counters["over_50ms"]
        = double(std::count_if(passes.begin(), passes.end(), [](double ms) { return ms > 50; }));
}

JournalView& benchView()
{
    static JournalView* view = [] {
        auto* made = new JournalView(benchDatabase());
        made->resize(1240, 760);
        made->show();
        if (!QTest::qWaitForWindowExposed(made))
            qFatal("the view was not shown");
        made->list()->setCurrentIndex(made->model()->index(0, 0));
        return made;
    }();
    return *view;
}

void BM_TypingInSearch(benchmark::State& state)
{
    JournalView& view = benchView();
    std::vector<double> passes;
    for (auto _ : state) {
        for (const QString& query :
             { QStringLiteral("roadmap feedback"), QStringLiteral("the panel"),
               QStringLiteral("stakeholders pro") }) {
            view.searchBox()->clear();
            pauseAndTime(400, passes); // the whole list comes back
            typeAndTime(view.searchBox(), query, passes);
            pauseAndTime(400, passes); // the debounced search runs
        }
    }
    report(state, passes);
}
BENCHMARK(BM_TypingInSearch)->Iterations(1)->Unit(benchmark::kMillisecond);

// Typing into a long step (about 6,000 words), with the autosave landing in the pauses.
void BM_TypingInAnEntry(benchmark::State& state)
{
    JournalView& view = benchView();
    view.searchBox()->clear();
    QTest::qWait(300);
    EntryEditor* editor = view.editor();
    MarkdownEdit* edit = editor->stepEdit(ExperienceStep);
    edit->setPlainText(
        QStringLiteral("The panel asked about the roadmap and pricing. ").repeated(700));
    edit->moveCursor(QTextCursor::End);
    std::vector<double> passes;
    for (auto _ : state) {
        for (int sentence = 0; sentence < 4; ++sentence) {
            typeAndTime(edit, QStringLiteral(" I answered calmly this time"), passes);
            pauseAndTime(900, passes); // the autosave fires
        }
    }
    editor->flush();
    report(state, passes);
}
BENCHMARK(BM_TypingInAnEntry)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
