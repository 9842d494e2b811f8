// The writer lock beside a database: what makes it stale, what keeps it, and that no name of the
// same file gets a second one.
#include "storage/ContactRepository.h"
#include "storage/LockFile.h"
#include "TestSupport.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace finalist;

namespace {

class DatabaseLock : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("journal.sqlite"));
        auto db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        Contact c;
        c.firstName = QStringLiteral("Kept");
        ASSERT_OK(ContactRepository(*db).add(c));
    }

    QString lockPath() const { return path + QStringLiteral(".lock"); }

    void writeLock(const QByteArray& content, qint64 secondsAgo = 0) const
    {
        QFile file(lockPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.flush(); // before the time is set, or closing writes and stamps it again
        if (secondsAgo > 0)
            file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-secondsAgo),
                             QFileDevice::FileModificationTime);
        file.close();
    }

    // A lock as a Finalist on this computer writes it.
    static QByteArray fromThisComputer(qint64 pid, const QByteArray& program = "finalist",
                                       const QByteArray& boot = QSysInfo::bootUniqueId())
    {
        return QByteArray::number(pid) + '\n' + program + '\n'
            + QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() + '\n'
            + boot + '\n';
    }

    static QByteArray ownProgram()
    {
        return QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe")))
            .fileName()
            .toUtf8();
    }

    qint64 contacts(Database& db) const { return ContactRepository(db).count().value_or(-1); }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    QString path;
};

} // namespace

TEST_F(DatabaseLock, AnEmptyLockFileIsReplacedAndTheWindowIsTold)
{
    writeLock({}); // what a kill at the first start used to leave
    auto db = Database::open(path, clock);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_TRUE(db.value()->staleLockNotice().contains(QStringLiteral("empty or unreadable")))
        << db.value()->staleLockNotice().toStdString();
    EXPECT_EQ(contacts(*db.value()), 1);
    const LockOwner owner = LockFile::ownerOf(lockPath());
    EXPECT_TRUE(owner.readable);
    EXPECT_EQ(owner.pid, QCoreApplication::applicationPid());
    db = Error{};
    EXPECT_FALSE(QFile::exists(lockPath())) << "closing removes the lock";
}

TEST_F(DatabaseLock, AGarbledLockFileIsReplaced)
{
    for (const QByteArray& garbled :
         { QByteArray("\xff\xfe\x00\x01 not a lock", 15), QByteArray("0\n\n\n"),
           QByteArray("-5\nfinalist\nhost\n"), QByteArray("12abc"), QByteArray("\n\n\n\n\n") }) {
        writeLock(garbled);
        auto db = Database::open(path, clock);
        ASSERT_TRUE(db.ok()) << garbled.toHex().toStdString() << ": "
                             << db.error().message.toStdString();
        EXPECT_FALSE(db.value()->staleLockNotice().isEmpty()) << garbled.toHex().toStdString();
    }
}

TEST_F(DatabaseLock, ALockOfAProcessThatIsGoneIsReplaced)
{
    writeLock(fromThisComputer(999999999));
    auto db = Database::open(path, clock);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_TRUE(db.value()->staleLockNotice().contains(QStringLiteral("999999999")))
        << db.value()->staleLockNotice().toStdString();
}

TEST_F(DatabaseLock, ALockFromBeforeTheComputerRestartedIsReplaced)
{
    // Process 1 is alive now, but this lock was written before the last restart.
    writeLock(fromThisComputer(1, "finalist", "an-earlier-boot"));
    auto db = Database::open(path, clock);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_FALSE(db.value()->staleLockNotice().isEmpty());
}

TEST_F(DatabaseLock, ALiveProcessThatNoLongerHoldsTheLockDoesNotKeepIt)
{
    // Our own process id and program: alive, but nobody holds the file (a reused process id).
    writeLock(fromThisComputer(QCoreApplication::applicationPid(), ownProgram()));
    auto db = Database::open(path, clock);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_TRUE(db.value()->staleLockNotice().contains(QStringLiteral("no longer holds")))
        << db.value()->staleLockNotice().toStdString();
}

TEST_F(DatabaseLock, ALockSomeoneHoldsIsNeverTakenOverWhateverItSays)
{
    writeLock({}); // a lock being written this very moment is still empty, but held
    const int fd = ::open(QFile::encodeName(lockPath()).constData(), O_RDONLY);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
    const QByteArray before = test::sha256Of(path);

    auto db = Database::open(path, clock);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, Error::Code::Locked);
    EXPECT_TRUE(QFile::exists(lockPath()));
    EXPECT_EQ(test::sha256Of(path), before);
    EXPECT_EQ(Database::breakLock(path).error().code, Error::Code::Locked);
    EXPECT_TRUE(QFile::exists(lockPath())) << "not broken while held";

    ::close(fd);
    EXPECT_TRUE(Database::open(path, clock).ok()) << "free once its holder lets go";
}

TEST_F(DatabaseLock, ALockFromAnotherComputerNamesItsHostAndAgeAndCanBeBroken)
{
    writeLock("4242\nfinalist\nlaptop-in-the-cloud\nfeedbeef\nsome-boot\n", 3 * 3600 + 120);
    const QByteArray database = test::sha256Of(path);
    const QByteArray lock = test::sha256Of(lockPath());

    auto refused = Database::open(path, clock);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::LockedElsewhere);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("laptop-in-the-cloud")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("3 hour")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().detail.contains(QStringLiteral("4242")));
    EXPECT_EQ(test::sha256Of(path), database);
    EXPECT_EQ(test::sha256Of(lockPath()), lock) << "the other computer's lock is left alone";
    EXPECT_TRUE(Database::open(path, clock, { DatabaseMode::ReadOnly, 0 }).ok())
        << "reading needs no lock";

    ASSERT_OK(Database::breakLock(path));
    EXPECT_FALSE(QFile::exists(lockPath()));
    auto db = Database::open(path, clock);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_TRUE(db.value()->staleLockNotice().isEmpty());
    EXPECT_EQ(contacts(*db.value()), 1);
}

TEST_F(DatabaseLock, TheSameHostNameOnAnotherMachineIsAnotherComputer)
{
    if (QSysInfo::machineUniqueId().isEmpty())
        GTEST_SKIP() << "this system has no machine id";
    writeLock(QByteArray::number(QCoreApplication::applicationPid()) + "\nfinalist\n"
              + QSysInfo::machineHostName().toUtf8() + "\nnot-this-machine\n\n");
    auto db = Database::open(path, clock);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, Error::Code::LockedElsewhere);
}

TEST_F(DatabaseLock, BreakingRefusesALiveWriterAndIgnoresNoLock)
{
    EXPECT_OK(Database::breakLock(path)); // nothing to break
    auto holder = test::openOrFail(path, clock);
    ASSERT_TRUE(holder);
    auto broken = Database::breakLock(path);
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().code, Error::Code::Locked);
    EXPECT_TRUE(QFile::exists(lockPath()));
    Contact c;
    c.firstName = QStringLiteral("Still writing");
    EXPECT_OK(ContactRepository(*holder).add(c));
}

TEST_F(DatabaseLock, ASymlinkCannotTakeASecondLock)
{
    const QString link = folder.path(QStringLiteral("link.sqlite"));
    ASSERT_TRUE(QFile::link(path, link));
    EXPECT_EQ(LockFile::pathFor(link), LockFile::pathFor(path));
    {
        auto first = test::openOrFail(path, clock);
        ASSERT_TRUE(first);
        auto second = Database::open(link, clock);
        ASSERT_FALSE(second.ok());
        EXPECT_EQ(second.error().code, Error::Code::Locked);
        EXPECT_TRUE(second.error().message.contains(QStringLiteral("already open")));
        EXPECT_FALSE(QFile::exists(link + QStringLiteral(".lock")));
    }
    auto throughLink = test::openOrFail(link, clock);
    ASSERT_TRUE(throughLink);
    EXPECT_TRUE(QFile::exists(lockPath())) << "the lock sits beside the real file";
    EXPECT_FALSE(Database::open(path, clock).ok());

    // A folder reached through a link: the same lock before the file even exists.
    ASSERT_TRUE(QDir().mkpath(folder.path(QStringLiteral("real"))));
    ASSERT_TRUE(
        QFile::link(folder.path(QStringLiteral("real")), folder.path(QStringLiteral("alias"))));
    EXPECT_EQ(LockFile::pathFor(folder.path(QStringLiteral("alias/new.sqlite"))),
              LockFile::pathFor(folder.path(QStringLiteral("real/new.sqlite"))));
}

TEST_F(DatabaseLock, TheLockFileIsOwnerOnlyAndWholeWhateverTheUmask)
{
    const mode_t previous = ::umask(0);
    auto db = test::openOrFail(path, clock);
    ::umask(previous);
    ASSERT_TRUE(db);
    struct stat info = {};
    ASSERT_EQ(::stat(QFile::encodeName(lockPath()).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    const LockOwner owner = LockFile::ownerOf(lockPath());
    EXPECT_TRUE(owner.readable);
    EXPECT_EQ(owner.pid, QCoreApplication::applicationPid());
    EXPECT_EQ(owner.host, QSysInfo::machineHostName());
    EXPECT_EQ(owner.machineId, QSysInfo::machineUniqueId());
    EXPECT_TRUE(QDir(folder.root())
                    .entryList({ QStringLiteral("*.new-*") }, QDir::Files | QDir::Hidden)
                    .isEmpty())
        << "the temporary name is gone once the lock is in place";
}

TEST_F(DatabaseLock, ATemporaryLockLeftByAKillIsClearedOnceItIsOld)
{
    const QString old = lockPath() + QStringLiteral(".new-77-deadbeef");
    const QString fresh = lockPath() + QStringLiteral(".new-78-cafebabe");
    for (const QString& name : { old, fresh }) {
        QFile file(name);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("77\n");
        file.flush();
        if (name == old)
            file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-120),
                             QFileDevice::FileModificationTime);
        file.close();
    }
    auto db = test::openOrFail(path, clock);
    ASSERT_TRUE(db);
    EXPECT_FALSE(QFile::exists(old));
    EXPECT_TRUE(QFile::exists(fresh)) << "one made a moment ago may be another writer's";
}

// Other parts of Finalist (and earlier versions) lock with QLockFile: each sees the other's lock.
TEST_F(DatabaseLock, QLockFileAndLockFileExcludeEachOther)
{
    QLockFile other(lockPath());
    other.setStaleLockTime(0);
    {
        auto db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        EXPECT_FALSE(other.tryLock(0));
        EXPECT_EQ(other.error(), QLockFile::LockFailedError);
    }
    ASSERT_TRUE(other.tryLock(0));
    auto second = Database::open(path, clock);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, Error::Code::Locked);
    other.unlock();
    EXPECT_TRUE(Database::open(path, clock).ok());
}
