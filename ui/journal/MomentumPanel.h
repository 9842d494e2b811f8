#pragma once

#include "domain/JournalEntry.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace finalist {

class Database;
class InlineMessage;

// Step 5's plan: the outreach target (letters per work day) and next actions with dates, each
// saved at once as a follow-up that the Today view will bring back.
class MomentumPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MomentumPanel(Database& db, QWidget* parent = nullptr);
    void setEntry(const JournalEntry& entry);
    int actionCount() const;

    QSpinBox* minimumBox() const { return m_minimum; }
    QSpinBox* maximumBox() const { return m_maximum; }
    QLineEdit* actionEdit() const { return m_action; }
    QDateEdit* dueEdit() const { return m_due; }
    QTreeWidget* actions() const { return m_actions; }
    InlineMessage* message() const { return m_message; }
    void addAction();
    void saveGoal();

signals:
    void actionsChanged();

private:
    void reload();
    void setDone(QTreeWidgetItem* item);

    Database& m_db;
    JournalEntry m_entry;
    bool m_filling = false;
    QSpinBox* m_minimum;
    QSpinBox* m_maximum;
    QLineEdit* m_action;
    QDateEdit* m_due;
    QPushButton* m_add;
    QTreeWidget* m_actions;
    InlineMessage* m_message;
};

} // namespace finalist
