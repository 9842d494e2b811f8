#pragma once

#include "formats/ICalendar.h"
#include "Result.h"

namespace finalist {

class Database;

// The follow-ups still to do as calendar items: "Nudge Ana Ruiz (Acme)" on its day, with the
// reason as the description. The UID is made from the follow-up's id and creation time, so a
// second export updates the same events.
Result<std::vector<CalendarItem>> followUpCalendar(Database& db);

// Those items as the bytes of an .ics file, with the profile's email as ORGANIZER when known.
QByteArray followUpCalendarFile(Database& db, const std::vector<CalendarItem>& items, bool asTodos);

} // namespace finalist
