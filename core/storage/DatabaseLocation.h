#pragma once

#include "Result.h"

#include <QString>

namespace finalist {

// Where the journal lives by default, and where earlier versions kept it.
//
// Finalist 0.1 used Qt's application data folder, which names the organisation and then the
// application: ~/.local/share/Finalist/Finalist/finalist.sqlite. The default is now
// ~/.local/share/Finalist/finalist.sqlite.
QString earlierDefaultPath();

// The database file a path leads to, with every symbolic link on the way resolved, so that two
// names of one file share one lock. A file not created yet keeps its name in its folder's
// canonical path; a link to nowhere leads to where the file will be made.
QString canonicalDatabasePath(const QString& path);

// Moves a journal from the earlier default place to the default one, with its -wal file and its
// backups, when the new place holds none and no Finalist has the old one open (its lock is
// taken while the files move). Returns a sentence for the user saying where it went, or an empty
// string when there was nothing to move. Leaves everything where it was on any failure.
Result<QString> moveFromEarlierDefault();
// The same between two given paths (what the tests use).
Result<QString> moveDatabase(const QString& from, const QString& to);

} // namespace finalist
