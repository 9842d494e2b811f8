#include "ContactTable.h"

#include "ContactRepository.h"
#include "Database.h"
#include "SharedReads.h"
#include "Sql.h"

namespace finalist {

namespace {

// Computed per contact; indexes on outreach, meetings and follow-ups by contact keep them cheap.
// The follow-ups' status is written +f.status so that SQLite takes them by contact: by their
// status index it read every open follow-up for every row (176 ms a page with 6,000 of them).
const QString kThankYou
    = QStringLiteral("(SELECT max(CASE WHEN o.status = 'draft' THEN 1 ELSE 2 END) FROM outreach o "
                     "WHERE o.contact_id = t.id AND o.kind = 'thank_you')");
const QString kLastContact = QStringLiteral(
    "nullif(max(coalesce((SELECT max(o.sent_on) FROM outreach o WHERE o.contact_id = t.id), ''), "
    "coalesce((SELECT max(r.held_on) FROM meetings m JOIN rounds r ON r.id = m.round_id "
    "WHERE m.contact_id = t.id), '')), '')");
const QString kNextFollowUp = QStringLiteral(
    "(SELECT min(f.due_on) FROM follow_ups f WHERE f.contact_id = t.id AND +f.status = 'open')");

std::pair<QString, QVariantList> whereOf(const ContactTable::Filter& filter)
{
    ContactFilter contacts;
    contacts.text = filter.text;
    contacts.company = filter.company;
    contacts.role = filter.role;
    contacts.linkedInStatus = filter.linkedIn;
    contacts.opportunityId = filter.opportunityId;
    auto [where, bindings] = contactFilterSql(contacts);
    if (filter.followUpDue) {
        where += QStringLiteral("%1t.id IN (SELECT f.contact_id FROM follow_ups f WHERE "
                                "f.status = 'open' AND f.due_on <= ?)")
                     .arg(where.isEmpty() ? QString() : QStringLiteral(" AND "));
        bindings << toIsoDate(filter.today);
    }
    return { where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where, bindings };
}

QString orderOf(const ContactTable::Filter& filter)
{
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    const QString byName = QStringLiteral("t.last_name COLLATE NOCASE%1, t.first_name COLLATE "
                                          "NOCASE%1, t.id%1")
                               .arg(direction);
    QString first;
    switch (filter.sortBy) {
    case ContactTable::Name:
        return byName;
    case ContactTable::Title:
        first = QStringLiteral("t.title COLLATE NOCASE");
        break;
    case ContactTable::Role:
        first = QStringLiteral("t.role_category");
        break;
    case ContactTable::Company:
        first = QStringLiteral("t.company COLLATE NOCASE");
        break;
    case ContactTable::LinkedIn:
        first = QStringLiteral("t.linkedin_status");
        break;
    case ContactTable::ThankYou:
        first = QStringLiteral("coalesce(thank_you, 0)");
        break;
    case ContactTable::LastContact:
        // Contacts without a date go last either way.
        first = QStringLiteral("last_contact IS NULL, last_contact");
        break;
    case ContactTable::NextFollowUp:
        first = QStringLiteral("next_follow_up IS NULL, next_follow_up");
        break;
    case ContactTable::ColumnCount:
        return byName;
    }
    return first + direction + QStringLiteral(", ") + byName;
}

} // namespace

Result<qint64> ContactTable::count(const Filter& filter) const
{
    const auto [where, bindings] = whereOf(filter);
    auto n = sql::scalar(m_db.connection(),
                         QStringLiteral("SELECT count(*) FROM contacts t") + where, bindings);
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

Result<std::vector<ContactTable::Row>> ContactTable::rows(const Filter& filter, int offset,
                                                          int limit) const
{
    auto [where, bindings] = whereOf(filter);
    const QString statement
        = QStringLiteral("SELECT t.id, t.first_name, t.last_name, t.title, t.role_category, "
                         "t.company, t.linkedin_status, %1 AS thank_you, %2 AS last_contact, "
                         "%3 AS next_follow_up FROM contacts t%4 ORDER BY %5 LIMIT ? OFFSET ?")
              .arg(kThankYou, kLastContact, kNextFollowUp, where, orderOf(filter));
    bindings << limit << offset;
    auto query = sql::exec(m_db.connection(), statement, bindings);
    if (!query)
        return query.error();
    std::vector<Row> rows;
    while (query.value().next()) {
        sql::RowReader read(query.value(), 0);
        Row row;
        row.id = read.id();
        const QString first = read.text();
        const QString last = read.text();
        row.name = QStringList{ first, last }.join(QLatin1Char(' ')).trimmed();
        row.title = read.text();
        row.role = read.enumeration(RoleCategory::Other);
        row.company = read.text();
        row.linkedIn = read.enumeration(LinkedInStatus::NotConnected);
        const int thanked = read.integer();
        row.thankYou = thanked == 2 ? ThankYouState::Sent
            : thanked == 1          ? ThankYouState::Drafted
                                    : ThankYouState::NotYet;
        row.lastContact = read.date();
        row.nextFollowUp = read.date();
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<QStringList> ContactTable::companies() const
{
    return m_db.sharedReads().get<QStringList>(QStringLiteral("companies"), [this] {
        return sql::column(m_db.connection(),
                           QStringLiteral("SELECT DISTINCT company FROM contacts WHERE company "
                                          "<> '' ORDER BY company COLLATE NOCASE"));
    });
}

} // namespace finalist
