#pragma once

#include "services/DueFollowUps.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace finalist {

class Database;
class InlineMessage;

// The follow-ups due today and overdue, each with Done, Snooze (a day, a week, a chosen
// date), Reschedule and Open. When nothing is due it says what to do instead.
class DuePanel : public QWidget
{
    Q_OBJECT
public:
    explicit DuePanel(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* emptyLabel() const { return m_empty; }
    InlineMessage* message() const { return m_message; }
    const std::vector<FollowUpLine>& lines() const { return m_lines; }

    void markDone(int row);
    void snooze(int row, int days);
    // Moves the follow-up to a date; a date before today is refused with a message.
    void reschedule(int row, QDate on);
    void open(int row);

public slots:
    void reload();

signals:
    void contactRequested(qint64 contactId);
    void noteRequested(qint64 outreachId);
    void entryRequested(qint64 entryId);
    void changed();

private:
    void apply(const Status& status, const QString& done);
    QDate askForDate(int row);

    Database& m_db;
    std::vector<FollowUpLine> m_lines;
    QTableWidget* m_table;
    QLabel* m_empty;
    InlineMessage* m_message;
};

} // namespace finalist
