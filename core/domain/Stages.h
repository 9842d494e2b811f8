#pragma once

#include "Enums.h"

#include <QDate>
#include <vector>

namespace finalist {

// What the board and the funnel need to know about the stages beyond their names.
namespace stages {

constexpr int kCount = 11;

// Every stage, in the board's order.
const std::vector<Stage>& all();
// Interested to offer: the process is still going. The rest say how it ended.
bool isOpen(Stage stage);
// The stages a process climbs (interested … offer, then hired), in order; the funnel counts a
// process as having reached every rung below the highest it entered.
const std::vector<Stage>& ladder();
// The rung a stage stands on: its place in ladder(), runner-up counting as the final round
// (a runner-up was a finalist); -1 for the endings that say nothing of how far it went.
int rung(Stage stage);

} // namespace stages

// One move of a process: the stage it entered and when.
struct StageEntry
{
    qint64 opportunityId = 0;
    Stage stage = Stage::Applied;
    QDate enteredOn;
};

} // namespace finalist
