#include "RadicaleTest.h"

namespace finalist::test {

void RadicaleTest::SetUpTestSuite()
{
    if (!RadicaleServer::available())
        return;
    s_server = std::make_unique<RadicaleServer>();
    s_started = s_server->start();
}

void RadicaleTest::TearDownTestSuite()
{
    s_server.reset();
}

void RadicaleTest::SetUp()
{
    FINALIST_REQUIRE_RADICALE();
    ASSERT_OK(s_started);
}

QString RadicaleTest::user() const
{
    return QString::fromLatin1(::testing::UnitTest::GetInstance()->current_test_info()->name())
        .toLower();
}

std::unique_ptr<sync::DavClient> RadicaleTest::client(int timeoutMs) const
{
    return std::make_unique<sync::DavClient>(s_server->url(), user(), QStringLiteral("secret"),
                                             timeoutMs);
}

QUrl RadicaleTest::home() const
{
    return s_server->url().resolved(QUrl(QStringLiteral("/%1/").arg(user())));
}

QByteArray RadicaleTest::card(const QString& uid, const QString& name)
{
    return QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:%1\r\nFN:%2\r\nN:%2;;;;\r\n"
                          "END:VCARD\r\n")
        .arg(uid, name)
        .toUtf8();
}

QByteArray RadicaleTest::task(const QString& uid, const QString& summary)
{
    return QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Finalist//Tests//EN\r\n"
                          "BEGIN:VTODO\r\nUID:%1\r\nDTSTAMP:20260302T090000Z\r\nSUMMARY:%2\r\n"
                          "END:VTODO\r\nEND:VCALENDAR\r\n")
        .arg(uid, summary)
        .toUtf8();
}

} // namespace finalist::test
