#pragma once

#include "Record.h"

#include <QDate>
#include <QStringList>

namespace finalist {

// A reflection in five steps plus free notes.
struct JournalEntry : Record
{
    qint64 opportunityId = 0; // 0: about no particular opportunity
    QString title;
    QDate writtenOn;
    QString experience; // step 1
    QString jobIdeal; // step 2: what to look for next time
    QString jobNotIdeal; // step 2: what did not fit
    int gutRating = 0; // step 2: 1 to 5, 0 when not rated
    QString gutReason; // step 2
    QString relationships; // step 3
    QString learned; // step 4
    QString momentum; // step 5
    QString notes;
    int mood = 0; // 1 to 5, 0 when not set
    QDate revisitOn;
    QStringList tags;
};

} // namespace finalist
