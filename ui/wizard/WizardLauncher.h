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
    static bool answerRejection(Database& db, QWidget* parent, qint64 opportunityId = 0);
};

} // namespace finalist
