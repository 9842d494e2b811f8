#include "OpportunitiesView.h"

#include "BoardView.h"
#include "common/ClearButton.h"
#include "common/EmptyStateWidget.h"
#include "common/UndoBar.h"
#include "domain/Stages.h"
#include "FunnelBar.h"
#include "InvitationDialog.h"
#include "NewOpportunityDialog.h"
#include "OpportunityListModel.h"
#include "OpportunityPage.h"
#include "services/OpportunityTrash.h"
#include "StageColumn.h"
#include "storage/Database.h"
#include "storage/OpportunityRepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace finalist {

namespace {

enum Pane
{
    OverviewPane,
    EmptyPane,
    PagePane
};

} // namespace

OpportunitiesView::OpportunitiesView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new OpportunityListModel(db, this))
    , m_listProxy(new QSortFilterProxyModel(this))
    , m_board(new BoardView(m_model, this))
    , m_list(new QTableView(this))
    , m_page(new OpportunityPage(db, this))
    , m_funnel(new FunnelBar(db, this))
    , m_undo(new UndoBar(this))
    , m_empty(new EmptyStateWidget(
          tr("No opportunities yet"),
          tr("Every hiring process you are in, or were in, lives here: its stage, rounds, the "
             "people you met and what comes next. Start with the one on your mind."),
          this))
    , m_views(new QStackedWidget(this))
    , m_overview(new QStackedWidget(this))
    , m_boardButton(new QToolButton(this))
    , m_listButton(new QToolButton(this))
    , m_search(new QLineEdit(this))
    , m_stage(new QComboBox(this))
    , m_openness(new QComboBox(this))
    , m_archived(new QCheckBox(tr("Archived too"), this))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    m_listProxy->setSourceModel(m_model);
    m_listProxy->setSortRole(OpportunityListModel::SortRole);
    m_list->setObjectName(QStringLiteral("opportunityList"));
    m_list->horizontalHeader()->setObjectName(QStringLiteral("opportunityColumns"));
    m_list->setModel(m_listProxy);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(OpportunityListModel::LastActivity, Qt::DescendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 10);
    m_list->setShowGrid(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setTabKeyNavigation(false);
    m_list->horizontalHeader()->setStretchLastSection(true);
    const int widths[OpportunityListModel::ColumnCount]
        = { 170, 190, 100, 80, 110, 110, 100, 110, 100 };
    for (int c = 0; c < OpportunityListModel::ColumnCount; ++c)
        m_list->setColumnWidth(c, widths[c]);
    m_overview->addWidget(m_board);
    m_overview->addWidget(m_list);

    auto* emptyPane = new QWidget(this);
    auto* emptyNew = new QPushButton(tr("New Opportunity…"), emptyPane);
    emptyNew->setObjectName(QStringLiteral("emptyNewOpportunity"));
    auto* emptyInvite = new QPushButton(tr("Add from an Invitation…"), emptyPane);
    auto* emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(emptyNew);
    emptyButtons->addWidget(emptyInvite);
    emptyButtons->addStretch(1);
    auto* emptyLayout = new QVBoxLayout(emptyPane);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);
    m_empty->setGlyph(Glyph::Opportunities);

    auto* overviewPane = new QWidget(this);
    auto* overviewLayout = new QVBoxLayout(overviewPane);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addWidget(buildToolbar());
    overviewLayout->addWidget(m_funnel);
    overviewLayout->addWidget(m_overview, 1);
    m_views->addWidget(overviewPane);
    m_views->addWidget(emptyPane);
    m_views->addWidget(m_page);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_undo);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &OpportunitiesView::applyFilter);
    for (QComboBox* box : { m_stage, m_openness })
        connect(box, &QComboBox::activated, this, &OpportunitiesView::applyFilter);
    connect(m_archived, &QCheckBox::toggled, this, &OpportunitiesView::applyFilter);
    connect(emptyNew, &QPushButton::clicked, this, [this] { newOpportunity(); });
    connect(emptyInvite, &QPushButton::clicked, this, [this] { importInvitation(); });
    connect(m_board, &BoardView::opened, this, &OpportunitiesView::showOpportunity);
    connect(m_board, &BoardView::menuRequested, this, &OpportunitiesView::showMenu);
    connect(m_board, &BoardView::moved, this, [this] {
        m_funnel->reload();
        emit changed();
    });
    connect(m_board, &BoardView::moveFailed, this,
            [this](const QString& message) { m_count->setText(message); });
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex& index) {
        showOpportunity(index.data(OpportunityListModel::IdRole).toLongLong());
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_list->indexAt(pos);
        if (index.isValid())
            showMenu(index.data(OpportunityListModel::IdRole).toLongLong(),
                     m_list->viewport()->mapToGlobal(pos));
    });
    connect(m_page, &OpportunityPage::backRequested, this, &OpportunitiesView::showOverview);
    connect(m_page, &OpportunityPage::changed, this, [this] {
        m_model->reload();
        m_funnel->reload();
        emit changed();
    });
    connect(m_page, &OpportunityPage::deleteRequested, this, &OpportunitiesView::deleteOpportunity);
    connect(m_page, &OpportunityPage::reflectionRequested, this,
            &OpportunitiesView::reflectionRequested);
    connect(m_page, &OpportunityPage::answerRejectionRequested, this,
            &OpportunitiesView::answerRejectionRequested);
    connect(m_page, &OpportunityPage::entryRequested, this, &OpportunitiesView::entryRequested);
    connect(m_page, &OpportunityPage::noteRequested, this, &OpportunitiesView::noteRequested);
    connect(m_page, &OpportunityPage::invitationDropped, this,
            &OpportunitiesView::importInvitation);
    // Tab follows the screen: the filters, the funnel's window, then the board or the list.
    QWidget* previous = m_archived;
    for (QWidget* next : std::initializer_list<QWidget*>{ m_funnel->windowBox() }) {
        QWidget::setTabOrder(previous, next);
        previous = next;
    }
    for (StageColumn* column : m_board->columns()) {
        QWidget::setTabOrder(previous, column->list());
        previous = column->list();
    }
    QWidget::setTabOrder(previous, m_list);

    connect(m_undo, &UndoBar::undone, this, [this] {
        reload();
        emit changed();
    });
    applyFilter();
}

QWidget* OpportunitiesView::buildToolbar()
{
    auto* bar = new QWidget(this);
    auto* add = new QPushButton(tr("New Opportunity…"), bar);
    add->setObjectName(QStringLiteral("newOpportunity"));
    add->setToolTip(tr("A new hiring process (Ctrl+Shift+O)"));
    auto* invite = new QPushButton(tr("From Invitation…"), bar);
    invite->setToolTip(tr("Add an interview round from a calendar invitation (.ics); you can "
                          "also drop the file on an opportunity's page"));
    m_boardButton->setText(tr("Board"));
    m_listButton->setText(tr("List"));
    auto* modes = new QButtonGroup(bar);
    for (QToolButton* button : { m_boardButton, m_listButton }) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        modes->addButton(button);
    }
    m_boardButton->setObjectName(QStringLiteral("boardMode"));
    m_listButton->setObjectName(QStringLiteral("listMode"));
    m_boardButton->setChecked(true);
    m_search->setObjectName(QStringLiteral("opportunitySearch"));
    m_search->setPlaceholderText(tr("Company, role, source, place"));
    offerClearButton(m_search);
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->addItem(tr("All stages"), -1);
    for (const Stage stage : stages::all())
        m_stage->addItem(enumLabel(stage), int(stage));
    m_openness->setObjectName(QStringLiteral("opennessFilter"));
    m_openness->addItem(tr("Open and closed"), int(OpportunityFilter::Openness::Any));
    m_openness->addItem(tr("Open"), int(OpportunityFilter::Openness::Open));
    m_openness->addItem(tr("Closed"), int(OpportunityFilter::Openness::Closed));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    // Two rows, so the section fits a 1024-pixel screen: actions and the view, then the filters.
    auto* actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(invite);
    actions->addStretch(1);
    actions->addWidget(m_count);
    actions->addSpacing(8);
    actions->addWidget(m_boardButton);
    actions->addWidget(m_listButton);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_stage);
    filters->addWidget(m_openness);
    filters->addWidget(m_archived);
    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addLayout(filters);

    QWidget* previous = add;
    for (QWidget* next : std::initializer_list<QWidget*>{
             invite, m_boardButton, m_listButton, m_search, m_stage, m_openness, m_archived }) {
        QWidget::setTabOrder(previous, next);
        previous = next;
    }

    connect(add, &QPushButton::clicked, this, [this] { newOpportunity(); });
    connect(invite, &QPushButton::clicked, this, [this] { importInvitation(); });
    connect(m_boardButton, &QToolButton::clicked, this, [this] { setBoardMode(true); });
    connect(m_listButton, &QToolButton::clicked, this, [this] { setBoardMode(false); });
    return bar;
}

bool OpportunitiesView::isShowingPage() const
{
    return m_views->currentIndex() == PagePane;
}

bool OpportunitiesView::isBoardMode() const
{
    return m_overview->currentWidget() == m_board;
}

void OpportunitiesView::setBoardMode(bool board)
{
    m_overview->setCurrentWidget(board ? static_cast<QWidget*>(m_board) : m_list);
    m_boardButton->setChecked(board);
    m_listButton->setChecked(!board);
}

bool OpportunitiesView::flush()
{
    return !isShowingPage() || m_page->flush();
}

void OpportunitiesView::applyFilter()
{
    OpportunityFilter filter;
    filter.text = m_search->text();
    if (const int stage = m_stage->currentData().toInt(); stage >= 0)
        filter.stage = static_cast<Stage>(stage);
    filter.openness = static_cast<OpportunityFilter::Openness>(m_openness->currentData().toInt());
    filter.includeArchived = m_archived->isChecked();
    if (auto loaded = m_model->reload(filter); !loaded)
        m_count->setText(loaded.error().message);
    std::vector<Stage> shown;
    for (const Stage stage : stages::all()) {
        const bool open = stages::isOpen(stage);
        if ((filter.stage && *filter.stage != stage)
            || (filter.openness == OpportunityFilter::Openness::Open && !open)
            || (filter.openness == OpportunityFilter::Openness::Closed && open))
            continue;
        shown.push_back(stage);
    }
    m_board->setVisibleStages(shown);
    m_funnel->reload();
    updateCount();
}

void OpportunitiesView::updateCount()
{
    const int n = m_model->rowCount();
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_stage->currentIndex() > 0
        || m_openness->currentIndex() > 0;
    m_count->setText(n == 0 && filtered ? tr("Nothing matches.")
                                        : tr("%Ln process(es)", nullptr, n));
    if (isShowingPage())
        return;
    const bool none = n == 0 && !filtered && !m_archived->isChecked()
        && OpportunityRepository(m_db).count().value_or(0) == 0;
    m_views->setCurrentIndex(none ? EmptyPane : OverviewPane);
}

void OpportunitiesView::reload()
{
    if (isShowingPage())
        m_page->refresh();
    applyFilter();
}

void OpportunitiesView::newOpportunity(const QString& company, Stage stage)
{
    if (!flush())
        return;
    const qint64 id = NewOpportunityDialog::ask(m_db, this, company, stage);
    if (id <= 0)
        return;
    applyFilter();
    emit changed();
    showOpportunity(id);
}

void OpportunitiesView::importInvitation(const QString& path, qint64 opportunityId)
{
    if (!flush())
        return;
    const qint64 into = InvitationDialog::importFile(m_db, this, path, opportunityId);
    if (into <= 0)
        return;
    applyFilter();
    emit changed();
    if (showOpportunity(into))
        m_page->revealRounds();
}

bool OpportunitiesView::showOpportunity(qint64 id)
{
    if (id <= 0 || !m_page->show(id))
        return false;
    m_views->setCurrentIndex(PagePane);
    return true;
}

void OpportunitiesView::showOverview()
{
    if (!m_page->flush())
        return; // the page says why; its text stays
    const qint64 shown = m_page->opportunityId();
    m_views->setCurrentIndex(OverviewPane);
    applyFilter();
    if (isBoardMode()) {
        m_board->select(shown);
    } else {
        const int row = m_model->rowOf(shown);
        if (row >= 0) {
            m_list->setCurrentIndex(m_listProxy->mapFromSource(m_model->index(row, 0)));
            m_list->setFocus(Qt::OtherFocusReason);
        }
    }
}

void OpportunitiesView::showMenu(qint64 id, const QPoint& globalPos)
{
    const int row = m_model->rowOf(id);
    const OpportunityCard* card = m_model->card(row);
    if (!card)
        return;
    QMenu menu(this);
    menu.addAction(tr("Open", "opens the chosen process"), this,
                   [this, id] { showOpportunity(id); });
    QMenu* move = menu.addMenu(tr("Move to"));
    for (const Stage stage : stages::all()) {
        QAction* action = move->addAction(enumLabel(stage), this, [this, id, stage] {
            if (auto moved = m_model->moveTo(id, stage); !moved) {
                m_count->setText(moved.error().message);
                return;
            }
            m_funnel->reload();
            if (isBoardMode())
                m_board->select(id);
            emit changed();
        });
        action->setCheckable(true);
        action->setChecked(stage == card->stage);
    }
    menu.addSeparator();
    const bool archived = card->archived;
    menu.addAction(archived ? tr("Unarchive") : tr("Archive"), this,
                   [this, id, archived] { setArchived(id, !archived); });
    menu.addAction(tr("Delete"), this, [this, id] { deleteOpportunity(id); });
    menu.exec(globalPos);
}

void OpportunitiesView::setArchived(qint64 id, bool archived)
{
    if (auto done = OpportunityRepository(m_db).setArchived(id, archived); !done) {
        m_count->setText(done.error().message);
        return;
    }
    applyFilter();
    emit changed();
}

void OpportunitiesView::deleteOpportunity(qint64 id)
{
    auto deleted = finalist::deleteOpportunity(m_db, id);
    if (!deleted) {
        m_count->setText(deleted.error().message);
        return;
    }
    const DeletedOpportunity held = deleted.value();
    const Opportunity& o = held.opportunity;
    const QString name = o.role.isEmpty() ? o.company : tr("%1 — %2").arg(o.company, o.role);
    m_undo->offer(
        tr("Deleted %1 with %2 and %3; your reflections and notes stay.")
            .arg(name, tr("%n round(s)", nullptr, int(held.rounds.size())),
                 tr("%n follow-up(s)", nullptr, int(held.followUps.size()))),
        [this, held]() -> Status {
            auto restored = restoreOpportunity(m_db, held);
            return restored ? Status() : Status(restored.error());
        },
        tr("Delete “%1”").arg(o.company));
    if (isShowingPage() && m_page->opportunityId() == id) {
        m_page->forget(); // its edits were saved before the delete
        m_views->setCurrentIndex(OverviewPane);
    }
    applyFilter();
    emit changed();
}

} // namespace finalist
