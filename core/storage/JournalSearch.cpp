#include "JournalSearch.h"

#include "Database.h"
#include "FtsQuery.h"
#include "Sql.h"

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
    // Titles weigh most, then what was learned; the snippet comes from the best column.
    const QString statement
        = QStringLiteral("SELECT t.id, t.title, t.written_on, "
                         "snippet(journal_fts, -1, ?, ?, '…', 14), "
                         "bm25(journal_fts, 5.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 1.0, 1.0) AS rank "
                         "FROM journal_fts JOIN journal_entries t ON t.id = journal_fts.rowid "
                         "WHERE journal_fts MATCH ? %1 ORDER BY rank, t.written_on DESC LIMIT ?")
              .arg(where.isEmpty() ? QString() : QStringLiteral("AND ") + where);
    QVariantList values{ QString(kMatchStart), QString(kMatchEnd), match };
    values += bindings;
    values << limit;
    auto query = sql::exec(m_db.connection(), statement, values);
    if (!query)
        return query.error();
    while (query.value().next()) {
        sql::RowReader row(query.value(), 0);
        JournalHit hit;
        hit.entryId = row.id();
        hit.title = row.text();
        hit.writtenOn = row.date();
        hit.snippet = row.text();
        hit.rank = query.value().value(4).toDouble();
        hits.push_back(std::move(hit));
    }
    return hits;
}

} // namespace finalist
