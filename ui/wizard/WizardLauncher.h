#pragma once

#include <QtGlobal>

class QWidget;

namespace finalist {

class Database;

// Opens the rejection wizard: on the given opportunity, or where a wizard left half-way
// stopped, after asking whether to resume it. True when the wizard saved its plan.
class WizardLauncher
{
public:
    // Without an opportunity, the one most likely meant is offered: see likelyAnswered().
    static bool answerRejection(Database& db, QWidget* parent, qint64 opportunityId = 0);
    // The process that most lately reached the end without being won (the final round, a
    // runner-up, not chosen), not archived; 0 when there is none.
    static qint64 likelyAnswered(Database& db);
};

} // namespace finalist
