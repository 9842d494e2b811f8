#include "WishesPage.h"

#include "RejectionWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace finalist {

namespace {

QCheckBox* choice(QWidget* parent, const QString& text, const QString& why)
{
    auto* box = new QCheckBox(text, parent);
    box->setToolTip(why);
    return box;
}

} // namespace

WishesPage::WishesPage(RejectionWizard* wizard)
    : WizardStep(wizard)
    , m_thank(choice(this, tr("Thank them for their time"),
                     tr("Said well, thanks are remembered long after the interviews.")))
    , m_askFeedback(choice(this, tr("Ask what would have made the difference"),
                           tr("Not to argue: to learn, and to keep the conversation open.")))
    , m_stayOnRadar(choice(this, tr("Ask to stay on their radar"),
                           tr("Runners-up are often the first call when a role opens again.")))
    , m_otherRoles(choice(this, tr("Say you would welcome other roles there"),
                          tr("A team that wanted you may well have the next opening.")))
    , m_contract(choice(this, tr("Say you are open to contract work"),
                        tr("A contract is a short way in when the hire does not work out.")))
    , m_linkedIn(choice(this, tr("Connect on LinkedIn (ask them to invite you)"),
                        tr("An invitation from them is accepted on their terms.")))
{
    setTitle(tr("What You Want"));
    setSubTitle(tr("Decide what your answer should do. The notes on the next pages follow "
                   "these choices."));
    body()->setSpacing(10);
    for (QCheckBox* box : { m_thank, m_askFeedback, m_stayOnRadar })
        body()->addWidget(box);
    // The two offers belong to staying on the radar, so they sit under it.
    auto* offers = new QVBoxLayout;
    offers->setContentsMargins(28, 0, 0, 0);
    offers->addWidget(m_otherRoles);
    offers->addWidget(m_contract);
    body()->addLayout(offers);
    body()->addWidget(m_linkedIn);
    // The reason of the choice in focus, so it can be read without a mouse; its tooltip for
    // the choice under the mouse.
    const QString noChoice = tr("Hover over a choice, or move to it with Tab, to read why it "
                                "helps.");
    auto* hint = new QLabel(noChoice, this);
    hint->setObjectName(QStringLiteral("whyItHelps"));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    body()->addSpacing(12);
    body()->addWidget(hint);
    body()->addStretch();
    connect(qApp, &QApplication::focusChanged, this,
            [this, hint, noChoice](QWidget*, QWidget* now) {
                auto* box = qobject_cast<QCheckBox*>(now);
                if (!box || box->parentWidget() != this)
                    return;
                hint->setText(box->toolTip().isEmpty() ? noChoice : box->toolTip());
            });
    const auto follow = [this] {
        m_otherRoles->setEnabled(m_stayOnRadar->isChecked());
        m_contract->setEnabled(m_stayOnRadar->isChecked());
    };
    connect(m_stayOnRadar, &QCheckBox::toggled, this, follow);
}

void WishesPage::initializePage()
{
    const RejectionAnswers& a = answers();
    m_thank->setChecked(a.thank);
    m_askFeedback->setChecked(a.askFeedback);
    m_stayOnRadar->setChecked(a.stayOnRadar);
    m_otherRoles->setChecked(a.otherRoles);
    m_contract->setChecked(a.contractWork);
    m_linkedIn->setChecked(a.linkedIn);
    m_otherRoles->setEnabled(a.stayOnRadar);
    m_contract->setEnabled(a.stayOnRadar);
}

void WishesPage::storeAnswers()
{
    RejectionAnswers& a = answers();
    a.thank = m_thank->isChecked();
    a.askFeedback = m_askFeedback->isChecked();
    a.stayOnRadar = m_stayOnRadar->isChecked();
    a.otherRoles = m_otherRoles->isChecked() && a.stayOnRadar;
    a.contractWork = m_contract->isChecked() && a.stayOnRadar;
    a.linkedIn = m_linkedIn->isChecked();
}

} // namespace finalist
