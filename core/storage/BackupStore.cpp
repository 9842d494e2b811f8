#include "BackupStore.h"
#include "BackupPolicy.h"

#include "Database.h"
#include "DatabaseProbe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <set>

namespace finalist {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Backups", text);
}

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

Error backupError(const QString& what, const QString& detail)
{
    return { Error::Code::Io, what, detail, {} };
}

} // namespace

BackupStore::BackupStore(Database& db)
    : m_db(db)
    , m_folder(folderFor(db.path()))
    , m_prefix(QFileInfo(db.path()).completeBaseName())
{
}

QString BackupStore::folderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

Status BackupStore::snapshotTo(const QString& target)
{
    const QFileInfo targetInfo(target);
    if (!QDir().mkpath(targetInfo.absolutePath())) {
        return backupError(
            tr("The folder “%1” could not be created.").arg(targetInfo.absolutePath()), {});
    }
    // VACUUM INTO refuses an existing file, and a half-written one must never carry the
    // final name: write to a temporary name, check it, then rename.
    const QString temporary = targetInfo.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(temporary);
    if (auto vacuumed = m_db.vacuumInto(temporary); !vacuumed) {
        QFile::remove(temporary);
        return backupError(tr("The backup could not be written: %1").arg(vacuumed.error().message),
                           vacuumed.error().detail);
    }
    QFile::setPermissions(temporary, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto probe = probeDatabaseFile(temporary); !probe) {
        QFile::remove(temporary);
        return backupError(tr("The backup failed its check and was discarded."),
                           probe.error().message);
    }
    QFile::remove(target);
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return backupError(tr("The backup could not be saved as “%1”.").arg(target), {});
    }
    return {};
}

Result<QString> BackupStore::snapshot(const QString& reason)
{
    const QString stamp = m_db.clock().now().toUTC().toString(kStampFormat);
    QDir folder(m_folder);
    QString name = QStringLiteral("%1-%2-%3.sqlite").arg(m_prefix, stamp, reason);
    for (int n = 2; folder.exists(name); ++n)
        name = QStringLiteral("%1-%2-%3-%4.sqlite").arg(m_prefix, stamp, reason).arg(n);
    if (!QDir().mkpath(m_folder)
        || !QFile::setPermissions(
            m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        return backupError(tr("The backups folder “%1” could not be created.").arg(m_folder), {});
    }
    const QString path = folder.filePath(name);
    if (auto written = snapshotTo(path); !written)
        return written.error();
    return path;
}

Result<std::optional<QString>> BackupStore::takeDailyIfDue()
{
    const QDate today = m_db.clock().now().toUTC().date();
    for (const BackupInfo& backup : list()) {
        if (backup.takenAt.date() == today)
            return std::optional<QString>();
    }
    auto taken = snapshot(QStringLiteral("daily"));
    if (!taken)
        return taken.error();
    const BackupPolicy policy = BackupPolicy::load(m_db);
    rotate(policy.keepDaily, policy.keepWeekly);
    return std::optional<QString>(taken.value());
}

Status BackupStore::exportTo(const QString& target)
{
    return snapshotTo(QFileInfo(target).absoluteFilePath());
}

Status BackupStore::restoreFrom(const QString& backup)
{
    if (auto probe = probeDatabaseFile(backup); !probe)
        return probe.error();
    auto safety = snapshot(QStringLiteral("before-restore"));
    if (!safety)
        return safety.error();
    return m_db.replaceWith(backup);
}

std::vector<BackupInfo> BackupStore::list() const
{
    return scan(m_folder, m_prefix);
}

std::vector<BackupInfo> BackupStore::listFor(const QString& databasePath)
{
    return scan(folderFor(databasePath), QFileInfo(databasePath).completeBaseName());
}

Status BackupStore::restoreOverUnopenable(const QString& databasePath, const QString& backup,
                                          const Clock& clock)
{
    if (auto probe = probeDatabaseFile(backup); !probe)
        return probe.error();
    QLockFile lock(databasePath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        return Error{
            Error::Code::Locked,
            tr("“%1” is open in another Finalist; close it there first.").arg(databasePath),
            {},
            {}
        };
    }
    const QString aside
        = databasePath + QStringLiteral(".refused-") + clock.now().toUTC().toString(kStampFormat);
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFile::exists(databasePath + suffix)
            && !QFile::rename(databasePath + suffix, aside + suffix)) {
            return backupError(tr("The file “%1” could not be moved aside; nothing was changed.")
                                   .arg(databasePath + suffix),
                               {});
        }
    }
    if (!QFile::copy(backup, databasePath)) {
        QFile::rename(aside, databasePath);
        return backupError(tr("The backup could not be copied into place; nothing was changed."),
                           {});
    }
    QFile::setPermissions(databasePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

std::vector<BackupInfo> BackupStore::scan(const QString& folderPath, const QString& prefix)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.+)-(\\d{8}-\\d{6})-([a-z0-9-]+)\\.sqlite$"));
    std::vector<BackupInfo> backups;
    const QDir folder(folderPath);
    const QStringList names
        = folder.entryList({ prefix + QStringLiteral("-*.sqlite") }, QDir::Files);
    for (const QString& name : names) {
        const auto match = pattern.match(name);
        if (!match.hasMatch() || match.captured(1) != prefix)
            continue;
        QDateTime takenAt = QDateTime::fromString(match.captured(2), kStampFormat);
        takenAt.setTimeSpec(Qt::UTC);
        if (!takenAt.isValid())
            continue;
        backups.push_back({ folder.filePath(name), takenAt, match.captured(3) });
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return backups;
}

void BackupStore::rotate(int keepDaily, int keepWeekly)
{
    // Newest first: the first backup seen of a day is that day's keeper. Weekly keepers start
    // with the first ISO week the daily ones do not touch, so the history reaches five weeks.
    const std::vector<BackupInfo> backups = list();
    std::set<QDate> days;
    std::set<std::pair<int, int>> dailyWeeks;
    std::set<std::pair<int, int>> weeks;
    std::set<QString> keep;
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
    for (const BackupInfo& backup : backups) {
        if (!keep.count(backup.path))
            QFile::remove(backup.path);
    }
}

} // namespace finalist
