#pragma once

#include "domain/Opportunity.h"
#include "domain/OpportunityChoice.h"
#include "domain/Stages.h"
#include "Table.h"

#include <optional>

namespace finalist {

// Opportunities, and the stages each has been through. Every stage a process enters is kept
// with its date (the board's "in this stage for 12 days", the funnel), moves back included.
class OpportunityRepository : public Table<Opportunity>
{
public:
    explicit OpportunityRepository(Database& db);

    // These hide Table's: they also record the stage entered, in the same transaction.
    Status add(Opportunity& opportunity);
    Status update(Opportunity& opportunity);
    // Moves a process to a stage from today; nothing is written when it is there already.
    Status moveTo(qint64 id, Stage stage);
    Status setArchived(qint64 id, bool archived);
    // Adds one with the stages it already went through (an undone delete, a sample).
    Status addWithHistory(Opportunity& opportunity, const std::vector<StageEntry>& history);

    // Newest first (by decision, else application date); every stage when none is given.
    Result<std::vector<Opportunity>> list(std::optional<Stage> stage = {}) const;
    // Every process as the pickers list them, in list()'s order: read once per change of the
    // database, whoever asks, and shared rather than copied.
    Result<OpportunityChoices> choices() const;
    // A runner-up with the day its chosen hire's mark falls on, as the radar orders it.
    struct RunnerUp
    {
        Opportunity opportunity;
        QDate mark;
        bool markEstimated = false; // no start date (or none SQLite reads as a date)
    };
    // The runners-up in the order of the second-chance radar: the marks still ahead first (the
    // soonest first), then those passed (the latest first). A mark is `markDays` after the
    // chosen hire's start, else after the decision, else after today. With `first` > 0, only
    // that many are read: Today shows a few of hundreds. The marks are the ones the order used,
    // so what is shown and its order cannot disagree, whatever the stored text.
    Result<std::vector<RunnerUp>> runnersUpByMark(QDate today, int markDays, int first = 0) const;
    Result<qint64> countAt(Stage stage) const;
    // Oldest move first.
    Result<std::vector<StageEntry>> stageHistory(qint64 opportunityId) const;

private:
    Status recordStage(qint64 opportunityId, Stage stage, const QDate& enteredOn);
};

} // namespace finalist
