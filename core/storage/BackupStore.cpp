#include "BackupStore.h"

#include "BackupPolicy.h"
#include "BackupRotation.h"
#include "Database.h"
#include "DatabaseProbe.h"
#include "DurableFiles.h"
#include "LockFile.h"
#include "RestoreJournal.h"
#include "Sql.h"

#include <functional>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <set>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

Error backupError(const QString& what, const QString& detail)
{
    return { Error::Code::Io, what, detail, {} };
}

// A half-written file must never carry the final name: the copy goes to a temporary name, is
// checked, synced, then renamed over the target in one step. The temporary file is private
// from its first byte (VACUUM INTO accepts an empty file).
Status writeCheckedCopy(const QString& target,
                        const std::function<Status(const QString& temporary)>& vacuumInto)
{
    const QFileInfo targetInfo(target);
    if (!QDir().mkpath(targetInfo.absolutePath())) {
        return backupError(
            Texts::tr("The folder “%1” could not be created.").arg(targetInfo.absolutePath()), {});
    }
    const QString temporary = targetInfo.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(temporary);
    if (auto created = createPrivateFile(temporary); !created)
        return backupError(
            Texts::tr("The backup could not be written: %1").arg(created.error().message),
            created.error().detail);
    if (auto vacuumed = vacuumInto(temporary); !vacuumed) {
        QFile::remove(temporary);
        return backupError(
            Texts::tr("The backup could not be written: %1").arg(vacuumed.error().message),
            vacuumed.error().detail);
    }
    if (auto whole = checkWholeDatabase(temporary, target); !whole) {
        QFile::remove(temporary);
        return backupError(Texts::tr("The backup failed its check and was discarded."),
                           whole.error().message + QLatin1Char(' ') + whole.error().detail);
    }
    if (!syncFile(temporary) || !replaceFile(temporary, target)) {
        QFile::remove(temporary);
        return backupError(Texts::tr("The backup could not be saved as “%1”.").arg(target), {});
    }
    syncFolderOf(target);
    return {};
}

// A read-only connection of its own, so the copy can be written from any thread while the
// window's connection goes on writing; the copy is one consistent snapshot all the same.
Status vacuumFromOwnConnection(const QString& databasePath, const QString& temporary)
{
    return sql::withOwnReadOnlyConnection(databasePath, [&](QSqlDatabase& db) -> Status {
        if (!db.open())
            return sql::errorFrom(db.lastError(), databasePath);
        if (auto vacuumed = sql::exec(db, QStringLiteral("VACUUM INTO ?"), { temporary });
            !vacuumed)
            return vacuumed.error();
        return {};
    });
}

} // namespace

// A file that is replaced although it cannot be backed up (refused, damaged) keeps a name of its
// own, "<path>.<why>-<time>", with its -wal and -shm: a second link, not a move, so the
// database's path is never empty while the backup is put in place.
Status BackupStore::keepAside(const QString& databasePath, const QString& why, const Clock& clock)
{
    if (!QFileInfo::exists(databasePath))
        return {};
    const QString stamp = clock.now().toUTC().toString(kStampFormat);
    QString aside = QStringLiteral("%1.%2-%3").arg(databasePath, why, stamp);
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = QStringLiteral("%1.%2-%3-%4").arg(databasePath, why, stamp).arg(n);
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (!QFileInfo::exists(databasePath + suffix))
            continue;
        if (auto kept = keepSecondCopy(databasePath + suffix, aside + suffix); !kept) {
            for (const QString& made :
                 { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QFile::remove(aside + made);
            return backupError(
                Texts::tr("The file “%1” could not be kept aside; nothing was changed.")
                    .arg(databasePath + suffix),
                kept.error().detail);
        }
    }
    syncFolderOf(aside);
    return {};
}

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
    return writeCheckedCopy(
        target, [this](const QString& temporary) { return m_db.vacuumInto(temporary); });
}

Status BackupStore::writeSnapshot(const QString& databasePath, const QString& target)
{
    return writeCheckedCopy(target, [&databasePath](const QString& temporary) {
        return vacuumFromOwnConnection(databasePath, temporary);
    });
}

Result<QString> BackupStore::nameSnapshot(const QString& reason)
{
    const QString stamp = m_db.clock().now().toUTC().toString(kStampFormat);
    QDir folder(m_folder);
    QString name = QStringLiteral("%1-%2-%3.sqlite").arg(m_prefix, stamp, reason);
    for (int n = 2; folder.exists(name); ++n)
        name = QStringLiteral("%1-%2-%3-%4.sqlite").arg(m_prefix, stamp, reason).arg(n);
    if (!QDir().mkpath(m_folder)
        || !QFile::setPermissions(
            m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        return backupError(Texts::tr("The backups folder “%1” could not be created.").arg(m_folder),
                           {});
    }
    removeStalePartials();
    return folder.filePath(name);
}

Result<QString> BackupStore::snapshot(const QString& reason)
{
    auto path = nameSnapshot(reason);
    if (!path)
        return path;
    if (auto written = snapshotTo(path.value()); !written)
        return written.error();
    return path;
}

Result<std::optional<QString>> BackupStore::dailyTargetIfDue()
{
    const QDate today = m_db.clock().now().toUTC().date();
    for (const BackupInfo& backup : list()) {
        if (backup.takenAt.date() == today)
            return std::optional<QString>();
    }
    auto target = nameSnapshot(QStringLiteral("daily"));
    if (!target)
        return target.error();
    return std::optional<QString>(target.value());
}

void BackupStore::rotateByPolicy()
{
    const BackupPolicy policy = BackupPolicy::load(m_db);
    rotate(policy.keepDaily, policy.keepWeekly);
}

Result<std::optional<QString>> BackupStore::takeDailyIfDue()
{
    auto target = dailyTargetIfDue();
    if (!target || !target.value())
        return target;
    if (auto written = snapshotTo(*target.value()); !written)
        return written.error();
    rotateByPolicy();
    return target;
}

Status BackupStore::exportTo(const QString& target)
{
    return snapshotTo(QFileInfo(target).absoluteFilePath());
}

Status BackupStore::restoreFrom(const QString& backup)
{
    if (m_db.isReadOnly())
        return m_db.replaceWith(backup); // refuses, saying why, before anything is written
    if (auto probe = probeDatabaseFile(backup); !probe)
        return probe.error();
    // Checked in full before anything else, so a damaged backup changes nothing at all.
    auto staged = RestoreJournal::stage(m_db.path(), backup);
    if (!staged)
        return staged.error();
    auto safety = snapshot(QStringLiteral("before-restore"));
    if (!safety) {
        QFile::remove(staged.value());
        return safety.error();
    }
    const Status replaced = m_db.replaceWith(staged.value());
    if (!QFile::exists(RestoreJournal::journalPath(m_db.path())))
        QFile::remove(staged.value()); // left when the swap failed before its journal
    return replaced;
}

Status BackupStore::restoreOverDamaged(const QString& backup)
{
    if (auto probe = probeDatabaseFile(backup); !probe)
        return probe.error();
    auto staged = RestoreJournal::stage(m_db.path(), backup);
    if (!staged)
        return staged.error();
    // A snapshot of damage would be refused by its own check: the file itself is kept instead.
    if (auto kept = keepAside(m_db.path(), QStringLiteral("damaged"), m_db.clock()); !kept) {
        QFile::remove(staged.value());
        return kept;
    }
    const Status replaced = m_db.replaceWith(staged.value());
    if (!QFile::exists(RestoreJournal::journalPath(m_db.path())))
        QFile::remove(staged.value());
    return replaced;
}

Result<QString> BackupStore::newestHealthy(const std::vector<BackupInfo>& backups)
{
    for (const BackupInfo& backup : backups) {
        if (checkWholeDatabase(backup.path, backup.path))
            return backup.path;
    }
    return backupError(Texts::tr("No backup passed its check."), {});
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
    LockFile lock(databasePath);
    if (auto taken = lock.tryLock(); !taken)
        return taken.error();
    if (auto recovered = RestoreJournal::recover(databasePath, clock); !recovered)
        return recovered;
    auto staged = RestoreJournal::stage(databasePath, backup);
    if (!staged)
        return staged.error();
    if (auto kept = keepAside(databasePath, QStringLiteral("refused"), clock); !kept) {
        QFile::remove(staged.value());
        return kept;
    }
    return RestoreJournal::moveIntoPlace(databasePath);
}

Result<QString> BackupStore::keepAsBackup(const QString& databasePath, const QString& file,
                                          const QString& reason, const QDateTime& at)
{
    const QString folderPath = folderFor(databasePath);
    if (!QDir().mkpath(folderPath)
        || !QFile::setPermissions(
            folderPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        return backupError(
            Texts::tr("The backups folder “%1” could not be created.").arg(folderPath), {});
    }
    const QString prefix = QFileInfo(databasePath).completeBaseName();
    const QString stamp = at.toUTC().toString(kStampFormat);
    const QDir folder(folderPath);
    QString name = QStringLiteral("%1-%2-%3.sqlite").arg(prefix, stamp, reason);
    for (int n = 2; folder.exists(name); ++n)
        name = QStringLiteral("%1-%2-%3-%4.sqlite").arg(prefix, stamp, reason).arg(n);
    const QString target = folder.filePath(name);
    if (!QFile::rename(file, target))
        return backupError(Texts::tr("“%1” could not be moved to the backups folder.").arg(file),
                           {});
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    syncFolderOf(target);
    syncFolderOf(file);
    return target;
}

std::vector<BackupInfo> BackupStore::scan(const QString& folderPath, const QString& prefix)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.+)-(\\d{8}-\\d{6})-([a-z0-9-]+)\\.sqlite$"));
    static const QRegularExpression kCounter(QStringLiteral("-\\d+$"));
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
        // "manual-2" is the second manual backup of that second: its reason is "manual".
        QString reason = match.captured(3);
        reason.remove(kCounter);
        backups.push_back({ folder.filePath(name), takenAt, reason });
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return backups;
}

void BackupStore::rotate(int keepDaily, int keepWeekly)
{
    BackupRotation rules;
    rules.keepDaily = keepDaily;
    rules.keepWeekly = keepWeekly;
    const std::vector<BackupInfo> backups = list();
    const std::set<QString> keep
        = rules.keepers(backups, m_db.clock().now().toUTC(), [](const BackupInfo& backup) {
              return probeDatabaseFile(backup.path).ok();
          });
    for (const BackupInfo& backup : backups) {
        if (!keep.count(backup.path))
            QFile::remove(backup.path);
    }
}

void BackupStore::removeStalePartials() const
{
    // Only the writer (who holds the lock) backs up, so a partial file of this database is
    // what a killed or failed backup left.
    static const QRegularExpression pattern(
        QStringLiteral("^(.+)-\\d{8}-\\d{6}-[a-z0-9-]+\\.sqlite\\.partial$"));
    const QDir folder(m_folder);
    for (const QString& name :
         folder.entryList({ m_prefix + QStringLiteral("-*.partial") }, QDir::Files)) {
        const auto match = pattern.match(name);
        if (match.hasMatch() && match.captured(1) == m_prefix)
            QFile::remove(folder.filePath(name));
    }
}

} // namespace finalist
