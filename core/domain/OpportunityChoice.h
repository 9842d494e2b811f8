#pragma once

#include "Enums.h"

#include <memory>
#include <QString>
#include <vector>

namespace finalist {

// What a list of processes to choose from needs of each: the journal's, the network's and
// the outreach's pickers show the same few thousand, so they share one read of them.
struct OpportunityChoice
{
    qint64 id = 0;
    QString company;
    QString role;
    Stage stage = Stage::Applied;
    bool archived = false;

    bool operator==(const OpportunityChoice&) const = default;
};

// Newest first; shared, never changed once read: a change of the database reads a new one.
using OpportunityChoices = std::shared_ptr<const std::vector<OpportunityChoice>>;

} // namespace finalist
