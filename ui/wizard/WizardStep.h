#pragma once

#include <QWizardPage>

class QVBoxLayout;

namespace finalist {

class InlineMessage;
class RejectionWizard;
struct RejectionAnswers;

// A page of the rejection wizard. Its widgets show the wizard's answers when the page opens
// and put them back when the user leaves it either way, so Back never loses a word.
class WizardStep : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardStep(RejectionWizard* wizard);

    // Puts what the widgets hold into the answers.
    virtual void storeAnswers() { }
    void cleanupPage() override;
    bool validatePage() override;
    InlineMessage* message() const { return m_message; }

protected:
    // Whether the page may be left forward; says why not in message().
    virtual bool check() { return true; }
    RejectionAnswers& answers() const;
    RejectionWizard* rejectionWizard() const { return m_wizard; }
    // The page's layout, with the message line kept at its foot.
    QVBoxLayout* body() const { return m_body; }

private:
    RejectionWizard* m_wizard;
    QVBoxLayout* m_body;
    InlineMessage* m_message;
};

} // namespace finalist
