#pragma once

#include <QWidget>

class QPushButton;

namespace finalist {

class Database;

// What a newcomer sees on Today while the journal is empty: what Finalist is for, and the
// three ways in (record the process just finished, bring in the people from LinkedIn, look
// around a demo journal first).
class WelcomePanel : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget* parent = nullptr);

    // True while the journal holds no process, no contact and no entry.
    static bool isJournalEmpty(Database& db);

    QPushButton* recordButton() const { return m_record; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* demoButton() const { return m_demo; }

signals:
    void recordProcessRequested();
    void importContactsRequested();
    void demoRequested();

private:
    QPushButton* m_record;
    QPushButton* m_import;
    QPushButton* m_demo;
};

} // namespace finalist
