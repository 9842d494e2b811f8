#include "RecipientsPage.h"

#include "common/ActionTable.h"
#include "common/InlineMessage.h"
#include "RejectionWizard.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace finalist {

namespace {

const Channel kChannels[]
    = { Channel::Email, Channel::LinkedIn, Channel::PhoneScript, Channel::Card };

} // namespace

RecipientsPage::RecipientsPage(RejectionWizard* wizard)
    : WizardStep(wizard)
    , m_table(new QTableWidget(0, 2, this))
{
    setTitle(tr("Who and How"));
    setSubTitle(tr("Everyone you met can hear from you. Untick anyone you would rather leave "
                   "be, and choose how to reach each person."));
    m_table->setHorizontalHeaderLabels({ tr("Person"), tr("Channel") });
    setUpActionTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_table->setColumnWidth(1, 180);
    m_table->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 6);
    body()->addWidget(m_table);
}

void RecipientsPage::initializePage()
{
    RejectionAnswers& a = answers();
    const QString basis = QStringLiteral("%1/%2").arg(a.opportunityId).arg(a.toldById);
    const bool sameAsBefore = basis == m_basis || (m_basis.isEmpty() && !a.recipients.empty());
    if (!sameAsBefore) {
        auto people = rejectionWizard()->response().recipients(a.opportunityId, a.toldById);
        if (!people) {
            message()->showError(people.error().message);
            return;
        }
        a.recipients = people.value();
    }
    m_basis = basis;
    m_table->setRowCount(int(a.recipients.size()));
    for (int row = 0; row < int(a.recipients.size()); ++row) {
        const Recipient& r = a.recipients[std::size_t(row)];
        QString label = r.name;
        if (r.contactId == a.toldById)
            label = tr("%1, who told you").arg(r.name);
        auto* person = new QTableWidgetItem(label);
        person->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        person->setCheckState(r.included ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, 0, person);
        auto* channel = new QComboBox(m_table);
        for (Channel c : kChannels)
            channel->addItem(enumLabel(c), enumKey(c));
        channel->setCurrentIndex(std::max(0, channel->findData(enumKey(r.channel))));
        m_table->setCellWidget(row, 1, channel);
    }
    if (a.recipients.empty())
        message()->showInfo(tr("Nobody is recorded for this opportunity yet. Go back and pick "
                               "who told you; or choose Finish Later, add the people you met "
                               "to its rounds in Opportunities (Ctrl+2), and resume."));
    else
        message()->clearMessage();
}

void RecipientsPage::setChannel(int row, Channel channel)
{
    auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(row, 1));
    box->setCurrentIndex(box->findData(enumKey(channel)));
}

void RecipientsPage::storeAnswers()
{
    RejectionAnswers& a = answers();
    for (int row = 0; row < m_table->rowCount() && row < int(a.recipients.size()); ++row) {
        Recipient& r = a.recipients[std::size_t(row)];
        r.included = m_table->item(row, 0)->checkState() == Qt::Checked;
        const auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(row, 1));
        r.channel = enumFromKey<Channel>(box->currentData().toString()).value_or(Channel::Email);
    }
}

} // namespace finalist
