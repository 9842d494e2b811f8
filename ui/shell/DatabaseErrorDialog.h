#pragma once

#include "Error.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QPlainTextEdit;
class QToolButton;

namespace finalist {

// Says why a database could not be opened and offers what the user can do about it.
class DatabaseErrorDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        OpenAnother,
        RestoreBackup,
        CreateNew,
        Dismiss
    };

    // dismissText: "Quit" at start-up, "Keep the current database" when one is open.
    DatabaseErrorDialog(const Error& error, bool canRestore, const QString& dismissText,
                        QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QString headline() const;
    QString message() const;
    QPushButton* button(Choice choice) const; // null when that way out is not offered
    QToolButton* detailsToggle() const { return m_detailsToggle; } // null without detail
    bool detailsShown() const;

private:
    void choose(Choice choice);
    void toggleDetails();

    Choice m_choice = Choice::Dismiss;
    QLabel* m_headline;
    QLabel* m_message;
    QPlainTextEdit* m_details;
    QToolButton* m_detailsToggle = nullptr;
    QPushButton* m_buttons[4] = {};
};

} // namespace finalist
