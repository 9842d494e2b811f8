#include "NetworkView.h"

#include "NetworkLegend.h"
#include "NetworkNodeItem.h"
#include "storage/Database.h"
#include "storage/NetworkQuery.h"
#include "storage/OpportunityRepository.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace finalist {

NetworkView::NetworkView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_scene(new QGraphicsScene(this))
    , m_view(new QGraphicsView(m_scene, this))
    , m_focus(new QComboBox(this))
    , m_hops(new QSpinBox(this))
    , m_state(new QLabel(this))
    , m_legend(new NetworkLegend(m_view))
{
    m_view->setObjectName(QStringLiteral("networkCanvas"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->viewport()->installEventFilter(this);
    m_focus->setObjectName(QStringLiteral("networkFocus"));
    m_focus->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hops->setRange(0, 2);
    m_hops->setPrefix(tr("Friends of friends: "));
    m_hops->setSpecialValueText(tr("Friends of friends: none"));
    m_hops->setToolTip(tr("Also show the people one or two introductions away"));
    m_state->setForegroundRole(QPalette::PlaceholderText);

    auto* fitButton = new QPushButton(tr("Fit"), this);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Focus"), this));
    bar->addWidget(m_focus);
    bar->addWidget(m_hops);
    bar->addWidget(m_state, 1);
    bar->addWidget(fitButton);
    bar->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_focus, &QComboBox::activated, this, &NetworkView::reload);
    connect(m_hops, &QSpinBox::valueChanged, this, &NetworkView::reload);
    connect(fitButton, &QPushButton::clicked, this, &NetworkView::fit);
    connect(exportButton, &QPushButton::clicked, this, &NetworkView::chooseExport);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const qint64 id = selectedContact();
        if (id > 0)
            emit contactSelected(id);
    });

    fillFocus();
    reload();
}

NetworkView::~NetworkView()
{
    ++m_generation; // a layout still running finds nothing to deliver to
}

void NetworkView::fillFocus()
{
    m_focus->clear();
    m_focus->addItem(tr("Everyone (the warmest 2,000)"), qint64(0));
    if (auto list = OpportunityRepository(m_db).list())
        for (const Opportunity& o : list.value())
            m_focus->addItem(o.role.isEmpty() ? o.company : tr("%1 — %2").arg(o.company, o.role),
                             o.id);
}

void NetworkView::reload()
{
    NetworkScope scope;
    scope.opportunityId = m_focus->currentData().toLongLong();
    scope.hops = m_hops->value();
    auto graph = buildNetworkGraph(m_db, scope);
    if (!graph) {
        m_state->setText(graph.error().message);
        return;
    }
    auto stored = NetworkQuery(m_db).positions();
    const QHash<QString, QPointF> positions = stored ? stored.value() : QHash<QString, QPointF>();
    m_layingOut = true;
    m_state->setText(tr("Arranging %n people…", nullptr, int(graph.value().nodes.size()) - 1));
    // The layout is pure computation on copies: nothing of the database or the scene crosses
    // to the other thread.
    const int generation = ++m_generation;
    auto result = std::make_shared<NetworkGraph>(std::move(graph).value());
    QThread* worker = QThread::create([result, positions] { layoutNetwork(*result, positions); });
    QPointer<NetworkView> self(this);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [self, result, generation] {
        if (!self || generation != self->m_generation)
            return;
        self->showGraph(*result);
    });
    worker->start();
}

void NetworkView::showGraph(const NetworkGraph& graph)
{
    const qint64 selected = selectedContact();
    m_scene->clear();
    m_byContact.clear();
    std::vector<NetworkNodeItem*> items;
    for (const NetworkNode& node : graph.nodes) {
        auto* item = new NetworkNodeItem(node, palette());
        m_scene->addItem(item);
        items.push_back(item);
        if (node.contactId > 0)
            m_byContact.insert(node.contactId, item);
    }
    const QColor ink = palette().color(QPalette::WindowText);
    for (const NetworkEdge& edge : graph.edges) {
        NetworkNodeItem* from = items[std::size_t(edge.from)];
        NetworkNodeItem* to = items[std::size_t(edge.to)];
        QPen pen(ink);
        QColor faint = ink;
        faint.setAlpha(edge.kind == NetworkEdge::Kind::MetIn ? 150 : 90);
        pen.setColor(faint);
        pen.setCosmetic(true);
        switch (edge.kind) {
        case NetworkEdge::Kind::MetIn:
            pen.setWidthF(1.6);
            break;
        case NetworkEdge::Kind::WorksAt:
            pen.setStyle(Qt::DotLine);
            break;
        case NetworkEdge::Kind::IntroducedBy:
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(1.4);
            break;
        case NetworkEdge::Kind::WorksWith:
            pen.setStyle(Qt::DashDotLine);
            break;
        }
        auto* line = m_scene->addLine(QLineF(from->pos(), to->pos()), pen);
        line->setZValue(0);
        from->attach(line, true);
        to->attach(line, false);
    }
    // Names crowd each other beyond a few hundred people; hover shows them there.
    const bool labels = graph.nodes.size() <= 400;
    for (NetworkNodeItem* item : items)
        item->setLabelVisible(labels || item->contactId() == 0);
    m_layingOut = false;
    m_state->setText(tr("%n people", nullptr, int(m_byContact.size())));
    savePositions();
    fit();
    if (selected > 0)
        selectContact(selected);
    emit laidOut();
}

void NetworkView::savePositions()
{
    QHash<QString, QPointF> positions;
    for (QGraphicsItem* item : m_scene->items())
        if (auto* node = dynamic_cast<NetworkNodeItem*>(item))
            positions.insert(node->key(), node->pos());
    if (auto saved = NetworkQuery(m_db).savePositions(positions); !saved)
        m_state->setText(saved.error().message); // the picture still works; it just will not
                                                 // reopen the same
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
    const QSignalBlocker blocker(m_scene);
    m_scene->clearSelection();
    node->setSelected(true);
    m_view->ensureVisible(node, 80, 80);
}

void NetworkView::fit()
{
    const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-40, -40, 40, 40);
    if (!bounds.isEmpty())
        m_view->fitInView(bounds, Qt::KeepAspectRatio);
}

bool NetworkView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::Wheel) {
            const auto* wheel = static_cast<QWheelEvent*>(event);
            const double factor = std::pow(1.0015, wheel->angleDelta().y());
            m_view->scale(factor, factor);
            return true;
        }
        if (event->type() == QEvent::Resize)
            m_legend->move(8, 8);
        if (event->type() == QEvent::MouseButtonRelease)
            savePositions(); // a node dragged by hand stays where it was put
    }
    return QWidget::eventFilter(watched, event);
}

void NetworkView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_layingOut)
        reload(); // node and edge colours follow light and dark palettes
    QWidget::changeEvent(event);
}

bool NetworkView::exportPng(const QString& path)
{
    const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    QImage image(bounds.size().toSize() * 2, QImage::Format_ARGB32);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_scene->render(&painter, QRectF(), bounds);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        m_state->setText(tr("Could not write “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool NetworkView::exportSvg(const QString& path)
{
    const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_state->setText(tr("Could not write “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(bounds.size().toSize());
    svg.setViewBox(QRectF(QPointF(), bounds.size()));
    svg.setTitle(tr("Finalist network"));
    {
        QPainter painter(&svg);
        m_scene->render(&painter, QRectF(QPointF(), bounds.size()), bounds);
    }
    if (!file.commit()) {
        m_state->setText(tr("Could not write “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void NetworkView::chooseExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Network"), folder + QStringLiteral("/network.png"),
        tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive))
        exportSvg(path);
    else
        exportPng(path);
}

} // namespace finalist
