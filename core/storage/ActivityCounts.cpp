#include "ActivityCounts.h"

#include "Database.h"
#include "Sql.h"

#include <QSqlQuery>

namespace finalist {

ActivityCounts::ActivityCounts(Database& db)
    : m_db(db)
{
}

Result<QMap<QDate, int>> ActivityCounts::sentPerDay(QDate from, QDate to) const
{
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("SELECT sent_on, count(*) FROM outreach WHERE sent_on "
                                          "BETWEEN ? AND ? AND status <> 'draft' GROUP BY sent_on"),
                           { toIsoDate(from), toIsoDate(to) });
    if (!query)
        return query.error();
    QMap<QDate, int> sent;
    while (query.value().next())
        sent.insert(fromIsoDate(query.value().value(0).toString()), query.value().value(1).toInt());
    return sent;
}

Result<QSet<QDate>> ActivityCounts::daysOff(QDate from, QDate to) const
{
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("SELECT day FROM days_off WHERE day BETWEEN ? AND ?"),
                           { toIsoDate(from), toIsoDate(to) });
    if (!query)
        return query.error();
    QSet<QDate> days;
    while (query.value().next())
        days.insert(fromIsoDate(query.value().value(0).toString()));
    return days;
}

Status ActivityCounts::setDayOff(QDate day, bool off)
{
    auto done = sql::exec(m_db.connection(),
                          off ? QStringLiteral("INSERT OR IGNORE INTO days_off (day) VALUES (?)")
                              : QStringLiteral("DELETE FROM days_off WHERE day = ?"),
                          { toIsoDate(day) });
    if (!done)
        return done.error();
    return {};
}

Result<QMap<Stage, int>> ActivityCounts::opportunitiesByStage() const
{
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("SELECT stage, count(*) FROM opportunities WHERE "
                                          "archived_on IS NULL GROUP BY stage"));
    if (!query)
        return query.error();
    QMap<Stage, int> counts;
    while (query.value().next())
        if (auto status = enumFromKey<Stage>(query.value().value(0).toString()))
            counts.insert(*status, query.value().value(1).toInt());
    return counts;
}

Result<int> ActivityCounts::count(const QString& statement, const QVariantList& bindings) const
{
    auto value = sql::scalar(m_db.connection(), statement, bindings);
    if (!value)
        return value.error();
    return value.value().toInt();
}

Result<int> ActivityCounts::roundsHeld(QDate from, QDate to) const
{
    return count(QStringLiteral("SELECT count(*) FROM rounds WHERE held_on BETWEEN ? AND ?"),
                 { toIsoDate(from), toIsoDate(to) });
}

Result<int> ActivityCounts::peopleMet(QDate from, QDate to) const
{
    return count(QStringLiteral("SELECT count(DISTINCT m.contact_id) FROM meetings m JOIN rounds r "
                                "ON r.id = m.round_id WHERE r.held_on BETWEEN ? AND ?"),
                 { toIsoDate(from), toIsoDate(to) });
}

Result<int> ActivityCounts::winsRecorded() const
{
    return count(QStringLiteral("SELECT count(*) FROM wins"), {});
}

} // namespace finalist
