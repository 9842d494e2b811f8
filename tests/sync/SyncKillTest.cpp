// finalist-cli killed with SIGKILL in the middle of a sync (sending, receiving), at several
// moments, then synced again to the end: no record twice on the server or in the journal, none
// lost, and the two journals agree.
#include "dav/DavCollection.h"
#include "engine/SyncRun.h"
#include "storage/ContactRepository.h"
#include "storage/SyncState.h"
#include "SyncedJournals.h"

#include <csignal>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

using namespace finalist;
using namespace finalist::test;

namespace {

class SyncKill : public SyncedJournals
{
protected:
    // Starts `finalist-cli sync now` on a journal and kills it after delayMs (if still running).
    // True when the kill landed before the sync ended.
    bool syncKilledAfter(const QString& database, int delayMs)
    {
        QProcess cli;
        cli.start(QStringLiteral(FINALIST_CLI),
                  { QStringLiteral("--database"), database, QStringLiteral("sync"),
                    QStringLiteral("now"), QStringLiteral("--password-stdin") });
        cli.write("secret\n");
        cli.closeWriteChannel();
        EXPECT_TRUE(cli.waitForStarted(10000));
        const bool finishedFirst = cli.waitForFinished(delayMs);
        if (!finishedFirst) {
            ::kill(pid_t(cli.processId()), SIGKILL);
            cli.waitForFinished(10000);
        }
        return !finishedFirst;
    }

    // Every card on the server, by UID: none twice.
    QStringList serverUids()
    {
        auto c = client();
        sync::DavCollection dav(*c);
        auto listed = dav.listEtags(addressBook());
        EXPECT_OK(listed);
        QStringList hrefs;
        for (const sync::DavResource& r : listed.value())
            hrefs << r.href;
        auto fetched = dav.multiget(addressBook(), hrefs, true);
        EXPECT_OK(fetched);
        QStringList uids;
        for (const sync::DavResource& r : fetched.value()) {
            for (const QByteArray& line : r.data.split('\n')) {
                if (line.startsWith("UID:"))
                    uids << QString::fromUtf8(line.mid(4).trimmed());
            }
        }
        return uids;
    }

    void fill(Database& db, int count)
    {
        for (int i = 0; i < count; ++i) {
            Contact c;
            c.firstName = QStringLiteral("Person");
            c.lastName = QStringLiteral("Number %1").arg(i, 4, 10, QLatin1Char('0'));
            c.company = QStringLiteral("Company %1").arg(i % 17);
            c.notes = QStringLiteral("Met in round %1").arg(i % 5);
            ASSERT_OK(ContactRepository(db).add(c));
        }
    }
};

} // namespace

TEST_F(SyncKill, KilledWhileSendingThenResumedLeavesNoDuplicates)
{
    fill(*a, 400);
    setUpSync(*a);
    const QString path = a->path();
    a.reset(); // the command line takes the journal's lock
    int landed = 0;
    for (int delay : { 150, 300, 450, 600, 40 + int(QRandomGenerator::global()->bounded(700)) })
        landed += syncKilledAfter(path, delay) ? 1 : 0;
    EXPECT_GT(landed, 0) << "no kill landed in the middle of a sync: make the journal bigger";
    a = openOrFail(path, Clock::system());
    ASSERT_TRUE(a);
    const sync::SyncReport finish = syncOrFail(*a);
    EXPECT_EQ(finish.unreadable, 0);
    EXPECT_FALSE(syncOrFail(*a).changedAnything());

    const QStringList uids = serverUids();
    EXPECT_EQ(uids.size(), 400);
    EXPECT_EQ(QSet<QString>(uids.begin(), uids.end()).size(), 400) << "a card sent twice";
    EXPECT_EQ(contents(*a).size(), 400) << "nothing lost or doubled here";
    auto items = SyncState(*a).items(SyncKind::Contacts);
    ASSERT_OK(items);
    EXPECT_EQ(items.value().size(), 400u);
}

TEST_F(SyncKill, KilledWhileReceivingThenResumedLeavesNoDuplicates)
{
    fill(*a, 400);
    setUpSync(*a);
    syncOrFail(*a);
    setUpSync(*b);
    const QString path = b->path();
    b.reset();
    int landed = 0;
    for (int delay : { 100, 200, 300, 400, 30 + int(QRandomGenerator::global()->bounded(500)) })
        landed += syncKilledAfter(path, delay) ? 1 : 0;
    EXPECT_GT(landed, 0);
    b = openOrFail(path, Clock::system());
    ASSERT_TRUE(b);
    syncOrFail(*b);
    EXPECT_FALSE(syncOrFail(*b).changedAnything());
    EXPECT_EQ(contents(*b), contents(*a));
    EXPECT_EQ(serverUids().size(), 400);
}

// A closing window asks its sync to stop: it stops at the next record, says Cancelled, and
// the next sync goes on from there, with nothing sent twice and nothing lost.
TEST_F(SyncKill, StoppedWhileSendingThenResumedLeavesNoDuplicates)
{
    fill(*a, 120);
    setUpSync(*a);
    int told = 0;
    sync::SyncRunOptions options;
    options.password = QStringLiteral("secret");
    options.progress = [&told](const sync::SyncProgress& now) {
        if (now.sending)
            told = now.done;
    };
    options.stopRequested = [&told] { return told >= 30; };
    auto stopped = sync::syncNow(*a, options);
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.error().code, Error::Code::Cancelled);
    EXPECT_EQ(told, 30) << "it went on after being asked to stop";
    EXPECT_EQ(serverUids().size(), 30);

    const sync::SyncReport finish = syncOrFail(*a);
    EXPECT_EQ(finish.sent, 90);
    const QStringList uids = serverUids();
    EXPECT_EQ(uids.size(), 120);
    EXPECT_EQ(QSet<QString>(uids.begin(), uids.end()).size(), 120) << "a card sent twice";
    EXPECT_FALSE(syncOrFail(*a).changedAnything());
}
