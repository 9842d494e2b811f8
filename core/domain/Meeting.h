#pragma once

#include "Record.h"

namespace finalist {

// A contact met in a round.
struct Meeting : Record
{
    qint64 roundId = 0;
    qint64 contactId = 0;
    QString notes;
};

} // namespace finalist
