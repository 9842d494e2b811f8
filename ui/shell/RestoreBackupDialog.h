#pragma once

#include "storage/BackupStore.h"

#include <QDialog>

class QListWidget;

namespace finalist {

// Lists the backups of a database, newest first, and lets the user pick one to restore.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreBackupDialog(std::vector<BackupInfo> backups, QWidget* parent = nullptr);

    QString chosenPath() const;
    // When it was taken, in the user's locale; describe() adds why, as the list shows it.
    static QString takenAt(const BackupInfo& backup);
    static QString describe(const BackupInfo& backup);
    QListWidget* list() const { return m_list; }

private:
    std::vector<BackupInfo> m_backups;
    QListWidget* m_list;
};

} // namespace finalist
