#include "WeekChart.h"

#include <algorithm>
#include <cmath>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace finalist {

namespace {

constexpr int kGap = 6; // between the plot, the dates and the legend
constexpr int kLines = 4; // about as many lines across the plot

// A step of 1, 2 or 5 times a power of ten, so that about kLines lines reach above `highest`.
int niceStep(int highest)
{
    const double rough = std::max(1.0, double(highest) / kLines);
    int power = 1;
    while (power * 10 <= rough)
        power *= 10;
    for (const int factor : { 1, 2, 5, 10 }) {
        if (power * factor >= rough)
            return power * factor;
    }
    return power * 10;
}

} // namespace

WeekChart::WeekChart(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Notes sent, week by week"));
}

void WeekChart::setWeeks(std::vector<Week> weeks)
{
    m_weeks = std::move(weeks);
    int highest = 1;
    for (const Week& w : m_weeks)
        highest = std::max({ highest, w.sent, w.target });
    m_step = niceStep(highest);
    m_top = (highest / m_step + 1) * m_step; // a line's room above the highest
    describe();
    update();
}

void WeekChart::describe()
{
    QStringList weeks;
    for (const Week& w : m_weeks)
        weeks << tr("%1: %2 sent, target %3").arg(w.longLabel).arg(w.sent).arg(w.target);
    setAccessibleDescription(weeks.join(QStringLiteral("; ")));
}

QSize WeekChart::sizeHint() const
{
    return { 480, minimumSizeHint().height() };
}

QSize WeekChart::minimumSizeHint() const
{
    // Five lines of the scale, the dates and the legend, with room to tell the bars apart.
    return { 240, std::max(200, 10 * QFontMetrics(smallFont()).height()) };
}

QFont WeekChart::smallFont() const
{
    // Twelve dates under twelve bars: smaller than the text, so a 1024-pixel screen fits them.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

WeekChart::Frame WeekChart::frame() const
{
    const QFontMetrics small(smallFont());
    const int scaleWidth = small.horizontalAdvance(QString::number(m_top)) + kGap;
    Frame f;
    f.legendTop = height() - small.height();
    f.labelsTop = f.legendTop - kGap - small.height();
    const int top = small.height() / 2; // the top line's number is not cut
    f.plot = QRect(scaleWidth, top, width() - scaleWidth - 1, f.labelsTop - kGap - top);
    return f;
}

double WeekChart::slotWidth(const Frame& f) const
{
    return m_weeks.empty() ? 0.0 : double(f.plot.width()) / double(m_weeks.size());
}

int WeekChart::yOf(const Frame& f, double value) const
{
    return f.plot.bottom() - int(value / double(m_top) * double(f.plot.height()) + 0.5);
}

QRect WeekChart::barRect(int week) const
{
    const Frame f = frame();
    const double slot = slotWidth(f);
    if (week < 0 || week >= int(m_weeks.size()))
        return {};
    const int left = f.plot.left() + int(slot * (week + 0.2));
    const int right = f.plot.left() + int(slot * (week + 0.8));
    const int top = yOf(f, m_weeks[std::size_t(week)].sent);
    // A week with nothing sent has no bar at all, not a sliver.
    return QRect(left, top + 1, std::max(1, right - left), f.plot.bottom() - top);
}

int WeekChart::widestLabel() const
{
    const QFontMetrics metrics(smallFont());
    int widest = 0;
    for (const Week& w : m_weeks)
        widest = std::max(widest, metrics.horizontalAdvance(w.label));
    return widest;
}

int WeekChart::labelEvery() const
{
    // Every date when they fit, else every second (third…) one, counted from the newest.
    const double slot = slotWidth(frame());
    return slot > 0 ? std::max(1, int(std::ceil(double(widestLabel() + kGap) / slot))) : 1;
}

void WeekChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Frame f = frame();
    const QPalette pal = palette();
    const QFont small = smallFont();
    const QFontMetrics metrics(small);
    p.setFont(small);

    // The scale: a faint line and its number at every step.
    for (int value = 0; value <= m_top; value += m_step) {
        const int y = yOf(f, value);
        p.setPen(QPen(pal.color(QPalette::Mid), 0));
        p.drawLine(f.plot.left(), y, f.plot.right(), y);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(0, y - metrics.height() / 2, f.plot.left() - kGap, metrics.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    }

    const double slot = slotWidth(f);
    const int widest = widestLabel();
    const int every = labelEvery();
    QPainterPath target;
    for (std::size_t i = 0; i < m_weeks.size(); ++i) {
        const Week& w = m_weeks[i];
        p.fillRect(barRect(int(i)), pal.color(QPalette::Highlight));
        const int left = f.plot.left() + int(slot * double(i));
        const int right = f.plot.left() + int(slot * double(i + 1));
        // Steps, not a slope: each week has its own target (days off lower it, and the week
        // under way counts only the work days so far).
        const QPointF from(left, yOf(f, w.target));
        if (i == 0)
            target.moveTo(from);
        else
            target.lineTo(from);
        target.lineTo(QPointF(right, yOf(f, w.target)));
        if ((m_weeks.size() - 1 - i) % std::size_t(every) == 0) // the newest always
        {
            // Under its bar, kept inside the widget at both ends.
            const int boxWidth = widest + 2 * kGap;
            const int x
                = std::clamp((left + right - boxWidth) / 2, 0, std::max(0, width() - boxWidth));
            p.drawText(QRect(x, f.labelsTop, boxWidth, metrics.height()),
                       Qt::AlignHCenter | Qt::AlignTop, w.label);
        }
    }
    QPen dashed(pal.color(QPalette::WindowText), 1.5, Qt::DashLine);
    p.strokePath(target, dashed);

    // The legend, centred: a swatch for the bars, a dash for the target.
    const QString sent = tr("Sent");
    const QString goal = tr("Target");
    const int swatch = metrics.height() * 2 / 3;
    const int total = swatch + kGap + metrics.horizontalAdvance(sent) + 3 * kGap + 2 * swatch + kGap
        + metrics.horizontalAdvance(goal);
    int x = (width() - total) / 2;
    const int middle = f.legendTop + metrics.height() / 2;
    p.fillRect(QRect(x, middle - swatch / 2, swatch, swatch), pal.color(QPalette::Highlight));
    x += swatch + kGap;
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(x, f.legendTop, metrics.horizontalAdvance(sent), metrics.height()),
               Qt::AlignVCenter, sent);
    x += metrics.horizontalAdvance(sent) + 3 * kGap;
    p.setPen(dashed);
    p.drawLine(x, middle, x + 2 * swatch, middle);
    x += 2 * swatch + kGap;
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(x, f.legendTop, metrics.horizontalAdvance(goal), metrics.height()),
               Qt::AlignVCenter, goal);
}

bool WeekChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const Frame f = frame();
        const double slot = slotWidth(f);
        const int week = slot > 0 ? int((help->pos().x() - f.plot.left()) / slot) : -1;
        if (help->pos().x() >= f.plot.left() && week >= 0 && week < int(m_weeks.size())) {
            const Week& w = m_weeks[std::size_t(week)];
            QToolTip::showText(help->globalPos(),
                               tr("Week of %1: %2 sent").arg(w.longLabel).arg(w.sent)
                                   + QLatin1Char('\n') + tr("Target: %1").arg(w.target),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace finalist
