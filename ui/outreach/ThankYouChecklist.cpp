#include "ThankYouChecklist.h"

#include "common/InlineMessage.h"
#include "common/OpportunityChoiceModel.h"
#include "common/RoomyItemDelegate.h"
#include "i18n/DateText.h"
#include "services/ThankYouNote.h"
#include "storage/Database.h"
#include "storage/OpportunityRepository.h"
#include "storage/PeopleMet.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace finalist {

namespace {

constexpr int kAimDays = 1; // a thank-you within a day of the round

} // namespace

ThankYouChecklist::ThankYouChecklist(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_opportunity(new QComboBox(this))
    , m_choices(new OpportunityChoiceModel(db, this))
    , m_summary(new QLabel(this))
    , m_people(new QTreeWidget(this))
    , m_message(new InlineMessage(this))
{
    m_opportunity->setModel(m_choices);
    // Some characters wide whatever the processes' names (the list shows them whole and the
    // tooltip says the chosen one): a long name made the section wider than a small screen.
    m_opportunity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_opportunity->setMinimumContentsLength(24);
    m_people->setColumnCount(3);
    m_people->setHeaderLabels({ tr("Person"), tr("Thank-you"), tr("Since the round") });
    m_people->setRootIsDecorated(false);
    m_people->setItemDelegate(new RoomyItemDelegate(m_people));
    m_people->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_people->header()->setStretchLastSection(false);
    m_people->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_people->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    auto* draft = new QPushButton(tr("Draft a Thank-You"), this);
    draft->setEnabled(false);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Opportunity:"), this));
    top->addWidget(m_opportunity, 1);
    top->addWidget(draft);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_people, 1);
    layout->addWidget(m_message);
    connect(m_opportunity, &QComboBox::currentIndexChanged, this, &ThankYouChecklist::showPeople);
    connect(draft, &QPushButton::clicked, this, &ThankYouChecklist::draftForSelected);
    connect(m_people, &QTreeWidget::currentItemChanged, this, [this, draft] {
        const QTreeWidgetItem* item = m_people->currentItem();
        draft->setEnabled(item
                          && item->data(1, Qt::UserRole).toInt() == int(ThankYouState::NotYet));
    });
}

void ThankYouChecklist::reload()
{
    if (const QString error = m_choices->refreshKeepingChoice(*m_opportunity); !error.isEmpty()) {
        m_message->showError(error);
        return;
    }
    showPeople();
}

void ThankYouChecklist::showPeople()
{
    m_people->clear();
    const qint64 opportunity = m_opportunity->currentData().toLongLong();
    if (opportunity <= 0) {
        m_summary->setText(tr("Add an opportunity and the people you met, and this list shows "
                              "who is still waiting for your thanks."));
        return;
    }
    auto met = peopleMet(m_db, opportunity);
    if (!met) {
        m_message->showError(met.error().message);
        return;
    }
    const QDate today = m_db.clock().today();
    int waiting = 0;
    for (const PersonMet& person : met.value()) {
        auto* item = new QTreeWidgetItem(m_people);
        item->setText(0, person.contact.displayName());
        item->setData(0, Qt::UserRole, person.contact.id);
        item->setData(1, Qt::UserRole, int(person.thankYou));
        switch (person.thankYou) {
        case ThankYouState::Sent:
            item->setText(1, tr("✓ Sent %1").arg(dates::dayMonth(person.thankedOn)));
            break;
        case ThankYouState::Drafted:
            item->setText(1, tr("Drafted, not sent"));
            break;
        case ThankYouState::NotYet:
            item->setText(1, tr("Not yet"));
            break;
        }
        if (person.thankYou != ThankYouState::Sent) {
            ++waiting;
            if (person.firstMetOn.isValid()) {
                const qint64 days = person.firstMetOn.daysTo(today);
                item->setText(2, days <= 0 ? tr("today") : tr("%n day(s)", nullptr, int(days)));
                if (days > kAimDays)
                    item->setForeground(2, QColor(0xc6, 0x28, 0x28));
            }
        }
    }
    m_summary->setText(waiting == 0
                           ? tr("Everyone you met here has been thanked.")
                           : tr("Still to thank: %1 of the %n (person|people) you met here. Aim "
                                "for a note within a day of the round; late is still far better "
                                "than never.",
                                nullptr, int(met.value().size()))
                                 .arg(waiting));
}

void ThankYouChecklist::draftForSelected()
{
    const QTreeWidgetItem* item = m_people->currentItem();
    const qint64 opportunityId = m_opportunity->currentData().toLongLong();
    if (!item || opportunityId <= 0)
        return;
    auto met = peopleMet(m_db, opportunityId);
    auto opportunity = OpportunityRepository(m_db).get(opportunityId);
    if (!met || !opportunity) {
        m_message->showError(!met ? met.error().message : opportunity.error().message);
        return;
    }
    for (const PersonMet& person : met.value()) {
        if (person.contact.id != item->data(0, Qt::UserRole).toLongLong())
            continue;
        auto note = draftThankYou(m_db, person.contact, opportunity.value());
        if (!note) {
            m_message->showError(note.error().message);
            return;
        }
        m_message->showInfo(tr("Drafted a thank-you to %1.").arg(person.contact.displayName()));
        showPeople();
        emit drafted(note.value().id);
        return;
    }
}

} // namespace finalist
