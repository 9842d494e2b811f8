#include "NetworkQuery.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace finalist {

namespace {

const QString kPersonColumns = QStringLiteral(
    "SELECT c.id, trim(c.first_name || ' ' || c.last_name), c.company, c.role_category, "
    "c.warmth FROM contacts c");

Result<std::vector<NetworkPerson>> readPeople(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    std::vector<NetworkPerson> people;
    while (query.value().next()) {
        sql::RowReader row(query.value(), 0);
        NetworkPerson p;
        p.id = row.id();
        p.name = row.text();
        p.company = row.text();
        p.role = row.enumeration(RoleCategory::Other);
        p.warmth = row.integer();
        people.push_back(std::move(p));
    }
    return people;
}

} // namespace

Result<std::vector<NetworkPerson>> NetworkQuery::people(qint64 opportunityId, int limit) const
{
    if (opportunityId > 0)
        return readPeople(sql::exec(
            m_db.connection(),
            kPersonColumns
                + QStringLiteral(" WHERE c.id IN (SELECT m.contact_id FROM meetings m JOIN rounds "
                                 "r ON r.id = m.round_id WHERE r.opportunity_id = ?) LIMIT ?"),
            { opportunityId, limit }));
    return readPeople(sql::exec(
        m_db.connection(), kPersonColumns + QStringLiteral(" ORDER BY c.warmth DESC, c.id LIMIT ?"),
        { limit }));
}

Result<std::vector<NetworkPerson>> NetworkQuery::peopleWithIds(const QSet<qint64>& ids) const
{
    std::vector<NetworkPerson> all;
    QStringList chunk;
    const auto flush = [&]() -> Status {
        if (chunk.isEmpty())
            return {};
        // The ids are integers read from the database, joined as text on purpose.
        auto part = readPeople(sql::exec(
            m_db.connection(),
            kPersonColumns
                + QStringLiteral(" WHERE c.id IN (%1)").arg(chunk.join(QLatin1Char(',')))));
        chunk.clear();
        if (!part)
            return part.error();
        for (NetworkPerson& p : part.value())
            all.push_back(std::move(p));
        return {};
    };
    for (qint64 id : ids) {
        chunk << QString::number(id);
        if (chunk.size() == 500)
            if (auto done = flush(); !done)
                return done.error();
    }
    if (auto done = flush(); !done)
        return done.error();
    return all;
}

Result<std::vector<NetworkLink>> NetworkQuery::links() const
{
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("SELECT from_contact_id, to_contact_id, kind FROM "
                                          "contact_links"));
    if (!query)
        return query.error();
    std::vector<NetworkLink> links;
    while (query.value().next()) {
        sql::RowReader row(query.value(), 0);
        NetworkLink link;
        link.from = row.id();
        link.to = row.id();
        link.kind = row.enumeration(LinkKind::IntroducedBy);
        links.push_back(link);
    }
    return links;
}

Result<QSet<qint64>> NetworkQuery::metInRounds() const
{
    auto query
        = sql::exec(m_db.connection(), QStringLiteral("SELECT DISTINCT contact_id FROM meetings"));
    if (!query)
        return query.error();
    QSet<qint64> met;
    while (query.value().next())
        met.insert(query.value().value(0).toLongLong());
    return met;
}

Result<QHash<QString, QPointF>> NetworkQuery::positions() const
{
    auto query
        = sql::exec(m_db.connection(), QStringLiteral("SELECT node, x, y FROM network_positions"));
    if (!query)
        return query.error();
    QHash<QString, QPointF> positions;
    while (query.value().next())
        positions.insert(
            query.value().value(0).toString(),
            QPointF(query.value().value(1).toDouble(), query.value().value(2).toDouble()));
    return positions;
}

Status NetworkQuery::savePositions(const QHash<QString, QPointF>& positions)
{
    Transaction transaction(m_db.connection());
    if (!transaction.begun())
        return transaction.begun();
    QSqlQuery upsert(m_db.connection());
    const QString statement
        = QStringLiteral("INSERT INTO network_positions (node, x, y) VALUES (?, ?, ?) "
                         "ON CONFLICT (node) DO UPDATE SET x = excluded.x, y = excluded.y");
    if (!upsert.prepare(statement))
        return sql::errorFrom(upsert.lastError(), statement);
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        upsert.bindValue(0, it.key());
        upsert.bindValue(1, it.value().x());
        upsert.bindValue(2, it.value().y());
        if (!upsert.exec())
            return sql::errorFrom(upsert.lastError(), statement);
    }
    return transaction.commit();
}

} // namespace finalist
