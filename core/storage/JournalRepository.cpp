#include "JournalRepository.h"

#include "domain/Validation.h"
#include "formats/MarkdownText.h"
#include "FtsQuery.h"
#include "SharedReads.h"

#include <QHash>

namespace finalist {

namespace {

TableMapping<JournalEntry> mapping()
{
    return {
        QStringLiteral("journal_entries"),
        { QStringLiteral("opportunity_id"), QStringLiteral("title"), QStringLiteral("written_on"),
          QStringLiteral("experience"), QStringLiteral("job_ideal"),
          QStringLiteral("job_not_ideal"), QStringLiteral("gut_rating"),
          QStringLiteral("gut_reason"), QStringLiteral("relationships"), QStringLiteral("learned"),
          QStringLiteral("momentum"), QStringLiteral("notes"), QStringLiteral("mood"),
          QStringLiteral("revisit_on") },
        [](const JournalEntry& e) {
            const auto rating = [](int value) {
                return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<int>());
            };
            return QVariantList{ sql::idOrNull(e.opportunityId),
                                 e.title,
                                 sql::dateOrNull(e.writtenOn),
                                 e.experience,
                                 e.jobIdeal,
                                 e.jobNotIdeal,
                                 rating(e.gutRating),
                                 e.gutReason,
                                 e.relationships,
                                 e.learned,
                                 e.momentum,
                                 e.notes,
                                 rating(e.mood),
                                 sql::dateOrNull(e.revisitOn) };
        },
        [](JournalEntry& e, sql::RowReader& r) {
            e.opportunityId = r.id();
            e.title = r.text();
            e.writtenOn = r.date();
            e.experience = r.text();
            e.jobIdeal = r.text();
            e.jobNotIdeal = r.text();
            e.gutRating = r.integer();
            e.gutReason = r.text();
            e.relationships = r.text();
            e.learned = r.text();
            e.momentum = r.text();
            e.notes = r.text();
            e.mood = r.integer();
            e.revisitOn = r.date();
        },
        [](const JournalEntry& e) {
            const QString mood = QCoreApplication::translate("Validation", "The mood");
            const QString gut = QCoreApplication::translate("Validation", "The gut feeling");
            return validate::all({
                validate::validDate(e.writtenOn, QStringLiteral("written_on"),
                                    QCoreApplication::translate("Validation", "The entry")),
                validate::range(e.mood, 0, 5, QStringLiteral("mood"), mood),
                validate::range(e.gutRating, 0, 5, QStringLiteral("gut_rating"), gut),
            });
        },
    };
}

} // namespace

std::pair<QString, QVariantList> journalFilterSql(const JournalFilter& filter)
{
    QStringList conditions;
    QVariantList bindings;
    if (filter.opportunityId > 0) {
        conditions << QStringLiteral("t.opportunity_id = ?");
        bindings << filter.opportunityId;
    }
    if (!filter.tag.isEmpty()) {
        conditions << QStringLiteral("t.id IN (SELECT et.entry_id FROM entry_tags et JOIN tags g "
                                     "ON g.id = et.tag_id WHERE g.name = ?)");
        bindings << filter.tag;
    }
    if (filter.mood > 0) {
        conditions << QStringLiteral("t.mood = ?");
        bindings << filter.mood;
    }
    if (const QString match = ftsQueryFromUserText(filter.text); !match.isEmpty()) {
        conditions << QStringLiteral(
            "t.id IN (SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?)");
        bindings << match;
    }
    return { conditions.join(QStringLiteral(" AND ")), bindings };
}

JournalRepository::JournalRepository(Database& db)
    : m_table(db, mapping())
{
}

Status JournalRepository::add(JournalEntry& entry)
{
    return save(entry, [this](JournalEntry& row) { return m_table.add(row); });
}

Status JournalRepository::update(JournalEntry& entry)
{
    return save(entry, [this](JournalEntry& row) { return m_table.update(row); });
}

Status JournalRepository::save(JournalEntry& entry,
                               const std::function<Status(JournalEntry&)>& writeRow)
{
    // The row and its tags land together or not at all; the caller's copy changes only then.
    Transaction transaction(m_table.database().connection());
    JournalEntry saved = entry;
    if (auto written = writeRow(saved); !written)
        return written;
    if (auto tagged = saveTags(saved); !tagged)
        return tagged;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    entry = saved;
    return {};
}

Status JournalRepository::remove(qint64 id)
{
    return m_table.remove(id);
}

Result<JournalEntry> JournalRepository::get(qint64 id) const
{
    auto entry = m_table.get(id);
    if (!entry)
        return entry;
    std::vector<JournalEntry> one{ entry.value() };
    if (auto tagged = loadTags(one); !tagged)
        return tagged.error();
    return one.front();
}

Result<std::vector<JournalEntry>> JournalRepository::list(const JournalFilter& filter) const
{
    const auto [where, bindings] = journalFilterSql(filter);
    auto entries = m_table.select(where, bindings, QStringLiteral("t.written_on DESC, t.id DESC"),
                                  filter.limit, filter.offset);
    if (!entries)
        return entries;
    if (auto tagged = loadTags(entries.value()); !tagged)
        return tagged.error();
    return entries;
}

Result<qint64> JournalRepository::count(const JournalFilter& filter) const
{
    const auto [where, bindings] = journalFilterSql(filter);
    return m_table.count(where, bindings);
}

Result<std::vector<JournalSummary>> JournalRepository::summaries(const JournalFilter& filter) const
{
    const auto [where, bindings] = journalFilterSql(filter);
    QString statement = QStringLiteral(
        "SELECT t.id, t.title, t.written_on, coalesce(t.mood, 0), coalesce(o.company, ''), "
        "substr(coalesce(nullif(t.experience, ''), nullif(t.learned, ''), nullif(t.momentum, ''), "
        "t.notes), 1, 160) FROM journal_entries t LEFT JOIN opportunities o ON o.id = "
        "t.opportunity_id");
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where;
    statement += QStringLiteral(" ORDER BY t.written_on DESC, t.id DESC LIMIT %1 OFFSET %2")
                     .arg(filter.limit)
                     .arg(filter.offset);
    auto query = sql::exec(m_table.database().connection(), statement, bindings);
    if (!query)
        return query.error();
    std::vector<JournalSummary> rows;
    while (query.value().next()) {
        sql::RowReader row(query.value(), 0);
        JournalSummary summary;
        summary.id = row.id();
        summary.title = row.text();
        summary.writtenOn = row.date();
        summary.mood = row.integer();
        summary.opportunity = row.text();
        summary.excerpt = MarkdownText::toPlainText(row.text()).simplified();
        rows.push_back(std::move(summary));
    }
    return rows;
}

Result<QStringList> JournalRepository::allTags() const
{
    const Database& db = m_table.database();
    return db.sharedReads().get<QStringList>(QStringLiteral("tags"), [&db] {
        return sql::column(db.connection(),
                           QStringLiteral("SELECT g.name FROM tags g WHERE EXISTS (SELECT 1 "
                                          "FROM entry_tags et WHERE et.tag_id = g.id) ORDER BY "
                                          "g.name COLLATE NOCASE"));
    });
}

Status JournalRepository::saveTags(const JournalEntry& entry)
{
    const QSqlDatabase db = m_table.database().connection();
    if (auto cleared
        = sql::exec(db, QStringLiteral("DELETE FROM entry_tags WHERE entry_id = ?"), { entry.id });
        !cleared)
        return cleared.error();
    for (const QString& raw : entry.tags) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty())
            continue;
        if (auto added
            = sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO tags(name) VALUES (?)"), { tag });
            !added)
            return added.error();
        auto linked = sql::exec(db,
                                QStringLiteral("INSERT OR IGNORE INTO entry_tags(entry_id, tag_id) "
                                               "SELECT ?, id FROM tags WHERE name = ?"),
                                { entry.id, tag });
        if (!linked)
            return linked.error();
    }
    return {};
}

Status JournalRepository::loadTags(std::vector<JournalEntry>& entries) const
{
    if (entries.empty())
        return {};
    QHash<qint64, JournalEntry*> byId;
    QStringList ids;
    for (JournalEntry& entry : entries) {
        entry.tags.clear();
        byId.insert(entry.id, &entry);
        ids << QString::number(entry.id);
    }
    // The ids are integers we read ourselves, so joining them into the statement is safe.
    auto query
        = sql::exec(m_table.database().connection(),
                    QStringLiteral("SELECT et.entry_id, g.name FROM entry_tags et JOIN tags g "
                                   "ON g.id = et.tag_id WHERE et.entry_id IN (%1) ORDER BY "
                                   "g.name COLLATE NOCASE")
                        .arg(ids.join(QLatin1Char(','))));
    if (!query)
        return query.error();
    while (query.value().next()) {
        if (JournalEntry* entry = byId.value(query.value().value(0).toLongLong()))
            entry->tags << query.value().value(1).toString();
    }
    return {};
}

} // namespace finalist
