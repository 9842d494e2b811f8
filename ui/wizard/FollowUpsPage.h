#pragma once

#include "WizardStep.h"

class QTableWidget;

namespace finalist {

// Step 6: the dates to come back, each changeable or left out. Confirming this page saves
// everything, in one transaction.
class FollowUpsPage : public WizardStep
{
    Q_OBJECT
public:
    explicit FollowUpsPage(RejectionWizard* wizard);
    void initializePage() override;
    void storeAnswers() override;

    QTableWidget* table() const { return m_table; }
    void setDueOn(int row, QDate date);

protected:
    bool check() override;

private:
    QTableWidget* m_table;
    QString m_basis;
};

} // namespace finalist
