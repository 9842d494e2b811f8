// The Session's answer to damage found after a database was opened: the full integrity check
// runs in the background once the window is up; when it finds damage, writing stops and the
// user is offered the newest backup that passes its own check.
#include "MainWindow.h"
#include "Session.h"
#include "storage/BackgroundTask.h"
#include "storage/BackupStore.h"
#include "storage/DurableFiles.h"

#include <algorithm>

namespace finalist {

void Session::startIntegrityCheck()
{
    if (!m_database || m_database->isReadOnly()) {
        startDailyBackup(); // another window writes to it and checks it
        return;
    }
    m_afterOpening = AfterOpening::Checking;
    const QString path = m_database->path();
    m_integrity->start(path, [path] { return checkWholeDatabase(path, path); });
}

void Session::integrityChecked(const QString& path, const Status& result)
{
    // An answer about a file that is no longer open (the user switched) is old news.
    if (!m_database || m_database->path() != path)
        return;
    if (result) {
        startDailyBackup();
        return;
    }
    m_afterOpening = AfterOpening::Done;
    if (!m_database->writingStopped())
        stopOnDamage(result.error());
}

void Session::stopOnDamage(const Error& damage)
{
    const Error why{ Error::Code::Corrupted,
                     tr("The full check of “%1” found damage. Finalist stopped saving to it, so "
                        "nothing is written on top of the damage; everything can still be read. "
                        "Restore the newest backup that passed its check (the damaged file is "
                        "kept beside it), or open another file. Changes made from now on are "
                        "not saved.")
                         .arg(m_database->path()),
                     damage.message + QLatin1Char('\n') + damage.detail,
                     {} };
    if (auto stopped = m_database->stopWriting(why); !stopped)
        emit message(stopped.error().message);
    emit backupStateChanged(tr("Not saving: damage found"), why.message);

    std::vector<BackupInfo> backups = BackupStore(*m_database).list();
    auto healthy = BackupStore::newestHealthy(backups);
    if (healthy) {
        // Backups newer than the healthy one failed their check: they are not offered.
        const auto found = std::find_if(backups.begin(), backups.end(), [&](const BackupInfo& b) {
            return b.path == healthy.value();
        });
        backups.erase(backups.begin(), found);
    }
    using Choice = DatabaseErrorDialog::Choice;
    switch (m_prompter.askAboutError(why, healthy.ok(), true)) {
    case Choice::RestoreBackup:
        restoreOverDamage(backups);
        break;
    case Choice::OpenAnother:
        if (const QString next = m_prompter.chooseDatabaseToOpen(); !next.isEmpty())
            open(next);
        break;
    case Choice::CreateNew:
        if (const QString next = m_prompter.chooseNewDatabase(); !next.isEmpty())
            open(next);
        break;
    case Choice::Dismiss:
        emit message(tr("Changes are not saved: the file is damaged."));
        break;
    }
}

void Session::restoreOverDamage(const std::vector<BackupInfo>& healthyFirst)
{
    const QString chosen = m_prompter.chooseBackup(healthyFirst);
    if (chosen.isEmpty())
        return;
    if (auto restored = BackupStore(*m_database).restoreOverDamaged(chosen); !restored) {
        m_prompter.tell(tr("Restore failed"), restored.error().message);
        return;
    }
    // Nothing the old views hold can be saved into the damaged file: they are replaced.
    m_remembered = false;
    rebuildViews();
    emit databaseChanged(m_database->path());
    emit backupStateChanged(tr("Restored"),
                            tr("The damaged file was kept beside the journal, its name ending "
                               "in “.damaged” and the time."));
    emit message(tr("Restored the backup. The damaged file was kept beside it."));
}

} // namespace finalist
