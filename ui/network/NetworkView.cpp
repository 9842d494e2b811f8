#include "NetworkView.h"

#include "common/EmptyStateWidget.h"
#include "common/OpportunityChoiceModel.h"
#include "domain/Stages.h"
#include "NetworkCanvas.h"
#include "NetworkEdgesItem.h"
#include "NetworkLabelPlacer.h"
#include "NetworkLegend.h"
#include "NetworkNodeItem.h"
#include "storage/Database.h"
#include "storage/NetworkQuery.h"

#include <cmath>
#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace finalist {

namespace {

constexpr qreal kMinZoom = 0.05;
constexpr qreal kMaxZoom = 6.0;
constexpr qreal kFitMaxZoom = 1.5; // a small network fitted is not blown up to giant dots
constexpr qreal kZoomStep = 1.25;
// Below this zoom the people are too close for everyone's name: only the prominent ones try.
constexpr qreal kNamesZoom = 0.45;

// Importance of a name: you first, then the companies, then people in a process still going,
// then by how connected and how warm they are.
constexpr int kMe = 1'000'000;
constexpr int kCompany = 100'000;
constexpr int kInOpenProcess = 10'000;
constexpr int kPerConnection = 10;
constexpr int kProminent = 3 * kPerConnection; // three connections, or more important
constexpr int kSelected = 10'000'000;

QString companyKey(const QString& company)
{
    return QStringLiteral("company:") + company.trimmed().toCaseFolded(); // as NetworkGraph does
}

} // namespace

NetworkView::NetworkView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_scene(new QGraphicsScene(this))
    , m_view(new NetworkCanvas(m_scene, this))
    , m_pages(new QStackedWidget(this))
    , m_nobody(new EmptyStateWidget(
          tr("Your network grows here"),
          tr("The people you meet in hiring processes appear here, around the companies where "
             "you met them, with who introduced whom and the processes they belong to. Record "
             "an opportunity and add the people you met to its rounds, or bring in your "
             "LinkedIn connections with File ▸ Import Contacts."),
          this))
    , m_nobodyInProcess(new EmptyStateWidget(
          tr("Nobody recorded in this process yet"),
          tr("Add the people you met to the rounds of this opportunity on its page, and they "
             "appear here around the company. Choose “Everyone” in Focus to see your whole "
             "network."),
          this))
    , m_focus(new QComboBox(this))
    , m_focusChoices(new OpportunityChoiceModel(db, this))
    , m_hops(new QSpinBox(this))
    , m_state(new QLabel(this))
    , m_fitButton(new QPushButton(tr("Fit"), this))
    , m_exportButton(new QPushButton(tr("Export…"), this))
    , m_legend(new NetworkLegend(m_view))
    , m_relabel(new QTimer(this))
    , m_zoomIn(new QAction(tr("Zoom In"), this))
    , m_zoomOut(new QAction(tr("Zoom Out"), this))
    , m_resetZoom(new QAction(tr("Reset Zoom"), this))
    , m_fit(new QAction(tr("Fit to View"), this))
{
    m_view->setObjectName(QStringLiteral("networkCanvas"));
    m_view->setAccessibleName(tr("Network of people"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    // A map, moved by dragging: no scroll bars to come and go and shift it; a resized window
    // keeps the middle where it was.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setResizeAnchor(QGraphicsView::AnchorViewCenter);
    m_view->viewport()->installEventFilter(this);
    m_nobody->setObjectName(QStringLiteral("networkEmpty"));
    m_nobody->setGlyph(Glyph::Network);
    m_nobodyInProcess->setObjectName(QStringLiteral("networkEmptyProcess"));
    m_nobodyInProcess->setGlyph(Glyph::Network);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_nobody);
    m_pages->addWidget(m_nobodyInProcess);
    m_focus->setObjectName(QStringLiteral("networkFocus"));
    m_focusChoices->setLeadingRow(tr("Everyone (the warmest 2,000)"), qint64(0));
    m_focus->setModel(m_focusChoices);
    // Long process names elide instead of widening the window.
    m_focus->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_focus->setMinimumContentsLength(16);
    m_hops->setRange(0, 2);
    m_hops->setPrefix(tr("Friends of friends: "));
    m_hops->setSpecialValueText(tr("Friends of friends: none"));
    m_hops->setToolTip(tr("Also show the people one or two introductions away"));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a status may be cut
    m_fitButton->setToolTip(tr("Show the whole network"));
    m_relabel->setSingleShot(true);
    m_relabel->setInterval(40);

    // The view's own actions, with their keys while the canvas has the focus; the context
    // menu on empty space offers the same ones.
    const struct
    {
        QAction* action;
        const char* name;
        QKeySequence keys;
    } actions[] = {
        { m_zoomIn, "networkZoomIn", QKeySequence::ZoomIn },
        { m_zoomOut, "networkZoomOut", QKeySequence::ZoomOut },
        { m_resetZoom, "networkResetZoom", QKeySequence(Qt::CTRL | Qt::Key_0) },
        { m_fit, "networkFit", QKeySequence() },
    };
    for (const auto& [action, name, keys] : actions) {
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Focus"), this));
    bar->addWidget(m_focus);
    bar->addWidget(m_hops);
    bar->addWidget(m_state, 1);
    bar->addWidget(m_fitButton);
    bar->addWidget(m_exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);

    connect(m_focus, &QComboBox::activated, this, &NetworkView::reload);
    connect(m_hops, &QSpinBox::valueChanged, this, &NetworkView::reload);
    connect(m_fitButton, &QPushButton::clicked, this, &NetworkView::fit);
    connect(m_exportButton, &QPushButton::clicked, this, &NetworkView::chooseExport);
    connect(m_zoomIn, &QAction::triggered, this, [this] { setZoom(zoom() * kZoomStep); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { setZoom(zoom() / kZoomStep); });
    connect(m_resetZoom, &QAction::triggered, this, &NetworkView::resetZoom);
    connect(m_fit, &QAction::triggered, this, &NetworkView::fit);
    connect(m_relabel, &QTimer::timeout, this, &NetworkView::placeLabels);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        placeLabels(); // the chosen person's name is shown first
        const qint64 id = selectedContact();
        if (id > 0)
            emit contactSelected(id);
    });

    reload();
}

NetworkView::~NetworkView()
{
    ++m_generation; // a layout still running finds nothing to deliver to
    // The scene goes with the children and tells of the selected items it deletes.
    m_scene->disconnect(this);
    m_nodes.clear();
    m_byContact.clear();
}

// The focus list and which processes each company hub stands for, read again on every reload
// so a process recorded since shows up.
void NetworkView::refreshOpportunities()
{
    if (const QString error = m_focusChoices->refreshKeepingChoice(*m_focus); !error.isEmpty()) {
        m_state->setText(error);
        return;
    }
    m_processes.clear();
    for (int row = 1; row < m_focusChoices->rowCount(); ++row) {
        const OpportunityChoice& o = *m_focusChoices->choiceAt(row);
        m_processes[companyKey(o.company)].push_back(
            { o.id, OpportunityChoiceModel::label(o), stages::isOpen(o.stage) && !o.archived });
    }
}

void NetworkView::reload()
{
    refreshOpportunities();
    NetworkScope scope;
    scope.opportunityId = m_focus->currentData().toLongLong();
    scope.hops = m_hops->value();
    auto graph = buildNetworkGraph(m_db, scope);
    if (!graph) {
        m_state->setText(graph.error().message);
        return;
    }
    auto stored = NetworkQuery(m_db).positions();
    m_savedPositions = stored ? stored.value() : QHash<QString, QPointF>();
    const QHash<QString, QPointF> positions = m_savedPositions;
    m_layingOut = true;
    m_state->setText(
        tr("Arranging %n (person|people)…", nullptr, int(graph.value().nodes.size()) - 1));
    // The layout is pure computation on copies: nothing of the database or the scene crosses
    // to the other thread.
    const int generation = ++m_generation;
    auto result = std::make_shared<NetworkGraph>(std::move(graph).value());
    QThread* worker = QThread::create([result, positions] { layoutNetwork(*result, positions); });
    QPointer<NetworkView> self(this);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [self, result, generation, scope] {
        if (!self || generation != self->m_generation)
            return;
        self->showGraph(*result, scope);
    });
    worker->start();
}

void NetworkView::showGraph(const NetworkGraph& graph, const NetworkScope& scope)
{
    // Coming back to the same network keeps the zoom and place the user left it at; a view
    // restored from the settings before this layout was ready takes its place now.
    std::optional<NetworkViewState> keep = std::exchange(m_pending, std::nullopt);
    const bool sameScope = m_shownScope && m_shownScope->opportunityId == scope.opportunityId
        && m_shownScope->hops == scope.hops;
    if (!keep && sameScope && !m_byContact.isEmpty() && !m_fitted)
        keep = currentState();
    const qint64 selected = keep ? keep->selectedContact : selectedContact();
    m_nodes.clear();
    m_byContact.clear();
    {
        const QSignalBlocker blocker(m_scene); // no selection news about items going away
        m_scene->clear();
        m_edges = nullptr;
    }
    QRectF bounds;
    for (const NetworkNode& node : graph.nodes) {
        auto* item = new NetworkNodeItem(node, palette());
        m_scene->addItem(item);
        m_nodes.push_back(item);
        bounds |= item->dotSceneRect();
        if (node.contactId > 0)
            m_byContact.insert(node.contactId, item);
    }
    m_edges = new NetworkEdgesItem(palette().color(QPalette::WindowText));
    for (const NetworkEdge& edge : graph.edges)
        m_edges->add(m_nodes[std::size_t(edge.from)], m_nodes[std::size_t(edge.to)], edge.kind);
    m_scene->addItem(m_edges);
    for (NetworkNodeItem* node : m_nodes)
        node->setEdges(m_edges);
    rankNodes(graph);
    // Room to pan beyond the outermost people, so any of them can be brought to the middle.
    const qreal room = std::max({ 600.0, bounds.width() / 2, bounds.height() / 2 });
    m_scene->setSceneRect(bounds.adjusted(-room, -room, room, room));

    const bool nobody = m_byContact.isEmpty();
    m_pages->setCurrentWidget(!nobody                   ? static_cast<QWidget*>(m_view)
                                  : scope.opportunityId ? m_nobodyInProcess
                                                        : m_nobody);
    m_fitButton->setEnabled(!nobody);
    m_exportButton->setEnabled(!nobody);
    m_state->setText(tr("%n (person|people)", nullptr, int(m_byContact.size())));
    m_shownScope = scope;
    m_layingOut = false;
    savePositions();
    if (keep) {
        applyState(*keep);
    } else {
        fit();
        if (selected > 0)
            selectContact(selected);
    }
    emit laidOut();
}

void NetworkView::rankNodes(const NetworkGraph& graph)
{
    std::vector<int> connections(graph.nodes.size(), 0);
    std::vector<bool> inOpenProcess(graph.nodes.size(), false);
    for (const NetworkEdge& edge : graph.edges) {
        ++connections[std::size_t(edge.from)];
        ++connections[std::size_t(edge.to)];
        const NetworkNode& hub = graph.nodes[std::size_t(edge.from)];
        if (hub.kind != NetworkNode::Kind::Company)
            continue;
        for (const Process& process : m_processes.value(hub.key))
            if (process.open)
                inOpenProcess[std::size_t(edge.to)] = true;
    }
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const NetworkNode& node = graph.nodes[i];
        int importance = connections[i] * kPerConnection + node.warmth;
        if (node.kind == NetworkNode::Kind::Me)
            importance += kMe;
        else if (node.kind == NetworkNode::Kind::Company)
            importance += kCompany;
        else if (inOpenProcess[i])
            importance += kInOpenProcess;
        m_nodes[i]->setImportance(importance);
    }
}

void NetworkView::placeLabels()
{
    m_relabel->stop();
    placeLabelsAt(zoom());
}

// Names keep their size on screen, so whether they collide depends on the zoom: the dots are
// measured at this scale, in pixels, and each name's place converted back to scene units.
void NetworkView::placeLabelsAt(qreal scale)
{
    std::vector<LabelRequest> requests;
    requests.reserve(m_nodes.size());
    const bool crowded = scale < kNamesZoom;
    for (const NetworkNodeItem* node : m_nodes) {
        const QRectF dot = node->dotSceneRect();
        LabelRequest request;
        request.dot = QRectF(dot.topLeft() * scale, dot.size() * scale);
        request.label = node->labelSize();
        request.importance = node->importance() + (node->isSelected() ? kSelected : 0);
        request.wanted = !crowded || request.importance >= kProminent;
        requests.push_back(request);
    }
    const auto placed = findLabelPlaces(requests);
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        NetworkNodeItem* node = m_nodes[i];
        node->placeLabel(placed[i] ? std::optional<QPointF>(*placed[i] / scale) : std::nullopt,
                         scale);
    }
}

qreal NetworkView::zoom() const
{
    return m_view->transform().m11();
}

void NetworkView::setZoom(qreal zoom)
{
    m_fitted = false;
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    m_view->setTransform(QTransform::fromScale(std::clamp(zoom, kMinZoom, kMaxZoom),
                                               std::clamp(zoom, kMinZoom, kMaxZoom)));
    m_view->centerOn(centre);
    placeLabels();
}

void NetworkView::resetZoom()
{
    m_fitted = false;
    m_view->setTransform(QTransform());
    m_view->centerOn(QPointF()); // you
    placeLabels();
}

void NetworkView::fit()
{
    QRectF bounds;
    for (const NetworkNodeItem* node : m_nodes)
        bounds |= node->dotSceneRect();
    if (bounds.isEmpty())
        return;
    // Room on screen for the outermost names, beside or above their dots: the names keep
    // their size at every zoom, so the margin is in pixels, not in the scene's units.
    const QSizeF viewport = m_view->viewport()->size();
    const QSizeF room(std::min(110.0, viewport.width() / 4), std::min(26.0, viewport.height() / 4));
    const qreal fits
        = std::min((viewport.width() - 2 * room.width()) / std::max(bounds.width(), 1.0),
                   (viewport.height() - 2 * room.height()) / std::max(bounds.height(), 1.0));
    const qreal z = std::clamp(fits, kMinZoom, kFitMaxZoom);
    m_view->setTransform(QTransform::fromScale(z, z));
    m_view->centerOn(bounds.center());
    m_fitted = true;
    placeLabels();
}

NetworkViewState NetworkView::currentState() const
{
    NetworkViewState state;
    state.opportunityId = m_focus->currentData().toLongLong();
    state.hops = m_hops->value();
    state.zoom = zoom();
    state.centre = m_view->mapToScene(m_view->viewport()->rect().center());
    state.selectedContact = selectedContact();
    return state;
}

void NetworkView::applyState(const NetworkViewState& state)
{
    m_fitted = false;
    const qreal z = std::clamp(state.zoom, kMinZoom, kMaxZoom);
    m_view->setTransform(QTransform::fromScale(z, z));
    m_view->centerOn(state.centre);
    markSelected(state.selectedContact);
    placeLabels();
}

QByteArray NetworkView::saveViewState() const
{
    return (m_pending ? *m_pending : currentState()).toBytes();
}

bool NetworkView::restoreViewState(const QByteArray& bytes)
{
    std::optional<NetworkViewState> state = NetworkViewState::fromBytes(bytes);
    if (!state)
        return false;
    int index = m_focus->findData(state->opportunityId);
    if (index < 0) { // that process was deleted since: everyone instead
        index = 0;
        state->opportunityId = 0;
    }
    const bool scopeChanges = index != m_focus->currentIndex() || state->hops != m_hops->value();
    {
        const QSignalBlocker focusBlocker(m_focus);
        const QSignalBlocker hopsBlocker(m_hops);
        m_focus->setCurrentIndex(index);
        m_hops->setValue(state->hops);
    }
    m_pending = state;
    if (scopeChanges)
        reload(); // the new layout applies it
    else if (!m_layingOut)
        applyState(*std::exchange(m_pending, std::nullopt));
    return true;
}

qint64 NetworkView::selectedContact() const
{
    for (QGraphicsItem* item : m_scene->selectedItems())
        if (auto* node = dynamic_cast<NetworkNodeItem*>(item); node && node->contactId() > 0)
            return node->contactId();
    return 0;
}

void NetworkView::selectContact(qint64 contactId)
{
    NetworkNodeItem* node = m_byContact.value(contactId);
    if (!node || node->isSelected())
        return;
    markSelected(contactId);
    m_view->ensureVisible(node, 80, 80);
    placeLabels();
}

// Selects without moving the view and without telling the other sections.
void NetworkView::markSelected(qint64 contactId)
{
    const QSignalBlocker blocker(m_scene);
    m_scene->clearSelection();
    if (NetworkNodeItem* node = m_byContact.value(contactId))
        node->setSelected(true);
}

// Only the people who moved (a new layout, a drag) are written: a graph that opens where it
// was left writes nothing, and the other sections see nothing new to read.
void NetworkView::savePositions()
{
    QHash<QString, QPointF> moved;
    for (const NetworkNodeItem* node : m_nodes) {
        const auto saved = m_savedPositions.constFind(node->key());
        if (saved == m_savedPositions.cend() || (*saved - node->pos()).manhattanLength() > 0.5)
            moved.insert(node->key(), node->pos());
    }
    if (moved.isEmpty())
        return;
    if (auto saved = NetworkQuery(m_db).savePositions(moved); !saved) {
        m_state->setText(saved.error().message); // the picture still works; it just will not
        return; // reopen the same
    }
    m_savedPositions.insert(moved);
}

NetworkNodeItem* NetworkView::nodeAt(const QPoint& viewportPos) const
{
    for (QGraphicsItem* item : m_view->items(viewportPos)) {
        if (auto* node = dynamic_cast<NetworkNodeItem*>(item))
            return node;
    }
    // A name is not part of the dot's shape (a click on it selects nobody), but pointing at it
    // means its person: it is found where it is drawn, at its size on screen.
    for (QGraphicsItem* item :
         m_view->items(QRect(viewportPos, QSize(1, 1)), Qt::IntersectsItemBoundingRect)) {
        auto* node = dynamic_cast<NetworkNodeItem*>(item);
        if (!node || !node->labelOffset())
            continue;
        const QPoint corner = m_view->mapFromScene(node->mapToScene(*node->labelOffset()));
        if (QRectF(corner, node->labelSize()).contains(viewportPos))
            return node;
    }
    return nullptr;
}

EmptyStateWidget* NetworkView::emptyState() const
{
    return qobject_cast<EmptyStateWidget*>(m_pages->currentWidget());
}

bool NetworkView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::Wheel: {
            const auto* wheel = static_cast<QWheelEvent*>(event);
            const qreal wanted = zoom() * std::pow(1.0015, wheel->angleDelta().y());
            const qreal factor = std::clamp(wanted, kMinZoom, kMaxZoom) / zoom();
            m_view->scale(factor, factor);
            m_fitted = false;
            for (NetworkNodeItem* node : m_nodes)
                node->rescaleLabel(zoom());
            m_relabel->start(); // placed anew once the wheel rests
            return true;
        }
        case QEvent::Resize:
            m_legend->move(8, 8);
            if (m_fitted)
                fit(); // until the user moves it, the network fills the window
            break;
        case QEvent::MouseMove:
            if (static_cast<QMouseEvent*>(event)->buttons() != Qt::NoButton)
                m_fitted = false; // dragged: the user's view from now on
            break;
        case QEvent::MouseButtonRelease:
            savePositions(); // a node dragged by hand stays where it was put
            placeLabels();
            break;
        case QEvent::MouseButtonDblClick: {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            if (NetworkNodeItem* node = nodeAt(mouse->position().toPoint())) {
                openNode(node);
                return true;
            }
            break;
        }
        case QEvent::ContextMenu: {
            const auto* request = static_cast<QContextMenuEvent*>(event);
            if (std::unique_ptr<QMenu> menu = menuAt(request->pos()); !menu->isEmpty())
                menu->exec(request->globalPos());
            return true;
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NetworkView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_layingOut)
        reload(); // node and edge colours follow light and dark palettes
    QWidget::changeEvent(event);
}

} // namespace finalist
