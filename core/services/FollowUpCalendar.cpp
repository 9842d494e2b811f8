#include "FollowUpCalendar.h"

#include "DueFollowUps.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/ProfileRepository.h"

#include <algorithm>
#include <limits>
#include <QCoreApplication>
#include <QRegularExpression>

namespace finalist {

namespace {

// Seconds from the follow-up's creation to a change: grows with every change, as RFC 5545's
// SEQUENCE must, without a counter of its own in the database.
int sequenceBetween(const QDateTime& created, const QDateTime& changed)
{
    if (!created.isValid() || !changed.isValid())
        return 0;
    return int(std::clamp<qint64>(created.secsTo(changed), 0, std::numeric_limits<int>::max()));
}

QDateTime timeOf(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

QString uidOf(qint64 id, QString createdAt)
{
    createdAt.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    return QStringLiteral("followup-%1-%2@finalist").arg(id).arg(createdAt);
}

CalendarItem itemOf(const FollowUpLine& line)
{
    const FollowUp& f = line.followUp;
    CalendarItem item;
    item.uid = uidOf(f.id, f.createdAt);
    item.date = f.dueOn;
    QString who = line.contactName;
    if (!line.company.isEmpty())
        who = who.isEmpty()
            ? line.company
            : QCoreApplication::translate("FollowUpCalendar", "%1 (%2)").arg(who, line.company);
    item.summary = who.isEmpty()
        ? f.reason
        : QCoreApplication::translate("FollowUpCalendar", "%1: %2").arg(enumLabel(f.kind), who);
    item.description = f.reason;
    item.sequence = sequenceBetween(timeOf(f.createdAt), timeOf(f.updatedAt));
    if (f.status == FollowUpStatus::Done) {
        item.state = CalendarItem::State::Done;
        item.finishedOn = f.doneOn.isValid() ? f.doneOn : f.dueOn;
    } else if (f.status == FollowUpStatus::Cancelled) {
        item.state = CalendarItem::State::Cancelled;
        item.finishedOn = timeOf(f.updatedAt).date();
    }
    return item;
}

// Gone with its contact, process or entry: the event a calendar holds is cancelled, at a
// SEQUENCE above any it had.
CalendarItem itemOf(const DeletedFollowUp& d)
{
    CalendarItem item;
    item.uid = uidOf(d.id, d.createdAt);
    item.date = d.dueOn;
    item.summary = d.reason;
    item.description = d.reason;
    item.state = CalendarItem::State::Cancelled;
    item.finishedOn = d.deletedAt.date();
    // A second above the last change's: a deletion in the same second still wins.
    item.sequence = sequenceBetween(timeOf(d.createdAt), d.deletedAt.addSecs(1));
    return item;
}

} // namespace

Result<std::vector<CalendarItem>> followUpCalendar(Database& db)
{
    const DueFollowUps followUps(db);
    auto pending = followUps.pending();
    if (!pending)
        return pending.error();
    // What was finished lately is exported too, so a calendar that has it crosses it off.
    auto finished = followUps.finishedSince(db.clock().today().addDays(-kFinishedFollowUpDays));
    if (!finished)
        return finished.error();
    std::vector<CalendarItem> items;
    for (const auto* lines : { &pending.value(), &finished.value() })
        for (const FollowUpLine& line : *lines)
            items.push_back(itemOf(line));
    auto deleted
        = FollowUpRepository(db).deletedSince(db.clock().today().addDays(-kFinishedFollowUpDays));
    if (!deleted)
        return deleted.error();
    for (const DeletedFollowUp& d : deleted.value())
        items.push_back(itemOf(d));
    return items;
}

QByteArray followUpCalendarFile(Database& db, const std::vector<CalendarItem>& items, bool asTodos)
{
    const Profile me = ProfileRepository(db).load().value_or(Profile{});
    return writeICalendar(items, db.clock().now(), asTodos, { me.name, me.email });
}

} // namespace finalist
