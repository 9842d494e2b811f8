#pragma once

#include "formats/JournalDocument.h"
#include "formats/JournalFormat.h"
#include "Result.h"

#include <functional>
#include <optional>

namespace finalist {

class Database;

// Called once per entry written; returning false cancels the export (nothing is left behind).
using ExportProgress = std::function<bool(int done, int total)>;

// Loads journal entries with their opportunity and lessons, and writes them with a format
// either to one file or to a folder with one file per entry. Both are all-or-nothing.
class JournalExport
{
public:
    explicit JournalExport(Database& db)
        : m_db(db)
    {
    }

    // One entry, or (without an id) the whole journal, oldest first.
    Result<JournalDocument> load(std::optional<qint64> entryId = std::nullopt) const;

    static Status writeFile(const JournalDocument& document, const JournalFormat& format,
                            const QString& path);
    // Refuses an existing non-empty folder; writes into a temporary sibling and renames it into
    // place at the end, so a failure or a cancel leaves no partial export.
    static Status writeFolder(const JournalDocument& document, const JournalFormat& format,
                              const QString& folder, const ExportProgress& progress = {});

    // "2026-03-01-after-the-final-round.md", made unique against the names already taken.
    static QString fileNameFor(const JournalEntry& entry, const QString& extension,
                               QStringList& taken);

private:
    Database& m_db;
};

} // namespace finalist
