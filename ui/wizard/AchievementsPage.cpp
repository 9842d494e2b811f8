#include "AchievementsPage.h"

#include "common/InlineMessage.h"
#include "RejectionWizard.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace finalist {

AchievementsPage::AchievementsPage(RejectionWizard* wizard)
    : WizardStep(wizard)
    , m_list(new QListWidget(this))
    , m_new(new QLineEdit(this))
{
    setTitle(tr("What You Achieved"));
    setSubTitle(tr("Reaching the last round means you beat almost everyone. Keep the proof: "
                   "each ticked line is saved as a win. Double-click a line to change it."));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_new->setPlaceholderText(tr("Something else you did well, e.g. “The panel asked for my "
                                 "slides afterwards”"));
    auto* add = new QPushButton(tr("Add"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_new, 1);
    row->addWidget(add);
    body()->addWidget(m_list, 1);
    body()->addLayout(row);
    connect(add, &QPushButton::clicked, this, &AchievementsPage::addTyped);
    // Return in the line adds it; without the filter it would also press the wizard's Next.
    m_new->installEventFilter(this);
}

bool AchievementsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_new && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTyped();
            return true;
        }
    }
    return WizardStep::eventFilter(watched, event);
}

void AchievementsPage::addTyped()
{
    if (m_new->text().trimmed().isEmpty()) {
        message()->showError(tr("Write the achievement first."));
        return;
    }
    addLine(m_new->text().trimmed());
    m_new->clear();
    message()->clearMessage();
}

void AchievementsPage::addLine(const QString& text)
{
    auto* item = new QListWidgetItem(text, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
}

void AchievementsPage::initializePage()
{
    RejectionAnswers& a = answers();
    // Drawn from the record once per opportunity; after that the user's list is the list.
    if (a.achievements.isEmpty() && m_recapFor != a.opportunityId) {
        auto recap = rejectionWizard()->response().recap(a.opportunityId);
        if (!recap)
            message()->showError(recap.error().message);
        else
            a.achievements = recap.value();
    }
    m_recapFor = a.opportunityId;
    m_list->clear();
    for (const QString& line : a.achievements)
        addLine(line);
}

void AchievementsPage::storeAnswers()
{
    QStringList kept;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if (item->checkState() == Qt::Checked && !item->text().trimmed().isEmpty())
            kept << item->text().trimmed();
    }
    answers().achievements = kept;
}

} // namespace finalist
