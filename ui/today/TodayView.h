#pragma once

#include <QWidget>

class QLabel;

namespace finalist {

class Database;
class DuePanel;
class GoalPanel;
class PipelinePanel;
class RadarPanel;
class WelcomePanel;

// The start page, opened every morning: what is due, the outreach goal, the second-chance
// radar and where the search stands; with the calendar export and the activity report.
class TodayView : public QWidget
{
    Q_OBJECT
public:
    explicit TodayView(Database& db, QWidget* parent = nullptr);

    DuePanel* due() const { return m_due; }
    GoalPanel* goal() const { return m_goal; }
    RadarPanel* radar() const { return m_radar; }
    PipelinePanel* pipeline() const { return m_pipeline; }
    WelcomePanel* welcome() const { return m_welcome; }

    // Writes the follow-ups to an .ics file; false (with a message box) on failure.
    bool exportCalendar(const QString& path, bool asTodos = false);

public slots:
    void reload();

signals:
    void answerRejectionRequested(qint64 opportunityId);
    void contactRequested(qint64 contactId);
    void noteRequested(qint64 outreachId);
    void entryRequested(qint64 entryId);
    void preferencesRequested();
    // The welcome's ways in, while the journal is empty.
    void recordProcessRequested();
    void importContactsRequested();
    void demoRequested();

private:
    void askAndExport(bool asTodos); // asks where, then exports

    Database& m_db;
    QLabel* m_date;
    DuePanel* m_due;
    GoalPanel* m_goal;
    RadarPanel* m_radar;
    PipelinePanel* m_pipeline;
    WelcomePanel* m_welcome;
    QWidget* m_daily; // the panels above, hidden while the welcome shows
};

} // namespace finalist
