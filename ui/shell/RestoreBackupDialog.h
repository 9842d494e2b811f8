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
    QListWidget* list() const { return m_list; }

private:
    std::vector<BackupInfo> m_backups;
    QListWidget* m_list;
};

} // namespace finalist
