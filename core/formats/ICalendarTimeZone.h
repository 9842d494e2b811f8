#pragma once

#include "ICalendarLines.h"

#include <map>
#include <optional>
#include <QDateTime>
#include <QString>

namespace finalist::ical {

// A DATE or DATE-TIME value as written (RFC 5545 3.3.4, 3.3.5), not yet placed in a zone.
struct DateTimeValue
{
    QDate date;
    QTime time; // invalid for a DATE
    bool utc = false; // written with a trailing "Z"

    bool dateOnly() const { return !time.isValid(); }
};

// "20260310" (when dateOnly) or "20260310T140000" / "20260310T140000Z"; nothing if impossible.
std::optional<DateTimeValue> parseDateTime(const QString& text, bool dateOnly);

// "+0100", "-0800", "+053000": seconds east of UTC.
std::optional<int> parseUtcOffset(const QString& text);

// RFC 5545 3.3.6: "PT45M", "P1DT2H", "P1W", "-PT15M": seconds.
std::optional<qint64> parseDuration(const QString& text);

// One STANDARD or DAYLIGHT block of a VTIMEZONE: from its onsets on, the zone is offsetTo
// seconds east of UTC. Onsets are wall-clock times; they are kept in QDateTimes with a UTC spec
// only so that no zone of this machine shifts them.
struct Observance
{
    QDateTime start; // DTSTART
    std::optional<int> offsetFrom;
    std::optional<int> offsetTo;
    QList<QDateTime> extraOnsets; // RDATE
    // The yearly RRULE that Outlook, Google and Apple write: BYMONTH with BYDAY (-1SU, 2SU).
    bool yearly = false;
    int interval = 1;
    int count = 0; // 0: no COUNT
    QDateTime until;
    int month = 0; // 0: DTSTART's
    int weekday = 0; // 1 (Monday) to 7, 0: none
    int ordinal = 0; // 2 for 2SU, -1 for -1SU, 0: none
    QList<int> monthDays; // BYMONTHDAY

    // Reads DTSTART, TZOFFSETFROM, TZOFFSETTO, RRULE and RDATE; other properties are ignored.
    void read(const ContentLine& line);
};

// The rules of one VTIMEZONE from the file.
struct TimeZoneRules
{
    std::vector<Observance> observances;

    // Seconds east of UTC at this wall-clock time; nothing when no block says.
    std::optional<int> offsetAt(QDate date, QTime time) const;
};

// The instant a timed value names. In order: UTC ("Z"); no TZID: floating, the wall clock of
// this machine; a TZID the IANA database knows; the file's own VTIMEZONE for it; the IANA zone
// Windows maps the id to (Outlook's "W. Europe Standard Time"); else floating.
QDateTime resolve(const DateTimeValue& value, const QString& tzid,
                  const std::map<QString, TimeZoneRules>& zones);

} // namespace finalist::ical
