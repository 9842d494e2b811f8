#include "PipelinePanel.h"

#include "domain/Stages.h"
#include "opportunities/FunnelBar.h"
#include "storage/BackgroundTask.h"
#include "storage/Database.h"

#include <memory>
#include <optional>
#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace finalist {

PipelinePanel::PipelinePanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_summary(new QLabel(this))
    , m_task(new BackgroundTask(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    m_summary->installEventFilter(this); // its first paint is the panel's first sight
}

namespace {

QDate funnelSince(QDate today)
{
    return FunnelBar::since(FunnelBar::Window::Last90Days, today);
}

} // namespace

void PipelinePanel::reload()
{
    ++m_reads; // a worker's answer still on its way is older than this
    const QDate today = m_db.clock().today();
    showFigures(PipelineFigures::read(m_db, today, funnelSince(today)));
}

void PipelinePanel::reloadInBackground()
{
    const QDate today = m_db.clock().today();
    auto figures = std::make_shared<std::optional<Result<PipelineFigures>>>();
    m_task->start(
        m_db.path(),
        [figures, path = m_db.path(), today, since = funnelSince(today)] {
            *figures = PipelineFigures::readFrom(path, today, since);
            return figures->value() ? Status() : Status(figures->value().error());
        },
        [this, figures, asked = ++m_reads](const Status& read) {
            if (asked != m_reads)
                return; // read again since: this answer is older than what is shown
            if (read)
                showFigures(figures->value());
            else
                reload(); // through the window's connection, which opened the file already
        });
}

void PipelinePanel::reloadWhenSeen()
{
    if (m_seen) {
        reloadInBackground();
        return;
    }
    m_readWhenSeen = true;
    ++m_reads; // a worker's answer already on its way would be older than this
    m_summary->setMinimumHeight(3 * m_summary->fontMetrics().lineSpacing());
}

bool PipelinePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_summary && event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        if (m_readWhenSeen) {
            m_readWhenSeen = false;
            // After this paint and the rest of the window's: the worker starts once it is up,
            // unless the panel was read meanwhile.
            QTimer::singleShot(0, this, [this, asked = m_reads] {
                if (asked == m_reads)
                    reloadInBackground();
            });
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PipelinePanel::showFigures(const Result<PipelineFigures>& read)
{
    m_readWhenSeen = false;
    m_summary->setMinimumHeight(0);
    if (!read) {
        m_summary->setText(tr("The summary could not be read."));
        return;
    }
    const PipelineFigures& figures = read.value();
    QStringList open, ended;
    for (const Stage s : stages::all())
        if (const int n = figures.byStage.value(s))
            (stages::isOpen(s) ? open : ended) << tr("%1 %2").arg(n).arg(enumLabelInSentence(s));
    QStringList lines;
    if (open.isEmpty() && ended.isEmpty())
        lines << tr("Opportunities: none yet. Record the processes you are in under "
                    "Opportunities (Ctrl+2).");
    else
        lines << tr("Open: %1. Ended: %2.")
                     .arg(open.isEmpty() ? tr("none") : open.join(QStringLiteral(", ")),
                          ended.isEmpty() ? tr("none") : ended.join(QStringLiteral(", ")));
    if (figures.funnel.at(Stage::Interested) > 0)
        lines << tr("Last 90 days: %1").arg(FunnelBar::sentence(figures.funnel));
    lines << tr("This month: %1, %2 met. Wins recorded: %3.")
                 .arg(tr("%n round(s)", nullptr, figures.roundsThisMonth),
                      tr("%n (person|people)", nullptr, figures.peopleThisMonth))
                 .arg(figures.wins);
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

} // namespace finalist
