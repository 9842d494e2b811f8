#include "ActivityGoal.h"

#include "storage/ActivityCounts.h"
#include "storage/GoalRepository.h"

namespace finalist {

namespace {

constexpr int kLongestStreak = 3660; // ten years of work days is far enough to look back

} // namespace

ActivityGoal::ActivityGoal(Database& db)
    : m_db(db)
{
}

bool ActivityGoal::isWorkDay(QDate day, const QSet<QDate>& daysOff)
{
    return day.dayOfWeek() <= 5 && !daysOff.contains(day);
}

int ActivityGoal::streak(const QMap<QDate, int>& sent, const QSet<QDate>& daysOff, QDate today,
                         int target)
{
    int days = 0;
    QDate day = today;
    if (isWorkDay(day, daysOff) && sent.value(day) >= target)
        ++days;
    for (int i = 0; i < kLongestStreak; ++i) {
        day = day.addDays(-1);
        if (!isWorkDay(day, daysOff))
            continue;
        if (sent.value(day) < target)
            break;
        ++days;
    }
    return days;
}

Result<GoalProgress> ActivityGoal::progress(QDate today) const
{
    GoalProgress p;
    auto goal = GoalRepository(m_db).inForceOn(today);
    if (goal) {
        p.minPerWorkDay = goal.value().minPerWorkDay;
        p.maxPerWorkDay = goal.value().maxPerWorkDay;
    } else if (goal.error().code != Error::Code::NotFound) {
        return goal.error();
    }
    // The streak may reach back further than the chart; a year of counts is one small query.
    const QDate from = std::min(weekStart(today).addDays(-7 * (kWeeks - 1)), today.addDays(-366));
    ActivityCounts counts(m_db);
    auto sent = counts.sentPerDay(from, today);
    if (!sent)
        return sent.error();
    auto off = counts.daysOff(from, today);
    if (!off)
        return off.error();
    p.today = sent.value().value(today);
    p.todayIsWorkDay = isWorkDay(today, off.value());
    p.streak = streak(sent.value(), off.value(), today, p.minPerWorkDay);
    for (int w = kWeeks - 1; w >= 0; --w) {
        const QDate start = weekStart(today).addDays(-7 * w);
        int sentInWeek = 0, workDays = 0;
        for (QDate day = start; day < start.addDays(7) && day <= today; day = day.addDays(1)) {
            sentInWeek += sent.value().value(day);
            workDays += isWorkDay(day, off.value()) ? 1 : 0;
        }
        p.weekStarts.push_back(start);
        p.weekSent.push_back(sentInWeek);
        p.weekTargets.push_back(workDays * p.minPerWorkDay);
    }
    p.thisWeek = p.weekSent.back();
    p.weekTarget = p.weekTargets.back();
    return p;
}

} // namespace finalist
