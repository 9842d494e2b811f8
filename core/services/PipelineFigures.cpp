#include "PipelineFigures.h"

#include "storage/ActivityCounts.h"
#include "storage/Database.h"

namespace finalist {

Result<PipelineFigures> PipelineFigures::read(Database& db, QDate today, QDate funnelSince)
{
    ActivityCounts counts(db);
    const QDate monthStart(today.year(), today.month(), 1);
    auto byStage = counts.opportunitiesByStage();
    if (!byStage)
        return byStage.error();
    auto rounds = counts.roundsHeld(monthStart, today);
    if (!rounds)
        return rounds.error();
    auto people = counts.peopleMet(monthStart, today);
    if (!people)
        return people.error();
    auto wins = counts.winsRecorded();
    if (!wins)
        return wins.error();
    auto funnel = stageFunnel(db, funnelSince);
    if (!funnel)
        return funnel.error();
    return PipelineFigures{ byStage.value(), rounds.value(), people.value(), wins.value(),
                            funnel.value() };
}

Result<PipelineFigures> PipelineFigures::readFrom(const QString& path, QDate today,
                                                  QDate funnelSince)
{
    DatabaseOptions options;
    options.mode = DatabaseMode::ReadOnly;
    options.checkWholeFile = false; // the window's own check runs apart
    auto db = Database::open(path, Clock::system(), options);
    if (!db)
        return db.error();
    return read(*db.value(), today, funnelSince);
}

} // namespace finalist
