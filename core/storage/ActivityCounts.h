#pragma once

#include "domain/Enums.h"
#include "Result.h"

#include <QDate>
#include <QMap>
#include <QSet>

namespace finalist {

class Database;

// Counts the Today view and the activity report read, each in one query.
class ActivityCounts
{
public:
    explicit ActivityCounts(Database& db);

    // Notes sent (whatever happened after) per day, for the days that have any.
    Result<QMap<QDate, int>> sentPerDay(QDate from, QDate to) const;
    Result<QSet<QDate>> daysOff(QDate from, QDate to) const;
    Status setDayOff(QDate day, bool off);

    Result<QMap<Stage, int>> opportunitiesByStage() const; // archived ones left out
    Result<int> roundsHeld(QDate from, QDate to) const;
    Result<int> peopleMet(QDate from, QDate to) const; // distinct people, in rounds held then
    Result<int> winsRecorded() const;

private:
    Result<int> count(const QString& statement, const QVariantList& bindings) const;
    Database& m_db;
};

} // namespace finalist
