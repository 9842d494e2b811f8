#pragma once

#include <QDate>

namespace finalist {

// When the rejection wizard proposes to come back, as pure date arithmetic (the caller passes
// today from its clock). A date that falls on a weekend moves to the Monday after, except the
// ninety-day check-in, which must stay before the mark and moves to the Friday before.
namespace followUpDates {

constexpr int kNudgeDays = 7;
constexpr int kNinetyDays = 90;
constexpr int kCheckInLead = 7; // days before the chosen hire's ninety-day mark
constexpr int kCheckInWithoutStart = 75; // days after the decision when the start is unknown
constexpr int kStayInTouchMonths = 3;

QDate nextWorkDay(QDate date);
QDate previousWorkDay(QDate date);

// A gentle nudge a week after a feedback request, if no reply has come.
QDate nudge(QDate requestedOn);
// The chosen hire's ninety-day mark: from their start if known, else unknown (invalid).
QDate ninetyDayMark(QDate chosenHireStart);
// A check-in a week before the mark, or 75 days after the decision when the start is unknown.
QDate ninetyDayCheckIn(QDate chosenHireStart, QDate decidedOn);
// A quarterly stay-in-touch, three calendar months on (31 Aug gives 30 Nov).
QDate stayInTouch(QDate from);

} // namespace followUpDates

} // namespace finalist
