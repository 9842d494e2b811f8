#include "StageFunnel.h"

#include "Database.h"
#include "Sql.h"

#include <QHash>

namespace finalist {

namespace {

// When one process first reached each stage; invalid where it never did.
using Reached = std::array<QDate, stages::kCount>;

void noteReached(Reached& reached, Stage stage, const QDate& on)
{
    const auto mark = [&](Stage s) {
        QDate& when = reached[std::size_t(s)];
        if (!when.isValid() || on < when)
            when = on;
    };
    mark(stage);
    const int rung = stages::rung(stage);
    for (int below = 0; below < rung; ++below)
        mark(stages::ladder()[std::size_t(below)]);
    if (stage == Stage::RunnerUp)
        mark(Stage::FinalRound);
}

} // namespace

Result<FunnelCounts> stageFunnel(Database& db, const QDate& since)
{
    auto query = sql::exec(db.connection(),
                           QStringLiteral("SELECT opportunity_id, stage, entered_on FROM "
                                          "opportunity_stages ORDER BY opportunity_id, id"));
    if (!query)
        return query.error();
    QHash<qint64, Reached> byProcess;
    while (query.value().next()) {
        sql::RowReader row(query.value(), 0);
        const qint64 id = row.id();
        const Stage stage = row.enumeration(Stage::Applied);
        const QDate on = row.date();
        if (on.isValid())
            noteReached(byProcess[id], stage, on);
    }
    FunnelCounts counts;
    const auto inWindow
        = [&](const QDate& date) { return date.isValid() && (!since.isValid() || date >= since); };
    for (const Reached& reached : std::as_const(byProcess)) {
        for (std::size_t i = 0; i < reached.size(); ++i)
            counts.reached[i] += inWindow(reached[i]) ? 1 : 0;
        if (inWindow(reached[std::size_t(Stage::FinalRound)])) {
            ++counts.finalRounds;
            if (reached[std::size_t(Stage::RunnerUp)].isValid())
                ++counts.runnerUp;
        }
    }
    return counts;
}

} // namespace finalist
