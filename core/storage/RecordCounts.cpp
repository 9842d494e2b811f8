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

} // namespace finalist
