#pragma once

#include "formats/ICalendar.h"
#include "Result.h"

namespace finalist {

class Database;

// How long a finished follow-up is still exported (as done or cancelled) after it was finished,
// so a calendar that imported it earlier crosses it off instead of keeping it for ever.
inline constexpr int kFinishedFollowUpDays = 90;

// The follow-ups still to do as calendar items: "Nudge Ana Ruiz (Acme)" on its day, with the
// reason as the description; then those finished in the last kFinishedFollowUpDays, and those
// deleted in that time (with their contact, process or entry) as cancelled. The UID
// is made from the follow-up's id and creation time, so a second export updates the same
// events; SEQUENCE grows with each change to the follow-up.
Result<std::vector<CalendarItem>> followUpCalendar(Database& db);

// Those items as the bytes of an .ics file, with the profile's email as ORGANIZER when known.
QByteArray followUpCalendarFile(Database& db, const std::vector<CalendarItem>& items, bool asTodos);

} // namespace finalist
