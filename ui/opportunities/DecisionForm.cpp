#include "DecisionForm.h"

#include "common/FieldMark.h"
#include "common/OptionalDateEdit.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace finalist {

DecisionForm::DecisionForm(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_decided(new OptionalDateEdit(tr("Decided on"), this))
    , m_reason(new QLineEdit(this))
    , m_praise(new QPlainTextEdit(this))
    , m_toldBy(new QComboBox(this))
    , m_hireStart(new OptionalDateEdit(tr("The chosen hire starts on"), this))
{
    m_reason->setObjectName(QStringLiteral("reasonGiven"));
    m_reason->setPlaceholderText(tr("In their words, if they gave one"));
    m_praise->setObjectName(QStringLiteral("praise"));
    m_praise->setPlaceholderText(tr("Anything they said you did well: keep it"));
    m_praise->setTabChangesFocus(true);
    m_praise->setFixedHeight(m_praise->fontMetrics().lineSpacing() * 3 + 14);
    m_toldBy->setObjectName(QStringLiteral("toldBy"));
    m_toldBy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_toldBy->setMinimumContentsLength(20);
    m_hireStart->setToolTip(tr("The second-chance radar counts the chosen hire's first ninety "
                               "days from this date"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(QString(), m_decided);
    form->addRow(tr("Told by"), m_toldBy);
    form->addRow(tr("Reason given"), m_reason);
    form->addRow(tr("Praise"), m_praise);
    form->addRow(QString(), m_hireStart);

    connect(m_decided, &OptionalDateEdit::changed, this, &DecisionForm::changed);
    connect(m_hireStart, &OptionalDateEdit::changed, this, &DecisionForm::changed);
    connect(m_reason, &QLineEdit::textEdited, this, &DecisionForm::changed);
    connect(m_praise, &QPlainTextEdit::textChanged, this, &DecisionForm::changed);
    connect(m_toldBy, &QComboBox::activated, this, &DecisionForm::changed);
    for (OptionalDateEdit* date : { m_decided, m_hireStart })
        connect(date, &OptionalDateEdit::changed, date->dateEdit(),
                [date] { clearMark(date->dateEdit()); });
}

void DecisionForm::fill(const Opportunity& o)
{
    const QSignalBlocker blocker(this);
    const QDate today = m_db.clock().today();
    m_decided->setDate(o.decidedOn, today);
    m_hireStart->setDate(o.chosenHireStartOn,
                         (o.decidedOn.isValid() ? o.decidedOn : today).addDays(30));
    m_reason->setText(o.reasonGiven);
    m_reason->setCursorPosition(0);
    if (m_praise->toPlainText() != o.praise)
        m_praise->setPlainText(o.praise);
    // Who told you: the people met in its rounds first, and whoever was recorded before.
    m_toldBy->clear();
    m_toldBy->addItem(tr("Nobody in particular"), qint64(0));
    ContactFilter met;
    met.opportunityId = o.id;
    if (auto people = ContactRepository(m_db).list(met))
        for (const Contact& c : people.value())
            m_toldBy->addItem(c.title.isEmpty() ? c.displayName()
                                                : tr("%1 (%2)").arg(c.displayName(), c.title),
                              c.id);
    if (o.toldById > 0 && m_toldBy->findData(o.toldById) < 0)
        if (auto teller = ContactRepository(m_db).get(o.toldById))
            m_toldBy->addItem(teller.value().displayName(), o.toldById);
    m_toldBy->setCurrentIndex(std::max(0, m_toldBy->findData(o.toldById)));
    for (OptionalDateEdit* date : { m_decided, m_hireStart })
        clearMark(date->dateEdit());
}

void DecisionForm::collectInto(Opportunity& o) const
{
    o.decidedOn = m_decided->date();
    o.reasonGiven = m_reason->text().trimmed();
    o.praise = m_praise->toPlainText().trimmed();
    o.toldById = m_toldBy->currentData().toLongLong();
    o.chosenHireStartOn = m_hireStart->date();
}

bool DecisionForm::markInvalid(const QString& field)
{
    OptionalDateEdit* date = field == QLatin1String("decided_on") ? m_decided
        : field == QLatin1String("chosen_hire_start_on")          ? m_hireStart
                                                                  : nullptr;
    if (!date)
        return false;
    markRefused(date->dateEdit());
    return true;
}

} // namespace finalist
