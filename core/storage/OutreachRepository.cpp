#include "OutreachRepository.h"

#include "domain/Validation.h"
#include "FtsQuery.h"

namespace finalist {

namespace {

TableMapping<Outreach> mapping()
{
    return {
        QStringLiteral("outreach"),
        { QStringLiteral("contact_id"), QStringLiteral("opportunity_id"),
          QStringLiteral("template_id"), QStringLiteral("kind"), QStringLiteral("channel"),
          QStringLiteral("status"), QStringLiteral("subject"), QStringLiteral("body"),
          QStringLiteral("sent_on"), QStringLiteral("replied_on") },
        [](const Outreach& o) {
            return QVariantList{ o.contactId,
                                 sql::idOrNull(o.opportunityId),
                                 sql::idOrNull(o.templateId),
                                 enumKey(o.kind),
                                 enumKey(o.channel),
                                 enumKey(o.status),
                                 o.subject,
                                 o.body,
                                 sql::dateOrNull(o.sentOn),
                                 sql::dateOrNull(o.repliedOn) };
        },
        [](Outreach& o, sql::RowReader& r) {
            o.contactId = r.id();
            o.opportunityId = r.id();
            o.templateId = r.id();
            o.kind = r.enumeration(OutreachKind::ThankYou);
            o.channel = r.enumeration(Channel::Email);
            o.status = r.enumeration(OutreachStatus::Draft);
            o.subject = r.text();
            o.body = r.text();
            o.sentOn = r.date();
            o.repliedOn = r.date();
        },
        [](const Outreach& o) {
            return validate::reference(o.contactId, QStringLiteral("contact"),
                                       QCoreApplication::translate("Validation", "a person"));
        },
    };
}

} // namespace

OutreachRepository::OutreachRepository(Database& db)
    : Table(db, mapping())
{
}

Result<std::vector<Outreach>> OutreachRepository::list(const OutreachFilter& filter) const
{
    QStringList conditions;
    QVariantList bindings;
    if (filter.contactId > 0) {
        conditions << QStringLiteral("t.contact_id = ?");
        bindings << filter.contactId;
    }
    if (filter.opportunityId > 0) {
        conditions << QStringLiteral("t.opportunity_id = ?");
        bindings << filter.opportunityId;
    }
    if (filter.status) {
        conditions << QStringLiteral("t.status = ?");
        bindings << enumKey(*filter.status);
    }
    if (filter.kind) {
        conditions << QStringLiteral("t.kind = ?");
        bindings << enumKey(*filter.kind);
    }
    if (const QString match = ftsQueryFromUserText(filter.text); !match.isEmpty()) {
        conditions << QStringLiteral(
            "t.id IN (SELECT rowid FROM outreach_fts WHERE outreach_fts MATCH ?)");
        bindings << match;
    }
    return select(conditions.join(QStringLiteral(" AND ")), bindings,
                  QStringLiteral("coalesce(t.sent_on, t.created_at) DESC, t.id DESC"));
}

} // namespace finalist
