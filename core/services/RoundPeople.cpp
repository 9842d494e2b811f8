#include "RoundPeople.h"

#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace finalist {

Result<Meeting> RoundPeople::add(qint64 roundId, qint64 contactId)
{
    MeetingRepository meetings(m_db);
    auto existing = meetings.listForRound(roundId);
    if (!existing)
        return existing.error();
    for (const Meeting& meeting : existing.value()) {
        if (meeting.contactId == contactId)
            return meeting;
    }
    Meeting meeting;
    meeting.roundId = roundId;
    meeting.contactId = contactId;
    if (auto added = meetings.add(meeting); !added)
        return added.error();
    return meeting;
}

Result<Contact> RoundPeople::addNew(qint64 roundId, const QString& fullName, const QString& company)
{
    Contact contact;
    const QString name = fullName.simplified();
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    contact.firstName = space < 0 ? name : name.left(space);
    contact.lastName = space < 0 ? QString() : name.mid(space + 1);
    contact.company = company.trimmed();

    Transaction transaction(m_db.connection());
    if (!transaction.begun())
        return transaction.begun().error();
    if (auto added = ContactRepository(m_db).add(contact); !added)
        return added.error();
    if (auto met = add(roundId, contact.id); !met)
        return met.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return contact;
}

Status RoundPeople::remove(qint64 roundId, qint64 contactId)
{
    MeetingRepository meetings(m_db);
    auto existing = meetings.listForRound(roundId);
    if (!existing)
        return existing.error();
    for (const Meeting& meeting : existing.value()) {
        if (meeting.contactId == contactId)
            return meetings.remove(meeting.id);
    }
    return Error{ Error::Code::NotFound,
                  QCoreApplication::translate("RoundPeople", "That person was not in this round."),
                  {},
                  {} };
}

} // namespace finalist
