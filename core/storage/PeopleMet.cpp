#include "PeopleMet.h"

#include "ContactRepository.h"
#include "Database.h"
#include "Sql.h"

#include <QHash>

namespace finalist {

namespace {

// The furthest a contact's thank-you has gone for this opportunity: sent beats drafted.
Status readThankYous(Database& db, qint64 opportunityId, std::vector<PersonMet>& people)
{
    auto query = sql::exec(db.connection(),
                           QStringLiteral("SELECT contact_id, id, status, sent_on FROM outreach "
                                          "WHERE opportunity_id = ? AND kind = ? "
                                          "ORDER BY id"),
                           { opportunityId, enumKey(OutreachKind::ThankYou) });
    if (!query)
        return query.error();
    QHash<qint64, PersonMet*> byContact;
    for (PersonMet& person : people)
        byContact.insert(person.contact.id, &person);
    while (query.value().next()) {
        sql::RowReader row(query.value(), 0);
        const qint64 contactId = row.id();
        const qint64 id = row.id();
        const auto status = row.enumeration(OutreachStatus::Draft);
        const QDate sentOn = row.date();
        PersonMet* person = byContact.value(contactId);
        if (!person)
            continue;
        if (status == OutreachStatus::Draft) {
            if (person->thankYou == ThankYouState::NotYet) {
                person->thankYou = ThankYouState::Drafted;
                person->thankYouId = id;
            }
        } else {
            person->thankYou = ThankYouState::Sent;
            person->thankYouId = id;
            person->thankedOn = sentOn;
        }
    }
    return {};
}

} // namespace

Result<std::vector<PersonMet>> peopleMet(Database& db, qint64 opportunityId)
{
    std::vector<PersonMet> people;
    auto query = sql::exec(db.connection(),
                           QStringLiteral("SELECT m.contact_id, min(r.held_on), "
                                          "count(DISTINCT r.id) FROM meetings m "
                                          "JOIN rounds r ON r.id = m.round_id "
                                          "WHERE r.opportunity_id = ? GROUP BY m.contact_id "
                                          "ORDER BY min(r.held_on) IS NULL, min(r.held_on), "
                                          "m.contact_id"),
                           { opportunityId });
    if (!query)
        return query.error();
    ContactRepository contacts(db);
    while (query.value().next()) {
        sql::RowReader row(query.value(), 0);
        PersonMet person;
        const qint64 contactId = row.id();
        person.firstMetOn = row.date();
        person.rounds = query.value().value(2).toInt();
        auto contact = contacts.get(contactId);
        if (!contact)
            return contact.error();
        person.contact = contact.value();
        people.push_back(std::move(person));
    }
    if (auto read = readThankYous(db, opportunityId, people); !read)
        return read.error();
    return people;
}

} // namespace finalist
