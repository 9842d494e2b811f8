#include "DatabaseLocation.h"

#include "BackupStore.h"
#include "Database.h"
#include "LockFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)
};

Error cannotMove(const QString& from, const QString& detail)
{
    return { Error::Code::Io,
             Texts::tr(
                 "Your journal could not be moved from “%1” to its new place; it stays where it "
                 "is, and nothing was changed.")
                 .arg(from),
             detail,
             {} };
}

} // namespace

QString canonicalDatabasePath(const QString& path)
{
    QFileInfo info(QFileInfo(path).absoluteFilePath());
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        return canonical;
    for (int hops = 0; info.isSymLink() && hops < 40; ++hops)
        info = QFileInfo(info.symLinkTarget());
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

QString earlierDefaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Finalist/Finalist/finalist.sqlite"));
}

Result<QString> moveFromEarlierDefault()
{
    return moveDatabase(earlierDefaultPath(), Database::defaultPath());
}

Result<QString> moveDatabase(const QString& from, const QString& to)
{
    const QFileInfo source(from);
    if (!source.exists() || QFileInfo::exists(to))
        return QString();
    // No other Finalist may have it open while its files move.
    LockFile lock(from);
    if (!lock.tryLock())
        return QString(); // in use: it stays, and is opened where it is another time
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return cannotMove(from, QFileInfo(to).absolutePath());
    QFile::setPermissions(QFileInfo(to).absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // The -wal file holds writes not yet in the main file: it moves with it, and first, so the
    // database is never at the new place without them. The -shm index is rebuilt on opening.
    const QString wal = QStringLiteral("-wal");
    if (QFileInfo::exists(from + wal) && !QFile::rename(from + wal, to + wal))
        return cannotMove(from, from + wal);
    if (!QFile::rename(from, to)) {
        QFile::rename(to + wal, from + wal);
        return cannotMove(from, from);
    }
    QFile::remove(from + QStringLiteral("-shm"));
    // Backups follow, as a whole folder; if they cannot, they stay and say where they are.
    const QString oldBackups = BackupStore::folderFor(from);
    const QString newBackups = BackupStore::folderFor(to);
    QString backupsNote;
    if (QFileInfo::exists(oldBackups) && !QFileInfo::exists(newBackups)
        && !QDir().rename(oldBackups, newBackups))
        backupsNote = QLatin1Char(' ') + Texts::tr("Its backups stayed in “%1”.").arg(oldBackups);
    lock.unlock();
    QDir().rmdir(QFileInfo(from).absolutePath()); // only if nothing else is left there
    return Texts::tr("Your journal moved to “%1”, where Finalist now keeps it.%2")
        .arg(QDir::toNativeSeparators(to), backupsNote);
}

} // namespace finalist
