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
};

} // namespace finalist
