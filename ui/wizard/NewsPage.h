#pragma once

#include "WizardStep.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace finalist {

class OpportunityChoiceModel;

// Step 1: which opportunity, who told you, when and how, the reason and any praise.
class NewsPage : public WizardStep
{
    Q_OBJECT
public:
    explicit NewsPage(RejectionWizard* wizard);
    void initializePage() override;
    void storeAnswers() override;

    QComboBox* opportunityBox() const { return m_opportunity; }
    QLineEdit* companyEdit() const { return m_company; }
    QComboBox* toldByBox() const { return m_toldBy; }
    QPlainTextEdit* praiseEdit() const { return m_praise; }

protected:
    bool check() override;

private:
    void fillOpportunities();
    void fillPeople();

    QComboBox* m_opportunity;
    OpportunityChoiceModel* m_choices;
    QLineEdit* m_company;
    QLineEdit* m_role;
    QComboBox* m_toldBy;
    QDateEdit* m_toldOn;
    QComboBox* m_how;
    QLineEdit* m_reason;
    QPlainTextEdit* m_praise;
    QLineEdit* m_topic;
    QCheckBox* m_startKnown;
    QDateEdit* m_start;
};

} // namespace finalist
