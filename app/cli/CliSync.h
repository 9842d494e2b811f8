#pragma once

#include "CliCommands.h"

namespace finalist {
class Database;
}

namespace finalist::cli {

// sync setup --url URL --user USER [--contacts-collection URL] [--no-sync-token]: finds the
// account, chooses or makes the collections, stores the account (the password, read from
// standard input, goes to the system keychain unless --password-stdin says it will be given
// each time).
// sync now [--kind K] [--password-stdin]: one sync, its counts printed.
// sync status: the account, its collections, the last sync and what is waiting.
int syncCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err);

// What is wrong with a sync command line, or empty.
QString syncUsageProblem(const Invocation& call);

} // namespace finalist::cli
