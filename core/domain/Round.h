#pragma once

#include "Enums.h"
#include "Record.h"

#include <QDate>
#include <QTime>

namespace finalist {

// One step of an opportunity.
struct Round : Record
{
    qint64 opportunityId = 0;
    RoundKind kind = RoundKind::PhoneScreen;
    QDate heldOn;
    QTime startsAt; // the local time it begins, when known (an invitation gives it)
    RoundOutcome outcome = RoundOutcome::Pending;
    QString notes;
    QString inviteUid; // the calendar invitation it came from, so a second import updates it
};

} // namespace finalist
