#pragma once

#include "domain/FollowUp.h"
#include "Result.h"

#include <vector>

namespace finalist {

class Database;

// A follow-up with the names it is shown with.
struct FollowUpLine
{
    FollowUp followUp;
    QString contactName;
    QString company;
};

// The follow-ups still to do, and what the user does with one: done, snoozed (moved on and
// marked so), or rescheduled to a chosen date.
class DueFollowUps
{
public:
    explicit DueFollowUps(Database& db);

    // Open or snoozed, due on or before the day (overdue first); an invalid day: every one.
    Result<std::vector<FollowUpLine>> pending(QDate dueBy = {}) const;
    // Done or cancelled on or after the day (a cancelled one by its last change), soonest due
    // first: a calendar export tells calendars these are off the list.
    Result<std::vector<FollowUpLine>> finishedSince(QDate since) const;
    Status done(qint64 id);
    Status snooze(qint64 id, QDate until);
    Status reschedule(qint64 id, QDate on);

private:
    Result<std::vector<FollowUpLine>> named(const std::vector<FollowUp>& followUps) const;
    Status move(qint64 id, QDate on, FollowUpStatus status);
    Database& m_db;
};

} // namespace finalist
