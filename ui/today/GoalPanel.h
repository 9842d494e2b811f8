#pragma once

#include "services/ActivityGoal.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace finalist {

class Database;
class InlineMessage;
class WeekChart;

// The outreach goal: sent today and this week against the target, the streak of work days on
// target, and the last twelve weeks as a chart. Today's day off is set here, the target in
// the preferences.
class GoalPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GoalPanel(Database& db, QWidget* parent = nullptr);

    QLabel* todayLabel() const { return m_today; }
    QLabel* weekLabel() const { return m_week; }
    QLabel* streakLabel() const { return m_streak; }
    QCheckBox* dayOffBox() const { return m_dayOff; }
    QLabel* targetLabel() const { return m_target; }
    WeekChart* chart() const { return m_chart; }
    const GoalProgress& progress() const { return m_progress; }

public slots:
    void reload();

signals:
    void preferencesRequested();

private:
    void drawChart();

    Database& m_db;
    GoalProgress m_progress;
    QLabel* m_today;
    QLabel* m_week;
    QLabel* m_streak;
    QCheckBox* m_dayOff;
    QLabel* m_target;
    WeekChart* m_chart;
    InlineMessage* m_message;
};

} // namespace finalist
