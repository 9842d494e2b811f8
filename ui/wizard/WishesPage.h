#pragma once

#include "WizardStep.h"

class QCheckBox;

namespace finalist {

// Step 3: what the user wants from the answer.
class WishesPage : public WizardStep
{
    Q_OBJECT
public:
    explicit WishesPage(RejectionWizard* wizard);
    void initializePage() override;
    void storeAnswers() override;

    QCheckBox* askFeedbackBox() const { return m_askFeedback; }
    QCheckBox* stayOnRadarBox() const { return m_stayOnRadar; }

private:
    QCheckBox* m_thank;
    QCheckBox* m_askFeedback;
    QCheckBox* m_stayOnRadar;
    QCheckBox* m_otherRoles;
    QCheckBox* m_contract;
    QCheckBox* m_linkedIn;
};

} // namespace finalist
