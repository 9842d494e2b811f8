#pragma once

#include "domain/JournalEntry.h"
#include "storage/PeopleMet.h"

#include <QWidget>

class QTableWidget;

namespace finalist {

class Database;
class InlineMessage;

// Step 3's record: a row per person met, where their thank-you note stands, their LinkedIn
// state, and one button that takes the thank-you one step further (draft, then mark sent).
class PeoplePanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        PersonColumn,
        ThankYouColumn,
        LinkedInColumn,
        ActionColumn,
        ColumnCount
    };

    explicit PeoplePanel(Database& db, QWidget* parent = nullptr);
    void setEntry(const JournalEntry& entry);
    void reload();

    QTableWidget* table() const { return m_table; }
    InlineMessage* message() const { return m_message; }
    const std::vector<PersonMet>& people() const { return m_people; }
    // The row's next thank-you step: draft when there is none, mark sent when drafted.
    void advanceThankYou(int row);
    void setLinkedInStatus(int row, LinkedInStatus status);

signals:
    void draftCreated(qint64 outreachId);

private:
    QString thankYouText(const PersonMet& person) const;

    Database& m_db;
    qint64 m_opportunityId = 0;
    std::vector<PersonMet> m_people;
    QTableWidget* m_table;
    InlineMessage* m_message;
};

} // namespace finalist
