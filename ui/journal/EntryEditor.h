#pragma once

#include "domain/JournalEntry.h"
#include "services/Autosaver.h"

#include <array>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace finalist {

class SyncConflictsBox;
class SyncHistoryLabel;

class Database;
class OpportunityChoiceModel;
class LessonListPanel;
class MarkdownEdit;
class MomentumPanel;
class PeoplePanel;
class RoundsPanel;
class SpellChecker;
class StepList;

// Edits one journal entry: the five steps and the notes beside a stepper, with autosave.
class EntryEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EntryEditor(Database& db, QWidget* parent = nullptr);

    // Saves what is pending, then shows another entry. False (and nothing changes) when the
    // pending text could not be saved: it stays on screen rather than being lost.
    bool load(qint64 entryId);
    bool flush() { return m_autosaver.flush(); }
    void clear();
    // Reads the list of opportunities again (one may have been added or renamed elsewhere),
    // keeping the one chosen.
    void refreshOpportunities();

    qint64 entryId() const { return m_entry.id; }
    const JournalEntry& savedEntry() const { return m_entry; }
    int currentStep() const;
    void showStep(int step);
    MarkdownEdit* stepEdit(int step) const { return m_stepEdits[step]; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* opportunityBox() const { return m_opportunity; }
    QToolButton* newOpportunityButton() const { return m_newOpportunity; }
    Autosaver& autosaver() { return m_autosaver; }
    QString saveStateText() const;
    QString errorText() const;
    bool isStepDone(int step) const;
    RoundsPanel* roundsPanel() const { return m_rounds; }
    PeoplePanel* peoplePanel() const { return m_people; }
    LessonListPanel* lessonsPanel() const { return m_lessons; }
    MomentumPanel* momentumPanel() const { return m_momentum; }
    // One checker for every text box of the entry. An empty language, or one without an
    // installed dictionary (SpellChecker::installedLanguages()), turns checking off.
    SpellChecker& spellChecker() const { return *m_spellChecker; }
    bool setSpellLanguage(const QString& language);

signals:
    void entrySaved(qint64 entryId);

private:
    void buildHeader();
    QWidget* buildStepPage(int step);
    QWidget* buildStepRecord(int step, QWidget* page); // the structured part of a step, if any
    void showRecords(const JournalEntry& entry);
    void fillOpportunities();
    void createOpportunity();
    void showEntry();
    // After a save: the fields a sync changed meanwhile, shown (typed: what the form held).
    void showCameIn(const JournalEntry& typed);
    Status save();
    void changed();
    void updateStepMarks();
    void updateFooter();
    void togglePreview(bool on);
    JournalEntry collect() const;

    Database& m_db;
    JournalEntry m_entry;
    Autosaver m_autosaver;
    bool m_loading = false;

    QLineEdit* m_title;
    QDateEdit* m_writtenOn;
    QComboBox* m_opportunity;
    OpportunityChoiceModel* m_opportunityChoices;
    QToolButton* m_newOpportunity;
    QComboBox* m_mood;
    QLineEdit* m_tags;
    QDateEdit* m_revisitOn;
    StepList* m_stepper;
    QStackedWidget* m_pages;
    QTextBrowser* m_preview;
    std::array<MarkdownEdit*, 6> m_stepEdits{};
    MarkdownEdit* m_jobNotIdeal;
    QComboBox* m_gutRating;
    QLineEdit* m_gutReason;
    QToolButton* m_previewButton;
    QLabel* m_words;
    QLabel* m_saveState;
    QLabel* m_error;
    SyncConflictsBox* m_conflicts; // fields a sync found changed on both sides
    SyncHistoryLabel* m_syncHistory; // what syncs changed in the entry
    SpellChecker* m_spellChecker;
    RoundsPanel* m_rounds = nullptr;
    PeoplePanel* m_people = nullptr;
    LessonListPanel* m_lessons = nullptr;
    MomentumPanel* m_momentum = nullptr;
};

} // namespace finalist
