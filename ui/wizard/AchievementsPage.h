#pragma once

#include "WizardStep.h"

class QLineEdit;
class QListWidget;

namespace finalist {

// Step 2: what the process proved, drawn from the record and editable; each ticked line is
// kept as a win.
class AchievementsPage : public WizardStep
{
    Q_OBJECT
public:
    explicit AchievementsPage(RejectionWizard* wizard);
    void initializePage() override;
    void storeAnswers() override;

    QListWidget* list() const { return m_list; }
    QLineEdit* newLine() const { return m_new; }
    void addLine(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addTyped();
    QListWidget* m_list;
    QLineEdit* m_new;
    qint64 m_recapFor = -1; // the opportunity the list was drawn for
};

} // namespace finalist
