#pragma once

#include "Record.h"

#include <QDate>

namespace finalist {

// The outreach target: letters per work day, from a date on.
struct Goal : Record
{
    int minPerWorkDay = 2;
    int maxPerWorkDay = 4;
    QDate startsOn;
};

} // namespace finalist
