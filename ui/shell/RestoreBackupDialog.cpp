#include "RestoreBackupDialog.h"

#include "i18n/DateText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace finalist {

namespace {

QString reasonLabel(const QString& reason)
{
    if (reason == QLatin1String("daily"))
        return RestoreBackupDialog::tr("automatic daily backup");
    if (reason == QLatin1String("manual"))
        return RestoreBackupDialog::tr("backed up by you");
    if (reason == QLatin1String("before-restore"))
        return RestoreBackupDialog::tr("taken just before a restore");
    if (reason.startsWith(QLatin1String("before-v")))
        return RestoreBackupDialog::tr("taken before an upgrade");
    return reason;
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(std::vector<BackupInfo> backups, QWidget* parent)
    : QDialog(parent)
    , m_backups(std::move(backups))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Restore from Backup"));
    auto* intro = new QLabel(tr("Choose the backup to bring back. What the database holds now is "
                                "backed up first, so this can be undone."),
                             this);
    intro->setWordWrap(true);
    for (const BackupInfo& backup : m_backups)
        m_list->addItem(describe(backup));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(false);
    connect(m_list, &QListWidget::currentRowChanged, restore,
            [restore](int row) { restore->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_backups.empty()) {
        m_list->addItem(tr("There are no backups of this database yet."));
        m_list->item(0)->setFlags(Qt::NoItemFlags);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 360);
}

QString RestoreBackupDialog::takenAt(const BackupInfo& backup)
{
    // The long date, weekday and all: a backup is recognised by the day it was taken.
    const QDateTime local = backup.takenAt.toLocalTime();
    return tr("%1, %2").arg(dates::longDate(local.date()),
                            QLocale().toString(local.time(), QLocale::ShortFormat));
}

QString RestoreBackupDialog::describe(const BackupInfo& backup)
{
    return tr("%1 — %2").arg(takenAt(backup), reasonLabel(backup.reason));
}

QString RestoreBackupDialog::chosenPath() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_backups.size()))
        return {};
    return m_backups[row].path;
}

} // namespace finalist
