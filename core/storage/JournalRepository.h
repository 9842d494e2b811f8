#pragma once

#include "domain/JournalEntry.h"
#include "domain/JournalSummary.h"
#include "Table.h"

namespace finalist {

struct JournalFilter
{
    qint64 opportunityId = 0;
    QString tag; // exact, case-insensitive
    int mood = 0; // 1 to 5; 0: any
    QString text; // words anywhere in the entry
    int limit = -1;
    int offset = 0;
};

// The SQL condition of a filter over journal_entries aliased as t, and its bindings.
std::pair<QString, QVariantList> journalFilterSql(const JournalFilter& filter);

// Journal entries with their tags; an entry and its tags are written in one transaction.
class JournalRepository
{
public:
    explicit JournalRepository(Database& db);

    Status add(JournalEntry& entry);
    Status update(JournalEntry& entry);
    Status remove(qint64 id);
    Result<JournalEntry> get(qint64 id) const;
    // Newest first.
    Result<std::vector<JournalEntry>> list(const JournalFilter& filter = {}) const;
    Result<qint64> count(const JournalFilter& filter = {}) const;
    // Newest first, light enough for a list of 100,000 entries read a page at a time.
    Result<std::vector<JournalSummary>> summaries(const JournalFilter& filter) const;
    // Every tag in use, alphabetically.
    Result<QStringList> allTags() const;

private:
    Status save(JournalEntry& entry, const std::function<Status(JournalEntry&)>& writeRow);
    Status saveTags(const JournalEntry& entry);
    Status loadTags(std::vector<JournalEntry>& entries) const;

    Table<JournalEntry> m_table;
};

} // namespace finalist
