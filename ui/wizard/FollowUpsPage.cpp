#include "FollowUpsPage.h"

#include "common/ActionTable.h"
#include "common/InlineMessage.h"
#include "i18n/DateText.h"
#include "RejectionWizard.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace finalist {

FollowUpsPage::FollowUpsPage(RejectionWizard* wizard)
    : WizardStep(wizard)
    , m_table(new QTableWidget(0, 3, this))
{
    setTitle(tr("Coming Back Later"));
    setSubTitle(tr("The door is not closed: the chosen hire may not stay, and new roles open. "
                   "Change any date, or untick what you do not want. Save writes everything."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Save Everything"));
    m_table->setHorizontalHeaderLabels({ tr("What"), tr("With"), tr("When") });
    setUpActionTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(QDateEdit().sizeHint().height() + 8);
    m_table->setWordWrap(true);
    body()->addWidget(m_table);
}

void FollowUpsPage::initializePage()
{
    RejectionAnswers& a = answers();
    const QString basis = a.choicesSignature();
    const bool resumed = m_basis.isEmpty() && !a.followUps.empty();
    if (!resumed && basis != m_basis) {
        std::vector<ProposedFollowUp> fresh = rejectionWizard()->response().followUps(a);
        // A date or a choice the user changed stands, for as long as that follow-up is proposed.
        for (ProposedFollowUp& f : fresh)
            for (const ProposedFollowUp& old : a.followUps)
                if (old.kind == f.kind) {
                    f.dueOn = old.dueOn;
                    f.included = old.included;
                }
        a.followUps = fresh;
    }
    m_basis = basis;
    m_table->setRowCount(int(a.followUps.size()));
    for (int row = 0; row < int(a.followUps.size()); ++row) {
        const ProposedFollowUp& f = a.followUps[std::size_t(row)];
        auto* what = new QTableWidgetItem(f.reason);
        what->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        what->setCheckState(f.included ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, 0, what);
        QString who = tr("—");
        for (const Recipient& r : a.recipients)
            if (r.contactId == f.contactId)
                who = r.name;
        auto* with = new QTableWidgetItem(who);
        with->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 1, with);
        auto* when = new QDateEdit(f.dueOn, m_table);
        when->setCalendarPopup(true);
        when->setDisplayFormat(dates::editFormat());
        m_table->setCellWidget(row, 2, when);
        m_table->setColumnWidth(2,
                                std::max(m_table->columnWidth(2), when->sizeHint().width() + 24));
    }
}

void FollowUpsPage::setDueOn(int row, QDate date)
{
    qobject_cast<QDateEdit*>(m_table->cellWidget(row, 2))->setDate(date);
}

void FollowUpsPage::storeAnswers()
{
    auto& followUps = answers().followUps;
    for (int row = 0; row < m_table->rowCount() && row < int(followUps.size()); ++row) {
        ProposedFollowUp& f = followUps[std::size_t(row)];
        f.included = m_table->item(row, 0)->checkState() == Qt::Checked;
        f.dueOn = qobject_cast<QDateEdit*>(m_table->cellWidget(row, 2))->date();
    }
}

bool FollowUpsPage::check()
{
    auto saved = rejectionWizard()->saveAll();
    if (!saved) {
        message()->showError(tr("Nothing was saved: %1").arg(saved.error().message));
        return false;
    }
    message()->clearMessage();
    return true;
}

} // namespace finalist
