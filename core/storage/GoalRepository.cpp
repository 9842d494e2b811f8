#include "GoalRepository.h"

#include "domain/Validation.h"

namespace finalist {

namespace {

TableMapping<Goal> mapping()
{
    return {
        QStringLiteral("goals"),
        { QStringLiteral("min_per_work_day"), QStringLiteral("max_per_work_day"),
          QStringLiteral("starts_on") },
        [](const Goal& g) {
            return QVariantList{ g.minPerWorkDay, g.maxPerWorkDay, sql::dateOrNull(g.startsOn) };
        },
        [](Goal& g, sql::RowReader& r) {
            g.minPerWorkDay = r.integer();
            g.maxPerWorkDay = r.integer();
            g.startsOn = r.date();
        },
        [](const Goal& g) {
            return validate::all({
                validate::range(g.minPerWorkDay, 0, 50, QStringLiteral("min_per_work_day"),
                                QCoreApplication::translate("Validation", "The daily minimum")),
                validate::range(g.maxPerWorkDay, g.minPerWorkDay, 50,
                                QStringLiteral("max_per_work_day"),
                                QCoreApplication::translate("Validation", "The daily maximum")),
                validate::validDate(g.startsOn, QStringLiteral("starts_on"),
                                    QCoreApplication::translate("Validation", "The goal")),
            });
        },
    };
}

} // namespace

GoalRepository::GoalRepository(Database& db)
    : Table(db, mapping())
{
}

Result<Goal> GoalRepository::inForceOn(const QDate& day) const
{
    auto rows = select(QStringLiteral("t.starts_on <= ?"), { toIsoDate(day) },
                       QStringLiteral("t.starts_on DESC, t.id DESC"), 1);
    if (!rows)
        return rows.error();
    if (rows.value().empty())
        return Goal{};
    return rows.value().front();
}

Result<Goal> GoalRepository::setFrom(const QDate& day, int minPerWorkDay, int maxPerWorkDay)
{
    auto current = inForceOn(day);
    if (!current)
        return current.error();
    Goal goal = current.value();
    if (goal.id <= 0 || goal.startsOn != day)
        goal = Goal{};
    goal.startsOn = day;
    goal.minPerWorkDay = minPerWorkDay;
    goal.maxPerWorkDay = maxPerWorkDay;
    auto saved = goal.id > 0 ? update(goal) : add(goal);
    if (!saved)
        return saved.error();
    return goal;
}

} // namespace finalist
