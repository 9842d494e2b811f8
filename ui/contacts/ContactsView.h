#pragma once

#include "ContactFileActions.h"
#include "services/ContactTrash.h"

#include <optional>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace finalist {

class UndoBar;

class ContactDetail;
class ContactListModel;
class Database;
class OpportunityChoiceModel;

// The Contacts section: the table with its search and filters, and the detail pane beside it.
class ContactsView : public QWidget
{
    Q_OBJECT
public:
    explicit ContactsView(Database& db, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    ContactListModel* model() const { return m_model; }
    ContactDetail* detail() const { return m_detail; }
    QComboBox* companyFilter() const { return m_company; }
    QComboBox* roleFilter() const { return m_role; }
    QCheckBox* dueFilter() const { return m_due; }

    void select(qint64 contactId);
    // The first in the list, when nobody is shown, so the pane is not an empty form.
    void selectFirst();
    // Saves an edited contact (or a new one with words typed); false when it could not be.
    bool flush();

public slots:
    void addContact(); // an empty form; nothing is written until Save
    void deleteContact();
    void undoDelete();
    void chooseMerge(); // asks which contact to fold into the shown one
    bool mergeIntoShown(qint64 otherId);
    // Asks for a file and imports it; the contacts line then offers to undo the import.
    bool importContacts();
    bool importFile(const QString& path); // the same, for a file already chosen
    // After an import from here or the File menu: the list again, and Undo for the import.
    void importFinished(const FinishedImport& done);
    void reload(); // after changes elsewhere (an import, the journal)

private:
    void applyFilter();
    void fillFilters();
    void showState();

    Database& m_db;
    ContactListModel* m_model;
    QTableView* m_table;
    ContactDetail* m_detail;
    QLineEdit* m_search;
    QComboBox* m_company;
    QComboBox* m_role;
    QComboBox* m_opportunity;
    OpportunityChoiceModel* m_opportunityChoices;
    QComboBox* m_linkedIn;
    QCheckBox* m_due;
    QLabel* m_state;
    UndoBar* m_undo;
    QTimer* m_searchDelay;
    qint64 m_beforeNew = 0; // shown again when a new contact is cancelled
};

} // namespace finalist
