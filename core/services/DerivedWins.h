#pragma once

#include "storage/OpportunityFacts.h"

#include <QStringList>

namespace finalist {

// The achievements the record proves, in words meant to be read on a bad day.
QStringList derivedWins(const OpportunityFacts& facts);

} // namespace finalist
