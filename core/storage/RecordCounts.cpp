#include "RecordCounts.h"

#include "Database.h"
#include "Sql.h"

namespace finalist {

Result<std::vector<std::pair<QString, qint64>>> countRecords(Database& db)
{
    static const std::pair<const char*, const char*> kinds[] = {
        { "opportunities", "opportunities" },
        { "rounds", "rounds" },
        { "contacts", "contacts" },
        { "meetings", "meetings" },
        { "links", "contact_links" },
        { "journal entries", "journal_entries" },
        { "lessons", "lessons" },
        { "wins", "wins" },
        { "outreach", "outreach" },
        { "follow-ups", "follow_ups" },
        { "templates", "templates" },
        { "goals", "goals" },
    };
    std::vector<std::pair<QString, qint64>> counts;
    for (const auto& [kind, table] : kinds) {
        auto count = sql::scalar(db.connection(),
                                 QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        if (!count)
            return count.error();
        counts.emplace_back(QString::fromLatin1(kind), count.value().toLongLong());
    }
    return counts;
}

Result<bool> isJournalEmpty(Database& db)
{
    auto any = sql::scalar(db.connection(),
                           QStringLiteral("SELECT EXISTS (SELECT 1 FROM opportunities) "
                                          "OR EXISTS (SELECT 1 FROM contacts) "
                                          "OR EXISTS (SELECT 1 FROM journal_entries)"));
    if (!any)
        return any.error();
    return !any.value().toBool();
}

} // namespace finalist
