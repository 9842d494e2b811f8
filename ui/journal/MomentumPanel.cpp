#include "MomentumPanel.h"

#include "common/InlineMessage.h"
#include "i18n/DateText.h"
#include "services/EntryFollowUps.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/GoalRepository.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace finalist {

namespace {

constexpr int kFollowUpIdRole = Qt::UserRole + 1;

} // namespace

MomentumPanel::MomentumPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_minimum(new QSpinBox(this))
    , m_maximum(new QSpinBox(this))
    , m_action(new QLineEdit(this))
    , m_due(new QDateEdit(this))
    , m_add(new QPushButton(tr("Add action"), this))
    , m_actions(new QTreeWidget(this))
    , m_message(new InlineMessage(this))
{
    m_minimum->setRange(0, 20);
    m_maximum->setRange(0, 20);
    m_minimum->setObjectName(QStringLiteral("goalMinimum"));
    m_maximum->setObjectName(QStringLiteral("goalMaximum"));
    auto* goalRow = new QHBoxLayout;
    goalRow->addWidget(new QLabel(tr("Outreach target:"), this));
    goalRow->addWidget(m_minimum);
    goalRow->addWidget(new QLabel(tr("to"), this));
    goalRow->addWidget(m_maximum);
    goalRow->addWidget(new QLabel(tr("letters per work day"), this));
    goalRow->addStretch(1);

    m_actions->setObjectName(QStringLiteral("nextActions"));
    m_actions->setHeaderLabels({ tr("Next action"), tr("Due") });
    m_actions->setRootIsDecorated(false);
    m_actions->setMinimumHeight(110);
    m_actions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actions->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_actions->header()->setStretchLastSection(false);
    m_action->setObjectName(QStringLiteral("actionEdit"));
    m_action->setPlaceholderText(tr("A next step: “Ask Dana for an introduction to her "
                                    "old team”"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(dates::editFormat());
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_action, 1);
    actionRow->addWidget(m_due);
    actionRow->addWidget(m_add);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(goalRow);
    layout->addWidget(m_actions, 1);
    layout->addLayout(actionRow);
    layout->addWidget(m_message);
    m_message->reserveLines(2); // the action row stays where the user is typing

    connect(m_minimum, &QSpinBox::editingFinished, this, &MomentumPanel::saveGoal);
    connect(m_maximum, &QSpinBox::editingFinished, this, &MomentumPanel::saveGoal);
    connect(m_add, &QPushButton::clicked, this, &MomentumPanel::addAction);
    connect(m_action, &QLineEdit::returnPressed, this, &MomentumPanel::addAction);
    connect(m_actions, &QTreeWidget::itemChanged, this, &MomentumPanel::setDone);
}

void MomentumPanel::setEntry(const JournalEntry& entry)
{
    m_entry = entry;
    m_message->clearMessage();
    m_due->setDate(m_db.clock().today().addDays(2));
    reload();
}

int MomentumPanel::actionCount() const
{
    return m_actions->topLevelItemCount();
}

void MomentumPanel::reload()
{
    m_filling = true;
    if (auto goal = GoalRepository(m_db).inForceOn(m_db.clock().today())) {
        m_minimum->setValue(goal.value().minPerWorkDay);
        m_maximum->setValue(goal.value().maxPerWorkDay);
    }
    m_actions->clear();
    if (m_entry.id > 0) {
        auto actions = EntryFollowUps(m_db).nextActions(m_entry.id);
        if (!actions)
            m_message->showError(actions.error().message);
        else
            for (const FollowUp& action : actions.value()) {
                auto* item = new QTreeWidgetItem(m_actions,
                                                 { action.reason, dates::shortDate(action.dueOn) });
                item->setData(0, kFollowUpIdRole, action.id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(
                    0, action.status == FollowUpStatus::Done ? Qt::Checked : Qt::Unchecked);
                item->setToolTip(0, tr("Tick it when done"));
            }
    }
    m_filling = false;
}

void MomentumPanel::saveGoal()
{
    if (m_filling)
        return;
    if (m_maximum->value() < m_minimum->value()) {
        m_message->showError(tr("The most letters per day cannot be fewer than the least."));
        return;
    }
    auto goal = GoalRepository(m_db).setFrom(m_db.clock().today(), m_minimum->value(),
                                             m_maximum->value());
    if (!goal) {
        m_message->showError(goal.error().message);
        return;
    }
    m_message->showInfo(tr("Target from today: %1 to %n letter(s) per work day.", nullptr,
                           goal.value().maxPerWorkDay)
                            .arg(goal.value().minPerWorkDay));
}

void MomentumPanel::addAction()
{
    const QString text = m_action->text().trimmed();
    if (text.isEmpty()) {
        m_message->showError(tr("Write the next action in the box first."));
        return;
    }
    auto added = EntryFollowUps(m_db).addNextAction(m_entry, text, m_due->date());
    if (!added) {
        m_message->showError(added.error().message); // the text stays in the box
        return;
    }
    m_action->clear();
    reload();
    m_message->showInfo(
        tr("Added; it will come back as a follow-up on %1.").arg(dates::shortDate(m_due->date())));
    emit actionsChanged();
}

void MomentumPanel::setDone(QTreeWidgetItem* item)
{
    if (m_filling || !item)
        return;
    FollowUpRepository followUps(m_db);
    auto stored = followUps.get(item->data(0, kFollowUpIdRole).toLongLong());
    if (!stored) {
        m_message->showError(stored.error().message);
        return;
    }
    FollowUp action = stored.value();
    const bool done = item->checkState(0) == Qt::Checked;
    action.status = done ? FollowUpStatus::Done : FollowUpStatus::Open;
    action.doneOn = done ? m_db.clock().today() : QDate();
    if (auto saved = followUps.update(action); !saved) {
        m_message->showError(saved.error().message);
        return;
    }
    emit actionsChanged();
}

} // namespace finalist
