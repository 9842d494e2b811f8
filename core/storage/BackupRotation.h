#pragma once

#include <functional>
#include <QDateTime>
#include <QString>
#include <set>
#include <vector>

namespace finalist {

struct BackupInfo;

// Why a backup was taken, read from its reason ("daily", "manual", "before-v9",
// "before-restore"). The kinds a person made or that guard a risky step are kept apart from
// the daily ones, so a busy day cannot push them out.
enum class BackupKind
{
    Daily,
    Manual,
    BeforeMigration,
    BeforeRestore,
    Other,
};

BackupKind backupKindOf(const QString& reason);

// Which backups a rotation keeps:
// - daily: the newest backup of each of the last keepDaily days that have one;
// - weekly: then the newest of each of keepWeekly ISO weeks before those;
// - by kind: the newest keepPerKind manual, before-migration and before-restore backups;
// - every before-restore backup younger than keepBeforeRestoreDays (it holds the data a
//   restore replaced, and a person may notice only weeks later);
// - the newest healthy backup, whatever its age or kind.
struct BackupRotation
{
    int keepDaily = 7;
    int keepWeekly = 4;
    int keepPerKind = 5;
    int keepBeforeRestoreDays = 30;

    // backups newest first; isHealthy is asked from the newest down until it says yes.
    std::set<QString> keepers(const std::vector<BackupInfo>& backups, const QDateTime& now,
                              const std::function<bool(const BackupInfo&)>& isHealthy) const;
};

} // namespace finalist
