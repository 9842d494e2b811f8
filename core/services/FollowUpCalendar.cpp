#include "FollowUpCalendar.h"

#include "DueFollowUps.h"
#include "storage/Database.h"
#include "storage/ProfileRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace finalist {

Result<std::vector<CalendarItem>> followUpCalendar(Database& db)
{
    auto pending = DueFollowUps(db).pending();
    if (!pending)
        return pending.error();
    std::vector<CalendarItem> items;
    for (const FollowUpLine& line : pending.value()) {
        const FollowUp& f = line.followUp;
        CalendarItem item;
        QString stamp = f.createdAt;
        stamp.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        item.uid = QStringLiteral("followup-%1-%2@finalist").arg(f.id).arg(stamp);
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
        items.push_back(std::move(item));
    }
    return items;
}

QByteArray followUpCalendarFile(Database& db, const std::vector<CalendarItem>& items, bool asTodos)
{
    const Profile me = ProfileRepository(db).load().value_or(Profile{});
    return writeICalendar(items, db.clock().now(), asTodos, { me.name, me.email });
}

} // namespace finalist
