#include "LockFile.h"

#include "DatabaseLocation.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSysInfo>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(LockFile)
};

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// The program behind a process id, as QLockFile names it (the executable's file name), or empty
// when this system does not say.
QString programOf(qint64 pid)
{
#ifdef Q_OS_LINUX
    const QByteArray link = QByteArray("/proc/") + QByteArray::number(pid) + "/exe";
    char target[PATH_MAX];
    const ssize_t length = ::readlink(link.constData(), target, sizeof target - 1);
    if (length <= 0)
        return {};
    QString path = QFile::decodeName(QByteArray(target, int(length)));
    path.remove(QLatin1String(" (deleted)")); // the program was updated while it ran
    return QFileInfo(path).fileName();
#else
    Q_UNUSED(pid);
    return {};
#endif
}

QByteArray ownContents()
{
    const qint64 pid = QCoreApplication::applicationPid();
    return QByteArray::number(pid) + '\n' + programOf(pid).toUtf8() + '\n'
        + QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() + '\n'
        + QSysInfo::bootUniqueId() + '\n';
}

bool writeAll(int fd, const QByteArray& data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const ssize_t written = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

bool sameFile(int fd, const QByteArray& name)
{
    struct stat held = {};
    struct stat named = {};
    return ::fstat(fd, &held) == 0 && ::stat(name.constData(), &named) == 0
        && held.st_ino == named.st_ino && held.st_dev == named.st_dev;
}

bool processRunning(qint64 pid, const QString& program)
{
    if (pid <= 0 || pid > INT_MAX)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
    // The id may have been given to another program since (after a crash and a restart).
    const QString running = programOf(pid);
    return running.isEmpty() || program.isEmpty() || running == program;
}

QString describeAge(const QDateTime& since)
{
    const qint64 seconds = std::max<qint64>(0, since.secsTo(QDateTime::currentDateTimeUtc()));
    // Counted first: lupdate loses its way on a division inside translate()'s arguments.
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int days = int(seconds / 86400);
    if (seconds < 60)
        return Texts::tr("less than a minute");
    if (seconds < 3600)
        return QCoreApplication::translate("LockFile", "%n minute(s)", nullptr, minutes);
    if (seconds < 48 * 3600)
        return QCoreApplication::translate("LockFile", "%n hour(s)", nullptr, hours);
    return QCoreApplication::translate("LockFile", "%n day(s)", nullptr, days);
}

QString describeOwner(const LockOwner& owner, const QString& lockFileName)
{
    if (!owner.readable)
        return QStringLiteral("lock file %1 (empty or unreadable)").arg(lockFileName);
    return QStringLiteral("lock file %1: process %2 (%3) on %4, machine %5, written %6")
        .arg(lockFileName)
        .arg(owner.pid)
        .arg(owner.program, owner.host, QString::fromUtf8(owner.machineId),
             owner.writtenAt.toString(Qt::ISODate));
}

enum class Verdict
{
    Live, // a process on this computer holds it
    Stale, // nobody holds it any more
    Elsewhere, // another computer wrote it; only the user can say whether it is still in use
};

struct Judgement
{
    Verdict verdict;
    QString notice; // for a stale lock: what was replaced, in a sentence
};

Judgement judge(const LockOwner& owner)
{
    if (!owner.readable) {
        return { Verdict::Stale,
                 Texts::tr(
                     "An empty or unreadable lock file beside the journal was replaced (Finalist "
                     "was probably stopped while it was starting).") };
    }
    const QByteArray ourMachine = QSysInfo::machineUniqueId();
    const bool sameName = owner.host.isEmpty() || owner.host == QSysInfo::machineHostName();
    const bool sameMachine
        = owner.machineId.isEmpty() || ourMachine.isEmpty() || owner.machineId == ourMachine;
    if (!sameName || !sameMachine)
        return { Verdict::Elsewhere, {} };
    const QByteArray ourBoot = QSysInfo::bootUniqueId();
    if (!owner.bootId.isEmpty() && !ourBoot.isEmpty() && owner.bootId != ourBoot) {
        return { Verdict::Stale,
                 Texts::tr(
                     "The journal was still marked as open from before this computer restarted; "
                     "the mark was cleared.") };
    }
    if (!processRunning(owner.pid, owner.program)) {
        return { Verdict::Stale,
                 Texts::tr("The journal was still marked as open by a Finalist that is no longer "
                           "running (process %1); the mark was cleared.")
                     .arg(owner.pid) };
    }
    return { Verdict::Live, {} };
}

// Whether some process holds the lock file with flock(2), as every Finalist and QLockFile does
// while it holds the lock. Unknown where the file system has no flock.
enum class Hold
{
    Held,
    Free,
    Unknown,
};

Hold holdOf(const QString& lockFileName)
{
    const int fd = ::open(QFile::encodeName(lockFileName).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Hold::Unknown;
    Hold hold = Hold::Unknown;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
        ::flock(fd, LOCK_UN);
        hold = Hold::Free;
    } else if (errno == EWOULDBLOCK) {
        hold = Hold::Held;
    }
    ::close(fd);
    return hold;
}

// The verdict on a lock file as it is now: its content, then whether anyone still holds it (a
// process id given to another program after a restart looks alive, but does not hold the lock).
Judgement judgeFile(const QString& lockFileName, const LockOwner& owner)
{
    Judgement judgement = judge(owner);
    if (judgement.verdict == Verdict::Live && holdOf(lockFileName) == Hold::Free) {
        judgement
            = { Verdict::Stale,
                Texts::tr("The journal was still marked as open by process %1, which no longer "
                          "holds it; the mark was cleared.")
                    .arg(owner.pid) };
    }
    return judgement;
}

enum class Removal
{
    Removed,
    Held, // a live process holds it after all
    Changed, // another process replaced it meanwhile: look again
    Failed,
};

// Removes a lock file that no process holds. The holder of a lock keeps flock(2) on it, so a
// lock that can be flocked has no holder on this computer; one that cannot is alive, whatever
// its content says.
Removal removeUnheld(const QString& lockFileName)
{
    const QByteArray name = QFile::encodeName(lockFileName);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return Removal::Changed;
        // Unreadable: nobody can tell who wrote it, so nobody is served by keeping it.
        return ::unlink(name.constData()) == 0 || errno == ENOENT ? Removal::Removed
                                                                  : Removal::Failed;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0 && (errno == EWOULDBLOCK || errno == EINTR)) {
        ::close(fd);
        return Removal::Held;
    }
    // Other errors: this file system has no flock, and the verdict stands on the process alone.
    if (!sameFile(fd, name)) {
        ::close(fd);
        return Removal::Changed;
    }
    const bool removed = ::unlink(name.constData()) == 0 || errno == ENOENT;
    ::close(fd);
    return removed ? Removal::Removed : Removal::Failed;
}

Error lockedError(const QString& databasePath, const LockOwner& owner, const QString& lockFile)
{
    const bool ours = owner.readable && owner.pid == QCoreApplication::applicationPid()
        && owner.host == QSysInfo::machineHostName();
    const QString message = ours
        ? Texts::tr(
              "“%1” is already open in this Finalist, perhaps under another name that leads to "
              "the same file. Switch to it there.")
              .arg(databasePath)
        : Texts::tr(
              "“%1” is already open in another Finalist window or program. Only one may write to "
              "it at a time: switch to that one, or open another file.")
              .arg(databasePath);
    return { Error::Code::Locked, message, describeOwner(owner, lockFile), {} };
}

Error elsewhereError(const QString& databasePath, const LockOwner& owner, const QString& lockFile)
{
    const QString host = owner.host.isEmpty() ? Texts::tr("an unknown computer") : owner.host;
    return { Error::Code::LockedElsewhere,
             Texts::tr(
                 "“%1” is marked as open by Finalist on another computer, “%2”, since %3 ago. If "
                 "Finalist still runs there, close it there first: two computers writing to one "
                 "file through a shared or synced folder damage it. If that computer is off or no "
                 "longer uses this file, you can break the lock and open it here.")
                 .arg(databasePath, host, describeAge(owner.writtenAt)),
             describeOwner(owner, lockFile),
             {} };
}

Error cannotCreateError(const QString& databasePath, const QString& lockFile, int code)
{
    return { Error::Code::CannotCreate,
             Texts::tr(
                 "Finalist could not create the lock file beside “%1”. Check that the folder is "
                 "writable.")
                 .arg(databasePath),
             lockFile + QStringLiteral(": ") + systemError(code),
             {} };
}

// A kill between writing the temporary file and linking it leaves the temporary file behind.
// One older than a minute belongs to nobody (a live one is linked within milliseconds).
void removeLeftovers(const QString& lockFileName)
{
    const QFileInfo lock(lockFileName);
    const QDir folder = lock.absoluteDir();
    const QDateTime minuteAgo = QDateTime::currentDateTimeUtc().addSecs(-60);
    for (const QFileInfo& leftover : folder.entryInfoList(
             { lock.fileName() + QStringLiteral(".new-*") }, QDir::Files | QDir::Hidden)) {
        if (leftover.lastModified().toUTC() < minuteAgo)
            QFile::remove(leftover.absoluteFilePath());
    }
}

} // namespace

LockFile::LockFile(const QString& databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_fileName(pathFor(databasePath))
{
}

LockFile::~LockFile()
{
    unlock();
}

QString LockFile::pathFor(const QString& databasePath)
{
    return canonicalDatabasePath(databasePath) + QStringLiteral(".lock");
}

LockFile::Made LockFile::create()
{
    const QString temporary = m_fileName
        + QStringLiteral(".new-%1-%2")
              .arg(QCoreApplication::applicationPid())
              .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QByteArray temporaryName = QFile::encodeName(temporary);
    const QByteArray finalName = QFile::encodeName(m_fileName);
    const int fd = ::open(temporaryName.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC,
                          S_IRUSR | S_IWUSR);
    if (fd < 0)
        return Made::Failed;
    // The host and process names are nobody else's business: owner-only whatever the umask.
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    ::flock(fd, LOCK_EX | LOCK_NB); // a new file: nobody else can hold it yet
    if (!writeAll(fd, ownContents()) || ::fsync(fd) != 0) {
        const int code = errno;
        ::close(fd);
        ::unlink(temporaryName.constData());
        errno = code;
        return Made::Failed;
    }
    // link(2) gives the whole file its real name in one step, and refuses if the name is taken.
    int linked = ::link(temporaryName.constData(), finalName.constData());
    int code = errno;
    if (linked != 0 && code != EEXIST) {
        // No hard links on this file system (FAT, some network shares): a rename puts the whole
        // file in place, after a look that it replaces nothing.
        struct stat existing = {};
        if (::lstat(finalName.constData(), &existing) == 0) {
            code = EEXIST;
        } else {
            linked = ::rename(temporaryName.constData(), finalName.constData());
            code = errno;
        }
    }
    ::unlink(temporaryName.constData()); // after a rename it is gone already
    if (linked == 0) {
        m_fd = fd;
        return Made::Taken;
    }
    ::close(fd);
    errno = code;
    return code == EEXIST ? Made::Exists : Made::Failed;
}

Status LockFile::tryLock()
{
    if (isLocked())
        return {};
    m_staleNotice.clear();
    removeLeftovers(m_fileName);
    for (int attempt = 0; attempt < 4; ++attempt) {
        switch (create()) {
        case Made::Taken:
            return {};
        case Made::Failed:
            return cannotCreateError(m_databasePath, m_fileName, errno);
        case Made::Exists:
            break;
        }
        const LockOwner owner = ownerOf(m_fileName);
        const Judgement judgement = judgeFile(m_fileName, owner);
        if (judgement.verdict == Verdict::Live)
            return lockedError(m_databasePath, owner, m_fileName);
        if (judgement.verdict == Verdict::Elsewhere)
            return elsewhereError(m_databasePath, owner, m_fileName);
        switch (removeUnheld(m_fileName)) {
        case Removal::Held:
            return lockedError(m_databasePath, owner, m_fileName);
        case Removal::Failed:
            return cannotCreateError(m_databasePath, m_fileName, errno);
        case Removal::Removed:
            m_staleNotice = judgement.notice;
            break;
        case Removal::Changed:
            break;
        }
    }
    return lockedError(m_databasePath, ownerOf(m_fileName), m_fileName);
}

void LockFile::unlock()
{
    if (m_fd < 0)
        return;
    const QByteArray name = QFile::encodeName(m_fileName);
    if (sameFile(m_fd, name)) // never another process's lock that replaced ours
        ::unlink(name.constData());
    ::close(m_fd);
    m_fd = -1;
}

LockOwner LockFile::ownerOf(const QString& lockFileName)
{
    LockOwner owner;
    const QFileInfo info(lockFileName);
    owner.writtenAt = info.lastModified().toUTC();
    QFile file(lockFileName);
    if (!file.open(QIODevice::ReadOnly))
        return owner;
    const QList<QByteArray> lines = file.read(4096).split('\n');
    bool numeric = false;
    owner.pid = lines.value(0).trimmed().toLongLong(&numeric);
    if (!numeric || owner.pid <= 0 || lines.size() < 3) {
        owner.pid = 0;
        return owner;
    }
    owner.program = QString::fromUtf8(lines.value(1));
    owner.host = QString::fromUtf8(lines.value(2));
    owner.machineId = lines.value(3);
    owner.bootId = lines.value(4);
    owner.readable = true;
    return owner;
}

Status LockFile::breakLock(const QString& databasePath)
{
    const QString lockFile = pathFor(databasePath);
    const QString shown = QFileInfo(databasePath).absoluteFilePath();
    struct stat existing = {};
    if (::lstat(QFile::encodeName(lockFile).constData(), &existing) != 0)
        return {};
    const LockOwner owner = ownerOf(lockFile);
    if (judgeFile(lockFile, owner).verdict == Verdict::Live)
        return lockedError(shown, owner, lockFile);
    switch (removeUnheld(lockFile)) {
    case Removal::Held:
        return lockedError(shown, owner, lockFile);
    case Removal::Failed:
        return Error{ Error::Code::Io,
                      Texts::tr(
                          "The lock beside “%1” could not be removed. Check that the folder is "
                          "writable.")
                          .arg(shown),
                      lockFile + QStringLiteral(": ") + systemError(errno),
                      {} };
    case Removal::Removed:
    case Removal::Changed:
        break;
    }
    return {};
}

} // namespace finalist
