#pragma once

#include "Enums.h"
#include "Record.h"

#include <QDate>

namespace finalist {

// One hiring process.
struct Opportunity : Record
{
    QString company;
    QString role;
    QString source;
    QDate appliedOn;
    OpportunityStatus status = OpportunityStatus::Active;
    QDate decidedOn;
    QString reasonGiven;
    QString praise;
    QDate chosenHireStartOn;
};

} // namespace finalist
