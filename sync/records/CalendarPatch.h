#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QStringList>

namespace finalist::sync {

// What Finalist writes of one record in a calendar collection.
struct CalendarRecord
{
    QByteArray component; // "VTODO", "VJOURNAL"
    QStringList lines; // its content lines, unfolded, without UID and RFC 5545's bookkeeping
    // The properties that are Finalist's to write (X-FINALIST-* always are): the server's copies
    // go, even of those Finalist leaves out this time (the COMPLETED of a task opened again).
    QSet<QByteArray> owned;
    QStringList linesWhenNew; // written only without a server copy (a first alarm)
};

// The iCalendar object to write back to the server: Finalist's record under uid, with every
// property of the server's copy that Finalist does not own kept as it was (a phone's alarms,
// PRIORITY, categories of a task, its X- properties), the VCALENDAR's time zones and other
// properties, and RFC 5545's bookkeeping: DTSTAMP and LAST-MODIFIED at stamp, CREATED kept (or
// stamp), SEQUENCE one above the server's (or 0). Without a server copy, Finalist's record alone.
QByteArray patchCalendar(const QByteArray& serverData, const CalendarRecord& ours,
                         const QString& uid, const QDateTime& stamp);

} // namespace finalist::sync
