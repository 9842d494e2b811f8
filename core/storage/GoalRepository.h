#pragma once

#include "domain/Goal.h"
#include "Table.h"

namespace finalist {

class GoalRepository : public Table<Goal>
{
public:
    explicit GoalRepository(Database& db);
    // The goal in force on a day: the latest that started on or before it, else the default
    // (2 to 4 letters per work day).
    Result<Goal> inForceOn(const QDate& day) const;
    // Sets the target from a day on; the goals before it stay as they were, so past weeks are
    // still measured against what was in force then.
    Result<Goal> setFrom(const QDate& day, int minPerWorkDay, int maxPerWorkDay);
};

} // namespace finalist
