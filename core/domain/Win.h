#pragma once

#include "Enums.h"
#include "Record.h"

#include <QDate>

namespace finalist {

// An achievement kept next to the loss.
struct Win : Record
{
    qint64 opportunityId = 0;
    WinKind kind = WinKind::Written;
    QString text;
    QDate recordedOn;
};

} // namespace finalist
