#pragma once

#include "NetworkViewState.h"
#include "services/NetworkGraph.h"

#include <functional>
#include <memory>
#include <optional>
#include <QHash>
#include <QWidget>
#include <vector>

class QAction;
class QComboBox;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QMenu;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace finalist {

class Database;
class OpportunityChoiceModel;
class EmptyStateWidget;
class NetworkLegend;
class NetworkEdgesItem;
class NetworkNodeItem;

// The Network section: you in the centre, companies as hubs, people around them. The layout is
// computed on another thread and its positions saved, so the picture opens as it was left.
// Names are placed after the layout and again after every zoom, where they cover nothing;
// the least important give way when there is no room.
class NetworkView : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkView(Database& db, QWidget* parent = nullptr);
    ~NetworkView() override;

    QGraphicsScene* scene() const { return m_scene; }
    QGraphicsView* canvas() const { return m_view; }
    QComboBox* focusBox() const { return m_focus; }
    QSpinBox* hopsBox() const { return m_hops; }
    bool isLayingOut() const { return m_layingOut; }
    qint64 selectedContact() const;
    const std::vector<NetworkNodeItem*>& nodes() const { return m_nodes; }
    NetworkNodeItem* nodeAt(const QPoint& viewportPos) const;
    EmptyStateWidget* emptyState() const; // the one on show instead of the graph, or nullptr

    qreal zoom() const;
    void setZoom(qreal zoom); // about the middle of the screen

    // The menu a right click at this place of the canvas opens: the person's quick actions, the
    // company's processes, or the view's own (fit, zoom) on empty space.
    std::unique_ptr<QMenu> menuAt(const QPoint& viewportPos);

    QByteArray saveViewState() const;
    // False, and nothing changed, for bytes that are not a saved network view.
    bool restoreViewState(const QByteArray& state);

    bool exportPng(const QString& path);
    bool exportSvg(const QString& path);

public slots:
    void reload(); // builds the graph for the chosen focus and lays it out
    void selectContact(qint64 contactId); // keeps the selection in step with the table
    void fit();
    void resetZoom(); // one scene unit to a pixel, you in the middle
    void placeLabels(); // for the zoom on screen

signals:
    void contactSelected(qint64 contactId);
    void laidOut(); // the scene shows the new layout
    // Asked for from a double click or the context menu; the window shows them elsewhere.
    void contactRequested(qint64 contactId);
    void opportunityRequested(qint64 opportunityId);
    void newOpportunityRequested(const QString& company);
    // The contact's quick actions, done where the Contacts section does them.
    void draftNoteRequested(qint64 contactId);
    void thankYouSentRequested(qint64 contactId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Process
    {
        qint64 id = 0;
        QString title;
        bool open = false;
    };

    void refreshOpportunities();
    void showGraph(const NetworkGraph& graph, const NetworkScope& scope);
    void rankNodes(const NetworkGraph& graph);
    void placeLabelsAt(qreal scale);
    NetworkViewState currentState() const;
    void applyState(const NetworkViewState& state);
    void markSelected(qint64 contactId);
    std::vector<Process> processesAt(const NetworkNodeItem* company) const;
    void openNode(const NetworkNodeItem* node);
    void fillPersonMenu(QMenu& menu, const NetworkNodeItem* person);
    void fillCompanyMenu(QMenu& menu, const NetworkNodeItem* company);
    void savePositions();
    void chooseExport();
    void renderWithNamesAtSceneScale(const std::function<void()>& render);

    Database& m_db;
    QGraphicsScene* m_scene;
    QGraphicsView* m_view;
    QStackedWidget* m_pages; // the graph, or what will appear there
    EmptyStateWidget* m_nobody;
    EmptyStateWidget* m_nobodyInProcess;
    QComboBox* m_focus;
    OpportunityChoiceModel* m_focusChoices;
    QSpinBox* m_hops;
    QLabel* m_state;
    QPushButton* m_fitButton;
    QPushButton* m_exportButton;
    NetworkLegend* m_legend;
    QTimer* m_relabel; // folds a run of wheel steps into one placement
    QAction* m_zoomIn;
    QAction* m_zoomOut;
    QAction* m_resetZoom;
    QAction* m_fit;
    std::vector<NetworkNodeItem*> m_nodes;
    NetworkEdgesItem* m_edges = nullptr; // the scene's, gone with it
    QHash<QString, QPointF> m_savedPositions; // as stored: what savePositions need not write
    QHash<qint64, NetworkNodeItem*> m_byContact;
    QHash<QString, std::vector<Process>> m_processes; // by company node key, newest first
    std::optional<NetworkScope> m_shownScope;
    std::optional<NetworkViewState> m_pending; // restored before its layout was ready
    bool m_fitted = false; // fitted by the view, not zoomed or moved by the user since
    bool m_layingOut = false;
    int m_generation = 0; // a newer reload makes older layouts stale
};

} // namespace finalist
