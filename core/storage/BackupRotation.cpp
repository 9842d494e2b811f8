#include "BackupRotation.h"

#include "BackupStore.h"

#include <map>
#include <QRegularExpression>

namespace finalist {

BackupKind backupKindOf(const QString& reason)
{
    static const QRegularExpression beforeMigration(QStringLiteral("^before-v\\d+$"));
    if (reason == QLatin1String("daily"))
        return BackupKind::Daily;
    if (reason == QLatin1String("manual"))
        return BackupKind::Manual;
    if (reason == QLatin1String("before-restore"))
        return BackupKind::BeforeRestore;
    if (beforeMigration.match(reason).hasMatch())
        return BackupKind::BeforeMigration;
    return BackupKind::Other;
}

std::set<QString>
BackupRotation::keepers(const std::vector<BackupInfo>& backups, const QDateTime& now,
                        const std::function<bool(const BackupInfo&)>& isHealthy) const
{
    std::set<QString> keep;

    // Newest first: the first backup seen of a day is that day's keeper. Weekly keepers start
    // with the first ISO week the daily ones do not touch, so the history reaches five weeks.
    std::set<QDate> days;
    std::set<std::pair<int, int>> dailyWeeks;
    std::set<std::pair<int, int>> weeks;
    for (const BackupInfo& backup : backups) {
        const QDate day = backup.takenAt.date();
        if (days.count(day))
            continue;
        int year = 0;
        const int week = day.weekNumber(&year);
        if (static_cast<int>(days.size()) < keepDaily) {
            days.insert(day);
            dailyWeeks.insert({ year, week });
            keep.insert(backup.path);
            continue;
        }
        if (!dailyWeeks.count({ year, week }) && !weeks.count({ year, week })
            && static_cast<int>(weeks.size()) < keepWeekly) {
            weeks.insert({ year, week });
            days.insert(day);
            keep.insert(backup.path);
        }
    }

    std::map<BackupKind, int> keptOfKind;
    const QDateTime protectedSince = now.addDays(-keepBeforeRestoreDays);
    for (const BackupInfo& backup : backups) {
        const BackupKind kind = backupKindOf(backup.reason);
        if (kind == BackupKind::Daily || kind == BackupKind::Other)
            continue;
        if (keptOfKind[kind]++ < keepPerKind)
            keep.insert(backup.path);
        if (kind == BackupKind::BeforeRestore && backup.takenAt >= protectedSince)
            keep.insert(backup.path);
    }

    for (const BackupInfo& backup : backups) {
        if (isHealthy(backup)) {
            keep.insert(backup.path);
            break;
        }
    }
    return keep;
}

} // namespace finalist
