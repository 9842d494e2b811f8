#pragma once

#include "Enums.h"
#include "Record.h"

#include <QDate>

namespace finalist {

// One step of an opportunity.
struct Round : Record
{
    qint64 opportunityId = 0;
    RoundKind kind = RoundKind::PhoneScreen;
    QDate heldOn;
    RoundOutcome outcome = RoundOutcome::Pending;
    QString notes;
};

} // namespace finalist
