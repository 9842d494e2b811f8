#pragma once

#include "domain/Contact.h"
#include "Table.h"

#include <functional>
#include <optional>

namespace finalist {

struct ContactFilter
{
    QString text; // words anywhere in names, title, company, email, notes
    QString company; // exact, case-insensitive
    std::optional<RoleCategory> role;
    std::optional<LinkedInStatus> linkedInStatus;
    qint64 opportunityId = 0; // met in one of its rounds
    int limit = -1;
    int offset = 0;
};

// What matching needs of a contact, read fast for every contact at once.
struct ContactKey
{
    qint64 id = 0;
    QString nameAndCompany; // "first last|company", joined by SQL: one value to read, not three
    QStringList emails; // every one, the preferred first
    QString linkedInUrl;
    QString createdAt; // with the id, what the contact's UID is made of
};

// The WHERE clause (over contacts aliased t) of a filter, and its bindings.
std::pair<QString, QVariantList> contactFilterSql(const ContactFilter& filter);

class ContactRepository : public Table<Contact>
{
public:
    explicit ContactRepository(Database& db);
    // As Table's, with email, phone and the details made to agree first (Contact::syncPreferred).
    Status add(Contact& contact);
    Status update(Contact& contact);
    // By last name, then first name.
    Result<std::vector<Contact>> list(const ContactFilter& filter = {}) const;
    Result<qint64> count(const ContactFilter& filter = {}) const;
    // The names and companies of a filter's contacts, in list()'s order, read alone: a choice of
    // people needs no details, notes or addresses.
    Status eachName(const ContactFilter& filter,
                    const std::function<void(qint64 id, const QString& displayName,
                                             const QString& company)>& each) const;
    // Each contact's keys in turn, by id, handed over as read: no list of 50,000 is built and
    // freed.
    Status keys(const std::function<void(const ContactKey&)>& each) const;
    // The same for the ids from `first` to `last`, both included, on any connection to the
    // file, so that a second thread can read a part.
    static Status keys(const QSqlDatabase& db, qint64 first, qint64 last,
                       const std::function<void(const ContactKey&)>& each);
    // The id of the contact this many places from the first in id order; 0 past the last.
    Result<qint64> idAtPosition(qint64 position) const;
    // The contact with this email address (letter case aside), the oldest when several have it.
    Result<std::optional<Contact>> findByEmail(const QString& email) const;
    // Moves rounds met, introductions, notes, follow-ups and the decisions they gave from one
    // contact to another (for a merge, inside its transaction). A round both met stays one
    // meeting, and a link both have stays one link: the duplicate stays behind and goes with
    // the contact. A link between the two would point at itself and is dropped.
    Status reassignRelations(qint64 fromId, qint64 toId);
    // The stored values of a contact, in the column order of the table's mapping.
    static QVariantList values(const Contact& contact);
    // Those columns' names.
    static QStringList columns();
    // The checks add() and update() make, for callers that write many contacts another way.
    static Status check(const Contact& contact);
};

} // namespace finalist
