#pragma once

#include "domain/Template.h"

#include <functional>
#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace finalist {

class Database;
class InlineMessage;

// The note templates: the built-in ones and the user's, each editable with a live preview
// against a chosen contact and opportunity. A template with an error (an unknown placeholder,
// a block left open) says where, by line and column, and is not saved until it is fixed.
class TemplateEditor : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateEditor(Database& db, QWidget* parent = nullptr);

    // What to do with edits that are about to be left: keep them, drop them, or stay.
    enum class Unsaved
    {
        Save,
        Discard,
        Cancel
    };
    // Asked before edits are left behind; canSave is false while the template has an error.
    // The dialog asks with a message box; tests answer with a script, without a modal loop.
    using UnsavedQuestion = std::function<Unsaved(const QString& name, bool canSave)>;
    void setUnsavedQuestion(UnsavedQuestion ask) { m_askUnsaved = std::move(ask); }

    QListWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QPlainTextEdit* preview() const { return m_preview; }
    QComboBox* contactBox() const { return m_contact; }
    InlineMessage* problem() const { return m_problem; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* discardButton() const { return m_discard; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* duplicateButton() const { return m_duplicate; }
    QPushButton* deleteButton() const { return m_delete; }

    void selectTemplate(qint64 id);
    // Saves the template being edited; false, with the reason shown, when it has an error.
    bool save();
    void duplicate();
    void resetToShipped();
    void remove();
    void addNew();
    // Puts the stored text back in the fields; nothing is written.
    void discardChanges();
    bool isDirty() const;

protected:
    void done(int result) override;

private:
    void reload(qint64 select);
    void showTemplate();
    void updatePreview();
    void updateButtons();
    // Before the shown template is left: true when it may be (saved, discarded or unchanged).
    bool settleEdits();
    bool hasError() const;
    Unsaved askUnsaved(bool canSave);
    Template edited() const;
    void fillSamples();

    Database& m_db;
    Template m_current;
    QListWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_channel;
    QComboBox* m_tone;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QComboBox* m_contact;
    QComboBox* m_opportunity;
    QPlainTextEdit* m_preview;
    InlineMessage* m_problem;
    QPushButton* m_save;
    QPushButton* m_discard;
    QPushButton* m_reset;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QTimer* m_previewDelay;
    int m_shownRow = -1;
    UnsavedQuestion m_askUnsaved;
};

} // namespace finalist
