#pragma once

#include "Result.h"

#include <functional>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;

namespace finalist {

class Database;
class OpportunityChoiceModel;
class InlineMessage;
class OutreachListModel;
class ThankYouChecklist;

// Every note in one place: filter by state, opportunity or words; read and edit a draft; mark
// it sent, replied or unanswered; copy it or open it in the mail program. A second tab lists,
// per opportunity, who has not been thanked yet.
class OutreachView : public QWidget
{
    Q_OBJECT
public:
    explicit OutreachView(Database& db, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    OutreachListModel* model() const { return m_model; }
    QComboBox* statusBox() const { return m_status; }
    QComboBox* opportunityBox() const { return m_opportunity; }
    QComboBox* personBox() const { return m_person; }
    QLineEdit* searchEdit() const { return m_search; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* sentButton() const { return m_sent; }
    QPushButton* repliedButton() const { return m_replied; }
    QPushButton* noReplyButton() const { return m_noReply; }
    InlineMessage* message() const { return m_message; }
    ThankYouChecklist* checklist() const { return m_checklist; }
    QTabWidget* tabs() const { return m_tabs; }

    void selectNote(qint64 id);
    // Saves the words typed into the open draft; false (with the reason shown) when it fails.
    bool flush();
    qint64 currentNote() const;

public slots:
    void reload();

signals:
    void answerRejectionRequested();
    void templatesRequested();

private:
    void showNote();
    void saveDraft();
    void step(const char* done, const std::function<Status()>& change);
    void openInMail();
    void copyNote();
    void fillOpportunities();

    Database& m_db;
    qint64 m_shownDraft = 0; // the draft in the editor, and its words as stored
    QString m_storedSubject;
    QString m_storedBody;
    QTabWidget* m_tabs;
    QComboBox* m_status;
    QComboBox* m_opportunity;
    OpportunityChoiceModel* m_choices;
    QComboBox* m_person;
    QLineEdit* m_search;
    QTableView* m_table;
    OutreachListModel* m_model;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QPushButton* m_save;
    QPushButton* m_sent;
    QPushButton* m_replied;
    QPushButton* m_noReply;
    QPushButton* m_copy;
    QPushButton* m_mail;
    InlineMessage* m_message;
    ThankYouChecklist* m_checklist;
};

} // namespace finalist
