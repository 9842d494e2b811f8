// The Opportunities section with 5,000 processes (the large demo set, topped up): opening the
// board (the query, eleven columns of cards, shown and painted) and the list, and moving a card
// to another stage as a drop does (the write, the row moving between columns, the repaint).
// Each has a limit measured in the same run, so the ratio survives a noisy machine:
// - opening: the board's own query run bare through QSqlQuery, and an empty window of the
//   same size shown and painted;
// - moving: the same write (UPDATE and history INSERT in one transaction) done bare.
#include "BenchDatabase.h"
#include "BenchMeasure.h"
#include "opportunities/BoardView.h"
#include "opportunities/OpportunitiesView.h"
#include "opportunities/OpportunityListModel.h"
#include "opportunities/StageColumn.h"
#include "opportunities/StageProxy.h"
#include "services/DemoBulk.h"
#include "storage/Database.h"
#include "storage/OpportunityBoard.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"

#include <benchmark/benchmark.h>
#include <memory>
#include <QApplication>
#include <QListView>
#include <QMimeData>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace finalist;
using test::measure;

namespace {

constexpr int kProcesses = 5000;

Database& database()
{
    static Database& db = []() -> Database& {
        Database& big = test::benchDatabase();
        const qint64 have = OpportunityRepository(big).count().value();
        if (have < kProcesses)
            fillDemoBulk(big, 0, 0, int(kProcesses - have));
        return big;
    }();
    return db;
}

void settle(QWidget& widget)
{
    widget.show();
    if (!QTest::qWaitForWindowExposed(&widget))
        qWarning("the window was not shown");
    widget.repaint(); // paint now, not when the event loop gets to it
    QCoreApplication::processEvents();
}

void BM_OpenBoard(benchmark::State& state)
{
    Database& db = database();
    measure(state, [&](std::size_t) {
        OpportunitiesView view(db);
        view.resize(1240, 720);
        settle(view);
        benchmark::DoNotOptimize(view.model()->rowCount());
    });
    state.counters["cards"] = OpportunitiesView(db).model()->rowCount();
}
BENCHMARK(BM_OpenBoard)->Iterations(20)->Unit(benchmark::kMillisecond);

void BM_OpenList(benchmark::State& state)
{
    Database& db = database();
    measure(state, [&](std::size_t) {
        OpportunitiesView view(db);
        view.setBoardMode(false);
        view.resize(1240, 720);
        settle(view);
    });
}
BENCHMARK(BM_OpenList)->Iterations(20)->Unit(benchmark::kMillisecond);

void BM_LimitBoardQueryBare(benchmark::State& state)
{
    Database& db = database();
    measure(state, [&](std::size_t) {
        auto cards = OpportunityBoard(db).cards();
        benchmark::DoNotOptimize(cards);
    });
}
BENCHMARK(BM_LimitBoardQueryBare)->Iterations(20)->Unit(benchmark::kMillisecond);

void BM_LimitEmptyWindow(benchmark::State& state)
{
    measure(state, [&](std::size_t) {
        QWidget window;
        window.resize(1240, 720);
        settle(window);
    });
}
BENCHMARK(BM_LimitEmptyWindow)->Iterations(20)->Unit(benchmark::kMillisecond);

// A journal that has been used: 1,000 processes, and the same with 3,000 open follow-ups (the
// rejection wizard plans three per process). The board's query on each; the ratio of the two
// should stay near 1 (the follow-ups are found by process: by their status index, the query
// read every open follow-up for every process, a hundred times slower).
Database& journalWithFollowUps(bool followUps)
{
    static test::TempFolder folder;
    static FixedClock clock{ test::referenceNow() };
    static std::unique_ptr<Database> journals[2];
    std::unique_ptr<Database>& journal = journals[followUps ? 1 : 0];
    if (!journal) {
        auto opened = Database::open(
            folder.path(followUps ? QStringLiteral("used.sqlite") : QStringLiteral("new.sqlite")),
            clock);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        journal = std::move(opened).value();
        if (!fillDemoBulk(*journal, 0, 0, 1000))
            qFatal("the processes could not be written");
        if (followUps) {
            QSqlQuery add(journal->connection());
            add.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000), "
                "o AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM opportunities) "
                "INSERT INTO follow_ups (opportunity_id, reason, due_on, status, created_at, "
                "updated_at) SELECT o.id, 'Check in', date('2026-03-02', '+' || (n.i % 120) || "
                "' days'), 'open', '2026-03-01T09:00:00Z', '2026-03-01T09:00:00Z' FROM n JOIN o "
                "ON o.k = n.i % 1000"));
            if (add.lastError().isValid())
                qFatal("%s", qPrintable(add.lastError().text()));
            QSqlQuery count(journal->connection());
            if (!count.exec(QStringLiteral("SELECT count(*) FROM follow_ups")) || !count.next()
                || count.value(0).toInt() != 3000)
                qFatal("the follow-ups could not be written");
        }
    }
    return *journal;
}

void BM_BoardQueryWithFollowUps(benchmark::State& state)
{
    Database& db = journalWithFollowUps(true);
    measure(state, [&](std::size_t) { benchmark::DoNotOptimize(OpportunityBoard(db).cards()); });
}
BENCHMARK(BM_BoardQueryWithFollowUps)->Iterations(20)->Unit(benchmark::kMillisecond);

void BM_LimitBoardQueryWithoutFollowUps(benchmark::State& state)
{
    Database& db = journalWithFollowUps(false);
    measure(state, [&](std::size_t) { benchmark::DoNotOptimize(OpportunityBoard(db).cards()); });
}
BENCHMARK(BM_LimitBoardQueryWithoutFollowUps)->Iterations(20)->Unit(benchmark::kMillisecond);

// A drop on the next column, then back: what a drag costs once the mouse is released.
void BM_DragCard(benchmark::State& state)
{
    Database& db = database();
    OpportunitiesView view(db);
    view.resize(1240, 720);
    settle(view);
    StageColumn* from = view.board()->column(Stage::Interviewing);
    StageColumn* to = view.board()->column(Stage::FinalRound);
    const qint64 id = from->proxy()->index(0, 0).data(OpportunityListModel::IdRole).toLongLong();
    OpportunityListModel* model = view.model();
    measure(state, [&](std::size_t i) {
        StageColumn* target = i % 2 ? from : to;
        std::unique_ptr<QMimeData> mime(model->mimeData({ model->index(model->rowOf(id), 0) }));
        target->proxy()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {});
        view.board()->viewport()->repaint();
        target->list()->viewport()->repaint();
    });
}
BENCHMARK(BM_DragCard)->Iterations(100)->Unit(benchmark::kMillisecond);

void BM_LimitMoveBare(benchmark::State& state)
{
    Database& db = database();
    const qint64 id = OpportunityBoard(db).cards().value().front().id;
    measure(state, [&](std::size_t i) {
        const char* stage = i % 2 ? "interviewing" : "final_round";
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("BEGIN"));
        q.prepare(
            QStringLiteral("UPDATE opportunities SET stage = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(QLatin1String(stage));
        q.addBindValue(QStringLiteral("2026-03-02T09:00:00Z"));
        q.addBindValue(id);
        q.exec();
        q.prepare(QStringLiteral("INSERT INTO opportunity_stages (opportunity_id, stage, "
                                 "entered_on, created_at) VALUES (?, ?, '2026-03-02', "
                                 "'2026-03-02T09:00:00Z')"));
        q.addBindValue(id);
        q.addBindValue(QLatin1String(stage));
        q.exec();
        q.exec(QStringLiteral("COMMIT"));
    });
}
BENCHMARK(BM_LimitMoveBare)->Iterations(100)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    database(); // built before any timing
    journalWithFollowUps(true);
    journalWithFollowUps(false);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
