#include "OpportunityLinks.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"

namespace finalist {

Result<std::vector<qint64>> OpportunityLinks::entryIds(qint64 opportunityId) const
{
    return ids(QStringLiteral("journal_entries"), opportunityId);
}

Result<std::vector<qint64>> OpportunityLinks::outreachIds(qint64 opportunityId) const
{
    return ids(QStringLiteral("outreach"), opportunityId);
}

Result<std::vector<qint64>> OpportunityLinks::ids(const QString& table, qint64 opportunityId) const
{
    return idsWhere(
        QStringLiteral("SELECT id FROM %1 WHERE opportunity_id = ? ORDER BY id").arg(table),
        opportunityId);
}

Result<std::vector<qint64>> OpportunityLinks::idsWhere(const QString& statement, qint64 id) const
{
    auto query = sql::exec(m_db.connection(), statement, { id });
    if (!query)
        return query.error();
    std::vector<qint64> found;
    while (query.value().next())
        found.push_back(query.value().value(0).toLongLong());
    return found;
}

Result<std::vector<qint64>> OpportunityLinks::toldBy(qint64 contactId) const
{
    return idsWhere(QStringLiteral("SELECT id FROM opportunities WHERE told_by_id = ?"), contactId);
}

Status OpportunityLinks::setToldBy(qint64 contactId, const std::vector<qint64>& opportunityIds)
{
    Transaction transaction(m_db.connection());
    if (!transaction.begun())
        return transaction.begun();
    for (const qint64 id : opportunityIds) {
        auto updated = sql::exec(
            m_db.connection(),
            QStringLiteral("UPDATE opportunities SET told_by_id = ? WHERE id = ? AND told_by_id "
                           "IS NULL"),
            { contactId, id });
        if (!updated)
            return updated.error();
    }
    return transaction.commit();
}

Status OpportunityLinks::relink(qint64 opportunityId, const std::vector<qint64>& entryIds,
                                const std::vector<qint64>& outreachIds)
{
    Transaction transaction(m_db.connection());
    if (!transaction.begun())
        return transaction.begun();
    if (auto entries = relink(QStringLiteral("journal_entries"), opportunityId, entryIds); !entries)
        return entries;
    if (auto notes = relink(QStringLiteral("outreach"), opportunityId, outreachIds); !notes)
        return notes;
    return transaction.commit();
}

Status OpportunityLinks::relink(const QString& table, qint64 opportunityId,
                                const std::vector<qint64>& ids)
{
    // Only rows still unlinked: one the user has since tied to another process stays there.
    const QString statement
        = QStringLiteral("UPDATE %1 SET opportunity_id = ? WHERE id = ? AND opportunity_id IS NULL")
              .arg(table);
    for (const qint64 id : ids) {
        if (auto updated = sql::exec(m_db.connection(), statement, { opportunityId, id }); !updated)
            return updated.error();
    }
    return {};
}

} // namespace finalist
