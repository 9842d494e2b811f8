#include "OpportunityBoard.h"

#include "Database.h"
#include "domain/Stages.h"
#include "SharedTexts.h"
#include "Sql.h"

#include <algorithm>
#include <QCoreApplication>

namespace finalist {

namespace {

// Each date comes from an index on (opportunity_id, date), so 5,000 processes stay quick: one
// seek each, as ORDER BY … LIMIT 1 asks (max() read every round and entry of the process). The
// follow-ups' status is written +f.status so that SQLite takes them by process: by their status
// index it read every open follow-up for every process, a second for 3,000 of them.
const QString kSelect = QStringLiteral(
    "SELECT o.id, o.company, o.role, o.source, o.location, o.stage, o.applied_on, o.decided_on,"
    " o.archived_on,"
    " (SELECT s.entered_on FROM opportunity_stages s WHERE s.opportunity_id = o.id"
    "  ORDER BY s.id DESC LIMIT 1),"
    " (SELECT r.held_on FROM rounds r WHERE r.opportunity_id = o.id AND r.held_on <= ?"
    "  ORDER BY r.held_on DESC LIMIT 1),"
    " (SELECT r.held_on FROM rounds r WHERE r.opportunity_id = o.id AND r.held_on >= ?"
    "  ORDER BY r.held_on LIMIT 1),"
    " (SELECT max(max(coalesce(n.sent_on, ''), coalesce(n.replied_on, ''))) FROM outreach n"
    "  WHERE n.opportunity_id = o.id),"
    " (SELECT e.written_on FROM journal_entries e WHERE e.opportunity_id = o.id"
    "  ORDER BY e.written_on DESC LIMIT 1),"
    " (SELECT min(f.due_on) FROM follow_ups f WHERE f.opportunity_id = o.id"
    "  AND +f.status IN ('open', 'snoozed'))"
    " FROM opportunities o");

QString stageList(bool open)
{
    QStringList keys;
    for (const Stage stage : stages::all())
        if (stages::isOpen(stage) == open)
            keys << QLatin1Char('\'') + enumKey(stage) + QLatin1Char('\'');
    return keys.join(QLatin1Char(','));
}

// LIKE with the user's text taken literally: % and _ are escaped.
QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

Result<std::vector<OpportunityCard>> OpportunityBoard::cards(const OpportunityFilter& filter) const
{
    QStringList where;
    QVariantList bindings;
    if (!filter.includeArchived)
        where << QStringLiteral("o.archived_on IS NULL");
    if (filter.stage) {
        where << QStringLiteral("o.stage = ?");
        bindings << enumKey(*filter.stage);
    }
    if (filter.openness != OpportunityFilter::Openness::Any) {
        where << QStringLiteral("o.stage IN (%1)")
                     .arg(stageList(filter.openness == OpportunityFilter::Openness::Open));
    }
    const QString text = filter.text.simplified();
    if (!text.isEmpty()) {
        where << QStringLiteral(
            "(o.company LIKE ? ESCAPE '\\' OR o.role LIKE ? ESCAPE '\\'"
            " OR o.source LIKE ? ESCAPE '\\' OR o.location LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(text);
        bindings << pattern << pattern << pattern << pattern;
    }
    return select(where.join(QStringLiteral(" AND ")), bindings);
}

Result<OpportunityCard> OpportunityBoard::card(qint64 id) const
{
    auto found = select(QStringLiteral("o.id = ?"), { id });
    if (!found)
        return found.error();
    if (found.value().empty()) {
        return Error{ Error::Code::NotFound,
                      QCoreApplication::translate("Storage",
                                                  "That record no longer exists (it may "
                                                  "have been deleted)."),
                      QStringLiteral("opportunities #%1").arg(id),
                      {} };
    }
    return found.value().front();
}

Result<std::vector<OpportunityCard>> OpportunityBoard::select(const QString& where,
                                                              const QVariantList& bindings) const
{
    QString statement = kSelect;
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where;
    const QString today = toIsoDate(m_db.clock().today());
    auto run = sql::exec(m_db.connection(), statement, QVariantList{ today, today } + bindings);
    if (!run)
        return run.error();
    QSqlQuery& query = run.value();
    std::vector<OpportunityCard> cards;
    SharedTexts shared;
    while (query.next()) {
        sql::RowReader row(query, 0);
        OpportunityCard card;
        card.id = row.id();
        card.company = shared(row.text());
        card.role = shared(row.text());
        card.source = shared(row.text());
        card.location = shared(row.text());
        card.stage = row.enumeration(Stage::Applied);
        card.appliedOn = row.date();
        const QDate decidedOn = row.date();
        card.archived = !row.text().isEmpty();
        card.stageSince = row.date();
        const QDate lastRound = row.date();
        card.nextRound = row.date();
        const QDate lastNote = row.date();
        const QDate lastEntry = row.date();
        card.nextFollowUp = row.date();
        for (const QDate& date :
             { card.stageSince, card.appliedOn, decidedOn, lastRound, lastNote, lastEntry }) {
            if (date.isValid() && (!card.lastActivity.isValid() || date > card.lastActivity))
                card.lastActivity = date;
        }
        cards.push_back(std::move(card));
    }
    std::stable_sort(cards.begin(), cards.end(), [](const auto& a, const auto& b) {
        return a.lastActivity != b.lastActivity ? a.lastActivity > b.lastActivity : a.id > b.id;
    });
    return cards;
}

} // namespace finalist
