#include "JournalSearch.h"

#include "Database.h"
#include "FtsQuery.h"
#include "Sql.h"

#include <algorithm>
#include <QHash>

namespace finalist {

Result<std::vector<JournalHit>> JournalSearch::search(const QString& userText, int limit,
                                                      const JournalFilter& within) const
{
    std::vector<JournalHit> hits;
    const QString match = ftsQueryFromUserText(userText);
    if (match.isEmpty())
        return hits;
    JournalFilter narrowing = within;
    narrowing.text.clear();
    const auto [where, bindings] = journalFilterSql(narrowing);
    const QString narrow = where.isEmpty() ? QString() : QStringLiteral(" AND ") + where;
    // CROSS JOIN keeps the full-text index as the outer loop: driven from the entries side,
    // SQLite would run the MATCH once per entry. Without a filter there is nothing to join.
    const QString source = where.isEmpty()
        ? QStringLiteral("journal_fts")
        : QStringLiteral("journal_fts CROSS JOIN journal_entries t ON t.id = journal_fts.rowid");

    // bm25 costs a little for every matching row, and a common word matches nearly every entry.
    // So only the newest kRankWindow matches are ranked: finding the window's floor walks
    // rowids only, which stays cheap whatever was typed.
    QVariantList floorValues{ match };
    floorValues += bindings;
    auto floor = sql::scalar(m_db.connection(),
                             QStringLiteral("SELECT journal_fts.rowid FROM %1 WHERE journal_fts "
                                            "MATCH ?%2 ORDER BY journal_fts.rowid DESC "
                                            "LIMIT 1 OFFSET %3")
                                 .arg(source, narrow)
                                 .arg(kRankWindow - 1),
                             floorValues);
    // Fewer matches than the window: all of them are ranked.
    if (!floor && floor.error().code != Error::Code::NotFound)
        return floor.error();
    const qint64 lowestRanked = floor ? floor.value().toLongLong() : 0;

    // Titles weigh most, then what was learned; the snippet comes from the best column.
    const QString statement
        = QStringLiteral("SELECT journal_fts.rowid, snippet(journal_fts, -1, ?, ?, '…', 14), "
                         "bm25(journal_fts, 5.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 1.0, 1.0) AS rank "
                         "FROM %1 WHERE journal_fts MATCH ?%2 AND journal_fts.rowid >= ? "
                         "ORDER BY rank LIMIT ?")
              .arg(source, narrow);
    QVariantList values{ QString(kMatchStart), QString(kMatchEnd), match };
    values += bindings;
    values << lowestRanked << limit;
    auto query = sql::exec(m_db.connection(), statement, values);
    if (!query)
        return query.error();
    QStringList ids;
    while (query.value().next()) {
        JournalHit hit;
        hit.entryId = query.value().value(0).toLongLong();
        hit.snippet = query.value().value(1).toString();
        hit.rank = query.value().value(2).toDouble();
        ids << QString::number(hit.entryId);
        hits.push_back(std::move(hit));
    }
    if (hits.empty())
        return hits;

    // Titles and dates for the hits alone. Joining them into the ranking query made SQLite
    // build every snippet before the limit, twice the time. The ids are integers we just read.
    auto details = sql::exec(m_db.connection(),
                             QStringLiteral("SELECT id, title, written_on FROM journal_entries "
                                            "WHERE id IN (%1)")
                                 .arg(ids.join(QLatin1Char(','))));
    if (!details)
        return details.error();
    QHash<qint64, std::pair<QString, QDate>> byId;
    while (details.value().next()) {
        sql::RowReader row(details.value(), 0);
        const qint64 id = row.id();
        const QString title = row.text();
        byId.insert(id, { title, row.date() });
    }
    for (JournalHit& hit : hits) {
        const auto found = byId.constFind(hit.entryId);
        if (found == byId.cend())
            continue;
        hit.title = found->first;
        hit.writtenOn = found->second;
    }
    // Equal ranks read newest first, as the list does.
    std::stable_sort(hits.begin(), hits.end(), [](const JournalHit& a, const JournalHit& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.writtenOn > b.writtenOn;
    });
    return hits;
}

} // namespace finalist
