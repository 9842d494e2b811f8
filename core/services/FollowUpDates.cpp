#include "FollowUpDates.h"

namespace finalist::followUpDates {

QDate nextWorkDay(QDate date)
{
    while (date.isValid() && date.dayOfWeek() > 5)
        date = date.addDays(1);
    return date;
}

QDate previousWorkDay(QDate date)
{
    while (date.isValid() && date.dayOfWeek() > 5)
        date = date.addDays(-1);
    return date;
}

QDate nudge(QDate requestedOn)
{
    return nextWorkDay(requestedOn.addDays(kNudgeDays));
}

QDate ninetyDayMark(QDate chosenHireStart)
{
    return chosenHireStart.isValid() ? chosenHireStart.addDays(kNinetyDays) : QDate();
}

QDate ninetyDayCheckIn(QDate chosenHireStart, QDate decidedOn)
{
    if (chosenHireStart.isValid())
        return previousWorkDay(ninetyDayMark(chosenHireStart).addDays(-kCheckInLead));
    return nextWorkDay(decidedOn.addDays(kCheckInWithoutStart));
}

QDate stayInTouch(QDate from)
{
    return nextWorkDay(from.addMonths(kStayInTouchMonths));
}

} // namespace finalist::followUpDates
