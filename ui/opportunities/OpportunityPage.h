#pragma once

#include "domain/Opportunity.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace finalist {

class Database;
class DecisionForm;
class InlineMessage;
class LinkedRecords;
class OpportunityForm;
class RoundsPanel;

// One hiring process on a page: its stage and history, every field (saved with Save, or when
// you leave the page), the rounds with their panel, the decision, and what hangs off it.
// Dropping an .ics invitation on the page adds it as a round.
class OpportunityPage : public QWidget
{
    Q_OBJECT
public:
    explicit OpportunityPage(Database& db, QWidget* parent = nullptr);

    // Saves what is pending, then shows another; false (and nothing changes) when the pending
    // edits could not be saved: they stay on screen.
    bool show(qint64 opportunityId);
    void refresh(); // after changes elsewhere, keeping unsaved edits
    void forget(); // the shown process is gone (deleted): nothing is pending any more
    void revealRounds(); // scrolls to the rounds (after one was added from an invitation)
    qint64 opportunityId() const { return m_opportunity.id; }
    const Opportunity& stored() const { return m_opportunity; }
    bool hasUnsavedChanges() const;
    bool save();
    bool flush() { return !hasUnsavedChanges() || save(); }

    OpportunityForm* form() const { return m_form; }
    DecisionForm* decision() const { return m_decision; }
    RoundsPanel* rounds() const { return m_rounds; }
    LinkedRecords* linked() const { return m_linked; }
    QComboBox* stageBox() const { return m_stage; }
    InlineMessage* message() const { return m_message; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* archiveButton() const { return m_archive; }
    QPushButton* deleteButton() const { return m_delete; }

signals:
    void backRequested();
    void changed(qint64 opportunityId); // saved, moved, archived: the board reads it again
    void deleteRequested(qint64 opportunityId);
    void reflectionRequested(qint64 opportunityId);
    void answerRejectionRequested(qint64 opportunityId);
    void entryRequested(qint64 entryId);
    void noteRequested(qint64 outreachId);
    void invitationDropped(const QString& path, qint64 opportunityId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildHeader();
    Opportunity collect() const;
    void fillHeader();
    void moveStage();
    void toggleArchived();
    void updateSaveState();

    Database& m_db;
    Opportunity m_opportunity;
    QScrollArea* m_scroll;
    QLabel* m_title;
    QLabel* m_history;
    QComboBox* m_stage;
    OpportunityForm* m_form;
    DecisionForm* m_decision;
    RoundsPanel* m_rounds;
    LinkedRecords* m_linked;
    InlineMessage* m_message;
    QPushButton* m_save;
    QPushButton* m_revert;
    QPushButton* m_archive;
    QPushButton* m_delete;
};

} // namespace finalist
