#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;

namespace finalist {

class Database;
class EmptyStateWidget;
class InlineMessage;
class OpportunityChoiceModel;

// What each process proved, to be read on a bad day: the achievements the record shows (rounds
// passed, people met, the final reached) and the ones written by hand.
class WinsView : public QWidget
{
    Q_OBJECT
public:
    explicit WinsView(Database& db, QWidget* parent = nullptr);

    QListView* opportunities() const { return m_opportunities; }
    QListWidget* wins() const { return m_wins; }
    QLineEdit* winEdit() const { return m_edit; }
    QPushButton* addButton() const { return m_add; }
    InlineMessage* message() const { return m_message; }
    void selectOpportunity(qint64 opportunityId);
    void removeSelected();

public slots:
    void reload();

signals:
    // The rejection wizard, on the opportunity shown.
    void answerRejectionRequested(qint64 opportunityId);

public slots:
    void addWin();

private:
    void showWins();
    qint64 currentOpportunity() const;

    Database& m_db;
    QListView* m_opportunities;
    OpportunityChoiceModel* m_choices;
    QLabel* m_heading;
    QListWidget* m_wins;
    QLineEdit* m_edit;
    QPushButton* m_add;
    QPushButton* m_remove;
    InlineMessage* m_message;
    EmptyStateWidget* m_empty;
};

} // namespace finalist
