// The Session's backups: today's, written in the background after the whole-file check, the
// ones the user asks for, and restoring one.
#include "MainWindow.h"
#include "RestoreBackupDialog.h"
#include "Session.h"
#include "storage/BackgroundTask.h"
#include "storage/BackupStore.h"

#include <algorithm>
#include <QCoreApplication>
#include <QFileInfo>
#include <utility>

namespace finalist {

void Session::startDailyBackup()
{
    if (!m_database || !m_dailyTarget) {
        m_afterOpening = AfterOpening::Done;
        return;
    }
    m_afterOpening = AfterOpening::BackingUp;
    const QString path = m_database->path();
    const QString target = *std::exchange(m_dailyTarget, std::nullopt);
    m_backup->start(path, [path, target] { return BackupStore::writeSnapshot(path, target); });
}

void Session::dailyBackupWritten(const QString& path, const Status& result)
{
    if (!m_database || m_database->path() != path)
        return; // a backup of a file no longer open: its own next opening rotates
    m_afterOpening = AfterOpening::Done;
    if (!result) {
        showBackupFailed(result.error());
        return;
    }
    BackupStore backups(*m_database);
    backups.rotateByPolicy();
    // Success needs no passing message: the lasting label says it, its tooltip says where.
    emit backupStateChanged(tr("Backed up today"),
                            tr("Backups are kept in %1").arg(backups.folder()));
}

void Session::showBackupFailed(const Error& error)
{
    emit backupStateChanged(tr("Not backed up today"), error.message);
    emit message(tr("Today's automatic backup failed: %1").arg(error.message));
}

void Session::waitForBackgroundWork()
{
    while (m_afterOpening != AfterOpening::Done) {
        if (m_afterOpening == AfterOpening::CheckScheduled)
            startIntegrityCheck();
        m_integrity->waitForDone();
        m_backup->waitForDone();
        // Their answers are queued to this thread; each may start the next step.
        QCoreApplication::sendPostedEvents(m_integrity, QEvent::MetaCall);
        QCoreApplication::sendPostedEvents(m_backup, QEvent::MetaCall);
    }
}

void Session::backupNow()
{
    if (!m_database)
        return;
    BackupStore backups(*m_database);
    auto written = backups.snapshot(QStringLiteral("manual"));
    if (!written) {
        m_prompter.tell(tr("Backup failed"), written.error().message);
        return;
    }
    emit backupStateChanged(tr("Backed up today"),
                            tr("Backups are kept in %1").arg(backups.folder()));
    emit message(tr("Backed up to %1").arg(written.value()));
}

void Session::restoreBackup()
{
    if (!m_database)
        return;
    BackupStore backups(*m_database);
    const std::vector<BackupInfo> list = backups.list();
    const QString chosen = m_prompter.chooseBackup(list);
    if (chosen.isEmpty())
        return;
    const auto info = std::find_if(list.begin(), list.end(),
                                   [&](const BackupInfo& b) { return b.path == chosen; });
    const QString which
        = info != list.end() ? RestoreBackupDialog::takenAt(*info) : QFileInfo(chosen).fileName();
    if (!m_prompter.confirm(tr("Restore from Backup"),
                            tr("Replace everything in “%1” with the backup from %2?\n\nWhat it "
                               "holds now is backed up first, so you can come back to it.")
                                .arg(QFileInfo(m_database->path()).fileName(), which),
                            tr("Restore")))
        return;
    if (!mayLeaveViews()) // what was typed goes into the safety backup, not lost
        return;
    // A reader of its own must not be left on the file while it is replaced.
    waitForBackgroundWork();
    if (m_database->writingStopped())
        return; // the check found damage meanwhile, and its own choices were offered
    if (auto restored = backups.restoreFrom(chosen); !restored) {
        m_prompter.tell(tr("Restore failed"), restored.error().message);
        return;
    }
    m_remembered = false; // the restored file holds other entries
    rebuildViews();
    emit databaseChanged(m_database->path());
    emit message(tr("Restored the backup. The state just before it was backed up too."));
}
} // namespace finalist
