#include "OpportunityPage.h"

#include "common/InlineMessage.h"
#include "common/RoundsPanel.h"
#include "DecisionForm.h"
#include "domain/Stages.h"
#include "LinkedRecords.h"
#include "OpportunityForm.h"
#include "OpportunityListModel.h"
#include "storage/Database.h"
#include "storage/OpportunityRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace finalist {

namespace {

QString invitationIn(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile()
            && url.toLocalFile().endsWith(QLatin1String(".ics"), Qt::CaseInsensitive))
            return url.toLocalFile();
    return {};
}

QGroupBox* group(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

OpportunityPage::OpportunityPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_scroll(new QScrollArea(this))
    , m_title(new QLabel(this))
    , m_history(new QLabel(this))
    , m_stage(new QComboBox(this))
    , m_form(new OpportunityForm(this))
    , m_decision(new DecisionForm(db, this))
    , m_rounds(new RoundsPanel(db, this))
    , m_linked(new LinkedRecords(db, this))
    , m_message(new InlineMessage(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_archive(new QPushButton(this))
    , m_delete(new QPushButton(tr("Delete…"), this))
{
    setObjectName(QStringLiteral("opportunityPage"));
    setAcceptDrops(true);
    m_save->setObjectName(QStringLiteral("saveOpportunity"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save the details and the decision (also done when you leave the page)"));
    m_archive->setObjectName(QStringLiteral("archiveOpportunity"));
    m_delete->setObjectName(QStringLiteral("deleteOpportunity"));
    m_delete->setToolTip(tr("Delete this process with its rounds, follow-ups and wins; your "
                            "reflections and notes stay. Can be undone."));
    m_rounds->setFitToRows(true);

    auto* content = new QWidget(m_scroll);
    auto* fields = new QVBoxLayout(content);
    fields->addWidget(group(tr("Details"), m_form, content));
    fields->addWidget(group(tr("Decision"), m_decision, content));
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_message, 1);
    saveRow->addStretch(0);
    for (QPushButton* button : { m_save, m_revert })
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    fields->addLayout(saveRow);
    fields->addWidget(group(tr("Rounds and the people you met"), m_rounds, content));
    fields->addWidget(group(tr("Linked"), m_linked, content));
    fields->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildHeader());
    layout->addWidget(m_scroll, 1);

    // A field reached by a shortcut (Alt+D adds a round, then the name field) is scrolled to, as
    // one reached by Tab is.
    connect(qApp, &QApplication::focusChanged, this, [this, content](QWidget*, QWidget* now) {
        if (now && content->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now, 20, 40);
    });
    connect(m_save, &QPushButton::clicked, this, &OpportunityPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_form->fill(m_opportunity, m_db.clock().today());
        m_decision->fill(m_opportunity);
        m_message->clearMessage();
        updateSaveState();
    });
    connect(m_form, &OpportunityForm::changed, this, &OpportunityPage::updateSaveState);
    connect(m_decision, &DecisionForm::changed, this, &OpportunityPage::updateSaveState);
    connect(m_rounds, &RoundsPanel::peopleChanged, this, [this] {
        m_decision->fill(collect()); // "told by" lists the panel; what was typed stays
        emit changed(m_opportunity.id);
    });
    connect(m_rounds, &RoundsPanel::roundsChanged, this, [this] {
        m_linked->reload();
        emit changed(m_opportunity.id);
    });
    connect(m_linked, &LinkedRecords::entryRequested, this, &OpportunityPage::entryRequested);
    connect(m_linked, &LinkedRecords::noteRequested, this, &OpportunityPage::noteRequested);
    connect(m_linked, &LinkedRecords::newReflectionRequested, this,
            [this] { emit reflectionRequested(m_opportunity.id); });
}

QWidget* OpportunityPage::buildHeader()
{
    auto* header = new QWidget(this);
    auto* back = new QToolButton(header);
    back->setObjectName(QStringLiteral("backToBoard"));
    back->setText(tr("← All Opportunities"));
    back->setAutoRaise(true);
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setToolTip(tr("Back to the board or the list (Alt+Left)"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setWeight(QFont::DemiBold);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_history->setTextFormat(Qt::PlainText);
    m_history->setWordWrap(true);
    m_history->setForegroundRole(QPalette::PlaceholderText);
    m_stage->setObjectName(QStringLiteral("pageStage"));
    m_stage->setAccessibleName(tr("Stage"));
    for (const Stage stage : stages::all())
        m_stage->addItem(enumLabel(stage), int(stage));
    auto* write = new QPushButton(tr("Write a Reflection"), header);
    auto* answer = new QPushButton(tr("Answer a Rejection…"), header);
    answer->setToolTip(tr("Thank the panel, ask for feedback and plan the follow-ups"));

    auto* top = new QHBoxLayout;
    top->addWidget(back);
    top->addStretch(1);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    auto* stageLabel = new QLabel(tr("S&tage"), header);
    stageLabel->setBuddy(m_stage);
    titleRow->addWidget(stageLabel);
    titleRow->addWidget(m_stage);
    auto* actions = new QHBoxLayout;
    actions->addWidget(write);
    actions->addWidget(answer);
    actions->addStretch(1);
    actions->addWidget(m_archive);
    actions->addWidget(m_delete);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addLayout(top);
    layout->addLayout(titleRow);
    layout->addWidget(m_history);
    layout->addLayout(actions);

    connect(back, &QToolButton::clicked, this, &OpportunityPage::backRequested);
    connect(m_stage, &QComboBox::activated, this, &OpportunityPage::moveStage);
    connect(write, &QPushButton::clicked, this, [this] {
        if (flush())
            emit reflectionRequested(m_opportunity.id);
    });
    connect(answer, &QPushButton::clicked, this, [this] {
        if (flush())
            emit answerRejectionRequested(m_opportunity.id);
    });
    connect(m_archive, &QPushButton::clicked, this, &OpportunityPage::toggleArchived);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (flush()) // what was typed goes into what Undo brings back
            emit deleteRequested(m_opportunity.id);
    });
    return header;
}

bool OpportunityPage::show(qint64 opportunityId)
{
    if (opportunityId != m_opportunity.id && !flush())
        return false;
    auto found = OpportunityRepository(m_db).get(opportunityId);
    if (!found) {
        m_message->showError(found.error().message);
        return false;
    }
    const bool another = found.value().id != m_opportunity.id;
    m_opportunity = found.value();
    m_form->fill(m_opportunity, m_db.clock().today());
    m_decision->fill(m_opportunity);
    m_rounds->setOpportunity(m_opportunity.id);
    m_linked->show(m_opportunity.id);
    fillHeader();
    m_message->clearMessage();
    updateSaveState();
    if (another) {
        m_scroll->ensureVisible(0, 0);
        // Keyboard users start at the first field; the header's actions are a Shift+Tab away.
        m_form->companyEdit()->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

void OpportunityPage::revealRounds()
{
    m_scroll->widget()->adjustSize();
    m_scroll->ensureWidgetVisible(m_rounds, 0, 40);
}

void OpportunityPage::forget()
{
    m_opportunity = Opportunity{};
    m_rounds->setOpportunity(0);
    m_message->clearMessage();
}

void OpportunityPage::refresh()
{
    if (m_opportunity.id <= 0)
        return;
    const bool dirty = hasUnsavedChanges();
    const Opportunity pending = collect();
    auto found = OpportunityRepository(m_db).get(m_opportunity.id);
    if (!found)
        return;
    m_opportunity = found.value();
    if (!dirty) {
        m_form->fill(m_opportunity, m_db.clock().today());
        m_decision->fill(m_opportunity);
    } else {
        m_decision->fill(pending); // the people may have changed; the typing stays
    }
    m_rounds->reload();
    m_linked->reload();
    fillHeader();
    updateSaveState();
}

void OpportunityPage::fillHeader()
{
    const Opportunity& o = m_opportunity;
    m_title->setText(o.role.isEmpty() ? o.company : tr("%1 — %2").arg(o.company, o.role));
    {
        const QSignalBlocker blocker(m_stage);
        m_stage->setCurrentIndex(m_stage->findData(int(o.stage)));
    }
    const QDate today = m_db.clock().today();
    QStringList moves;
    QDate since;
    for (const StageEntry& e : OpportunityRepository(m_db).stageHistory(o.id).value_or({})) {
        moves << tr("%1 %2").arg(enumLabelInSentence(e.stage),
                                 OpportunityListModel::shortDate(e.enteredOn));
        since = e.enteredOn;
    }
    QString history;
    if (since == today)
        history = tr("In this stage since today.");
    else if (since.isValid())
        history = tr("In this stage for %1.").arg(OpportunityListModel::daysSince(since, today));
    if (moves.size() > 1)
        history += QLatin1Char(' ') + tr("So far: %1.").arg(moves.join(QStringLiteral(" → ")));
    if (o.isArchived())
        history += QLatin1Char(' ')
            + tr("Archived on %1.").arg(OpportunityListModel::shortDate(o.archivedOn));
    m_history->setText(history.trimmed());
    m_archive->setText(o.isArchived() ? tr("Unarchive") : tr("Archive"));
    m_archive->setToolTip(o.isArchived()
                              ? tr("Put it back on the board")
                              : tr("Take it off the board; everything about it is kept"));
}

Opportunity OpportunityPage::collect() const
{
    Opportunity o = m_opportunity;
    m_form->collectInto(o);
    m_decision->collectInto(o);
    return o;
}

bool OpportunityPage::hasUnsavedChanges() const
{
    if (m_opportunity.id <= 0)
        return false;
    const Opportunity now = collect();
    const Opportunity& was = m_opportunity;
    return now.company != was.company || now.role != was.role || now.source != was.source
        || now.postingUrl != was.postingUrl || now.postingText != was.postingText
        || now.appliedOn != was.appliedOn || now.salary != was.salary
        || now.location != was.location || now.decidedOn != was.decidedOn
        || now.reasonGiven != was.reasonGiven.trimmed() || now.praise != was.praise.trimmed()
        || now.toldById != was.toldById || now.chosenHireStartOn != was.chosenHireStartOn;
}

void OpportunityPage::updateSaveState()
{
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

bool OpportunityPage::save()
{
    if (m_opportunity.id <= 0)
        return true;
    Opportunity edited = collect();
    if (auto saved = OpportunityRepository(m_db).update(edited); !saved) {
        // Everything typed stays; the message names what is wrong and the field is marked.
        m_message->showError(tr("Not saved: %1").arg(saved.error().message));
        if (!m_form->markInvalid(saved.error().field))
            m_decision->markInvalid(saved.error().field);
        return false;
    }
    m_opportunity = edited;
    fillHeader();
    m_message->showInfo(tr("Saved."));
    updateSaveState();
    emit changed(edited.id);
    return true;
}

void OpportunityPage::moveStage()
{
    const auto stage = static_cast<Stage>(m_stage->currentData().toInt());
    if (auto moved = OpportunityRepository(m_db).moveTo(m_opportunity.id, stage); !moved) {
        m_message->showError(moved.error().message);
        fillHeader();
        return;
    }
    m_opportunity.stage = stage;
    // The rest of the stored record is as it was; edits not yet saved stay on screen.
    if (auto fresh = OpportunityRepository(m_db).get(m_opportunity.id))
        m_opportunity.updatedAt = fresh.value().updatedAt;
    fillHeader();
    m_message->showInfo(tr("Moved to %1.").arg(enumLabel(stage)));
    emit changed(m_opportunity.id);
}

void OpportunityPage::toggleArchived()
{
    if (!flush())
        return;
    const bool archive = !m_opportunity.isArchived();
    if (auto done = OpportunityRepository(m_db).setArchived(m_opportunity.id, archive); !done) {
        m_message->showError(done.error().message);
        return;
    }
    show(m_opportunity.id);
    m_message->showInfo(archive ? tr("Archived: it is off the board, and nothing is lost.")
                                : tr("Back on the board."));
    emit changed(m_opportunity.id);
}

void OpportunityPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!invitationIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void OpportunityPage::dropEvent(QDropEvent* event)
{
    const QString path = invitationIn(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    emit invitationDropped(path, m_opportunity.id);
}

} // namespace finalist
