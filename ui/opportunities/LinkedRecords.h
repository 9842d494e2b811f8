#pragma once

#include <QTabWidget>

class QDateEdit;
class QLineEdit;
class QListWidget;

namespace finalist {

class Database;
class InlineMessage;

// Everything that hangs off a process, a tab each: the reflections written about it, the notes
// drafted and sent, the follow-ups (with a line to add one), and the wins it brought.
class LinkedRecords : public QTabWidget
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit LinkedRecords(Database& db, QWidget* parent = nullptr);
    void show(qint64 opportunityId);
    void reload() { show(m_opportunityId); }

    QListWidget* entries() const { return m_entries; }
    QListWidget* notes() const { return m_notes; }
    QListWidget* followUps() const { return m_followUps; }
    QListWidget* wins() const { return m_wins; }
    QLineEdit* followUpReasonEdit() const { return m_reason; }
    void addFollowUp();

signals:
    void entryRequested(qint64 entryId);
    void newReflectionRequested();
    void noteRequested(qint64 outreachId);

private:
    QWidget* page(QListWidget* list, QWidget* below = nullptr);
    void fillEntries();
    void fillNotes();
    void fillFollowUps();
    void fillWins();

    Database& m_db;
    qint64 m_opportunityId = 0;
    QListWidget* m_entries;
    QListWidget* m_notes;
    QListWidget* m_followUps;
    QListWidget* m_wins;
    QLineEdit* m_reason;
    QDateEdit* m_due;
    InlineMessage* m_message;
};

} // namespace finalist
