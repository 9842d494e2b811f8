#include "NewsPage.h"

#include "common/InlineMessage.h"
#include "common/OpportunityChoiceModel.h"
#include "i18n/DateText.h"
#include "opportunities/NewOpportunityDialog.h"
#include "RejectionWizard.h"
#include "storage/ContactRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace finalist {

NewsPage::NewsPage(RejectionWizard* wizard)
    : WizardStep(wizard)
    , m_opportunity(new QComboBox(this))
    , m_choices(new OpportunityChoiceModel(wizard->database(), this))
    , m_company(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_toldBy(new QComboBox(this))
    , m_toldOn(new QDateEdit(this))
    , m_how(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_praise(new QPlainTextEdit(this))
    , m_topic(new QLineEdit(this))
    , m_startKnown(new QCheckBox(tr("I know when the chosen hire starts:"), this))
    , m_start(new QDateEdit(this))
{
    setTitle(tr("The News"));
    setSubTitle(tr("Take a breath. Write down what you were told while it is fresh; nothing is "
                   "saved until the end, and you can stop and come back."));
    m_company->setPlaceholderText(tr("Company"));
    m_role->setPlaceholderText(tr("Role"));
    m_choices->setLeadingRow(tr("A new opportunity…"), qint64(0));
    m_opportunity->setModel(m_choices);
    m_opportunity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_opportunity->setMinimumContentsLength(20);
    m_toldOn->setCalendarPopup(true);
    m_toldOn->setDisplayFormat(dates::editFormat());
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(dates::editFormat());
    m_how->addItem(tr("By email"), QStringLiteral("email"));
    m_how->addItem(tr("In a call"), QStringLiteral("call"));
    m_how->addItem(tr("In person"), QStringLiteral("in_person"));
    m_reason->setPlaceholderText(tr("In their words, if they gave one"));
    m_praise->setPlaceholderText(tr("Anything they said you did well"));
    m_praise->setTabChangesFocus(true);
    m_praise->setMaximumHeight(80);
    m_topic->setPlaceholderText(tr("Something you talked about, to mention in your notes"));

    auto* create = new QToolButton(this);
    create->setObjectName(QStringLiteral("newOpportunity"));
    create->setText(tr("New…"));
    create->setToolTip(tr("Record the whole process first: company, role, the posting, when "
                          "you applied"));
    auto* which = new QHBoxLayout;
    which->addWidget(m_opportunity, 1);
    which->addWidget(create);
    auto* form = new QFormLayout;
    auto* whichLabel = new QLabel(tr("&Opportunity:"), this);
    whichLabel->setBuddy(m_opportunity);
    form->addRow(whichLabel, which);
    auto* newOne = new QHBoxLayout;
    newOne->addWidget(m_company);
    newOne->addWidget(m_role);
    form->addRow(QString(), newOne);
    form->addRow(tr("Told by:"), m_toldBy);
    form->addRow(tr("On:"), m_toldOn);
    form->addRow(tr("How:"), m_how);
    form->addRow(tr("Reason given:"), m_reason);
    form->addRow(tr("Praise:"), m_praise);
    form->addRow(tr("A topic:"), m_topic);
    auto* start = new QHBoxLayout;
    start->addWidget(m_startKnown);
    start->addWidget(m_start);
    start->addStretch();
    form->addRow(QString(), start);
    body()->addLayout(form);
    body()->addStretch();

    connect(m_opportunity, &QComboBox::currentIndexChanged, this, [this] {
        const bool isNew = m_opportunity->currentData().toLongLong() == 0;
        m_company->setVisible(isNew);
        m_role->setVisible(isNew);
        fillPeople();
    });
    connect(m_startKnown, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(create, &QToolButton::clicked, this, [this] {
        const qint64 id = NewOpportunityDialog::ask(rejectionWizard()->database(), this,
                                                    m_company->text().trimmed());
        if (id <= 0)
            return;
        fillOpportunities();
        m_opportunity->setCurrentIndex(std::max(0, m_opportunity->findData(id)));
    });
}

void NewsPage::fillOpportunities()
{
    // The same read and the same labels as every other process picker.
    const QSignalBlocker blocker(m_opportunity);
    if (const QString error = m_choices->refresh(); !error.isEmpty())
        message()->showError(error);
}

void NewsPage::fillPeople()
{
    m_toldBy->clear();
    m_toldBy->addItem(tr("Nobody in particular"), qint64(0));
    const qint64 opportunity = m_opportunity->currentData().toLongLong();
    if (opportunity == 0)
        return;
    ContactFilter filter;
    filter.opportunityId = opportunity;
    auto met = ContactRepository(rejectionWizard()->database()).list(filter);
    if (!met) {
        message()->showError(met.error().message);
        return;
    }
    for (const Contact& c : met.value()) {
        const QString label
            = c.title.isEmpty() ? c.displayName() : tr("%1 (%2)").arg(c.displayName(), c.title);
        m_toldBy->addItem(label, c.id);
    }
}

void NewsPage::initializePage()
{
    const RejectionAnswers& a = answers();
    fillOpportunities();
    m_opportunity->setCurrentIndex(std::max(0, m_opportunity->findData(a.opportunityId)));
    const bool isNew = m_opportunity->currentData().toLongLong() == 0;
    m_company->setVisible(isNew);
    m_role->setVisible(isNew);
    fillPeople();
    m_toldBy->setCurrentIndex(std::max(0, m_toldBy->findData(a.toldById)));
    m_company->setText(a.newCompany);
    m_role->setText(a.newRole);
    m_toldOn->setDate(a.toldOn.isValid() ? a.toldOn : QDate::currentDate());
    m_how->setCurrentIndex(std::max(0, m_how->findData(a.toldHow)));
    m_reason->setText(a.reason);
    m_praise->setPlainText(a.praise);
    m_topic->setText(a.topic);
    m_startKnown->setChecked(a.chosenHireStart.isValid());
    m_start->setEnabled(a.chosenHireStart.isValid());
    m_start->setDate(a.chosenHireStart.isValid() ? a.chosenHireStart
                                                 : m_toldOn->date().addDays(30));
}

void NewsPage::storeAnswers()
{
    RejectionAnswers& a = answers();
    a.opportunityId = m_opportunity->currentData().toLongLong();
    a.newCompany = m_company->text();
    a.newRole = m_role->text();
    a.toldById = m_toldBy->currentData().toLongLong();
    a.toldOn = m_toldOn->date();
    a.toldHow = m_how->currentData().toString();
    a.reason = m_reason->text();
    a.praise = m_praise->toPlainText();
    a.topic = m_topic->text();
    a.chosenHireStart = m_startKnown->isChecked() ? m_start->date() : QDate();
}

bool NewsPage::check()
{
    if (answers().opportunityId == 0 && answers().newCompany.trimmed().isEmpty()) {
        message()->showError(tr("Name the company, or pick the opportunity from the list."));
        m_company->setFocus();
        return false;
    }
    message()->clearMessage();
    return true;
}

} // namespace finalist
