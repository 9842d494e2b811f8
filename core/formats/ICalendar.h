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
    enum class State
    {
        Open,
        Done, // a to-do COMPLETED, an event CANCELLED: either way, off the calendar's list
        Cancelled
    };

    QString uid; // the same for the same reminder on every export, so calendars update it
    QDate date; // an all-day event (or a to-do due that day)
    QString summary;
    QString description;
    State state = State::Open;
    QDate finishedOn; // when done or cancelled
    int sequence = 0; // grows with every change, so a calendar takes the newer version
};

// Who the reminders belong to: written as each item's ORGANIZER when the email is known.
struct CalendarOrganizer
{
    QString name;
    QString email;
};

// RFC 5545 text: a VEVENT with a VALARM at nine in the morning for each item, or a VTODO with
// the same alarm when asked (related to its DUE, as a to-do has no start; RFC 5545 3.8.6.3).
// A to-do's UID is the event's with "-todo", so a calendar holding both keeps both. A finished
// item has no alarm and says so in its STATUS. Text is escaped (\\ ; , and CR, LF or CRLF as \n;
// other control codes left out: ical::escapeText) and lines are folded at 75 octets without
// splitting a UTF-8 character; lines end in CRLF.
QByteArray writeICalendar(const std::vector<CalendarItem>& items, const QDateTime& stamp,
                          bool asTodos = false, const CalendarOrganizer& organizer = {});

} // namespace finalist
