#pragma once

#include "WizardStep.h"

#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace finalist {

struct DraftNote;

// Step 5: one draft per person and channel, made from the templates and the answers so far,
// editable in place. The tone applies to all; a draft the user edited keeps its words when
// the tone or the choices change.
class DraftsPage : public WizardStep
{
    Q_OBJECT
public:
    explicit DraftsPage(RejectionWizard* wizard);
    void initializePage() override;
    void storeAnswers() override;

    QListWidget* list() const { return m_list; }
    QComboBox* toneBox() const { return m_tone; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QLabel* limitLabel() const { return m_limit; }
    QWidget* signRow() const { return m_signRow; }
    QLineEdit* signNameEdit() const { return m_signName; }
    // Keeps the name in the profile (Preferences ▸ You) and signs the notes not yet edited.
    void signWithName();

protected:
    bool check() override;

private:
    void redraft();
    void showDraft(int row);
    void keepEdits();
    void updateLimit();
    void updateSignRow();
    static QString keyOf(const DraftNote& note);
    static QString tooLong(int length, int limit);

    QComboBox* m_tone;
    QListWidget* m_list;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QLabel* m_limit;
    QWidget* m_signRow; // shown while notes are unsigned: the profile has no name yet
    QLineEdit* m_signName;
    QString m_basis;
    QSet<QString> m_edited;
    int m_shown = -1;
    int m_tooLongRow = -1; // the note the "too long" message is about; -1: none shown
};

} // namespace finalist
