#pragma once

#include "domain/Stages.h"
#include "Result.h"

#include <array>
#include <QDate>

namespace finalist {

class Database;

// How many processes reached each stage, and how many final rounds ended as runner-up.
// A process that entered a rung of the ladder (interested … offer, hired) reached every rung
// below it too, on the day it entered the higher one; a runner-up reached the final round.
// The endings (runner-up, not chosen, withdrawn, ghosted) count the processes that entered them.
struct FunnelCounts
{
    std::array<int, stages::kCount> reached{}; // by the Stage's value
    int finalRounds = 0; // reached the final round
    int runnerUp = 0; // of those, ended as runner-up

    int at(Stage stage) const { return reached[std::size_t(stage)]; }
};

// Counts the stages reached on or after `since` (an invalid date: all time), from the
// recorded stage history.
Result<FunnelCounts> stageFunnel(Database& db, const QDate& since = {});

} // namespace finalist
