#pragma once

#include "CliCommands.h"

namespace finalist {
class Database;
}

namespace finalist::cli {

// import linkedin|vcard FILE [--dry-run]: the preview always, the import unless --dry-run.
int importContactsCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err);
// export vcard|csv FILE: every contact.
int exportContactsCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err);

} // namespace finalist::cli
