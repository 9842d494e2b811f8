#include "PipelinePanel.h"

#include "storage/ActivityCounts.h"
#include "storage/Database.h"

#include <QLabel>
#include <QVBoxLayout>

namespace finalist {

PipelinePanel::PipelinePanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_summary(new QLabel(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
}

void PipelinePanel::reload()
{
    ActivityCounts counts(m_db);
    const QDate today = m_db.clock().today();
    const QDate monthStart(today.year(), today.month(), 1);
    auto byStatus = counts.opportunitiesByStatus();
    auto rounds = counts.roundsHeld(monthStart, today);
    auto people = counts.peopleMet(monthStart, today);
    auto wins = counts.winsRecorded();
    if (!byStatus || !rounds || !people || !wins) {
        m_summary->setText(tr("The summary could not be read."));
        return;
    }
    QStringList statuses;
    for (OpportunityStatus s :
         { OpportunityStatus::Active, OpportunityStatus::Offer, OpportunityStatus::RunnerUp,
           OpportunityStatus::Rejected, OpportunityStatus::Withdrawn })
        if (const int n = byStatus.value().value(s))
            statuses << tr("%1 %2").arg(n).arg(enumLabel(s).toLower());
    m_summary->setText(
        tr("Opportunities: %1.\nThis month: %2 rounds, %3 people met. Wins recorded: %4.")
            .arg(statuses.isEmpty() ? tr("none yet") : statuses.join(QStringLiteral(", ")))
            .arg(rounds.value())
            .arg(people.value())
            .arg(wins.value()));
}

} // namespace finalist
