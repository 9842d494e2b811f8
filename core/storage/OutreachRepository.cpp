#include "OutreachRepository.h"

#include "domain/Contact.h"
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

const QString kNewestFirst = QStringLiteral("coalesce(t.sent_on, t.created_at) DESC, t.id DESC");

// The WHERE clause (over outreach aliased t) of a filter, and its bindings.
std::pair<QString, QVariantList> filterSql(const OutreachFilter& filter)
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
    return { conditions.join(QStringLiteral(" AND ")), bindings };
}

} // namespace

OutreachRepository::OutreachRepository(Database& db)
    : Table(db, mapping())
{
}

Result<std::vector<Outreach>> OutreachRepository::list(const OutreachFilter& filter) const
{
    const auto [where, bindings] = filterSql(filter);
    return select(where, bindings, kNewestFirst);
}

Result<std::vector<OutreachLine>> OutreachRepository::lines(const OutreachFilter& filter) const
{
    std::vector<OutreachLine> lines;
    auto read = eachLine(filter, [&lines](const OutreachLine& line) { lines.push_back(line); });
    if (!read)
        return read.error();
    return lines;
}

Status OutreachRepository::eachLine(const OutreachFilter& filter,
                                    const std::function<void(const OutreachLine&)>& each) const
{
    const auto [where, bindings] = filterSql(filter);
    OutreachLine line;
    return eachRow(QStringLiteral("c.first_name, c.last_name, c.email, p.company"),
                   QStringLiteral("LEFT JOIN contacts c ON c.id = t.contact_id "
                                  "LEFT JOIN opportunities p ON p.id = t.opportunity_id"),
                   where, bindings, kNewestFirst, [&](Outreach& note, sql::RowReader& row) {
                       line.note = std::move(note);
                       const QString first = row.text();
                       const QString last = row.text();
                       line.contactName = Contact::displayNameOf(first, last);
                       line.contactEmail = row.text();
                       line.company = row.text();
                       each(line);
                   });
}

} // namespace finalist
