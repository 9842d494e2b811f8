#pragma once

#include "CliCommands.h"

namespace finalist {
class Database;
}

namespace finalist::cli {

// outreach list [--status S]: every note, newest first, one per line, tab-separated:
// date, status, kind, channel, contact, company, subject.
int outreachListCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err);

} // namespace finalist::cli
