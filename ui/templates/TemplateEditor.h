#pragma once

#include "domain/Template.h"

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

    QListWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QPlainTextEdit* preview() const { return m_preview; }
    QComboBox* contactBox() const { return m_contact; }
    InlineMessage* problem() const { return m_problem; }
    QPushButton* saveButton() const { return m_save; }
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

protected:
    void done(int result) override;

private:
    void reload(qint64 select);
    void showTemplate();
    void updatePreview();
    bool isDirty() const;
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
    QPushButton* m_reset;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QTimer* m_previewDelay;
    int m_shownRow = -1;
};

} // namespace finalist
