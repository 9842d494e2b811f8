#pragma once

#include "domain/Enums.h"
#include "WizardStep.h"

class QTableWidget;

namespace finalist {

// Step 4: the person who gave the news and everyone met in the rounds, each ticked or not,
// each with a channel.
class RecipientsPage : public WizardStep
{
    Q_OBJECT
public:
    explicit RecipientsPage(RejectionWizard* wizard);
    void initializePage() override;
    void storeAnswers() override;

    QTableWidget* table() const { return m_table; }
    // Sets the channel of a row, as choosing it in the row's list does.
    void setChannel(int row, Channel channel);

private:
    QTableWidget* m_table;
    QString m_basis; // the opportunity and teller the list was made for
};

} // namespace finalist
