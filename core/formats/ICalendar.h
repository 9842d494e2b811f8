#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <vector>

namespace finalist {

// One dated reminder for a calendar.
struct CalendarItem
{
    QString uid; // the same for the same reminder on every export, so calendars update it
    QDate date; // an all-day event (or a to-do due that day)
    QString summary;
    QString description;
};

// Who the reminders belong to: written as each item's ORGANIZER when the email is known.
struct CalendarOrganizer
{
    QString name;
    QString email;
};

// RFC 5545 text: a VEVENT with a VALARM at nine in the morning for each item, or a VTODO with
// the same alarm when asked. Text is escaped (\\ ; , and CR, LF or CRLF as \n; other control
// codes left out: ical::escapeText) and lines are folded at
// 75 octets without splitting a UTF-8 character; lines end in CRLF.
QByteArray writeICalendar(const std::vector<CalendarItem>& items, const QDateTime& stamp,
                          bool asTodos = false, const CalendarOrganizer& organizer = {});

} // namespace finalist
