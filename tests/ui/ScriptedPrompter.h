#pragma once

#include "shell/Prompter.h"

#include <deque>
#include <QStringList>

namespace finalist::test {

// Answers the Session's questions from a script and remembers what it was asked.
class ScriptedPrompter final : public Prompter
{
public:
    std::deque<DatabaseErrorDialog::Choice> choices;
    QStringList filesToOpen;
    QStringList newFiles;
    QStringList backupsToChoose;
    std::deque<bool> confirmations; // empty: yes

    std::vector<Error> errorsShown;
    std::vector<bool> restoreOffered;
    QStringList told;
    QStringList asked; // the confirmation questions
    QStringList names; // answers to askName, in turn; none left: skipped
    int namesAsked = 0;

    DatabaseErrorDialog::Choice askAboutError(const Error& error, bool canRestore, bool) override
    {
        errorsShown.push_back(error);
        restoreOffered.push_back(canRestore);
        if (choices.empty())
            return DatabaseErrorDialog::Choice::Dismiss;
        const auto choice = choices.front();
        choices.pop_front();
        return choice;
    }
    QString chooseDatabaseToOpen() override
    {
        return filesToOpen.isEmpty() ? QString() : filesToOpen.takeFirst();
    }
    QString chooseNewDatabase() override
    {
        return newFiles.isEmpty() ? QString() : newFiles.takeFirst();
    }
    QString chooseBackup(const std::vector<BackupInfo>& backups) override
    {
        if (backupsToChoose.isEmpty())
            return {};
        const QString wanted = backupsToChoose.takeFirst();
        if (wanted == QLatin1String("newest"))
            return backups.empty() ? QString() : backups.front().path;
        return wanted;
    }
    void tell(const QString&, const QString& message) override { told << message; }
    std::optional<QString> askName() override
    {
        ++namesAsked;
        if (names.isEmpty())
            return std::nullopt;
        return names.takeFirst();
    }
    bool confirm(const QString&, const QString& question, const QString&) override
    {
        asked << question;
        if (confirmations.empty())
            return true;
        const bool answer = confirmations.front();
        confirmations.pop_front();
        return answer;
    }
};

} // namespace finalist::test
