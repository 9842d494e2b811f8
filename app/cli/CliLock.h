#pragma once

#include "CliCommands.h"

namespace finalist {
struct Error;
}

namespace finalist::cli {

// break-lock: removes the writer lock another computer (or a crashed Finalist) left beside the
// database, after which writers may open it here. Refused while a process on this computer still
// holds the lock. Running the command is the user's agreement; it warns what that risks.
int breakLockCommand(const Invocation& call, QTextStream& out, QTextStream& err);

// One more line after an open error, when there is a command that gets past it (init for an
// empty file, break-lock for another computer's lock); empty otherwise.
QString wayPast(const Error& error, const QString& databasePath);

} // namespace finalist::cli
