#include "GoalPanel.h"

#include "common/InlineMessage.h"
#include "i18n/DateText.h"
#include "storage/ActivityCounts.h"
#include "storage/Database.h"
#include "WeekChart.h"

#include <QCheckBox>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace finalist {

namespace {

QLabel* figure(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setWeight(QFont::DemiBold);
    label->setFont(big);
    return label;
}

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

GoalPanel::GoalPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_today(figure(this))
    , m_week(figure(this))
    , m_streak(figure(this))
    , m_dayOff(new QCheckBox(tr("Today is a day off"), this))
    , m_target(new QLabel(this))
    , m_chart(new WeekChart(this))
    , m_message(new InlineMessage(this))
{
    auto* figures = new QGridLayout;
    figures->addWidget(m_today, 0, 0);
    figures->addWidget(m_week, 0, 1);
    figures->addWidget(m_streak, 0, 2);
    figures->addWidget(caption(tr("sent today"), this), 1, 0);
    figures->addWidget(caption(tr("this week so far"), this), 1, 1);
    figures->addWidget(caption(tr("work days on target in a row"), this), 1, 2);
    auto* change = new QPushButton(tr("Change…"), this);
    auto* target = new QHBoxLayout;
    target->addWidget(m_target);
    target->addWidget(change);
    target->addStretch();
    target->addWidget(m_dayOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(figures);
    layout->addWidget(m_chart);
    layout->addLayout(target);
    layout->addWidget(m_message);
    connect(change, &QPushButton::clicked, this, &GoalPanel::preferencesRequested);
    connect(m_dayOff, &QCheckBox::toggled, this, [this](bool off) {
        if (auto set = ActivityCounts(m_db).setDayOff(m_db.clock().today(), off); !set) {
            m_message->showError(set.error().message);
            return;
        }
        reload();
    });
}

void GoalPanel::reload()
{
    auto progress = ActivityGoal(m_db).progress(m_db.clock().today());
    if (!progress) {
        m_message->showError(progress.error().message);
        return;
    }
    m_progress = progress.value();
    const GoalProgress& p = m_progress;
    m_today->setText(p.todayIsWorkDay
                         ? tr("%1 of %2–%3").arg(p.today).arg(p.minPerWorkDay).arg(p.maxPerWorkDay)
                         : tr("%1 (a day off)").arg(p.today));
    m_week->setText(tr("%1 of %2").arg(p.thisWeek).arg(p.weekTarget));
    m_streak->setText(QString::number(p.streak));
    {
        const QSignalBlocker blocker(m_dayOff);
        m_dayOff->setChecked(!p.todayIsWorkDay && m_db.clock().today().dayOfWeek() <= 5);
        m_dayOff->setEnabled(m_db.clock().today().dayOfWeek() <= 5);
    }
    m_target->setText(tr("Target: %1 to %n note(s) per work day.", nullptr, p.maxPerWorkDay)
                          .arg(p.minPerWorkDay));
    drawChart();
}

void GoalPanel::drawChart()
{
    std::vector<WeekChart::Week> weeks;
    for (std::size_t i = 0; i < m_progress.weekSent.size(); ++i)
        weeks.push_back({ dates::dayMonth(m_progress.weekStarts[i]),
                          dates::longDate(m_progress.weekStarts[i]), m_progress.weekSent[i],
                          m_progress.weekTargets[i] });
    m_chart->setWeeks(std::move(weeks));
}

} // namespace finalist
