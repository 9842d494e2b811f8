#pragma once

#include "formats/ICalendarLines.h"

#include <optional>
#include <QDate>
#include <QDateTime>
#include <vector>

namespace finalist::sync {

// One component of an iCalendar object (the VCALENDAR itself, a VTODO, its VALARM), its
// properties as content lines: their raw text goes back unchanged when Finalist keeps them.
struct CalendarComponent
{
    QByteArray name; // upper case: "VTODO"
    std::vector<ical::ContentLine> properties;
    std::vector<CalendarComponent> components;

    const ical::ContentLine* property(const QByteArrayView& name) const; // the first, or null
    // The first property's TEXT value, unescaped; empty when absent.
    QString text(const QByteArrayView& name) const;
    // The first component of the kind that is not one occurrence of a recurring one (it has no
    // RECURRENCE-ID): the record itself.
    const CalendarComponent* main(const QByteArrayView& name) const;
};

// A VCALENDAR as the server holds it; nothing when the data is not one.
std::optional<CalendarComponent> readCalendar(const QByteArray& data);

// A component as text: folded content lines ending in CRLF, properties before subcomponents.
QByteArray writeComponent(const CalendarComponent& component);
// One content line, folded at 75 octets and ending in CRLF (RFC 5545 3.1).
QByteArray foldLine(const QString& line);

// The day a DATE or DATE-TIME property names: a DATE as it is, a UTC time on this computer's
// calendar, any other time on its own wall clock (the day the client that wrote it shows).
std::optional<QDate> dayOf(const ical::ContentLine& line);
// "20261205"; a UTC time as iCalendar writes it, "20261205T110000Z".
QString dateText(QDate date);
QString utcText(const QDateTime& time);
// A property naming the day, in the form another client gave it: with its time of day, zone
// and parameters when `form` has them (so a due time set on a phone survives a new due day),
// else as a DATE.
QString dayLine(const char* name, QDate day, const ical::ContentLine* form);

// TEXT list values (CATEGORIES): split at the commas that are not escaped, each unescaped.
QStringList textList(const QString& value);

} // namespace finalist::sync
