#pragma once

#include <QDialog>

class QSpinBox;

namespace finalist {

class Database;
class InlineMessage;

// Preferences kept in the database: the outreach target, notes per work day (2 to 4 unless
// changed). A new target holds from today; earlier weeks keep the one they had.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Database& db, QWidget* parent = nullptr);

    QSpinBox* minimumBox() const { return m_min; }
    QSpinBox* maximumBox() const { return m_max; }
    InlineMessage* message() const { return m_message; }
    // Saves; false, with the reason shown, when the numbers do not make a target.
    bool save();

private:
    Database& m_db;
    QSpinBox* m_min;
    QSpinBox* m_max;
    InlineMessage* m_message;
};

} // namespace finalist
