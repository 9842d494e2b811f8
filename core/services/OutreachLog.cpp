#include "OutreachLog.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace finalist {

namespace {

Error invalid(const char* text)
{
    return Error{ Error::Code::Invalid, QCoreApplication::translate("OutreachLog", text), {}, {} };
}

} // namespace

OutreachLog::OutreachLog(Database& db)
    : m_db(db)
{
}

Result<std::vector<OutreachLine>> OutreachLog::lines(const OutreachFilter& filter) const
{
    return OutreachRepository(m_db).lines(filter);
}

Status OutreachLog::eachLine(const OutreachFilter& filter,
                             const std::function<void(const OutreachLine&)>& each) const
{
    return OutreachRepository(m_db).eachLine(filter, each);
}

Status OutreachLog::change(qint64 id, const std::function<Status(Outreach&)>& step)
{
    OutreachRepository outreach(m_db);
    auto note = outreach.get(id);
    if (!note)
        return note.error();
    Outreach changed = note.value();
    if (auto allowed = step(changed); !allowed)
        return allowed;
    return outreach.update(changed);
}

Status OutreachLog::saveText(qint64 id, const QString& subject, const QString& body)
{
    return change(id, [&](Outreach& note) -> Status {
        if (note.status != OutreachStatus::Draft)
            return invalid("This note was already sent; its words stay as they were sent.");
        note.subject = subject;
        note.body = body;
        return {};
    });
}

Status OutreachLog::markSent(qint64 id)
{
    const QDate today = m_db.clock().today();
    return change(id, [&](Outreach& note) -> Status {
        note.status = OutreachStatus::Sent;
        if (!note.sentOn.isValid())
            note.sentOn = today;
        return {};
    });
}

Status OutreachLog::markReplied(qint64 id)
{
    const QDate today = m_db.clock().today();
    return change(id, [&](Outreach& note) -> Status {
        if (note.status == OutreachStatus::Draft)
            return invalid("A draft cannot have a reply yet: mark it sent first.");
        note.status = OutreachStatus::Replied;
        note.repliedOn = today;
        return {};
    });
}

Status OutreachLog::markNoReply(qint64 id)
{
    return change(id, [&](Outreach& note) -> Status {
        if (note.status == OutreachStatus::Draft)
            return invalid("A draft cannot go unanswered yet: mark it sent first.");
        note.status = OutreachStatus::NoReply;
        note.repliedOn = QDate();
        return {};
    });
}

} // namespace finalist
