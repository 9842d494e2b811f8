// What the window asks before it opens a file only the user can vouch for: an empty file to
// start a journal in, a lock another computer left; and what it says of a lock a crash left.
#include "ScriptedPrompter.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/ContactRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace finalist;

namespace {

class OpenQuestions : public ::testing::Test
{
protected:
    void writeFile(const QString& name, const QByteArray& content)
    {
        QFile file(name);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    test::ScriptedPrompter prompter;
    Session session{ prompter, clock };
    MainWindow window;
};

} // namespace

TEST_F(OpenQuestions, AnEmptyFileBecomesAJournalOnlyWhenTheUserAgrees)
{
    const QString path = folder.path(QStringLiteral("empty.sqlite"));
    writeFile(path, {});
    session.attach(&window);

    prompter.confirmations = { false };
    EXPECT_FALSE(session.open(path));
    ASSERT_EQ(prompter.asked.size(), 1);
    EXPECT_EQ(QFileInfo(path).size(), 0) << "declined: the file is as it was";
    ASSERT_EQ(prompter.errorsShown.size(), 1u);
    EXPECT_EQ(prompter.errorsShown.front().code, Error::Code::EmptyFile);

    prompter.confirmations = { true };
    EXPECT_TRUE(session.open(path));
    EXPECT_GT(QFileInfo(path).size(), 0);
    EXPECT_TRUE(session.database() != nullptr);
}

TEST_F(OpenQuestions, AnotherComputersLockIsBrokenOnlyWhenTheUserAgrees)
{
    const QString path = folder.path(QStringLiteral("journal.sqlite"));
    {
        auto db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
    }
    const QByteArray elsewhere = "4242\nfinalist\nlaptop-in-the-cloud\nfeedbeef\nsome-boot\n";
    writeFile(path + QStringLiteral(".lock"), elsewhere);
    session.attach(&window);

    prompter.confirmations = { false };
    EXPECT_FALSE(session.open(path));
    ASSERT_EQ(prompter.asked.size(), 1);
    EXPECT_TRUE(prompter.asked.front().contains(QStringLiteral("laptop-in-the-cloud")))
        << prompter.asked.front().toStdString();
    QFile lock(path + QStringLiteral(".lock"));
    ASSERT_TRUE(lock.open(QIODevice::ReadOnly));
    EXPECT_EQ(lock.readAll(), elsewhere) << "declined: the other computer's lock stays";
    lock.close();

    prompter.confirmations = { true };
    EXPECT_TRUE(session.open(path));
    EXPECT_TRUE(session.database() != nullptr);
}

TEST_F(OpenQuestions, ALockACrashLeftIsReplacedAndTheStatusBarSaysSo)
{
    const QString path = folder.path(QStringLiteral("journal.sqlite"));
    {
        auto db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
    }
    writeFile(path + QStringLiteral(".lock"), {}); // what a kill at the wrong moment left
    session.attach(&window);
    QSignalSpy said(&session, &Session::message);
    EXPECT_TRUE(session.open(path));
    EXPECT_TRUE(prompter.asked.isEmpty()) << "nothing to ask";
    ASSERT_GE(said.count(), 1);
    bool told = false;
    for (const QList<QVariant>& message : said)
        told = told || message.front().toString().contains(QStringLiteral("lock file"));
    EXPECT_TRUE(told) << "the replaced lock is mentioned";
}

// Opened ahead, on a thread of its own while the window builds itself (as at every start): the
// same questions, asked on the window's thread once it asks for the file.
TEST_F(OpenQuestions, OpenedAheadTheSameQuestionsAreAskedAndTheAnswerHolds)
{
    const QString path = folder.path(QStringLiteral("empty.sqlite"));
    writeFile(path, {});
    session.openAhead(path);
    session.attach(&window);
    prompter.confirmations = { true };
    ASSERT_TRUE(session.open(path));
    ASSERT_EQ(prompter.asked.size(), 1); // "Start a new journal in this file?", agreed to
    EXPECT_TRUE(prompter.errorsShown.empty());
    EXPECT_GT(QFileInfo(path).size(), 0);
    ASSERT_NE(session.database(), nullptr);
    EXPECT_OK(ContactRepository(*session.database()).count()); // usable on this thread
}

TEST_F(OpenQuestions, OpenedAheadAnotherFileAskedForLetsTheFirstGo)
{
    const QString first = folder.path(QStringLiteral("first.sqlite"));
    const QString second = folder.path(QStringLiteral("second.sqlite"));
    for (const QString& path : { first, second })
        ASSERT_TRUE(test::openOrFail(path, clock));
    session.openAhead(first);
    // The other thread opens it: its lock appears.
    ASSERT_TRUE(
        QTest::qWaitFor([&first] { return QFile::exists(first + QStringLiteral(".lock")); }, 5000));
    session.attach(&window);
    ASSERT_TRUE(session.open(second));
    EXPECT_EQ(session.database()->path(), second);
    EXPECT_FALSE(QFile::exists(first + QStringLiteral(".lock"))) << "closed, its lock let go";
    EXPECT_TRUE(prompter.asked.isEmpty());
    EXPECT_TRUE(prompter.errorsShown.empty());
}
