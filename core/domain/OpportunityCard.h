#pragma once

#include "Enums.h"

#include <optional>
#include <QDate>
#include <QString>

namespace finalist {

// What the board and the list show of one process.
struct OpportunityCard
{
    qint64 id = 0;
    QString company;
    QString role;
    QString source;
    QString location;
    Stage stage = Stage::Applied;
    QDate stageSince; // when it entered the stage it is in
    QDate appliedOn;
    QDate lastActivity; // the latest of: a stage entered, a round held, a note sent or answered,
                        // a reflection written
    QDate nextFollowUp; // the earliest still to do
    QDate nextRound; // the earliest round from today on
    bool archived = false;
};

// Which processes to show. The rules run in SQL (storage/OpportunityBoard).
struct OpportunityFilter
{
    enum class Openness
    {
        Any,
        Open, // interested to offer
        Closed, // runner-up, not chosen, withdrawn, ghosted, hired
    };
    std::optional<Stage> stage;
    Openness openness = Openness::Any;
    QString text; // in the company, role, source or location
    bool includeArchived = false;
};

} // namespace finalist
