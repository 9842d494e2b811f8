#pragma once

#include "CliCommands.h"

namespace finalist {
class Database;
}

namespace finalist::cli {

// What is wrong with an `opportunity …` command line, or an empty string.
QString opportunityUsageProblem(const Invocation& call);
// Whether it only reads (list, show).
bool opportunityOnlyReads(const Invocation& call);

// opportunity list [--stage S] | add --company C [--role R] [--stage S] [--url U] |
// stage ID STAGE | show ID
int opportunityCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err);

// import invite FILE.ics [--opportunity ID] [--dry-run]: the preview always, then the round.
int importInviteCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err);

} // namespace finalist::cli
