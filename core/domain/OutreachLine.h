#pragma once

#include "Outreach.h"

namespace finalist {

// A note with the names it is shown with.
struct OutreachLine
{
    Outreach note;
    QString contactName;
    QString contactEmail;
    QString company; // of its opportunity; empty when it has none
};

} // namespace finalist
