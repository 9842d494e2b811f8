#include "RoundsPanel.h"

#include "common/InlineMessage.h"
#include "services/RoundPeople.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/RoundRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace finalist {

namespace {

constexpr int kRoundIdRole = Qt::UserRole + 1;

} // namespace

RoundsPanel::RoundsPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_tree(new QTreeWidget(this))
    , m_kind(new QComboBox(this))
    , m_heldOn(new QDateEdit(this))
    , m_addRound(new QPushButton(tr("Add round"), this))
    , m_person(new QLineEdit(this))
    , m_addPerson(new QPushButton(tr("Add to round"), this))
    , m_message(new InlineMessage(this))
{
    m_tree->setObjectName(QStringLiteral("roundsTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setMinimumHeight(120);
    for (const auto& entry : EnumTable<RoundKind>::entries())
        m_kind->addItem(enumLabel(entry.value), QVariant::fromValue(int(entry.value)));
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setDate(m_db.clock().today());
    m_person->setObjectName(QStringLiteral("personEdit"));
    m_person->setPlaceholderText(tr("Who was there? Pick a contact or type a new name"));
    m_person->setClearButtonEnabled(true);

    auto* roundRow = new QHBoxLayout;
    roundRow->addWidget(m_kind);
    roundRow->addWidget(m_heldOn);
    roundRow->addWidget(m_addRound);
    roundRow->addStretch(1);
    auto* personRow = new QHBoxLayout;
    personRow->addWidget(m_person, 1);
    personRow->addWidget(m_addPerson);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(roundRow);
    layout->addLayout(personRow);
    layout->addWidget(m_message);

    connect(m_addRound, &QPushButton::clicked, this, &RoundsPanel::addRound);
    connect(m_addPerson, &QPushButton::clicked, this, &RoundsPanel::addPerson);
    connect(m_person, &QLineEdit::returnPressed, this, &RoundsPanel::addPerson);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this] { m_addPerson->setEnabled(selectedRound() > 0); });
}

void RoundsPanel::setEntry(const JournalEntry& entry)
{
    m_opportunityId = entry.opportunityId;
    m_company.clear();
    if (m_opportunityId > 0) {
        if (auto opportunity = OpportunityRepository(m_db).get(m_opportunityId))
            m_company = opportunity.value().company;
    }
    fillCompletions(m_company);
    m_message->clearMessage();
    reload();
}

void RoundsPanel::fillCompletions(const QString& company)
{
    m_contactIds.clear();
    QStringList names;
    if (!company.isEmpty()) {
        ContactFilter filter;
        filter.company = company;
        filter.limit = 2000;
        if (auto contacts = ContactRepository(m_db).list(filter)) {
            for (const Contact& contact : contacts.value()) {
                const QString name = contact.displayName();
                m_contactIds.insert(name.toCaseFolded(), contact.id);
                names << name;
            }
        }
    }
    auto* completer = new QCompleter(names, m_person);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_person->setCompleter(completer);
}

void RoundsPanel::reload()
{
    const qint64 keep = selectedRound();
    m_tree->clear();
    const bool linked = m_opportunityId > 0;
    for (QWidget* control :
         std::initializer_list<QWidget*>{ m_kind, m_heldOn, m_addRound, m_person, m_addPerson })
        control->setEnabled(linked);
    if (!linked) {
        m_message->showInfo(tr("Choose the opportunity above to record its rounds and the "
                               "people you met."));
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
        QString label = enumLabel(round.kind);
        if (round.heldOn.isValid())
            label += QStringLiteral(" · ") + QLocale().toString(round.heldOn, QLocale::ShortFormat);
        auto* item = new QTreeWidgetItem(m_tree, { label });
        item->setData(0, kRoundIdRole, round.id);
        QFont bold = item->font(0);
        bold.setWeight(QFont::DemiBold);
        item->setFont(0, bold);
        if (auto met = meetings.listForRound(round.id)) {
            for (const Meeting& meeting : met.value()) {
                auto contact = contacts.get(meeting.contactId);
                if (!contact)
                    continue;
                const Contact& c = contact.value();
                const QString who = c.title.isEmpty() ? c.displayName()
                                                      : tr("%1, %2").arg(c.displayName(), c.title);
                auto* person = new QTreeWidgetItem(item, { who });
                person->setData(0, kRoundIdRole, round.id);
            }
        }
        if (round.id == keep || !current)
            current = item;
    }
    m_tree->expandAll();
    if (current)
        m_tree->setCurrentItem(current);
    m_addPerson->setEnabled(selectedRound() > 0);
    if (rounds.value().empty())
        m_message->showInfo(tr("No rounds yet: add the first one below."));
    else if (!m_message->isError())
        m_message->clearMessage();
}

qint64 RoundsPanel::selectedRound() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, kRoundIdRole).toLongLong() : 0;
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
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, kRoundIdRole).toLongLong() == round.id)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
    }
}

void RoundsPanel::addPerson()
{
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
    m_message->showInfo(added);
    emit peopleChanged();
}

} // namespace finalist
