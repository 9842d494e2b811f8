#pragma once

#include "domain/Opportunity.h"
#include "Result.h"

#include <vector>

namespace finalist {

class Database;

enum class CheckInState
{
    NotPlanned,
    Planned,
    Sent,
    Replied
};

struct RadarItem
{
    Opportunity opportunity;
    QDate mark; // the chosen hire's ninety-day mark
    bool markEstimated = false; // no start date: counted from the decision
    int daysLeft = 0; // negative once the mark has passed
    CheckInState state = CheckInState::NotPlanned;
    QDate checkInOn; // planned or sent
};

// Every process where the user was the runner-up, the marks still ahead first (soonest first),
// then those passed (latest first): the chosen hire may not stay, and a check-in before their
// ninety days is the second chance. With `first` > 0, only the first that many (a fixed number
// of queries either way, whatever the number of processes).
Result<std::vector<RadarItem>> secondChanceRadar(Database& db, QDate today, int first = 0);

} // namespace finalist
