#include "RoundsPanel.h"

#include "ClearButton.h"
#include "i18n/DateText.h"
#include "InlineMessage.h"
#include "RoundDialog.h"
#include "services/RoundPeople.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/RoundRepository.h"
#include "UndoBar.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace finalist {

RoundsPanel::RoundsPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_hint(tr("Choose the opportunity to record its rounds and the people you met."))
    , m_tree(new QTreeWidget(this))
    , m_kind(new QComboBox(this))
    , m_heldOn(new QDateEdit(this))
    , m_addRound(new QPushButton(tr("A&dd Round"), this))
    , m_person(new QLineEdit(this))
    , m_addPerson(new QPushButton(tr("Add to Round"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_role(new QComboBox(this))
    , m_message(new InlineMessage(this))
    , m_undo(new UndoBar(this))
{
    m_tree->setObjectName(QStringLiteral("roundsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_tree->setMinimumHeight(120);
    m_tree->setAccessibleName(tr("Rounds and the people in them"));
    for (const auto& entry : EnumTable<RoundKind>::entries())
        m_kind->addItem(enumLabel(entry.value), QVariant::fromValue(int(entry.value)));
    m_kind->setAccessibleName(tr("Kind of round"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(10);
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setDisplayFormat(dates::editFormat());
    m_heldOn->setDate(m_db.clock().today());
    m_heldOn->setAccessibleName(tr("Date of the round"));
    m_person->setObjectName(QStringLiteral("personEdit"));
    m_person->setPlaceholderText(tr("Who was there? Pick a contact or type a new name"));
    offerClearButton(m_person);
    m_edit->setToolTip(tr("Change the selected round: kind, date and time, outcome, notes"));
    m_remove->setObjectName(QStringLiteral("removeFromRounds"));
    m_remove->setToolTip(tr("Delete the selected round, or take the selected person out of it"));
    m_role->setObjectName(QStringLiteral("panelRole"));
    m_role->setToolTip(tr("The selected person's role in this process"));
    m_role->setAccessibleName(tr("Role in the process"));
    // Long role names elide rather than widen the journal past a small screen.
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_role->setMinimumContentsLength(7);
    for (const auto& entry : EnumTable<RoleCategory>::entries())
        m_role->addItem(enumLabel(entry.value), int(entry.value));

    auto* roundRow = new QHBoxLayout;
    roundRow->addWidget(m_kind);
    roundRow->addWidget(m_heldOn);
    roundRow->addWidget(m_addRound);
    roundRow->addStretch(1);
    auto* personRow = new QHBoxLayout;
    personRow->addWidget(m_person, 1);
    personRow->addWidget(m_addPerson);
    auto* selectionRow = new QHBoxLayout;
    selectionRow->addWidget(m_edit);
    selectionRow->addWidget(m_remove);
    selectionRow->addStretch(1);
    auto* roleLabel = new QLabel(tr("R&ole:"), this);
    roleLabel->setToolTip(m_role->toolTip());
    roleLabel->setBuddy(m_role);
    selectionRow->addWidget(roleLabel);
    selectionRow->addWidget(m_role);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(selectionRow);
    layout->addWidget(m_undo);
    layout->addLayout(roundRow);
    layout->addLayout(personRow);
    layout->addWidget(m_message);

    connect(m_addRound, &QPushButton::clicked, this, &RoundsPanel::addRound);
    connect(m_addPerson, &QPushButton::clicked, this, &RoundsPanel::addPerson);
    connect(m_person, &QLineEdit::returnPressed, this, &RoundsPanel::addPerson);
    m_person->installEventFilter(this);
    connect(m_edit, &QPushButton::clicked, this, &RoundsPanel::editSelectedRound);
    connect(m_remove, &QPushButton::clicked, this, &RoundsPanel::removeSelected);
    connect(m_role, &QComboBox::activated, this, &RoundsPanel::setSelectedRole);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RoundsPanel::updateSelectionControls);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, ContactIdRole).toLongLong() == 0)
            editSelectedRound();
    });
    connect(m_undo, &UndoBar::undone, this, [this] {
        reload();
        emit roundsChanged();
        emit peopleChanged();
    });
}

void RoundsPanel::setOpportunity(qint64 opportunityId)
{
    if (opportunityId != m_opportunityId)
        m_undo->dismiss(); // an undo belongs to the process it was offered on
    m_opportunityId = opportunityId;
    m_company.clear();
    if (m_opportunityId > 0) {
        if (auto opportunity = OpportunityRepository(m_db).get(m_opportunityId))
            m_company = opportunity.value().company;
    }
    // The names offered are read when the cursor goes into the field, not for every entry or
    // process shown: with fifty thousand contacts the read took a third of a start-up.
    m_completionsRead = false;
    m_contactIds.clear();
    offerNames(nullptr); // the names offered were another company's
    if (m_person->hasFocus())
        readCompletionsIfNeeded(); // no focus-in is coming: the cursor is already there
    m_message->clearMessage();
    reload();
}

void RoundsPanel::readCompletionsIfNeeded()
{
    if (m_completionsRead)
        return;
    fillCompletions(m_company);
    m_completionsRead = true;
}

bool RoundsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_person && event->type() == QEvent::FocusIn)
        readCompletionsIfNeeded();
    return QWidget::eventFilter(watched, event);
}

void RoundsPanel::fillCompletions(const QString& company)
{
    m_contactIds.clear();
    QStringList names;
    // The company's people, and recruiters wherever they work: agencies sit on panels too.
    ContactFilter atCompany;
    atCompany.company = company;
    atCompany.limit = 2000;
    ContactFilter recruiters;
    recruiters.role = RoleCategory::Recruiter;
    recruiters.limit = 2000;
    for (const ContactFilter& filter : { atCompany, recruiters }) {
        if (filter.company.isEmpty() && !filter.role)
            continue;
        ContactRepository(m_db).eachName(
            filter, [&](qint64 id, const QString& displayName, const QString& theirs) {
                const QString name = theirs.isEmpty() || theirs == company
                    ? displayName
                    : tr("%1 (%2)").arg(displayName, theirs);
                if (m_contactIds.contains(name.toCaseFolded()))
                    return;
                m_contactIds.insert(name.toCaseFolded(), id);
                names << name;
            });
    }
    auto* completer = new QCompleter(names, m_person);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    offerNames(completer);
}

void RoundsPanel::offerNames(QCompleter* completer)
{
    // The line edit deletes a completer of its own when it lets it go; one it does not own goes
    // later.
    const QPointer<QCompleter> previous = m_person->completer();
    m_person->setCompleter(completer);
    if (previous && previous != completer)
        previous->deleteLater();
}

QString RoundsPanel::roundLabel(const Round& round) const
{
    QString label = enumLabel(round.kind);
    if (round.heldOn.isValid())
        label += QStringLiteral(" · ") + dates::shortDate(round.heldOn);
    if (round.startsAt.isValid())
        label += QLatin1Char(' ') + QLocale().toString(round.startsAt, QLocale::ShortFormat);
    return label;
}

void RoundsPanel::reload()
{
    const qint64 keepRound = selectedRound();
    const qint64 keepContact = selectedContact();
    m_tree->clear();
    const bool linked = m_opportunityId > 0;
    for (QWidget* control :
         std::initializer_list<QWidget*>{ m_kind, m_heldOn, m_addRound, m_person, m_addPerson })
        control->setEnabled(linked);
    if (!linked) {
        m_message->showInfo(m_hint);
        updateSelectionControls();
        return;
    }
    auto rounds = RoundRepository(m_db).listForOpportunity(m_opportunityId);
    if (!rounds) {
        m_message->showError(rounds.error().message);
        return;
    }
    ContactRepository contacts(m_db);
    MeetingRepository meetings(m_db);
    QTreeWidgetItem* current = nullptr;
    for (const Round& round : rounds.value()) {
        auto* item = new QTreeWidgetItem(m_tree, { roundLabel(round), enumLabel(round.outcome) });
        item->setData(0, RoundIdRole, round.id);
        item->setData(0, ContactIdRole, qint64(0));
        if (!round.notes.trimmed().isEmpty())
            item->setToolTip(0, round.notes.trimmed());
        QFont bold = item->font(0);
        bold.setWeight(QFont::DemiBold);
        item->setFont(0, bold);
        if (round.id == keepRound && keepContact == 0)
            current = item;
        if (auto met = meetings.listForRound(round.id)) {
            for (const Meeting& meeting : met.value()) {
                auto contact = contacts.get(meeting.contactId);
                if (!contact)
                    continue;
                const Contact& c = contact.value();
                const QString who = c.title.isEmpty() ? c.displayName()
                                                      : tr("%1, %2").arg(c.displayName(), c.title);
                auto* person = new QTreeWidgetItem(item, { who, enumLabel(c.role) });
                person->setData(0, RoundIdRole, round.id);
                person->setData(0, ContactIdRole, c.id);
                person->setData(1, Qt::UserRole, int(c.role));
                if (round.id == keepRound && c.id == keepContact)
                    current = person;
            }
        }
        if (!current && keepRound == 0)
            current = item; // the first round, when nothing was selected
    }
    m_tree->expandAll();
    fitTree();
    if (!current && m_tree->topLevelItemCount() > 0)
        current = m_tree->topLevelItem(m_tree->topLevelItemCount() - 1);
    if (current)
        m_tree->setCurrentItem(current);
    updateSelectionControls();
    if (rounds.value().empty())
        // The message sits under the controls it names, so it points up to them.
        m_message->showInfo(
            tr("No rounds yet: choose its kind and date above, then press Add Round."));
    else if (!m_message->isError())
        m_message->clearMessage();
}

void RoundsPanel::fitTree()
{
    if (!m_fitToRows)
        return;
    int rows = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        ++rows;
    const int rowHeight = std::max(m_tree->sizeHintForRow(0), m_tree->fontMetrics().height() + 4);
    m_tree->setFixedHeight(std::max(120, rows * rowHeight + 2 * m_tree->frameWidth() + 4));
}

qint64 RoundsPanel::selectedRound() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, RoundIdRole).toLongLong() : 0;
}

qint64 RoundsPanel::selectedContact() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, ContactIdRole).toLongLong() : 0;
}

void RoundsPanel::selectRound(qint64 roundId)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, RoundIdRole).toLongLong() == roundId)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
    }
}

void RoundsPanel::updateSelectionControls()
{
    const bool round = selectedRound() > 0;
    const bool person = selectedContact() > 0;
    m_addPerson->setEnabled(m_opportunityId > 0 && round);
    m_edit->setEnabled(round);
    m_remove->setEnabled(round);
    m_remove->setText(person ? tr("Remove") : tr("Delete Round"));
    m_role->setEnabled(person);
    const QSignalBlocker blocker(m_role);
    m_role->setCurrentIndex(person ? m_role->findData(m_tree->currentItem()->data(1, Qt::UserRole))
                                   : -1);
}

void RoundsPanel::addRound()
{
    Round round;
    round.opportunityId = m_opportunityId;
    round.kind = static_cast<RoundKind>(m_kind->currentData().toInt());
    round.heldOn = m_heldOn->date();
    if (auto added = RoundRepository(m_db).add(round); !added) {
        m_message->showError(added.error().message);
        return;
    }
    m_message->clearMessage();
    reload();
    selectRound(round.id);
    m_person->setFocus(Qt::OtherFocusReason); // who was in it comes next
    emit roundsChanged();
}

void RoundsPanel::addPerson()
{
    readCompletionsIfNeeded(); // a name typed whole is matched to the contact it names
    const QString name = m_person->text().simplified();
    const qint64 roundId = selectedRound();
    if (roundId <= 0) {
        m_message->showError(tr("Select the round this person was in, then add them."));
        return;
    }
    if (name.isEmpty()) {
        m_message->showError(tr("Type a name first."));
        return;
    }
    RoundPeople people(m_db);
    QString added;
    if (const qint64 known = m_contactIds.value(name.toCaseFolded()); known > 0) {
        auto met = people.add(roundId, known);
        if (!met) {
            m_message->showError(met.error().message);
            return; // the name stays in the box
        }
        added = tr("%1 added to the round.").arg(name);
    } else {
        auto contact = people.addNew(roundId, name, m_company);
        if (!contact) {
            m_message->showError(contact.error().message);
            return;
        }
        m_contactIds.insert(name.toCaseFolded(), contact.value().id);
        added = tr("%1 added to your contacts and to the round.").arg(name);
    }
    m_person->clear();
    reload();
    selectRound(roundId);
    m_message->showInfo(added);
    emit peopleChanged();
}

void RoundsPanel::editSelectedRound()
{
    auto round = RoundRepository(m_db).get(selectedRound());
    if (!round)
        return;
    RoundDialog dialog(m_db, round.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectRound(round.value().id);
    emit roundsChanged();
}

void RoundsPanel::removeSelected()
{
    const qint64 roundId = selectedRound();
    const qint64 contactId = selectedContact();
    if (roundId <= 0)
        return;
    if (contactId > 0) {
        const QString who = m_tree->currentItem()->text(0);
        if (auto removed = RoundPeople(m_db).remove(roundId, contactId); !removed) {
            m_message->showError(removed.error().message);
            return;
        }
        m_undo->offer(tr("Took %1 out of the round; they stay in your contacts.").arg(who),
                      [this, roundId, contactId]() -> Status {
                          auto met = RoundPeople(m_db).add(roundId, contactId);
                          return met ? Status() : Status(met.error());
                      });
        reload();
        emit peopleChanged();
        return;
    }
    auto deleted = deleteRound(m_db, roundId);
    if (!deleted) {
        m_message->showError(deleted.error().message);
        return;
    }
    const DeletedRound held = deleted.value();
    m_undo->offer(tr("Deleted the round “%1”.").arg(roundLabel(held.round)),
                  [this, held]() -> Status {
                      auto restored = restoreRound(m_db, held);
                      return restored ? Status() : Status(restored.error());
                  });
    reload();
    emit roundsChanged();
    emit peopleChanged();
}

void RoundsPanel::setSelectedRole()
{
    const qint64 contactId = selectedContact();
    auto contact = ContactRepository(m_db).get(contactId);
    if (!contact)
        return;
    Contact changed = contact.value();
    changed.role = static_cast<RoleCategory>(m_role->currentData().toInt());
    if (auto saved = ContactRepository(m_db).update(changed); !saved) {
        m_message->showError(saved.error().message);
        return;
    }
    m_tree->currentItem()->setText(1, enumLabel(changed.role));
    m_tree->currentItem()->setData(1, Qt::UserRole, int(changed.role));
    emit peopleChanged();
}

} // namespace finalist
