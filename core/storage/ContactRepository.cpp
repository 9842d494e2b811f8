#include "ContactRepository.h"

#include "ContactDetailsJson.h"
#include "Database.h"
#include "domain/Validation.h"
#include "FtsQuery.h"

#include <limits>
#include <QSqlError>

namespace finalist {

namespace {

const QString kByName
    = QStringLiteral("t.last_name COLLATE NOCASE, t.first_name COLLATE NOCASE, t.id");

TableMapping<Contact> mapping()
{
    return {
        QStringLiteral("contacts"),
        { QStringLiteral("first_name"),      QStringLiteral("last_name"),
          QStringLiteral("title"),           QStringLiteral("role_category"),
          QStringLiteral("company"),         QStringLiteral("email"),
          QStringLiteral("phone"),           QStringLiteral("linkedin_url"),
          QStringLiteral("linkedin_status"), QStringLiteral("linkedin_status_on"),
          QStringLiteral("warmth"),          QStringLiteral("notes"),
          QStringLiteral("name_prefix"),     QStringLiteral("middle_name"),
          QStringLiteral("name_suffix"),     QStringLiteral("nickname"),
          QStringLiteral("department"),      QStringLiteral("birthday"),
          QStringLiteral("details"),         QStringLiteral("search_extra") },
        [](const Contact& c) { return ContactRepository::values(c); },
        [](Contact& c, sql::RowReader& r) {
            c.firstName = r.text();
            c.lastName = r.text();
            c.title = r.text();
            c.role = r.enumeration(RoleCategory::Other);
            c.company = r.text();
            c.email = r.text();
            c.phone = r.text();
            c.linkedInUrl = r.text();
            c.linkedInStatus = r.enumeration(LinkedInStatus::NotConnected);
            c.linkedInStatusOn = r.date();
            c.warmth = r.integer();
            c.notes = r.text();
            c.namePrefix = r.text();
            c.middleName = r.text();
            c.nameSuffix = r.text();
            c.nickname = r.text();
            c.department = r.text();
            c.birthday = r.text();
            c.details = detailsFromJson(r.text());
            r.text(); // search_extra: for the index only
        },
        [](const Contact& c) {
            for (const ContactPoint& d : c.details)
                if (d.kind == DetailKind::Email)
                    if (auto valid = validate::email(d.value.trimmed(), QStringLiteral("email"));
                        !valid)
                        return valid;
            return validate::all({
                validate::birthday(c.birthday, QStringLiteral("birthday")),
                validate::required(c.firstName + c.lastName, QStringLiteral("name"),
                                   QCoreApplication::translate("Validation", "The name")),
                validate::email(c.email.trimmed(), QStringLiteral("email")),
                validate::linkedInUrl(c.linkedInUrl.trimmed(), QStringLiteral("linkedin_url")),
                validate::range(c.warmth, 0, 5, QStringLiteral("warmth"),
                                QCoreApplication::translate("Validation", "Warmth")),
            });
        },
    };
}

} // namespace

std::pair<QString, QVariantList> contactFilterSql(const ContactFilter& filter)
{
    QStringList conditions;
    QVariantList bindings;
    const QString match = ftsQueryFromUserText(filter.text);
    if (!match.isEmpty()) {
        conditions << QStringLiteral(
            "t.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)");
        bindings << match;
    }
    if (!filter.company.isEmpty()) {
        conditions << QStringLiteral("t.company = ? COLLATE NOCASE");
        bindings << filter.company;
    }
    if (filter.role) {
        conditions << QStringLiteral("t.role_category = ?");
        bindings << enumKey(*filter.role);
    }
    if (filter.linkedInStatus) {
        conditions << QStringLiteral("t.linkedin_status = ?");
        bindings << enumKey(*filter.linkedInStatus);
    }
    if (filter.opportunityId > 0) {
        conditions << QStringLiteral("t.id IN (SELECT m.contact_id FROM meetings m JOIN rounds r "
                                     "ON r.id = m.round_id WHERE r.opportunity_id = ?)");
        bindings << filter.opportunityId;
    }
    return { conditions.join(QStringLiteral(" AND ")), bindings };
}

QStringList ContactRepository::columns()
{
    return mapping().columns;
}

ContactRepository::ContactRepository(Database& db)
    : Table(db, mapping())
{
}

Result<std::vector<Contact>> ContactRepository::list(const ContactFilter& filter) const
{
    const auto [where, bindings] = contactFilterSql(filter);
    return select(where, bindings, kByName, filter.limit, filter.offset);
}

Status ContactRepository::eachName(
    const ContactFilter& filter,
    const std::function<void(qint64, const QString&, const QString&)>& each) const
{
    const auto [where, bindings] = contactFilterSql(filter);
    QString statement = QStringLiteral("SELECT t.id, t.first_name, t.last_name, t.company FROM "
                                       "contacts t");
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where;
    statement += QStringLiteral(" ORDER BY %1 LIMIT %2 OFFSET %3")
                     .arg(kByName)
                     .arg(filter.limit)
                     .arg(filter.offset);
    auto query = sql::exec(database().connection(), statement, bindings);
    if (!query)
        return query.error();
    while (query.value().next()) {
        sql::RowReader row(query.value(), 0);
        const qint64 id = row.id();
        const QString first = row.text();
        const QString last = row.text();
        each(id, Contact::displayNameOf(first, last), row.text());
    }
    return {};
}

Status ContactRepository::keys(const std::function<void(const ContactKey&)>& each) const
{
    return keys(database().connection(), 0, std::numeric_limits<qint64>::max(), each);
}

Status ContactRepository::keys(const QSqlDatabase& db, qint64 first, qint64 last,
                               const std::function<void(const ContactKey&)>& each)
{
    auto query = sql::exec(
        db,
        QStringLiteral("SELECT id, first_name || ' ' || last_name || '|' || company, email, "
                       "linkedin_url, created_at, CASE WHEN details LIKE '%\"email\"%\"email\"%' "
                       "THEN details END FROM contacts WHERE id BETWEEN ? AND ? ORDER BY id"),
        { first, last });
    if (!query)
        return query.error();
    ContactKey key;
    while (query.value().next()) {
        sql::RowReader row(query.value(), 0);
        key.id = row.id();
        key.nameAndCompany = row.text();
        key.emails = { row.text() };
        key.linkedInUrl = row.text();
        key.createdAt = row.text();
        // The others only for those with more than one: JSON is read for them alone.
        if (const QString details = row.text(); !details.isEmpty())
            for (const QString& email : emailsInDetailsJson(details))
                if (email != key.emails.constFirst())
                    key.emails << email;
        key.emails.removeAll(QString());
        each(key);
    }
    // A read cut short (the file busy or damaged) is no end of the contacts: an import would
    // take those not read for new people.
    if (const QSqlError error = query.value().lastError(); error.isValid())
        return sql::errorFrom(error, QStringLiteral("contact keys"));
    return {};
}

Result<qint64> ContactRepository::idAtPosition(qint64 position) const
{
    auto id = sql::scalar(database().connection(),
                          QStringLiteral("SELECT coalesce((SELECT id FROM contacts ORDER BY id "
                                         "LIMIT 1 OFFSET ?), 0)"),
                          { position });
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<std::optional<Contact>> ContactRepository::findByEmail(const QString& email) const
{
    const QString wanted = email.trimmed();
    if (wanted.isEmpty())
        return std::optional<Contact>();
    // The preferred address first (the column), then any other (the details, read as JSON only
    // where the text holds the address at all).
    auto found = select(QStringLiteral("t.email = ? COLLATE NOCASE OR (instr(lower(t.details), "
                                       "lower(?)) AND EXISTS (SELECT 1 FROM json_each(t.details) "
                                       "j WHERE json_extract(j.value, '$.kind') = 'email' AND "
                                       "json_extract(j.value, '$.value') = ? COLLATE NOCASE))"),
                        { wanted, wanted, wanted }, QStringLiteral("t.id"), 1);
    if (!found)
        return found.error();
    if (found.value().empty())
        return std::optional<Contact>();
    return std::optional<Contact>(found.value().front());
}

Status ContactRepository::add(Contact& contact)
{
    contact.syncPreferred();
    return Table::add(contact);
}

Status ContactRepository::update(Contact& contact)
{
    contact.syncPreferred();
    return Table::update(contact);
}

QVariantList ContactRepository::values(const Contact& contact)
{
    Contact c = contact;
    c.syncPreferred();
    return { c.firstName.trimmed(),
             c.lastName.trimmed(),
             c.title,
             enumKey(c.role),
             c.company.trimmed(),
             c.email.trimmed(),
             c.phone,
             c.linkedInUrl.trimmed(),
             enumKey(c.linkedInStatus),
             sql::dateOrNull(c.linkedInStatusOn),
             c.warmth,
             c.notes,
             c.namePrefix.trimmed(),
             c.middleName.trimmed(),
             c.nameSuffix.trimmed(),
             c.nickname.trimmed(),
             c.department.trimmed(),
             c.birthday.isEmpty() ? QVariant() : QVariant(c.birthday),
             detailsToJson(c.details),
             contactSearchExtra(c) };
}

Status ContactRepository::reassignRelations(qint64 fromId, qint64 toId)
{
    const QStringList statements{
        QStringLiteral("UPDATE OR IGNORE meetings SET contact_id = :to WHERE contact_id = :from"),
        QStringLiteral("DELETE FROM contact_links WHERE (from_contact_id = :from AND "
                       "to_contact_id = :to) OR (from_contact_id = :to AND to_contact_id = :from)"),
        QStringLiteral("UPDATE OR IGNORE contact_links SET from_contact_id = :to WHERE "
                       "from_contact_id = :from"),
        QStringLiteral("UPDATE OR IGNORE contact_links SET to_contact_id = :to WHERE "
                       "to_contact_id = :from"),
        QStringLiteral("UPDATE outreach SET contact_id = :to WHERE contact_id = :from"),
        QStringLiteral("UPDATE follow_ups SET contact_id = :to WHERE contact_id = :from"),
        QStringLiteral("UPDATE opportunities SET told_by_id = :to WHERE told_by_id = :from"),
    };
    Transaction transaction(database().connection());
    if (!transaction.begun())
        return transaction.begun();
    for (QString statement : statements) {
        // Two integer ids, formatted here on purpose: named and positional markers do not mix.
        statement.replace(QStringLiteral(":from"), QString::number(fromId))
            .replace(QStringLiteral(":to"), QString::number(toId));
        if (auto done = sql::exec(database().connection(), statement); !done)
            return done.error();
    }
    return transaction.commit();
}

Status ContactRepository::check(const Contact& contact)
{
    static const TableMapping<Contact> rules = mapping();
    return rules.validate(contact);
}

Result<qint64> ContactRepository::count(const ContactFilter& filter) const
{
    const auto [where, bindings] = contactFilterSql(filter);
    return Table::count(where, bindings);
}

} // namespace finalist
