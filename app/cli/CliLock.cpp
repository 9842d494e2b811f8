#include "CliLock.h"

#include "storage/Database.h"
#include "storage/LockFile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace finalist::cli {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int breakLockCommand(const Invocation& call, QTextStream& out, QTextStream& err)
{
    const QString target = QFileInfo(call.databasePath).absoluteFilePath();
    const QString lockFile = LockFile::pathFor(target);
    if (!QFileInfo(lockFile).exists() && !QFileInfo(lockFile).isSymLink()) {
        out << Texts::tr("There is no lock on %1; nothing to do.").arg(target) << Qt::endl;
        return Ok;
    }
    const LockOwner owner = LockFile::ownerOf(lockFile);
    if (auto broken = Database::breakLock(target); !broken) {
        err << broken.error().message << Qt::endl;
        if (!broken.error().detail.isEmpty())
            err << "  (" << broken.error().detail << ")" << Qt::endl;
        return broken.error().code == Error::Code::Locked ? CannotOpen : Failed;
    }
    if (owner.readable) {
        const QString host = owner.host.isEmpty() ? Texts::tr("an unknown computer") : owner.host;
        err << Texts::tr(
                   "Warning: if Finalist still runs on “%1” (process %2), close it there without "
                   "saving anything more: two programs writing to one journal damage it.")
                   .arg(host)
                   .arg(owner.pid)
            << Qt::endl;
    }
    out << Texts::tr("Removed the lock on %1.").arg(target) << Qt::endl;
    return Ok;
}

QString wayPast(const Error& error, const QString& databasePath)
{
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    if (error.code == Error::Code::LockedElsewhere)
        return Texts::tr(
                   "Once you are sure Finalist no longer uses it there: finalist-cli --database "
                   "“%1” break-lock")
            .arg(target);
    if (error.code == Error::Code::EmptyFile)
        return Texts::tr("To start a new journal in it: finalist-cli --database “%1” init")
            .arg(target);
    return {};
}

} // namespace finalist::cli
