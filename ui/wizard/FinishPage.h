#pragma once

#include "WizardStep.h"

#include <functional>
#include <QUrl>

class QLabel;
class QTableWidget;

namespace finalist {

// Step 7: what was saved, and per draft: copy it, open it in the mail client, mark it sent.
class FinishPage : public WizardStep
{
    Q_OBJECT
public:
    explicit FinishPage(RejectionWizard* wizard);
    void initializePage() override;

    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }
    // How a mailto: link is opened; the desktop's mail client unless replaced (tests do).
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_open = std::move(opener); }

    void copyDraft(int row);
    void openInMail(int row);
    void markSent(int row);

private:
    QLabel* m_summary;
    QTableWidget* m_table;
    std::function<bool(const QUrl&)> m_open;
};

} // namespace finalist
