#pragma once

#include "domain/JournalEntry.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace finalist {

class Database;
class InlineMessage;

// Step 1's record: the opportunity's rounds and who was in each. People are picked from the
// contacts (completion on their names) or typed in and added as new contacts.
class RoundsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RoundsPanel(Database& db, QWidget* parent = nullptr);
    void setEntry(const JournalEntry& entry);
    void reload();

    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* personEdit() const { return m_person; }
    InlineMessage* message() const { return m_message; }
    void addRound();
    void addPerson();

signals:
    void peopleChanged();

private:
    qint64 selectedRound() const;
    void fillCompletions(const QString& company);

    Database& m_db;
    qint64 m_opportunityId = 0;
    QString m_company;
    QHash<QString, qint64> m_contactIds; // completion text -> contact
    QTreeWidget* m_tree;
    QComboBox* m_kind;
    QDateEdit* m_heldOn;
    QPushButton* m_addRound;
    QLineEdit* m_person;
    QPushButton* m_addPerson;
    InlineMessage* m_message;
};

} // namespace finalist
