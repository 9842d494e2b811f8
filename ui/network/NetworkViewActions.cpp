// What the Network section does with its people and companies: the double click, the context
// menus, and the exports. The view's layout and zoom are in NetworkView.cpp.
#include "NetworkEdgesItem.h"
#include "NetworkNodeItem.h"
#include "NetworkView.h"
#include "storage/ContactRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QUrl>

namespace finalist {

namespace {
constexpr int kMostProcessesListed = 8;
} // namespace

// The processes a company hub stands for, newest first; the one in focus leads.
std::vector<NetworkView::Process> NetworkView::processesAt(const NetworkNodeItem* company) const
{
    std::vector<Process> processes = m_processes.value(company->key());
    const qint64 focused = m_focus->currentData().toLongLong();
    const auto inFocus = std::find_if(processes.begin(), processes.end(),
                                      [focused](const Process& p) { return p.id == focused; });
    if (inFocus != processes.end())
        std::rotate(processes.begin(), inFocus, inFocus + 1);
    return processes;
}

void NetworkView::openNode(const NetworkNodeItem* node)
{
    if (node->kind() == NetworkNode::Kind::Person) {
        emit contactRequested(node->contactId());
    } else if (node->kind() == NetworkNode::Kind::Company) {
        const std::vector<Process> processes = processesAt(node);
        if (!processes.empty())
            emit opportunityRequested(processes.front().id);
    }
}

std::unique_ptr<QMenu> NetworkView::menuAt(const QPoint& viewportPos)
{
    auto menu = std::make_unique<QMenu>(this);
    menu->setToolTipsVisible(true); // they say why an action is greyed
    const NetworkNodeItem* node = nodeAt(viewportPos);
    if (node && node->kind() == NetworkNode::Kind::Person) {
        fillPersonMenu(*menu, node);
    } else if (node && node->kind() == NetworkNode::Kind::Company) {
        fillCompanyMenu(*menu, node);
    } else if (!m_byContact.isEmpty()) { // no menu over the empty state
        menu->addAction(m_fit);
        menu->addAction(m_resetZoom);
        menu->addAction(m_zoomIn);
        menu->addAction(m_zoomOut);
        menu->addSeparator();
        menu->addAction(tr("Export…"), this, &NetworkView::chooseExport)
            ->setObjectName(QStringLiteral("networkExport"));
    }
    return menu;
}

// The quick actions of the Contacts section: the view asks for them by signal, so they are done
// by the same code there, and writes nothing itself.
void NetworkView::fillPersonMenu(QMenu& menu, const NetworkNodeItem* person)
{
    const qint64 id = person->contactId();
    QAction* open
        = menu.addAction(tr("Open Contact"), this, [this, id] { emit contactRequested(id); });
    open->setObjectName(QStringLiteral("networkOpenContact"));
    menu.setDefaultAction(open);
    menu.addAction(tr("Draft Note"), this, [this, id] { emit draftNoteRequested(id); })
        ->setObjectName(QStringLiteral("networkDraftNote"));
    menu.addAction(tr("Mark Thank-you Sent"), this, [this, id] { emit thankYouSentRequested(id); })
        ->setObjectName(QStringLiteral("networkThankYouSent"));
    menu.addSeparator();

    Contact contact;
    if (auto found = ContactRepository(m_db).get(id))
        contact = found.value();
    const QString name = person->name();
    QAction* email = menu.addAction(tr("Write Email"), this, [address = contact.email] {
        QDesktopServices::openUrl(QUrl(QStringLiteral("mailto:") + address));
    });
    email->setObjectName(QStringLiteral("networkWriteEmail"));
    if (contact.email.isEmpty()) {
        email->setEnabled(false);
        email->setToolTip(tr("There is no email address for %1 yet.").arg(name));
    }
    QAction* profile
        = menu.addAction(tr("Open LinkedIn Profile"), this,
                         [url = contact.linkedInUrl] { QDesktopServices::openUrl(QUrl(url)); });
    profile->setObjectName(QStringLiteral("networkOpenProfile"));
    if (contact.linkedInUrl.isEmpty()) {
        profile->setEnabled(false);
        profile->setToolTip(tr("There is no LinkedIn address for %1 yet.").arg(name));
    }
}

void NetworkView::fillCompanyMenu(QMenu& menu, const NetworkNodeItem* company)
{
    const std::vector<Process> processes = processesAt(company);
    for (std::size_t i = 0; i < processes.size() && i < std::size_t(kMostProcessesListed); ++i) {
        const qint64 id = processes[i].id;
        QAction* open = menu.addAction(tr("Open “%1”").arg(processes[i].title), this,
                                       [this, id] { emit opportunityRequested(id); });
        open->setObjectName(QStringLiteral("networkOpenOpportunity"));
        if (i == 0)
            menu.setDefaultAction(open);
    }
    if (processes.empty()) {
        const QString name = company->name();
        menu.addAction(tr("New Opportunity at %1…").arg(name), this,
                       [this, name] { emit newOpportunityRequested(name); })
            ->setObjectName(QStringLiteral("networkNewOpportunity"));
    }
}

// Exports draw the names at the scene's own scale, placed for it, so a picture at twice the
// size has names at twice the size rather than the screen's.
void NetworkView::renderWithNamesAtSceneScale(const std::function<void()>& render)
{
    for (NetworkNodeItem* node : m_nodes)
        node->setLabelAtSceneScale(true);
    placeLabelsAt(1.0);
    if (m_edges)
        m_edges->fitToLines(); // people dragged out and back leave no empty margin
    render();
    for (NetworkNodeItem* node : m_nodes)
        node->setLabelAtSceneScale(false);
    placeLabels();
}

bool NetworkView::exportPng(const QString& path)
{
    QImage image;
    renderWithNamesAtSceneScale([&] {
        const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
        image = QImage(bounds.size().toSize() * 2, QImage::Format_ARGB32);
        image.fill(palette().color(QPalette::Base));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_scene->render(&painter, QRectF(), bounds);
    });
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        m_state->setText(tr("Could not write “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool NetworkView::exportSvg(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_state->setText(tr("Could not write “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    renderWithNamesAtSceneScale([&] {
        const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(bounds.size().toSize());
        svg.setViewBox(QRectF(QPointF(), bounds.size()));
        svg.setTitle(tr("Finalist network"));
        QPainter painter(&svg);
        m_scene->render(&painter, QRectF(QPointF(), bounds.size()), bounds);
    });
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
