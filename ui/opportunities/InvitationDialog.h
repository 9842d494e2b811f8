#pragma once

#include "services/InvitationImport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace finalist {

class Database;
class InlineMessage;

// The preview of an interview invitation (.ics) before it becomes a round: when, which
// opportunity (guessed from the names in it, or the one it was dropped on), what kind of round,
// and its people — those already in the contacts, the new ones (names can be corrected, anyone
// left out), and you, left out. Nothing is written until Add Round; then all of it at once.
class InvitationDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Email,
        What,
        ColumnCount
    };

    // Reads the file; a broken one is shown with its message and nothing can be added.
    InvitationDialog(Database& db, const QString& path, qint64 opportunityId = 0,
                     QWidget* parent = nullptr);

    bool isReadable() const { return m_readable; }
    const InvitationPlan& plan() const { return m_plan; }
    QComboBox* opportunityBox() const { return m_opportunity; }
    QComboBox* kindBox() const { return m_kind; }
    QTableWidget* panel() const { return m_panel; }
    QPushButton* addButton() const { return m_add; }
    InlineMessage* message() const { return m_message; }
    QLabel* summary() const { return m_summary; }
    QLabel* readingLine() const { return m_reading; } // "Read as UTF-8."
    QListWidget* warnings() const { return m_warnings; } // what was left out, by line
    qint64 roundId() const { return m_roundId; }
    // Adds the round as shown; false, with the reason, when it cannot.
    bool commit();

    // Asks for a file when none is given, shows the preview; the round's opportunity, or 0.
    static qint64 importFile(Database& db, QWidget* parent, const QString& path = {},
                             qint64 opportunityId = 0);

private:
    void showReading(const TextReport& report);
    void fillOpportunities(qint64 chosen);
    void fillPanel();
    void retarget();
    void collectPanel();

    Database& m_db;
    InvitationPlan m_plan;
    bool m_readable = false;
    qint64 m_roundId = 0;
    QLabel* m_summary;
    QLabel* m_reading;
    QListWidget* m_warnings;
    QLabel* m_existing;
    QComboBox* m_opportunity;
    QComboBox* m_kind;
    QTableWidget* m_panel;
    InlineMessage* m_message;
    QPushButton* m_add;
};

} // namespace finalist
