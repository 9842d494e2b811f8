// finalist-cli sync setup | now | status against a real Radicale, and its refusals: nothing is
// stored or sent when a step fails, and without an account nothing is asked of any server.
#include "CliFixture.h"
#include "RadicaleServer.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

using namespace finalist::test;

namespace {

class CliSync : public Cli
{
protected:
    void SetUp() override
    {
        FINALIST_REQUIRE_RADICALE();
        ASSERT_EQ(run({ QStringLiteral("init") }).exitCode, 0);
    }

    CliOutcome setUp(const RadicaleServer& server, const QString& user,
                     const QByteArray& password = "secret\n", const QString& database = {})
    {
        return run({ QStringLiteral("sync"), QStringLiteral("setup"), QStringLiteral("--url"),
                     server.url().toString(), QStringLiteral("--user"), user,
                     QStringLiteral("--password-stdin") },
                   database, password);
    }
    CliOutcome syncNow(const QString& database = {}, const QByteArray& password = "secret\n")
    {
        return run(
            { QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--password-stdin") },
            database, password);
    }
};

} // namespace

TEST_F(CliSync, StatusWithoutAnAccountSaysNothingLeavesThisComputer)
{
    const CliOutcome status = run({ QStringLiteral("sync"), QStringLiteral("status") });
    EXPECT_EQ(status.exitCode, 0) << status.err.toStdString();
    EXPECT_TRUE(status.out.contains(QStringLiteral("nothing leaves this computer")));
    const QByteArray before = sha256Of(path);
    const CliOutcome now = syncNow();
    EXPECT_EQ(now.exitCode, 1);
    EXPECT_TRUE(now.err.contains(QStringLiteral("No sync account is set up")))
        << now.err.toStdString();
    EXPECT_EQ(sha256Of(path), before) << "a refused sync writes nothing";
}

TEST_F(CliSync, WrongUsageIsRefusedBeforeAnythingIsOpened)
{
    for (const QStringList& wrong :
         { QStringList{ QStringLiteral("sync") },
           QStringList{ QStringLiteral("sync"), QStringLiteral("later") },
           QStringList{ QStringLiteral("sync"), QStringLiteral("setup"), QStringLiteral("--user"),
                        QStringLiteral("maya") },
           QStringList{ QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--kind"),
                        QStringLiteral("photos") },
           QStringList{ QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--user"),
                        QStringLiteral("maya") },
           QStringList{ QStringLiteral("stats"), QStringLiteral("--password-stdin") } }) {
        const CliOutcome refused = run(wrong);
        EXPECT_EQ(refused.exitCode, 2) << wrong.join(QLatin1Char(' ')).toStdString();
    }
}

TEST_F(CliSync, SetUpSyncAndStatusThroughARealServer)
{
    RadicaleServer server;
    ASSERT_OK(server.start());
    ASSERT_EQ(run({ QStringLiteral("demo") }, folder.path(QStringLiteral("demo.sqlite"))).exitCode,
              0);
    const QString demo = folder.path(QStringLiteral("demo.sqlite"));
    const qint64 contacts = statsCount(QStringLiteral("contacts"), demo);
    const qint64 followUps = statsCount(QStringLiteral("follow-ups"), demo);
    const qint64 entries = statsCount(QStringLiteral("journal entries"), demo);
    ASSERT_GT(contacts, 0);
    ASSERT_GT(followUps, 0);
    ASSERT_GT(entries, 0);

    const CliOutcome setup = setUp(server, QStringLiteral("maya"), "secret\n", demo);
    ASSERT_EQ(setup.exitCode, 0) << setup.err.toStdString();
    EXPECT_TRUE(setup.out.contains(QStringLiteral("Made the collection “Finalist”")));
    EXPECT_TRUE(setup.out.contains(QStringLiteral("Made the collection “Finalist follow-ups”")));
    EXPECT_TRUE(setup.out.contains(QStringLiteral("Made the collection “Finalist journal”")));
    const CliOutcome first = syncNow(demo);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("sent: %1,").arg(contacts + followUps + entries)))
        << first.out.toStdString();
    const CliOutcome again = syncNow(demo);
    EXPECT_TRUE(again.out.contains(QStringLiteral("sent: 0,"))) << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("requests: 3")))
        << "one question per collection: " << again.out.toStdString();

    // Another journal, set up on the same account, receives them all.
    ASSERT_EQ(setUp(server, QStringLiteral("maya")).exitCode, 0);
    const CliOutcome received = syncNow();
    ASSERT_EQ(received.exitCode, 0) << received.err.toStdString();
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), contacts);
    EXPECT_EQ(statsCount(QStringLiteral("follow-ups")), followUps);
    EXPECT_EQ(statsCount(QStringLiteral("journal entries")), entries);

    const CliOutcome status = run({ QStringLiteral("sync"), QStringLiteral("status") });
    EXPECT_TRUE(status.out.contains(QStringLiteral("user: maya")));
    EXPECT_TRUE(status.out.contains(QStringLiteral("%1 records synced").arg(contacts)))
        << status.out.toStdString();
    EXPECT_TRUE(status.out.contains(QStringLiteral("%1 records synced").arg(followUps)));
    EXPECT_TRUE(status.out.contains(QStringLiteral("conflicts to look at: 0")));
    // The password is nowhere in the file.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains("secret"));
}

TEST_F(CliSync, AWrongPasswordIsNamedAndNothingIsStored)
{
    RadicaleServer server;
    ASSERT_OK(server.start({ QStringLiteral("maya"), QStringLiteral("right") }));
    const QByteArray before = sha256Of(path);
    const CliOutcome refused = setUp(server, QStringLiteral("maya"), "wrong\n");
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("password"))) << refused.err.toStdString();
    EXPECT_EQ(sha256Of(path), before);
    const CliOutcome status = run({ QStringLiteral("sync"), QStringLiteral("status") });
    EXPECT_TRUE(status.out.contains(QStringLiteral("No sync account")));
}

TEST_F(CliSync, AServerThatIsNotThereIsNamed)
{
    const int port = RadicaleServer::freePort();
    const CliOutcome refused
        = run({ QStringLiteral("sync"), QStringLiteral("setup"), QStringLiteral("--url"),
                QStringLiteral("http://127.0.0.1:%1/").arg(port), QStringLiteral("--user"),
                QStringLiteral("maya"), QStringLiteral("--password-stdin") },
              {}, "secret\n");
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("reached"))) << refused.err.toStdString();
}

// The password given at setup goes to the Secret Service (a GNOME Keyring of its own, in a D-Bus
// session of its own) and a later sync takes it from there: the server checks it.
TEST_F(CliSync, ThePasswordGoesToTheKeychainAndASyncTakesItFromThere)
{
    const QString session = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (session.isEmpty() || keyring.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            FAIL() << "dbus-run-session or gnome-keyring-daemon missing; script/bootstrap installs "
                      "them";
        GTEST_SKIP() << "no D-Bus session runner or GNOME Keyring here";
    }
    RadicaleServer server;
    ASSERT_OK(server.start({ QStringLiteral("maya"), QStringLiteral("s3cret") }));
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CLI"), QStringLiteral(FINALIST_CLI));
    environment.insert(QStringLiteral("DB"), path);
    environment.insert(QStringLiteral("URL"), server.url().toString());
    environment.insert(QStringLiteral("HOME"), folder.root()); // the keyring's files go here
    shell.setProcessEnvironment(environment);
    shell.start(session,
                { QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                  QStringLiteral("printf unlock | gnome-keyring-daemon --unlock "
                                 "--components=secrets >/dev/null && "
                                 "echo s3cret | \"$CLI\" --database \"$DB\" sync setup --url "
                                 "\"$URL\" --user maya --kind contacts && "
                                 "\"$CLI\" --database \"$DB\" sync now </dev/null") });
    ASSERT_TRUE(shell.waitForFinished(60000));
    const QString out = QString::fromUtf8(shell.readAllStandardOutput());
    const QString err = QString::fromUtf8(shell.readAllStandardError());
    EXPECT_EQ(shell.exitCode(), 0) << out.toStdString() << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("requests:")))
        << out.toStdString() << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("keychain"))) << err.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains("s3cret"));
}

// A keychain that never answers (an unlock prompt nobody sees, a wallet that hangs) does not
// hold a sync for good: it stops, says why, and leaves the journal as it was.
TEST_F(CliSync, AKeychainThatNeverAnswersStopsTheSyncWithAReason)
{
    const QString session = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    if (session.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            FAIL() << "dbus-run-session missing; script/bootstrap installs it";
        GTEST_SKIP() << "no D-Bus session runner here";
    }
    RadicaleServer server;
    ASSERT_OK(server.start({ QStringLiteral("maya"), QStringLiteral("s3cret") }));
    // Set up without the keychain: a sync asks it, and it never answers.
    const CliOutcome setUpDone = setUp(server, QStringLiteral("maya"), "s3cret\n");
    ASSERT_EQ(setUpDone.exitCode, 0) << setUpDone.err.toStdString();
    const QByteArray before = sha256Of(path);

    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CLI"), QStringLiteral(FINALIST_CLI));
    environment.insert(QStringLiteral("SILENT"), QStringLiteral(FINALIST_SILENT_SECRETS));
    environment.insert(QStringLiteral("DB"), path);
    environment.insert(QStringLiteral("FINALIST_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("1500"));
    shell.setProcessEnvironment(environment);
    shell.setWorkingDirectory(folder.root());
    shell.start(session,
                { QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                  QStringLiteral("\"$SILENT\" > silent.out & "
                                 "while ! grep -q ready silent.out 2>/dev/null; do "
                                 "sleep 0.1; done; "
                                 "\"$CLI\" --database \"$DB\" sync now </dev/null; "
                                 "code=$?; kill %1; exit $code") });
    ASSERT_TRUE(shell.waitForFinished(30000)) << "the sync waited for the keychain for good";
    const QString err = QString::fromUtf8(shell.readAllStandardError());
    EXPECT_EQ(shell.exitCode(), 1) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("did not answer"))) << err.toStdString();
    EXPECT_EQ(sha256Of(path), before) << "a sync without its password writes nothing";
}
