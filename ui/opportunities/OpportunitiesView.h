#pragma once

#include "domain/Enums.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace finalist {

class BoardView;
class Database;
class EmptyStateWidget;
class FunnelBar;
class OpportunityListModel;
class OpportunityPage;
class UndoBar;

// The Opportunities section: every hiring process as a pipeline board (a column per stage) or
// a sortable list, filtered by stage, open or closed, and words; the funnel above; and a
// process's own page. New processes come from New Opportunity… or an interview invitation.
class OpportunitiesView : public QWidget
{
    Q_OBJECT
public:
    explicit OpportunitiesView(Database& db, QWidget* parent = nullptr);

    BoardView* board() const { return m_board; }
    QTableView* list() const { return m_list; }
    QSortFilterProxyModel* listProxy() const { return m_listProxy; }
    OpportunityListModel* model() const { return m_model; }
    OpportunityPage* page() const { return m_page; }
    FunnelBar* funnel() const { return m_funnel; }
    UndoBar* undoBar() const { return m_undo; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* stageFilter() const { return m_stage; }
    QComboBox* opennessFilter() const { return m_openness; }
    QCheckBox* archivedFilter() const { return m_archived; }
    bool isShowingPage() const;
    bool isBoardMode() const;

    bool flush(); // saves the page's pending edits; false when they could not be saved

public slots:
    void reload(); // after changes elsewhere
    void newOpportunity(const QString& company = {}, Stage stage = Stage::Applied);
    void importInvitation(const QString& path = {}, qint64 opportunityId = 0);
    bool showOpportunity(qint64 id);
    void showOverview();
    void setBoardMode(bool board);
    void deleteOpportunity(qint64 id);

signals:
    void changed(); // a process was added, moved, edited or deleted: other sections read again
    void reflectionRequested(qint64 opportunityId);
    void answerRejectionRequested(qint64 opportunityId);
    void entryRequested(qint64 entryId);
    void noteRequested(qint64 outreachId);

private:
    QWidget* buildToolbar();
    void applyFilter();
    void showMenu(qint64 id, const QPoint& globalPos);
    void updateCount();
    void setArchived(qint64 id, bool archived);

    Database& m_db;
    OpportunityListModel* m_model;
    QSortFilterProxyModel* m_listProxy;
    BoardView* m_board;
    QTableView* m_list;
    OpportunityPage* m_page;
    FunnelBar* m_funnel;
    UndoBar* m_undo;
    EmptyStateWidget* m_empty;
    QStackedWidget* m_views; // overview, empty, page
    QStackedWidget* m_overview; // board, list
    QToolButton* m_boardButton;
    QToolButton* m_listButton;
    QLineEdit* m_search;
    QComboBox* m_stage;
    QComboBox* m_openness;
    QCheckBox* m_archived;
    QLabel* m_count;
    QTimer* m_searchDelay;
};

} // namespace finalist
