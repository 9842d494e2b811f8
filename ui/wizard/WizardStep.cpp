#include "WizardStep.h"

#include "common/InlineMessage.h"
#include "RejectionWizard.h"

#include <QVBoxLayout>

namespace finalist {

WizardStep::WizardStep(RejectionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_body(new QVBoxLayout)
    , m_message(new InlineMessage(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_body, 1);
    layout->addWidget(m_message);
}

void WizardStep::cleanupPage()
{
    storeAnswers();
    m_wizard->noteTyping();
}

bool WizardStep::validatePage()
{
    storeAnswers();
    m_wizard->noteTyping();
    return check();
}

RejectionAnswers& WizardStep::answers() const
{
    return m_wizard->answers();
}

} // namespace finalist
