#pragma once

#include <QStringList>
#include <QWidget>
#include <vector>

namespace finalist {

// Notes sent week by week as bars, each week's target as a dashed step above or through them,
// with the weeks' dates under the bars and a legend below. Painted by hand: a dozen bars do not
// need a charting library's scene, its start-up time or its memory.
class WeekChart : public QWidget
{
    Q_OBJECT
public:
    struct Week
    {
        QString label; // under the bar
        QString longLabel; // in its tooltip
        int sent = 0;
        int target = 0;
    };

    explicit WeekChart(QWidget* parent = nullptr);

    void setWeeks(std::vector<Week> weeks);
    const std::vector<Week>& weeks() const { return m_weeks; }
    // The top of the scale and the step between its lines: round numbers above every bar.
    int scaleTop() const { return m_top; }
    int scaleStep() const { return m_step; }
    // Where each bar is drawn, in this widget's coordinates (for the tooltips and the tests).
    QRect barRect(int week) const;
    // A date under every how many bars: all when they fit side by side, fewer when narrow.
    int labelEvery() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Frame
    {
        QRect plot; // inside the axes
        int labelsTop = 0; // the weeks' dates
        int legendTop = 0;
    };
    Frame frame() const;
    QFont smallFont() const;
    int yOf(const Frame& f, double value) const;
    double slotWidth(const Frame& f) const;
    int widestLabel() const;
    void describe();

    std::vector<Week> m_weeks;
    int m_top = 1;
    int m_step = 1;
};

} // namespace finalist
