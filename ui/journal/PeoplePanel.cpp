#include "PeoplePanel.h"

#include "common/InlineMessage.h"
#include "i18n/DateText.h"
#include "services/ThankYouNote.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace finalist {

PeoplePanel::PeoplePanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new InlineMessage(this))
{
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Person"), tr("Thank-you note"), tr("LinkedIn"), QString() });
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(140);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(PersonColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ThankYouColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LinkedInColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
}

void PeoplePanel::setEntry(const JournalEntry& entry)
{
    m_opportunityId = entry.opportunityId;
    m_message->clearMessage();
    reload();
}

QString PeoplePanel::thankYouText(const PersonMet& person) const
{
    switch (person.thankYou) {
    case ThankYouState::NotYet:
        return tr("Not yet");
    case ThankYouState::Drafted:
        return tr("Drafted");
    case ThankYouState::Sent:
        return person.thankedOn.isValid() ? tr("Sent %1").arg(dates::shortDate(person.thankedOn))
                                          : tr("Sent");
    }
    return {};
}

void PeoplePanel::reload()
{
    m_table->setRowCount(0);
    m_people.clear();
    if (m_opportunityId <= 0) {
        m_message->showInfo(tr("Choose the opportunity above, or create it with New… beside "
                               "the list; then add the people you met in step 1."));
        return;
    }
    auto people = peopleMet(m_db, m_opportunityId);
    if (!people) {
        m_message->showError(people.error().message);
        return;
    }
    m_people = std::move(people).value();
    const QString nobody = tr("Nobody recorded yet: add the people you met in step 1.");
    if (m_people.empty())
        m_message->showInfo(nobody);
    else if (m_message->text() == nobody) // someone was added in step 1 since
        m_message->clearMessage();
    m_table->setRowCount(int(m_people.size()));
    for (int row = 0; row < int(m_people.size()); ++row) {
        const PersonMet& person = m_people[std::size_t(row)];
        auto* who = new QTableWidgetItem(person.contact.displayName());
        who->setToolTip(person.contact.title);
        m_table->setItem(row, PersonColumn, who);
        m_table->setItem(row, ThankYouColumn, new QTableWidgetItem(thankYouText(person)));

        auto* linkedIn = new QComboBox(m_table);
        linkedIn->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        linkedIn->setMinimumContentsLength(13);
        for (const auto& state : EnumTable<LinkedInStatus>::entries())
            linkedIn->addItem(enumLabel(state.value), int(state.value));
        linkedIn->setCurrentIndex(linkedIn->findData(int(person.contact.linkedInStatus)));
        connect(linkedIn, &QComboBox::activated, this, [this, row, linkedIn] {
            setLinkedInStatus(row, static_cast<LinkedInStatus>(linkedIn->currentData().toInt()));
        });
        m_table->setCellWidget(row, LinkedInColumn, linkedIn);

        auto* action = new QPushButton(m_table);
        action->setObjectName(QStringLiteral("thankYouAction"));
        action->setToolTip(tr("Draft a thank-you note, then mark it sent once it is out"));
        action->setText(person.thankYou == ThankYouState::NotYet        ? tr("Draft note")
                            : person.thankYou == ThankYouState::Drafted ? tr("Mark sent")
                                                                        : tr("Thanked"));
        action->setEnabled(person.thankYou != ThankYouState::Sent);
        connect(action, &QPushButton::clicked, this, [this, row] { advanceThankYou(row); });
        m_table->setCellWidget(row, ActionColumn, action);
    }
}

void PeoplePanel::advanceThankYou(int row)
{
    if (row < 0 || row >= int(m_people.size()))
        return;
    const PersonMet person = m_people[std::size_t(row)];
    const QString name = person.contact.displayName();
    if (person.thankYou == ThankYouState::NotYet) {
        auto opportunity = OpportunityRepository(m_db).get(m_opportunityId);
        if (!opportunity) {
            m_message->showError(opportunity.error().message);
            return;
        }
        auto draft = draftThankYou(m_db, person.contact, opportunity.value());
        if (!draft) {
            m_message->showError(draft.error().message);
            return;
        }
        reload();
        m_message->showInfo(tr("A thank-you note to %1 is drafted; edit and send it from "
                               "Outreach, then mark it sent here.")
                                .arg(name));
        emit draftCreated(draft.value().id);
    } else if (person.thankYou == ThankYouState::Drafted) {
        OutreachRepository outreach(m_db);
        auto note = outreach.get(person.thankYouId);
        if (!note) {
            m_message->showError(note.error().message);
            return;
        }
        Outreach sent = note.value();
        sent.status = OutreachStatus::Sent;
        sent.sentOn = m_db.clock().today();
        if (auto saved = outreach.update(sent); !saved) {
            m_message->showError(saved.error().message);
            return;
        }
        reload();
        m_message->showInfo(tr("Thank-you to %1 marked sent today.").arg(name));
    }
}

void PeoplePanel::setLinkedInStatus(int row, LinkedInStatus status)
{
    if (row < 0 || row >= int(m_people.size()))
        return;
    Contact contact = m_people[std::size_t(row)].contact;
    if (contact.linkedInStatus == status)
        return;
    contact.linkedInStatus = status;
    contact.linkedInStatusOn = m_db.clock().today();
    if (auto saved = ContactRepository(m_db).update(contact); !saved) {
        m_message->showError(saved.error().message);
        reload(); // shows the stored state again
        return;
    }
    m_people[std::size_t(row)].contact = contact;
    m_message->showInfo(tr("%1 on LinkedIn: %2.").arg(contact.displayName(), enumLabel(status)));
}

} // namespace finalist
