#include "StageFunnel.h"

#include "Database.h"
#include "domain/Enums.h"
#include "Sql.h"

namespace finalist {

namespace {

// When one process first reached each stage, as a Julian day; 0 where it never did.
using Reached = std::array<qint64, stages::kCount>;

void noteReached(Reached& reached, Stage stage, qint64 on)
{
    const auto mark = [&](Stage s) {
        qint64& when = reached[std::size_t(s)];
        if (when == 0 || on < when)
            when = on;
    };
    mark(stage);
    const int rung = stages::rung(stage);
    for (int below = 0; below < rung; ++below)
        mark(stages::ladder()[std::size_t(below)]);
    if (stage == Stage::RunnerUp)
        mark(Stage::FinalRound);
}

// The history as numbers: each stage's value and each day as a Julian day, so that reading
// 15,000 rows parses neither dates nor stage names.
QString historyStatement()
{
    QString stage = QStringLiteral("CASE stage");
    for (const Stage s : stages::all())
        stage += QStringLiteral(" WHEN '%1' THEN %2").arg(enumKey(s)).arg(int(s));
    stage += QStringLiteral(" ELSE %1 END").arg(int(Stage::Applied));
    // Only processes that moved on or after the first day counted: one whose every move came
    // before it reached nothing inside the window, and a large journal's older years stay unread.
    return QStringLiteral("SELECT opportunity_id, %1, CAST(julianday(entered_on) + 0.5 AS "
                          "INTEGER) FROM opportunity_stages WHERE julianday(entered_on) IS NOT "
                          "NULL AND opportunity_id IN (SELECT opportunity_id FROM "
                          "opportunity_stages WHERE julianday(entered_on) + 0.5 >= ?) "
                          "ORDER BY opportunity_id, id")
        .arg(stage);
}

} // namespace

Result<FunnelCounts> stageFunnel(Database& db, const QDate& since)
{
    // SQLite counts Julian days from noon (midnight is .5); with half a day added and cut off,
    // they are QDate's day numbers.
    const qint64 from = since.isValid() ? since.toJulianDay() : 0;
    static const QString statement = historyStatement();
    auto query = sql::exec(db.connection(), statement, { from });
    if (!query)
        return query.error();
    FunnelCounts counts;
    const auto count = [&](const Reached& reached) {
        const auto inWindow = [&](qint64 day) { return day != 0 && day >= from; };
        for (std::size_t i = 0; i < reached.size(); ++i)
            counts.reached[i] += inWindow(reached[i]) ? 1 : 0;
        if (inWindow(reached[std::size_t(Stage::FinalRound)])) {
            ++counts.finalRounds;
            if (reached[std::size_t(Stage::RunnerUp)] != 0)
                ++counts.runnerUp;
        }
    };
    // The rows come a process at a time: each is counted when the next one begins.
    qint64 current = -1;
    Reached reached{};
    QSqlQuery& rows = query.value();
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        if (id != current) {
            if (current != -1)
                count(reached);
            current = id;
            reached.fill(0);
        }
        noteReached(reached, static_cast<Stage>(rows.value(1).toInt()), rows.value(2).toLongLong());
    }
    if (current != -1)
        count(reached);
    return counts;
}

} // namespace finalist
