#include "WinsView.h"

#include "common/EmptyStateWidget.h"
#include "common/InlineMessage.h"
#include "common/OpportunityChoiceModel.h"
#include "services/DerivedWins.h"
#include "storage/Database.h"
#include "storage/OpportunityFacts.h"
#include "storage/OpportunityRepository.h"
#include "storage/WinRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace finalist {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

WinsView::WinsView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_opportunities(new QListView(this))
    , m_choices(new OpportunityChoiceModel(db, this))
    , m_heading(new QLabel(this))
    , m_wins(new QListWidget(this))
    , m_edit(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_message(new InlineMessage(this))
    , m_empty(new EmptyStateWidget(tr("No processes yet"),
                                   tr("Once an opportunity is recorded, what you achieved in it "
                                      "gathers here: the rounds you passed, the people you met, "
                                      "and what you write yourself."),
                                   this))
{
    m_opportunities->setObjectName(QStringLiteral("winOpportunities"));
    m_opportunities->setAccessibleName(tr("Processes"));
    m_opportunities->setMinimumWidth(220);
    m_opportunities->setMaximumWidth(320);
    m_opportunities->setSpacing(2);
    m_choices->setRoleOnItsOwnLine(true);
    // Every row is two lines of one font: measured once, not for each of thousands of processes
    // (showing the current one measured them all, half a start on the Wins).
    m_opportunities->setUniformItemSizes(true);
    m_opportunities->setModel(m_choices);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setWeight(QFont::DemiBold);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_wins->setObjectName(QStringLiteral("winList"));
    m_wins->setAccessibleName(tr("Wins of the process"));
    m_wins->setWordWrap(true);
    m_wins->setSpacing(6); // room to breathe: this list is meant to be read slowly
    m_wins->setFrameShape(QFrame::NoFrame);
    m_edit->setObjectName(QStringLiteral("winEdit"));
    m_edit->setPlaceholderText(tr("Something you did well, in your words: “They praised my "
                                  "case study”"));
    m_add->setObjectName(QStringLiteral("addWin"));
    m_remove->setEnabled(false);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_edit, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(16, 8, 8, 8);
    auto* answer = new QPushButton(tr("Answer the Rejection…"), right);
    answer->setObjectName(QStringLiteral("answerRejection"));
    answer->setToolTip(tr("Draft thanks, a feedback request and a plan to come back"));
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(answer, 0, Qt::AlignTop);
    rightLayout->addLayout(headingRow);
    connect(answer, &QPushButton::clicked, this,
            [this] { emit answerRejectionRequested(currentOpportunity()); });
    auto* reminder = new QLabel(tr("Not being chosen says little about what you showed. "
                                   "This is what you did show."),
                                right);
    reminder->setWordWrap(true);
    reminder->setForegroundRole(QPalette::PlaceholderText);
    rightLayout->addWidget(reminder);
    rightLayout->addWidget(m_wins, 1);
    rightLayout->addLayout(addRow);
    rightLayout->addWidget(m_message);

    auto* content = new QWidget(this);
    auto* contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_opportunities);
    contentLayout->addWidget(right, 1);
    auto* stack = new QStackedLayout(this);
    stack->addWidget(content);
    stack->addWidget(m_empty);
    setContentsMargins(8, 8, 8, 8);

    connect(m_opportunities->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WinsView::showWins);
    connect(m_add, &QPushButton::clicked, this, &WinsView::addWin);
    connect(m_edit, &QLineEdit::returnPressed, this, &WinsView::addWin);
    connect(m_remove, &QPushButton::clicked, this, &WinsView::removeSelected);
    connect(m_wins, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        m_remove->setEnabled(item && item->data(kIdRole).toLongLong() > 0);
    });
    reload();
}

qint64 WinsView::currentOpportunity() const
{
    return m_opportunities->currentIndex().data(OpportunityChoiceModel::IdRole).toLongLong();
}

void WinsView::selectOpportunity(qint64 opportunityId)
{
    if (const int row = m_choices->rowOf(opportunityId); row >= 0)
        m_opportunities->setCurrentIndex(m_choices->index(row));
}

void WinsView::reload()
{
    const qint64 kept = currentOpportunity();
    QString error;
    {
        const QSignalBlocker blocker(m_opportunities->selectionModel());
        error = m_choices->refresh();
        static_cast<QStackedLayout*>(layout())->setCurrentIndex(m_choices->isEmpty() ? 1 : 0);
        if (!m_choices->isEmpty()) {
            m_opportunities->setCurrentIndex(m_choices->index(0));
            selectOpportunity(kept);
        }
    }
    // The view heard nothing of the choice made with its selection's signals blocked.
    m_opportunities->scrollTo(m_opportunities->currentIndex());
    showWins();
    if (!error.isEmpty())
        m_message->showError(error);
}

void WinsView::showWins()
{
    m_wins->clear();
    m_message->clearMessage();
    const qint64 id = currentOpportunity();
    if (id <= 0)
        return;
    auto opportunity = OpportunityRepository(m_db).get(id);
    if (opportunity)
        m_heading->setText(tr("What you achieved at %1").arg(opportunity.value().company));
    if (auto facts = factsOf(m_db, id))
        for (const QString& win : derivedWins(facts.value()))
            new QListWidgetItem(QStringLiteral("✓  ") + win, m_wins);
    if (auto written = WinRepository(m_db).listForOpportunity(id)) {
        for (const Win& win : written.value()) {
            auto* item = new QListWidgetItem(QStringLiteral("★  ") + win.text, m_wins);
            item->setData(kIdRole, win.id);
            item->setToolTip(tr("In your words"));
        }
    }
    if (m_wins->count() == 0)
        new QListWidgetItem(tr("Nothing recorded yet. What went well, even a little?"), m_wins);
}

void WinsView::addWin()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_message->showError(tr("Write the achievement in the box first."));
        return;
    }
    Win win;
    win.opportunityId = currentOpportunity();
    win.kind = WinKind::Written;
    win.text = text;
    win.recordedOn = m_db.clock().today();
    if (auto added = WinRepository(m_db).add(win); !added) {
        m_message->showError(added.error().message); // the text stays in the box
        return;
    }
    m_edit->clear();
    showWins();
    m_message->showInfo(tr("Kept."));
}

void WinsView::removeSelected()
{
    const QListWidgetItem* item = m_wins->currentItem();
    const qint64 id = item ? item->data(kIdRole).toLongLong() : 0;
    if (id <= 0)
        return;
    if (auto removed = WinRepository(m_db).remove(id); !removed) {
        m_message->showError(removed.error().message);
        return;
    }
    showWins();
}

} // namespace finalist
