#pragma once

#include "domain/Stages.h"
#include "Result.h"
#include "storage/StageFunnel.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace finalist {

class Database;

// Where the search stands, as Today sums it up: processes by stage, this month's rounds and
// people met, wins recorded and the stages reached since a day.
struct PipelineFigures
{
    QMap<Stage, int> byStage; // archived ones left out
    int roundsThisMonth = 0;
    int peopleThisMonth = 0;
    int wins = 0;
    FunnelCounts funnel;

    static Result<PipelineFigures> read(Database& db, QDate today, QDate funnelSince);
    // The same, read in the calling thread through a read-only connection of its own: for a
    // worker, while the window's connection serves the window.
    static Result<PipelineFigures> readFrom(const QString& path, QDate today, QDate funnelSince);
};

} // namespace finalist
