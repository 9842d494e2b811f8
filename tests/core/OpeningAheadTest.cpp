// A journal opened on a thread of its own while the window builds itself: the caller's thread
// gets a connection it can read and write through, with the lock held, or the same refusal as
// Database::open with the file untouched; nobody taking it closes it.
#include "storage/OpeningAhead.h"

#include "RawSql.h"
#include "storage/ContactRepository.h"
#include "storage/Migrations.h"
#include "storage/SharedReads.h"
#include "storage/Sql.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QSqlDriver>
#include <QThread>

using namespace finalist;

namespace {

class OpenedAhead : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        Contact c;
        c.firstName = QStringLiteral("Kept");
        ASSERT_OK(ContactRepository(*db).add(c));
    }

    static DatabaseOptions options()
    {
        DatabaseOptions options;
        options.checkWholeFile = false; // as the window opens
        return options;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    QString path = folder.path(QStringLiteral("journal.sqlite"));
};

} // namespace

TEST_F(OpenedAhead, TheCallersThreadReadsAndWritesThroughIt)
{
    OpeningAhead ahead(path, clock, options());
    EXPECT_EQ(ahead.path(), path);
    auto opened = ahead.take();
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = *opened.value();
    ASSERT_TRUE(db.connection().isValid()) << "the connection belongs to this thread now";
    EXPECT_EQ(db.connection().driver()->thread(), QThread::currentThread());
    EXPECT_EQ(ContactRepository(db).count().value_or(-1), 1);
    Contact added;
    added.firstName = QStringLiteral("Added");
    ASSERT_OK(ContactRepository(db).add(added));

    // The lock was taken on the other thread and is held while the database is open.
    auto second = Database::open(path, clock, options());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(int(second.error().code), int(Error::Code::Locked));

    opened = Error{}; // closed on this thread: the lock goes, the row stays
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".lock")));
    EXPECT_EQ(test::rawSql(path, QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 2);
}

TEST_F(OpenedAhead, WhatOpeningSaysComesAlongWithTheConnection)
{
    QFile lock(path + QStringLiteral(".lock")); // empty: what a kill at the first start left
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.close();
    OpeningAhead ahead(path, clock, options());
    auto opened = ahead.take();
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_FALSE(opened.value()->staleLockNotice().isEmpty());
}

TEST_F(OpenedAhead, ARefusalComesBackWithItsSentenceAndTheFileUntouched)
{
    const QString theirs = folder.path(QStringLiteral("theirs.sqlite"));
    test::rawSql(theirs, QStringLiteral("CREATE TABLE t (a)"));
    test::rawSql(theirs, QStringLiteral("INSERT INTO t VALUES ('theirs')"));
    const QByteArray before = test::sha256Of(theirs);
    OpeningAhead ahead(theirs, clock, options());
    auto opened = ahead.take();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(int(opened.error().code), int(Error::Code::NotADatabase));
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("another program")))
        << opened.error().message.toStdString();
    EXPECT_EQ(test::sha256Of(theirs), before);
    EXPECT_FALSE(QFile::exists(theirs + QStringLiteral(".lock")));
    EXPECT_FALSE(QFile::exists(theirs + QStringLiteral("-wal")));
}

TEST_F(OpenedAhead, NobodyTakingItClosesItAndLetsTheLockGo)
{
    {
        OpeningAhead ahead(path, clock, options());
    } // the window never asked (the user quit at a prompt)
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".lock")));
    auto again = Database::open(path, clock, options());
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(ContactRepository(*again.value()).count().value_or(-1), 1);
}

TEST_F(OpenedAhead, ANewJournalIsMadeOnTheOtherThread)
{
    const QString fresh = folder.path(QStringLiteral("fresh.sqlite"));
    OpeningAhead ahead(fresh, clock, options());
    auto opened = ahead.take();
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened.value()->schemaVersion(), latestSchemaVersion());
    Contact c;
    c.firstName = QStringLiteral("First");
    ASSERT_OK(ContactRepository(*opened.value()).add(c));
}

TEST_F(OpenedAhead, WhatIsReadAheadWaitsInTheSharedReads)
{
    QThread* readOn = nullptr;
    int reads = 0;
    OpeningAhead ahead(path, clock, options(), [&readOn, &reads](Database& db) {
        readOn = QThread::currentThread();
        db.sharedReads().get<int>(QStringLiteral("probe"), [&reads]() -> Result<int> {
            ++reads;
            return 1;
        });
    });
    auto opened = ahead.take();
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_NE(readOn, nullptr);
    EXPECT_NE(readOn, QThread::currentThread()) << "read on the opening thread";
    // The window asks: it is handed what was read, not read again.
    auto kept = opened.value()->sharedReads().get<int>(QStringLiteral("probe"),
                                                       [&reads]() -> Result<int> {
                                                           ++reads;
                                                           return 2;
                                                       });
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept.value(), 1);
    EXPECT_EQ(reads, 1);
}
