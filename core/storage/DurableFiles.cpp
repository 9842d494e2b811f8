#include "DurableFiles.h"

#include "DatabaseProbe.h"
#include "Migrations.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error ioError(const QString& message, const QString& detail)
{
    return { Error::Code::Io, message, detail, {} };
}

#ifdef Q_OS_UNIX
// Opens what the name points at read-only (a file, or a folder with O_DIRECTORY) and fsyncs it.
bool openAndSync(const QByteArray& name, int flags)
{
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | flags);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}
#endif

} // namespace

bool syncFile(const QString& path)
{
#ifdef Q_OS_UNIX
    return openAndSync(QFile::encodeName(path), 0);
#else
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.flush();
#endif
}

bool syncFolderOf(const QString& path)
{
#ifdef Q_OS_UNIX
    return openAndSync(QFile::encodeName(QFileInfo(path).absolutePath()), O_DIRECTORY);
#else
    Q_UNUSED(path);
    return true;
#endif
}

Status createPrivateFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
        return ioError(Texts::tr("The file “%1” could not be created.").arg(path),
                       file.errorString());
    }
    file.close();
    // The umask may have taken bits away, never added any; say 0600 plainly anyway.
    QFile::setPermissions(path, kOwnerOnly);
    return {};
}

Status copyPrivately(const QString& from, const QString& to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return ioError(Texts::tr("The file “%1” could not be read.").arg(from),
                       source.errorString());
    if (auto created = createPrivateFile(to); !created)
        return created;
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return ioError(Texts::tr("The file “%1” could not be written.").arg(to),
                       target.errorString());
    QByteArray chunk;
    while (!(chunk = source.read(1 << 20)).isEmpty()) {
        if (target.write(chunk) != chunk.size()) {
            return ioError(Texts::tr("The copy could not be written in full (is the disk full?)."),
                           target.errorString());
        }
    }
    if (source.error() != QFileDevice::NoError)
        return ioError(Texts::tr("The file “%1” could not be read.").arg(from),
                       source.errorString());
    if (!target.flush())
        return ioError(Texts::tr("The copy could not be written in full (is the disk full?)."),
                       target.errorString());
    target.close();
    if (!syncFile(to))
        return ioError(Texts::tr("The copy could not be saved to the disk."), to);
    return {};
}

Status checkWholeDatabase(const QString& path, const QString& shownPath, CheckDepth depth)
{
    return sql::withOwnReadOnlyConnection(path, [&](QSqlDatabase& db) -> Status {
        if (!db.open())
            return corruptedError(shownPath, sql::errorFrom(db.lastError(), path).detail);
        auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
        if (!version) {
            if (version.error().code != Error::Code::NotADatabase)
                return corruptedError(shownPath, version.error().detail);
            return Error{ Error::Code::NotADatabase,
                          Texts::tr(
                              "“%1” is not a Finalist database (it is not an SQLite file at all).")
                              .arg(shownPath),
                          version.error().detail,
                          {} };
        }
        if (version.value().toInt() > latestSchemaVersion())
            return newerSchemaError(shownPath, version.value().toInt());
        if (auto identity = identifyDatabase(db, shownPath); !identity)
            return identity.error(); // another program's file, or a schema changed behind
        return checkIntegrityOf(db, shownPath, depth == CheckDepth::Full);
    });
}

bool replaceFile(const QString& from, const QString& to)
{
#ifdef Q_OS_UNIX
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#else
    QFile::remove(to);
    return QFile::rename(from, to);
#endif
}

Status keepSecondCopy(const QString& from, const QString& to)
{
#ifdef Q_OS_UNIX
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return {};
#endif
    return copyPrivately(from, to);
}

void removeCompanions(const QString& databasePath)
{
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    QFile::remove(databasePath + QStringLiteral("-journal"));
}

} // namespace finalist
