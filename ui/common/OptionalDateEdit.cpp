#include "OptionalDateEdit.h"

#include "i18n/DateText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace finalist {

OptionalDateEdit::OptionalDateEdit(const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_known(new QCheckBox(text, this))
    , m_date(new QDateEdit(this))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dates::editFormat());
    m_date->setEnabled(false);
    setFocusProxy(m_known);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_date);
    layout->addStretch(1);
    connect(m_known, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_known, &QCheckBox::toggled, this, &OptionalDateEdit::changed);
    connect(m_date, &QDateEdit::dateChanged, this, &OptionalDateEdit::changed);
}

QDate OptionalDateEdit::date() const
{
    return m_known->isChecked() ? m_date->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate& date, const QDate& suggested)
{
    const QSignalBlocker boxBlocker(m_known);
    const QSignalBlocker dateBlocker(m_date);
    m_known->setChecked(date.isValid());
    m_date->setEnabled(date.isValid());
    m_date->setDate(date.isValid() ? date : suggested);
}

} // namespace finalist
