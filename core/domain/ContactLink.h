#pragma once

#include "Enums.h"
#include "Record.h"

namespace finalist {

// A relation between two contacts, read as "from <kind> to": Ana introduced-by Ben.
struct ContactLink : Record
{
    qint64 fromContactId = 0;
    qint64 toContactId = 0;
    LinkKind kind = LinkKind::IntroducedBy;
};

} // namespace finalist
