#pragma once

#include "services/EntryTrash.h"

#include <optional>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace finalist {

class UndoBar;

class Database;
class OpportunityChoiceModel;
class EntryEditor;
class JournalListModel;

// The Journal section: the entry list with search and filters beside the entry editor.
class JournalView : public QWidget
{
    Q_OBJECT
public:
    explicit JournalView(Database& db, QWidget* parent = nullptr);

    bool flush(); // saves what is pending; false when it could not be saved

    EntryEditor* editor() const { return m_editor; }
    QListView* list() const { return m_list; }
    QLineEdit* searchBox() const { return m_search; }
    JournalListModel* model() const { return m_model; }

public slots:
    void refreshOpportunities(); // after opportunities changed elsewhere
    // After a sync changed entries: what is typed is saved first, then the list and the open
    // entry read afresh (merged with what came in).
    void reloadAfterSync();
    void newEntry();
    void newEntryFromOpportunity(qint64 opportunityId);
    void chooseOpportunityForEntry(); // asks which opportunity, then starts the entry
    void duplicateEntry();
    void deleteEntry();
    void exportJournal();
    void undoDelete();
    void select(qint64 entryId);
    // The newest entry, when none is open: what a returning user most likely wants.
    void selectFirst();

private:
    void applyFilter();
    void fillFilters();
    void currentChanged(qint64 entryId);
    void showListState();

    Database& m_db;
    JournalListModel* m_model;
    EntryEditor* m_editor;
    QListView* m_list;
    QLineEdit* m_search;
    QComboBox* m_opportunity;
    OpportunityChoiceModel* m_opportunityChoices;
    QComboBox* m_tag;
    QComboBox* m_mood;
    QLabel* m_listState;
    UndoBar* m_undo;
    QTimer* m_searchDelay;
};

} // namespace finalist
