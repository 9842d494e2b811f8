#include "FollowUpRepository.h"

#include "domain/Validation.h"

namespace finalist {

namespace {

TableMapping<FollowUp> mapping()
{
    return {
        QStringLiteral("follow_ups"),
        { QStringLiteral("contact_id"), QStringLiteral("opportunity_id"),
          QStringLiteral("entry_id"), QStringLiteral("outreach_id"), QStringLiteral("reason"),
          QStringLiteral("due_on"), QStringLiteral("status"), QStringLiteral("done_on"),
          QStringLiteral("kind") },
        [](const FollowUp& f) {
            return QVariantList{ sql::idOrNull(f.contactId),
                                 sql::idOrNull(f.opportunityId),
                                 sql::idOrNull(f.entryId),
                                 sql::idOrNull(f.outreachId),
                                 f.reason.trimmed(),
                                 sql::dateOrNull(f.dueOn),
                                 enumKey(f.status),
                                 sql::dateOrNull(f.doneOn),
                                 enumKey(f.kind) };
        },
        [](FollowUp& f, sql::RowReader& r) {
            f.contactId = r.id();
            f.opportunityId = r.id();
            f.entryId = r.id();
            f.outreachId = r.id();
            f.reason = r.text();
            f.dueOn = r.date();
            f.status = r.enumeration(FollowUpStatus::Open);
            f.doneOn = r.date();
            f.kind = r.enumeration(FollowUpKind::Action);
        },
        [](const FollowUp& f) {
            return validate::all({
                validate::required(f.reason, QStringLiteral("reason"),
                                   QCoreApplication::translate("Validation", "The reason")),
                validate::validDate(f.dueOn, QStringLiteral("due_on"),
                                    QCoreApplication::translate("Validation", "The follow-up")),
            });
        },
    };
}

} // namespace

FollowUpRepository::FollowUpRepository(Database& db)
    : Table(db, mapping())
{
}

Result<std::vector<FollowUp>> FollowUpRepository::list(const FollowUpFilter& filter) const
{
    QStringList conditions;
    QVariantList bindings;
    if (filter.status) {
        conditions << QStringLiteral("t.status = ?");
        bindings << enumKey(*filter.status);
    }
    if (filter.pendingOnly)
        conditions << QStringLiteral("t.status IN ('open', 'snoozed')");
    if (filter.kind) {
        conditions << QStringLiteral("t.kind = ?");
        bindings << enumKey(*filter.kind);
    }
    if (filter.dueOnOrBefore.isValid()) {
        conditions << QStringLiteral("t.due_on <= ?");
        bindings << toIsoDate(filter.dueOnOrBefore);
    }
    const std::pair<const char*, qint64> references[]
        = { { "t.contact_id = ?", filter.contactId },
            { "t.opportunity_id = ?", filter.opportunityId },
            { "t.entry_id = ?", filter.entryId } };
    for (const auto& [condition, id] : references) {
        if (id > 0) {
            conditions << QString::fromLatin1(condition);
            bindings << id;
        }
    }
    return select(conditions.join(QStringLiteral(" AND ")), bindings,
                  QStringLiteral("t.due_on, t.id"));
}

Result<std::vector<DeletedFollowUp>> FollowUpRepository::deletedSince(QDate since) const
{
    auto query
        = sql::exec(database().connection(),
                    QStringLiteral("SELECT follow_up_id, created_at, reason, due_on, deleted_at"
                                   " FROM follow_up_tombstones WHERE deleted_at >= ?"
                                   " ORDER BY due_on, follow_up_id"),
                    { toIsoDate(since) });
    if (!query)
        return query.error();
    std::vector<DeletedFollowUp> deleted;
    while (query.value().next()) {
        sql::RowReader read(query.value(), 0);
        DeletedFollowUp d;
        d.id = read.id();
        d.createdAt = read.text();
        d.reason = read.text();
        d.dueOn = read.date();
        d.deletedAt = QDateTime::fromString(read.text(), Qt::ISODate);
        deleted.push_back(d);
    }
    return deleted;
}

} // namespace finalist
