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

#include <benchmark/benchmark.h>
#include <QApplication>
#include <QListView>
#include <QMimeData>
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
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
