#pragma once

#include "services/ActivityGoal.h"

#include <QWidget>

class QChartView;
class QCheckBox;
class QLabel;
class QSpinBox;

namespace finalist {

class Database;
class InlineMessage;

// The outreach goal: sent today and this week against the target, the streak of work days on
// target, and the last twelve weeks as a chart. The target and today's day off are set here.
class GoalPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GoalPanel(Database& db, QWidget* parent = nullptr);

    QLabel* todayLabel() const { return m_today; }
    QLabel* weekLabel() const { return m_week; }
    QLabel* streakLabel() const { return m_streak; }
    QCheckBox* dayOffBox() const { return m_dayOff; }
    QSpinBox* minimumBox() const { return m_min; }
    QSpinBox* maximumBox() const { return m_max; }
    QChartView* chart() const { return m_chart; }
    const GoalProgress& progress() const { return m_progress; }
    void saveTarget();

public slots:
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void drawChart();

    Database& m_db;
    GoalProgress m_progress;
    QLabel* m_today;
    QLabel* m_week;
    QLabel* m_streak;
    QCheckBox* m_dayOff;
    QSpinBox* m_min;
    QSpinBox* m_max;
    QChartView* m_chart;
    InlineMessage* m_message;
};

} // namespace finalist
