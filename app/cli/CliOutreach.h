#pragma once

#include "CliCommands.h"

namespace finalist {
class Database;
}

namespace finalist::cli {

// outreach list [--status S]: every note, newest first, one per line, tab-separated:
// date, status, kind, channel, contact, company, subject.
int outreachListCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err);

// report activity --from DATE --to DATE FILE.csv: every note sent and round held, as CSV.
int activityReportCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err);
// export ics FILE [--todo]: the follow-ups still to do, as calendar events (or to-dos).
int exportCalendarCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err);

} // namespace finalist::cli
