// The outreach goal's chart, painted by hand: bars as tall as the notes sent, a scale of round
// numbers above every bar and target, and each week told in its tooltip and to screen readers.
#include "today/WeekChart.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QImage>
#include <QToolTip>

using namespace finalist;

namespace {

std::vector<WeekChart::Week> weeks(std::initializer_list<std::pair<int, int>> sentAndTarget)
{
    std::vector<WeekChart::Week> out;
    int n = 0;
    for (const auto& [sent, target] : sentAndTarget) {
        ++n;
        out.push_back({ QStringLiteral("%1 Mar").arg(n), QStringLiteral("%1 March 2026").arg(n),
                        sent, target });
    }
    return out;
}

TEST(WeekChart, BarsAreAsTallAsTheNotesSentAndPaintedInTheHighlight)
{
    WeekChart chart;
    chart.setWeeks(weeks({ { 0, 5 }, { 3, 5 }, { 6, 5 } }));
    chart.resize(360, chart.sizeHint().height());
    EXPECT_EQ(chart.scaleStep(), 2);
    EXPECT_EQ(chart.scaleTop(), 8) << "a step above the highest bar";
    const QRect none = chart.barRect(0);
    const QRect three = chart.barRect(1);
    const QRect six = chart.barRect(2);
    EXPECT_EQ(none.height(), 0);
    EXPECT_NEAR(six.height(), 2 * three.height(), 1);
    EXPECT_EQ(three.bottom(), six.bottom());
    EXPECT_LT(three.right(), six.left());

    const QImage shot = chart.grab().toImage();
    const QColor bar = chart.palette().color(QPalette::Highlight);
    EXPECT_EQ(shot.pixelColor(six.center()), bar);
    EXPECT_EQ(shot.pixelColor(three.center()), bar);
    EXPECT_NE(shot.pixelColor(QPoint(none.center().x(), six.center().y())), bar)
        << "nothing drawn where nothing was sent";
}

TEST(WeekChart, TheScaleIsRoundWhateverTheFigures)
{
    WeekChart chart;
    chart.setWeeks(weeks({ { 0, 0 }, { 0, 0 } }));
    EXPECT_EQ(chart.scaleStep(), 1);
    EXPECT_EQ(chart.scaleTop(), 2);
    chart.setWeeks(weeks({ { 12, 10 } }));
    EXPECT_EQ(chart.scaleStep(), 5);
    EXPECT_EQ(chart.scaleTop(), 15);
    chart.setWeeks(weeks({ { 140, 60 } }));
    EXPECT_EQ(chart.scaleStep(), 50);
    EXPECT_EQ(chart.scaleTop(), 150);
}

// Twelve dates under twelve bars: all of them on a wide page, fewer on a narrow one, never
// two drawn over each other.
TEST(WeekChart, DatesThinOutWhenTheyNoLongerFitSideBySide)
{
    WeekChart chart;
    std::vector<WeekChart::Week> twelve;
    for (int i = 0; i < 12; ++i)
        twelve.push_back({ QStringLiteral("%1 Sep").arg(10 + i), QString(), i, 5 });
    chart.setWeeks(twelve);
    chart.resize(900, chart.sizeHint().height());
    EXPECT_EQ(chart.labelEvery(), 1);
    chart.resize(240, chart.sizeHint().height());
    const int every = chart.labelEvery();
    EXPECT_GT(every, 1);
    const int label = QFontMetrics(chart.font()).horizontalAdvance(QStringLiteral("20 Sep"));
    EXPECT_GE(chart.barRect(every).center().x() - chart.barRect(0).center().x(), label * 85 / 100)
        << "the dates drawn are a date's width apart";
    chart.grab(); // painting at that width draws nothing outside the widget
}

TEST(WeekChart, EachWeekIsToldInItsTooltipAndToScreenReaders)
{
    WeekChart chart;
    chart.setWeeks(weeks({ { 2, 5 }, { 4, 5 } }));
    chart.resize(360, chart.sizeHint().height());
    chart.show();
    EXPECT_EQ(chart.accessibleDescription(),
              QStringLiteral("1 March 2026: 2 sent, target 5; 2 March 2026: 4 sent, target 5"));
    const QPoint over = chart.barRect(1).center();
    QHelpEvent help(QEvent::ToolTip, over, chart.mapToGlobal(over));
    QApplication::sendEvent(&chart, &help);
    EXPECT_EQ(QToolTip::text(), QStringLiteral("Week of 2 March 2026: 4 sent\nTarget: 5"));
    QToolTip::hideText();
}

} // namespace
