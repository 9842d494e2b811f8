#pragma once

#include "Enums.h"
#include "Record.h"

#include <QDate>

namespace finalist {

// A dated reminder tied to a contact, an opportunity, an entry or an outreach (any of them, or
// none).
struct FollowUp : Record
{
    qint64 contactId = 0;
    qint64 opportunityId = 0;
    qint64 entryId = 0;
    qint64 outreachId = 0;
    FollowUpKind kind = FollowUpKind::Action;
    QString reason;
    QDate dueOn;
    FollowUpStatus status = FollowUpStatus::Open;
    QDate doneOn;
};

} // namespace finalist
