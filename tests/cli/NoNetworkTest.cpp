// Without a sync account, Finalist opens no network connection: the window started on a journal
// and the command line's commands are traced (strace) for any IPv4 or IPv6 socket. The same trace
// of a sync with an account does show one, so the test can see what it looks for.
#include "CliFixture.h"
#include "RadicaleServer.h"
#include "Traced.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace finalist::test;

namespace {

class NoNetwork : public Cli
{
protected:
    void SetUp() override
    {
        FINALIST_REQUIRE_STRACE();
        ASSERT_EQ(run({ QStringLiteral("demo") }).exitCode, 0);
    }

    // The internet sockets a program opened, as strace saw them.
    QStringList internetSockets(const QString& program, const QStringList& arguments,
                                const QByteArray& input = {})
    {
        QStringList found;
        for (const QString& line :
             tracedCalls(folder.path(QStringLiteral("trace.log")), QStringLiteral("socket,connect"),
                         program, arguments, input)) {
            if (line.contains(QLatin1String("AF_INET")))
                found << line;
        }
        return found;
    }
};

} // namespace

TEST_F(NoNetwork, TheWindowWithoutAnAccountOpensNoConnection)
{
    const QStringList sockets = internetSockets(
        QStringLiteral(FINALIST_APP),
        { QStringLiteral("--database"), path, QStringLiteral("--quit-when-shown") });
    EXPECT_TRUE(sockets.isEmpty()) << sockets.join(QLatin1Char('\n')).toStdString();
}

// Every section shown in turn (the memory benchmark's tour: tests/bench/memory.py), the network
// laid out included: still no connection, and the tour reports what the process holds.
TEST_F(NoNetwork, EverySectionShownOpensNoConnection)
{
    const QStringList arguments{ QStringLiteral("--database"), path,
                                 QStringLiteral("--tour-sections"), QStringLiteral("300") };
    const QStringList sockets = internetSockets(QStringLiteral(FINALIST_APP), arguments);
    EXPECT_TRUE(sockets.isEmpty()) << sockets.join(QLatin1Char('\n')).toStdString();

    QProcess window;
    window.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    window.start(QStringLiteral(FINALIST_APP), arguments);
    ASSERT_TRUE(window.waitForFinished(60000));
    EXPECT_EQ(window.exitCode(), 0);
    const QString said = QString::fromUtf8(window.readAllStandardOutput());
    const QRegularExpression line(
        QStringLiteral("toured 8 sections, rss (\\d+) KiB, anon (\\d+) KiB, peak (\\d+) KiB"));
    const QRegularExpressionMatch match = line.match(said);
    ASSERT_TRUE(match.hasMatch()) << said.toStdString();
    EXPECT_GT(match.captured(1).toLongLong(), match.captured(2).toLongLong());
    EXPECT_GE(match.captured(3).toLongLong(), match.captured(1).toLongLong());
}

TEST_F(NoNetwork, TheCommandLineWithoutAnAccountOpensNoConnection)
{
    for (const QStringList& command :
         { QStringList{ QStringLiteral("sync"), QStringLiteral("status") },
           QStringList{ QStringLiteral("sync"), QStringLiteral("now"),
                        QStringLiteral("--password-stdin") },
           QStringList{ QStringLiteral("stats") } }) {
        const QStringList sockets = internetSockets(
            QStringLiteral(FINALIST_CLI),
            QStringList{ QStringLiteral("--database"), path } + command, "secret\n");
        EXPECT_TRUE(sockets.isEmpty()) << command.join(QLatin1Char(' ')).toStdString() << ": "
                                       << sockets.join(QLatin1Char('\n')).toStdString();
    }
}

TEST_F(NoNetwork, WithAnAccountTheTraceSeesTheConnection)
{
    FINALIST_REQUIRE_RADICALE();
    RadicaleServer server;
    ASSERT_OK(server.start());
    ASSERT_EQ(run({ QStringLiteral("sync"), QStringLiteral("setup"), QStringLiteral("--url"),
                    server.url().toString(), QStringLiteral("--user"), QStringLiteral("maya"),
                    QStringLiteral("--password-stdin") },
                  {}, "secret\n")
                  .exitCode,
              0);
    const QStringList sockets
        = internetSockets(QStringLiteral(FINALIST_CLI),
                          { QStringLiteral("--database"), path, QStringLiteral("sync"),
                            QStringLiteral("now"), QStringLiteral("--password-stdin") },
                          "secret\n");
    EXPECT_FALSE(sockets.isEmpty());
}
