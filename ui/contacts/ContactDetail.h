#pragma once

#include "domain/Contact.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace finalist {

class Database;
class ContactDetailsEditor;
class ContactMoreDetails;
class InlineMessage;
class SyncConflictsBox;

// Edits one contact. Every field, checked when saved: a bad email or LinkedIn address is named
// and what was typed stays. Beside the form: who introduced whom, the rounds where you met, and
// the timeline of notes and follow-ups, with the quick actions. A new contact starts as an
// empty form that is written only by Save; Cancel (or Esc) leaves nothing behind.
class ContactDetail : public QWidget
{
    Q_OBJECT
public:
    explicit ContactDetail(Database& db, QWidget* parent = nullptr);

    void showContact(qint64 contactId); // 0: nothing selected
    // An empty form for a person not stored yet; company fills in the company field.
    void startNewContact(const QString& company = {});
    bool isNew() const { return m_isNew; }
    // Drops the new contact's form; nothing is written.
    void cancelNew();
    qint64 contactId() const { return m_contact.id; }
    bool save(); // false, with the reason shown, when the contact could not be saved
    bool hasUnsavedChanges() const;

    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* firstNameEdit() const { return m_first; }
    QLineEdit* linkedInEdit() const { return m_linkedInUrl; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* revertButton() const { return m_revert; } // "Cancel" for a new contact
    InlineMessage* message() const { return m_message; }
    SyncConflictsBox* conflicts() const { return m_conflicts; }
    QListWidget* timeline() const { return m_timeline; }
    ContactDetailsEditor* detailsEditor() const;
    QLineEdit* middleNameEdit() const;
    QLineEdit* birthdayEdit() const;
    QWidget* moreSection() const;

    void addFollowUp(const QString& reason, const QDate& dueOn);
    void markThankYouSent();
    void draftNote();

signals:
    void contactSaved(qint64 contactId);
    void contactAdded(qint64 contactId); // a new contact was saved; contactSaved follows
    void newContactCancelled();
    // A process at this person's company that is not recorded yet (a recruiter called).
    void newOpportunityRequested(const QString& company);
    void shown(qint64 contactId); // another contact is on show (0: none)

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void buildForm();
    void showMode();
    void fillForm();
    void fillRelations();
    Contact collect() const;
    void markInvalid(const QString& field);

    Database& m_db;
    Contact m_contact;
    bool m_filling = false;
    bool m_isNew = false;
    QList<QWidget*> m_needsRecord; // actions that need a stored contact

    QLabel* m_heading;
    QLineEdit* m_first;
    QLineEdit* m_last;
    QLineEdit* m_title;
    QComboBox* m_role;
    QLineEdit* m_company;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_linkedInUrl;
    QComboBox* m_linkedInStatus;
    QDateEdit* m_linkedInOn;
    QSpinBox* m_warmth;
    QPlainTextEdit* m_notes;
    ContactMoreDetails* m_more; // created after the form's fields: Tab reaches it after Notes
    QPushButton* m_save;
    QPushButton* m_revert;
    InlineMessage* m_message;
    QLabel* m_relations;
    QListWidget* m_timeline;
    SyncConflictsBox* m_conflicts;
    QLineEdit* m_followUpReason;
    QDateEdit* m_followUpDue;
};

} // namespace finalist
