#pragma once

#include "DatabaseErrorDialog.h"
#include "storage/BackupStore.h"

#include <optional>
#include <QString>

class QWidget;

namespace finalist {

// Every question the Session asks the user. The window answers with real dialogs; tests
// answer with a script, so the flows run without modal loops.
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual DatabaseErrorDialog::Choice askAboutError(const Error& error, bool canRestore,
                                                      bool hasCurrent)
        = 0;
    virtual QString chooseDatabaseToOpen() = 0; // empty: cancelled
    virtual QString chooseNewDatabase() = 0; // empty: cancelled
    virtual QString chooseBackup(const std::vector<BackupInfo>& backups) = 0; // empty: cancelled
    virtual void tell(const QString& title, const QString& message) = 0;
    // A yes/no before something that replaces data; action names the yes button.
    virtual bool confirm(const QString& title, const QString& question, const QString& action) = 0;
    // The user's name for the notes, asked once on a journal's first start; none when skipped.
    virtual std::optional<QString> askName() = 0;
};

// The real dialogs, parented to the window once there is one.
class DialogPrompter final : public Prompter
{
public:
    void setParent(QWidget* parent) { m_parent = parent; }

    DatabaseErrorDialog::Choice askAboutError(const Error& error, bool canRestore,
                                              bool hasCurrent) override;
    QString chooseDatabaseToOpen() override;
    QString chooseNewDatabase() override;
    QString chooseBackup(const std::vector<BackupInfo>& backups) override;
    void tell(const QString& title, const QString& message) override;
    bool confirm(const QString& title, const QString& question, const QString& action) override;
    std::optional<QString> askName() override;

private:
    QWidget* m_parent = nullptr;
};

} // namespace finalist
