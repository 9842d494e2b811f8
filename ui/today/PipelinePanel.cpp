#include "PipelinePanel.h"

#include "domain/Stages.h"
#include "opportunities/FunnelBar.h"
#include "storage/ActivityCounts.h"
#include "storage/Database.h"
#include "storage/StageFunnel.h"

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
    auto byStage = counts.opportunitiesByStage();
    auto rounds = counts.roundsHeld(monthStart, today);
    auto people = counts.peopleMet(monthStart, today);
    auto wins = counts.winsRecorded();
    auto funnel = stageFunnel(m_db, FunnelBar::since(FunnelBar::Window::Last90Days, today));
    if (!byStage || !rounds || !people || !wins || !funnel) {
        m_summary->setText(tr("The summary could not be read."));
        return;
    }
    QStringList open, ended;
    for (const Stage s : stages::all())
        if (const int n = byStage.value().value(s))
            (stages::isOpen(s) ? open : ended) << tr("%1 %2").arg(n).arg(enumLabelInSentence(s));
    QStringList lines;
    if (open.isEmpty() && ended.isEmpty())
        lines << tr("Opportunities: none yet. Record the processes you are in under "
                    "Opportunities (Ctrl+2).");
    else
        lines << tr("Open: %1. Ended: %2.")
                     .arg(open.isEmpty() ? tr("none") : open.join(QStringLiteral(", ")),
                          ended.isEmpty() ? tr("none") : ended.join(QStringLiteral(", ")));
    if (funnel.value().at(Stage::Interested) > 0)
        lines << tr("Last 90 days: %1").arg(FunnelBar::sentence(funnel.value()));
    lines << tr("This month: %1, %2 met. Wins recorded: %3.")
                 .arg(tr("%n round(s)", nullptr, int(rounds.value())),
                      tr("%n (person|people)", nullptr, int(people.value())))
                 .arg(wins.value());
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

} // namespace finalist
