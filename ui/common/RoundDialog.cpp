#include "RoundDialog.h"

#include "i18n/DateText.h"
#include "InlineMessage.h"
#include "storage/Database.h"
#include "storage/RoundRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace finalist {

RoundDialog::RoundDialog(Database& db, const Round& round, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_round(round)
    , m_kind(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_timeKnown(new QCheckBox(tr("at"), this))
    , m_time(new QTimeEdit(this))
    , m_outcome(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_message(new InlineMessage(this))
{
    setWindowTitle(tr("Round"));
    for (const auto& entry : EnumTable<RoundKind>::entries())
        m_kind->addItem(enumLabel(entry.value), int(entry.value));
    for (const auto& entry : EnumTable<RoundOutcome>::entries())
        m_outcome->addItem(enumLabel(entry.value), int(entry.value));
    m_kind->setCurrentIndex(m_kind->findData(int(round.kind)));
    m_outcome->setCurrentIndex(m_outcome->findData(int(round.outcome)));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dates::editFormat());
    m_date->setDate(round.heldOn.isValid() ? round.heldOn : db.clock().today());
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(round.startsAt.isValid() ? round.startsAt : QTime(10, 0));
    m_timeKnown->setChecked(round.startsAt.isValid());
    m_time->setEnabled(round.startsAt.isValid());
    m_notes->setPlainText(round.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Who asked what, what went well, what to prepare next time"));

    auto* when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_timeKnown);
    when->addWidget(m_time);
    when->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&When"), when);
    form->addRow(tr("&Outcome"), m_outcome);
    form->addRow(tr("&Notes"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_timeKnown, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

bool RoundDialog::save()
{
    Round edited = m_round;
    edited.kind = static_cast<RoundKind>(m_kind->currentData().toInt());
    edited.heldOn = m_date->date();
    edited.startsAt = m_timeKnown->isChecked() ? m_time->time() : QTime();
    edited.outcome = static_cast<RoundOutcome>(m_outcome->currentData().toInt());
    edited.notes = m_notes->toPlainText();
    if (auto saved = RoundRepository(m_db).update(edited); !saved) {
        m_message->showError(saved.error().message);
        return false;
    }
    m_round = edited;
    return true;
}

} // namespace finalist
