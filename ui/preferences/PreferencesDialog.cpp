#include "PreferencesDialog.h"

#include "common/InlineMessage.h"
#include "storage/Database.h"
#include "storage/GoalRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace finalist {

PreferencesDialog::PreferencesDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_min(new QSpinBox(this))
    , m_max(new QSpinBox(this))
    , m_message(new InlineMessage(this))
{
    setWindowTitle(tr("Preferences"));
    m_min->setRange(0, 20);
    m_max->setRange(1, 40);
    if (auto goal = GoalRepository(db).inForceOn(db.clock().today())) {
        m_min->setValue(goal.value().minPerWorkDay);
        m_max->setValue(goal.value().maxPerWorkDay);
    } else {
        m_min->setValue(2);
        m_max->setValue(4);
    }
    auto* target = new QHBoxLayout;
    target->addWidget(m_min);
    target->addWidget(new QLabel(tr("to"), this));
    target->addWidget(m_max);
    target->addWidget(new QLabel(tr("notes per work day"), this));
    target->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("Outreach target:"), target);
    auto* hint = new QLabel(tr("Thank-yous, check-ins and notes to people you met all count. "
                               "Weekends and days you mark off in Today do not."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool PreferencesDialog::save()
{
    if (m_min->value() > m_max->value()) {
        m_message->showError(tr("The lower number of the target is above the higher one."));
        return false;
    }
    auto set = GoalRepository(m_db).setFrom(m_db.clock().today(), m_min->value(), m_max->value());
    if (!set) {
        m_message->showError(set.error().message);
        return false;
    }
    return true;
}

} // namespace finalist
