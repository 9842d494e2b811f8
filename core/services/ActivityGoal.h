#pragma once

#include "Result.h"

#include <QDate>
#include <QMap>
#include <QSet>
#include <vector>

namespace finalist {

class Database;

struct GoalProgress
{
    int minPerWorkDay = 2;
    int maxPerWorkDay = 4;
    int today = 0; // notes sent today
    bool todayIsWorkDay = true;
    int thisWeek = 0; // Monday to today
    int weekTarget = 0; // the minimum times this week's work days
    int streak = 0; // work days on target in a row, up to today
    // The last twelve weeks, oldest first: notes sent, and the minimum for their work days.
    std::vector<QDate> weekStarts;
    std::vector<int> weekSent;
    std::vector<int> weekTargets;
};

// The outreach goal: letters sent per work day against the target. Weekends and the days the
// user marks off are not work days: they count nothing and break nothing.
class ActivityGoal
{
public:
    static constexpr int kWeeks = 12;

    explicit ActivityGoal(Database& db);
    Result<GoalProgress> progress(QDate today) const;

    static bool isWorkDay(QDate day, const QSet<QDate>& daysOff);
    // Work days on target in a row, counted back from today. Today counts once it is on
    // target; until then it neither adds nor breaks.
    static int streak(const QMap<QDate, int>& sent, const QSet<QDate>& daysOff, QDate today,
                      int target);
    static QDate weekStart(QDate day) { return day.addDays(1 - day.dayOfWeek()); }

private:
    Database& m_db;
};

} // namespace finalist
