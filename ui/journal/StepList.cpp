#include "StepList.h"

#include <QResizeEvent>

namespace finalist {

namespace {
constexpr int kFullWidth = 180;
constexpr int kCompactBelow = 130; // narrower than this, "3. Relationships" is mostly dots
} // namespace

StepList::StepList(QWidget* parent)
    : QListWidget(parent)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setMaximumWidth(kFullWidth);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
}

void StepList::addStep(const QString& title)
{
    m_titles << title;
    m_done << false;
    auto* item = new QListWidgetItem(this);
    item->setData(Qt::AccessibleTextRole, title);
    showStep(count() - 1);
}

void StepList::setStepDone(int row, bool done)
{
    if (row < 0 || row >= m_done.size())
        return;
    m_done[row] = done;
    showStep(row);
}

void StepList::showStep(int row)
{
    const QString label = m_compact ? shortLabel(m_titles[row]) : m_titles[row];
    QListWidgetItem* step = item(row);
    step->setText(m_done[row] ? label + QStringLiteral("  ✓") : label);
    step->setTextAlignment(m_compact ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
    step->setToolTip(m_titles[row] + QLatin1Char('\n')
                     + (m_done[row] ? tr("Written") : tr("Not written yet; you may skip it")));
}

QSize StepList::sizeHint() const
{
    return QSize(kFullWidth, QListWidget::sizeHint().height());
}

QSize StepList::minimumSizeHint() const
{
    return QSize(compactWidth(), QListWidget::minimumSizeHint().height());
}

int StepList::compactWidth() const
{
    // A number, its tick and the item's padding, whatever the font size.
    return fontMetrics().horizontalAdvance(QStringLiteral("0  ✓")) + 4 * fontMetrics().height() / 2
        + 2 * frameWidth();
}

void StepList::resizeEvent(QResizeEvent* event)
{
    QListWidget::resizeEvent(event);
    setCompact(event->size().width() < kCompactBelow);
}

void StepList::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    for (int row = 0; row < count(); ++row)
        showStep(row);
}

QString StepList::shortLabel(const QString& title)
{
    const qsizetype dot = title.indexOf(QLatin1Char('.'));
    if (dot > 0 && dot <= 3)
        return title.left(dot);
    return title.left(1); // "Notes" → "N"
}

} // namespace finalist
