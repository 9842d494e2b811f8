#pragma once

#include "services/OpportunityTrash.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QCompleter;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace finalist {

class Database;
class InlineMessage;
class UndoBar;

// An opportunity's rounds as a timeline, oldest first, with who was in each: the record of the
// journal's step 1 and of an opportunity's page. Rounds are added, edited (Edit… or a double
// click: kind, date and time, outcome, notes), deleted with Undo; people are picked from the
// contacts (completion on their names) or typed in as new contacts, given their role, and
// removed from a round with Undo.
class RoundsPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RoundIdRole = Qt::UserRole + 1;
    static constexpr int ContactIdRole = Qt::UserRole + 2; // 0 on a round's own row

    explicit RoundsPanel(Database& db, QWidget* parent = nullptr);
    // 0: none chosen; the panel says where to choose or create one.
    void setOpportunity(qint64 opportunityId);
    void setHint(const QString& noOpportunityHint) { m_hint = noOpportunityHint; }
    // On a page that scrolls, the tree is as tall as its rows instead of scrolling itself.
    void setFitToRows(bool fit) { m_fitToRows = fit; }
    void reload();

    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* personEdit() const { return m_person; }
    QComboBox* kindBox() const { return m_kind; }
    QDateEdit* dateEdit() const { return m_heldOn; }
    QComboBox* roleBox() const { return m_role; }
    QPushButton* addRoundButton() const { return m_addRound; }
    QPushButton* removeButton() const { return m_remove; }
    InlineMessage* message() const { return m_message; }
    UndoBar* undoBar() const { return m_undo; }

    void addRound();
    void addPerson();
    void editSelectedRound(); // opens the round's dialog
    void removeSelected(); // the round, or the person from the round
    void selectRound(qint64 roundId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void peopleChanged();
    void roundsChanged();

private:
    qint64 selectedRound() const;
    qint64 selectedContact() const;
    void fillCompletions(const QString& company);
    void readCompletionsIfNeeded();
    void offerNames(QCompleter* completer); // nullptr: none
    void updateSelectionControls();
    void setSelectedRole();
    QString roundLabel(const Round& round) const;
    void fitTree();

    Database& m_db;
    qint64 m_opportunityId = 0;
    QString m_company;
    QString m_hint;
    bool m_fitToRows = false;
    bool m_completionsRead = false; // for the process shown
    QHash<QString, qint64> m_contactIds; // completion text -> contact
    QTreeWidget* m_tree;
    QComboBox* m_kind;
    QDateEdit* m_heldOn;
    QPushButton* m_addRound;
    QLineEdit* m_person;
    QPushButton* m_addPerson;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QComboBox* m_role;
    InlineMessage* m_message;
    UndoBar* m_undo;
};

} // namespace finalist
