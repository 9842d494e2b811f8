#include "services/FollowUpDates.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

TEST(FollowUpDates, TheNudgeIsAWeekOnAndNeverOnAWeekend)
{
    EXPECT_EQ(followUpDates::nudge(QDate(2026, 3, 2)), QDate(2026, 3, 9)); // Monday to Monday
    // Saturday + 7 is a Saturday: the Monday after.
    EXPECT_EQ(followUpDates::nudge(QDate(2026, 3, 7)), QDate(2026, 3, 16));
    // Across a month and a year end.
    EXPECT_EQ(followUpDates::nudge(QDate(2026, 1, 28)), QDate(2026, 2, 4));
    EXPECT_EQ(followUpDates::nudge(QDate(2026, 12, 27)), QDate(2027, 1, 4)); // Sun -> Sun -> Mon
}

TEST(FollowUpDates, TheNinetyDayCheckInComesBeforeTheMark)
{
    // Start known: mark 90 days on, check-in a week before it.
    const QDate start(2026, 4, 1);
    EXPECT_EQ(followUpDates::ninetyDayMark(start), QDate(2026, 6, 30));
    EXPECT_EQ(followUpDates::ninetyDayCheckIn(start, QDate(2026, 3, 2)), QDate(2026, 6, 23));
    // A check-in on a Sunday goes back to the Friday, still before the mark.
    const QDate sundayCase = QDate(2026, 6, 28).addDays(-83); // mark 28 Jun, a Sunday, less 7
    EXPECT_EQ(followUpDates::ninetyDayCheckIn(sundayCase, {}).dayOfWeek(), 5);
    EXPECT_LT(followUpDates::ninetyDayCheckIn(sundayCase, {}),
              followUpDates::ninetyDayMark(sundayCase));
    // Start unknown: the decision plus 75 days, on a work day.
    EXPECT_EQ(followUpDates::ninetyDayCheckIn({}, QDate(2026, 3, 2)), QDate(2026, 5, 18));
    EXPECT_EQ(followUpDates::ninetyDayCheckIn({}, QDate(2026, 12, 1)), QDate(2027, 2, 15));
}

TEST(FollowUpDates, TheQuarterlyHelloHandlesShortMonths)
{
    EXPECT_EQ(followUpDates::stayInTouch(QDate(2026, 11, 30)), QDate(2027, 3, 1)); // 28 Feb Sun
    EXPECT_EQ(followUpDates::stayInTouch(QDate(2026, 8, 31)), QDate(2026, 11, 30));
    EXPECT_EQ(followUpDates::stayInTouch(QDate(2026, 3, 2)), QDate(2026, 6, 2));
}
