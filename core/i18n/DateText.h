#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace finalist {

// How every date on screen is written, so that a table, the edit above it and the heading
// beside it never disagree. Each follows the default QLocale at the time of the call, with one
// change: the short format's two-digit year is widened to four ("12/2/26" reads as a sum).
// For display only; data (storage, CSV, iCalendar, file names, CLI output) stays ISO 8601.
namespace dates {

// The locale's short date with a four-digit year: "12/2/2026", "02/12/2026", "02.12.2026".
// Empty for an invalid date. For tables, lists and inline texts ("Sent …").
QString shortDate(const QDate& date);
// The locale's long date: "Wednesday, December 2, 2026". For headings. Empty when invalid.
QString longDate(const QDate& date);
// The short date without its year: "12/2", "02/12", "02.12.". For chart labels and chips.
QString dayMonth(const QDate& date);
// The short date and the locale's short time of the value as given (callers pass local time).
QString dateTime(const QDateTime& when);

// The format behind shortDate, for QDateEdit::setDisplayFormat, so edits read as the tables.
QString editFormat();
// The format behind dayMonth.
QString dayMonthFormat();

} // namespace dates

} // namespace finalist
