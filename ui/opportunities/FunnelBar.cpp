#include "FunnelBar.h"

#include "storage/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace finalist {

FunnelBar::FunnelBar(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_window(new QComboBox(this))
    , m_label(new QLabel(this))
{
    m_window->setObjectName(QStringLiteral("funnelWindow"));
    m_window->addItem(tr("Last 90 days"), int(Window::Last90Days));
    m_window->addItem(tr("This year"), int(Window::ThisYear));
    m_window->addItem(tr("All time"), int(Window::AllTime));
    m_window->setToolTip(tr("Which processes the funnel counts: those that reached a stage in "
                            "this time"));
    m_label->setObjectName(QStringLiteral("funnel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* title = new QLabel(tr("Funnel:"), this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_window);
    layout->addWidget(m_label, 1);
    connect(m_window, &QComboBox::activated, this, &FunnelBar::reload);
}

QDate FunnelBar::since(Window window, const QDate& today)
{
    switch (window) {
    case Window::Last90Days:
        return today.addDays(-90);
    case Window::ThisYear:
        return QDate(today.year(), 1, 1);
    case Window::AllTime:
        break;
    }
    return {};
}

QString FunnelBar::sentence(const FunnelCounts& c)
{
    if (c.at(Stage::Interested) == 0)
        return tr("No process reached a stage in this time.");
    QStringList ladder;
    for (const Stage stage : stages::ladder())
        ladder << tr("%1 %2").arg(enumLabel(stage)).arg(c.at(stage));
    QStringList ended;
    for (const Stage stage : { Stage::NotChosen, Stage::Withdrawn, Stage::Ghosted })
        if (c.at(stage) > 0)
            ended << tr("%1 %2").arg(enumLabelInSentence(stage)).arg(c.at(stage));
    QString text = ladder.join(QStringLiteral(" → "));
    if (c.finalRounds > 0)
        text += tr(" · %n final round(s), %1 ended as runner-up", nullptr, c.finalRounds)
                    .arg(c.runnerUp);
    if (!ended.isEmpty())
        text += QStringLiteral(" · ") + ended.join(QStringLiteral(", "));
    return text;
}

void FunnelBar::reload()
{
    const auto window = static_cast<Window>(m_window->currentData().toInt());
    auto counts = stageFunnel(m_db, since(window, m_db.clock().today()));
    m_label->setText(counts ? sentence(counts.value()) : counts.error().message);
}

} // namespace finalist
