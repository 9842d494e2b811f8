#pragma once

#include "domain/FollowUp.h"
#include "Table.h"

#include <optional>
#include <QDateTime>

namespace finalist {

struct FollowUpFilter
{
    std::optional<FollowUpStatus> status;
    bool pendingOnly = false; // open or snoozed: the ones still to do
    std::optional<FollowUpKind> kind;
    QDate dueOnOrBefore; // invalid: any date
    qint64 contactId = 0;
    qint64 opportunityId = 0;
    qint64 entryId = 0;
};

// A follow-up that was deleted (with its contact, process or entry), as the calendar export
// needs it to cancel the event it once wrote.
struct DeletedFollowUp
{
    qint64 id = 0;
    QString createdAt;
    QString reason;
    QDate dueOn;
    QDateTime deletedAt;
};

class FollowUpRepository : public Table<FollowUp>
{
public:
    explicit FollowUpRepository(Database& db);
    // Soonest first.
    Result<std::vector<FollowUp>> list(const FollowUpFilter& filter = {}) const;
    // Those deleted on or after the day, and not put back since; soonest due first.
    Result<std::vector<DeletedFollowUp>> deletedSince(QDate since) const;
};

} // namespace finalist
