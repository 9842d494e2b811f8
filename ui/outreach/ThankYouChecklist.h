#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace finalist {

class Database;
class OpportunityChoiceModel;
class InlineMessage;

// Per opportunity: everyone met, who has been thanked, and how long it has been since the
// round for those who have not. The aim is a note within a day.
class ThankYouChecklist : public QWidget
{
    Q_OBJECT
public:
    explicit ThankYouChecklist(Database& db, QWidget* parent = nullptr);

    QComboBox* opportunityBox() const { return m_opportunity; }
    QTreeWidget* people() const { return m_people; }
    QLabel* summary() const { return m_summary; }

public slots:
    void reload();
    // Drafts a thank-you for the selected person; nothing when they already have one.
    void draftForSelected();

signals:
    void drafted(qint64 outreachId);

private:
    void showPeople();

    Database& m_db;
    QComboBox* m_opportunity;
    OpportunityChoiceModel* m_choices;
    QLabel* m_summary;
    QTreeWidget* m_people;
    InlineMessage* m_message;
};

} // namespace finalist
