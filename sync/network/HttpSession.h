#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <utility>

namespace finalist::sync {

// One HTTP request as the DAV client builds it; the network module sends it as it is.
struct HttpRequest
{
    QByteArray method;
    QUrl url;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int timeoutMs = 30000;
};

// What came back, or why nothing did. status is 0 when no HTTP answer arrived.
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QByteArray location; // as sent, not resolved
    QByteArray davHeader;
    bool failed = false; // the transfer failed (no answer, or an answer cut off)
    QString errorString;
    bool tlsError = false;
    bool timedOut = false;
};

// A connection to servers, for one thread: made in the thread that sends, used only there.
// Redirects are not followed here (the DAV client decides which are safe).
class HttpSession
{
public:
    virtual ~HttpSession() = default;
    virtual HttpAnswer send(const HttpRequest& request) = 0;
};

} // namespace finalist::sync
