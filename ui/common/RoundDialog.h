#pragma once

#include "domain/Round.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace finalist {

class Database;
class InlineMessage;

// Edits one interview round: its kind, date and time, outcome and notes.
class RoundDialog : public QDialog
{
    Q_OBJECT
public:
    RoundDialog(Database& db, const Round& round, QWidget* parent = nullptr);
    const Round& round() const { return m_round; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QDateEdit* dateEdit() const { return m_date; }
    // Saves; false, with the reason shown, when it could not be.
    bool save();

private:
    Database& m_db;
    Round m_round;
    QComboBox* m_kind;
    QDateEdit* m_date;
    QCheckBox* m_timeKnown;
    QTimeEdit* m_time;
    QComboBox* m_outcome;
    QPlainTextEdit* m_notes;
    InlineMessage* m_message;
};

} // namespace finalist
