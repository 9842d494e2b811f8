#include "DueFollowUps.h"

#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/OpportunityRepository.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <tuple>

namespace finalist {

DueFollowUps::DueFollowUps(Database& db)
    : m_db(db)
{
}

Result<std::vector<FollowUpLine>> DueFollowUps::pending(QDate dueBy) const
{
    FollowUpFilter filter;
    filter.pendingOnly = true;
    filter.dueOnOrBefore = dueBy;
    auto due = FollowUpRepository(m_db).list(filter);
    if (!due)
        return due.error();
    return named(due.value());
}

Result<std::vector<FollowUpLine>> DueFollowUps::finishedSince(QDate since) const
{
    std::vector<FollowUp> finished;
    for (const FollowUpStatus status : { FollowUpStatus::Done, FollowUpStatus::Cancelled }) {
        FollowUpFilter filter;
        filter.status = status;
        auto found = FollowUpRepository(m_db).list(filter);
        if (!found)
            return found.error();
        for (const FollowUp& f : found.value()) {
            const QDate on = status == FollowUpStatus::Done && f.doneOn.isValid()
                ? f.doneOn
                : QDateTime::fromString(f.updatedAt, Qt::ISODate).date();
            if (on.isValid() && on >= since)
                finished.push_back(f);
        }
    }
    std::sort(finished.begin(), finished.end(), [](const FollowUp& a, const FollowUp& b) {
        return std::tie(a.dueOn, a.id) < std::tie(b.dueOn, b.id);
    });
    return named(finished);
}

Result<std::vector<FollowUpLine>> DueFollowUps::named(const std::vector<FollowUp>& due) const
{
    // Only the people and processes named, not every process (Today reads this on each visit).
    auto opportunities = OpportunityRepository(m_db).withIds(
        distinctIds(due, [](const FollowUp& f) { return f.opportunityId; }));
    if (!opportunities)
        return opportunities.error();
    auto contacts = ContactRepository(m_db).withIds(
        distinctIds(due, [](const FollowUp& f) { return f.contactId; }));
    if (!contacts)
        return contacts.error();
    QHash<qint64, QString> names, companies;
    for (const Contact& c : contacts.value())
        names.insert(c.id, c.displayName());
    for (const Opportunity& o : opportunities.value())
        companies.insert(o.id, o.company);
    std::vector<FollowUpLine> lines;
    for (const FollowUp& f : due)
        lines.push_back({ f, names.value(f.contactId), companies.value(f.opportunityId) });
    return lines;
}

Status DueFollowUps::done(qint64 id)
{
    FollowUpRepository followUps(m_db);
    auto f = followUps.get(id);
    if (!f)
        return f.error();
    FollowUp changed = f.value();
    changed.status = FollowUpStatus::Done;
    changed.doneOn = m_db.clock().today();
    return followUps.update(changed);
}

Status DueFollowUps::move(qint64 id, QDate on, FollowUpStatus status)
{
    if (!on.isValid() || on < m_db.clock().today())
        return Error{ Error::Code::Invalid,
                      QCoreApplication::translate("DueFollowUps", "Choose today or a later day."),
                      {},
                      QStringLiteral("due_on") };
    FollowUpRepository followUps(m_db);
    auto f = followUps.get(id);
    if (!f)
        return f.error();
    FollowUp changed = f.value();
    changed.dueOn = on;
    changed.status = status;
    return followUps.update(changed);
}

Status DueFollowUps::snooze(qint64 id, QDate until)
{
    return move(id, until, FollowUpStatus::Snoozed);
}

Status DueFollowUps::reschedule(qint64 id, QDate on)
{
    return move(id, on, FollowUpStatus::Open);
}

} // namespace finalist
