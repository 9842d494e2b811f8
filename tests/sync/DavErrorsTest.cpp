#include "dav/DavErrors.h"

#include "dav/DavDiscovery.h"
#include "RadicaleTest.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <sys/socket.h>
#include <unistd.h>

namespace finalist::test {

using namespace finalist::sync;

namespace {

// A socket that takes connections (the kernel completes them) and never says a word.
class SilentServer
{
public:
    SilentServer()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0
            && ::listen(m_fd, 4) == 0
            && ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
            m_port = ntohs(address.sin_port);
        }
    }
    ~SilentServer() { ::close(m_fd); }
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

QUrl localUrl(int port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
}

bool says(const Error& error, const char* text)
{
    return error.message.contains(QString::fromUtf8(text));
}

} // namespace

TEST(DavErrorsTest, WrongPasswordIsNamed)
{
    FINALIST_REQUIRE_RADICALE();
    RadicaleServer server;
    ASSERT_OK(server.start({ QStringLiteral("ada"), QStringLiteral("right horse") }));

    DavClient wrong(server.url(), QStringLiteral("ada"), QStringLiteral("wrong"));
    auto refused = discover(wrong);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Io);
    EXPECT_TRUE(says(refused.error(), "did not accept the user name or password"))
        << refused.error().message.toStdString();
    EXPECT_TRUE(says(refused.error(), "app password"));
    EXPECT_TRUE(refused.error().detail.contains(QStringLiteral("HTTP 401")))
        << refused.error().detail.toStdString();
    EXPECT_FALSE(refused.error().detail.contains(QStringLiteral("wrong")));
    // .well-known's redirect, then the 401: a wrong password is not tried on other addresses.
    EXPECT_EQ(wrong.requestsSent(), 2);

    // Not ASCII, to show the password goes as UTF-8.
    ASSERT_OK(server.start({ QStringLiteral("zoë"), QStringLiteral("pässword") }));
    DavClient right(server.url(), QStringLiteral("zoë"), QStringLiteral("pässword"));
    EXPECT_OK(discover(right));
}

TEST(DavErrorsTest, NothingListeningCannotBeReached)
{
    DavClient client(localUrl(RadicaleServer::freePort()), QStringLiteral("ada"),
                     QStringLiteral("x"));
    auto account = discover(client);
    ASSERT_FALSE(account.ok());
    EXPECT_EQ(account.error().code, Error::Code::Io);
    EXPECT_TRUE(says(account.error(), "could not be reached"))
        << account.error().message.toStdString();
}

TEST(DavErrorsTest, PlainWebServerIsNotDav)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        GTEST_SKIP() << "python3 is not installed";
    TempFolder folder;
    const int port = RadicaleServer::freePort();
    QProcess web;
    web.setProcessChannelMode(QProcess::MergedChannels);
    web.start(python,
              { QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port),
                QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--directory"), folder.root() });
    ASSERT_TRUE(RadicaleServer::waitForPort(port, 15000, &web)) << web.readAll().constData();

    DavClient client(localUrl(port), QStringLiteral("ada"), QStringLiteral("x"));
    auto account = discover(client);
    web.terminate();
    web.waitForFinished(5000);
    ASSERT_FALSE(account.ok());
    EXPECT_EQ(account.error().code, Error::Code::Invalid);
    EXPECT_TRUE(says(account.error(), "not a CardDAV or CalDAV server"))
        << account.error().message.toStdString();
    EXPECT_TRUE(account.error().detail.contains(QStringLiteral(".well-known/carddav")))
        << account.error().detail.toStdString();
}

TEST(DavErrorsTest, SilentServerTimesOut)
{
    SilentServer silent;
    ASSERT_NE(silent.port(), 0);
    DavClient client(localUrl(silent.port()), QStringLiteral("ada"), QStringLiteral("x"), 1000);
    QElapsedTimer timer;
    timer.start();
    const DavResponse response = client.send("PROPFIND", localUrl(silent.port()));
    EXPECT_LT(timer.elapsed(), 5000);
    EXPECT_TRUE(response.timedOut) << response.errorString.toStdString();
    EXPECT_EQ(response.status, 0);
    const Error error = davError(response, QStringLiteral("Connecting to the server"));
    EXPECT_EQ(error.message,
              QStringLiteral("Connecting to the server failed. The server did not answer in time. "
                             "Try again later."));
    EXPECT_EQ(error.code, Error::Code::Io);
}

TEST(DavErrorsTest, StatusesSayWhatHappened)
{
    DavResponse response;
    response.method = "PUT";
    response.url = QUrl(QStringLiteral("https://dav.example.org/ada/book/1.vcf"));
    const auto errorFor = [&](int status) {
        response.status = status;
        return davError(response, {});
    };
    EXPECT_TRUE(says(errorFor(403), "refused access"));
    EXPECT_EQ(errorFor(404).code, Error::Code::NotFound);
    EXPECT_TRUE(says(errorFor(404), "Check the URL"));
    EXPECT_TRUE(says(errorFor(412), "changed on the server"));
    EXPECT_TRUE(says(errorFor(507), "storage is full"));
    EXPECT_TRUE(says(errorFor(500), "HTTP 500"));
    EXPECT_EQ(errorFor(412).detail,
              QStringLiteral("PUT https://dav.example.org/ada/book/1.vcf → HTTP 412"));
    // A success handed in as an error is an answer no DAV server gives.
    EXPECT_EQ(errorFor(200).code, Error::Code::Invalid);

    DavResponse tls;
    tls.method = "PROPFIND";
    tls.url = QUrl(QStringLiteral("https://dav.example.org/"));
    tls.networkFailed = true;
    tls.tlsError = true;
    tls.errorString = QStringLiteral("The certificate is self-signed, and untrusted");
    const Error error = davError(tls, {});
    EXPECT_TRUE(says(error, "certificate could not be verified"));
    EXPECT_TRUE(error.detail.contains(tls.errorString));
}

} // namespace finalist::test
