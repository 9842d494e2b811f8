#pragma once

#include <memory>
#include <QByteArray>
#include <QString>
#include <QUrl>

namespace finalist::sync {

class HttpSession;

// The WebDAV request headers a call may set; empty ones are not sent.
struct DavHeaders
{
    QByteArray depth; // "0", "1"
    QByteArray ifMatch; // an ETag as the server gave it, quotes included
    QByteArray ifNoneMatch; // "*" to create only
    QByteArray contentType; // defaults to XML when there is a body
};

// One answer, or what kept it from coming. status is 0 when no HTTP answer arrived.
struct DavResponse
{
    QByteArray method;
    QUrl url; // the last one asked, after redirects
    int status = 0;
    QByteArray body;
    QString etag; // as the server sent it, quotes included
    QUrl location; // resolved against url
    QByteArray davHeader; // the DAV: header, which names the server's classes
    bool networkFailed = false; // the transfer failed; errorString says how
    QString errorString;
    // Set when nothing could be sent at all (the network module is missing): the words to show.
    QString unavailable;
    bool tlsError = false;
    bool timedOut = false;

    bool succeeded() const { return status >= 200 && status < 300; }
};

// A blocking WebDAV client. Each call runs its own event loop until the answer is in, so it
// belongs on a worker thread; the connection (through the network module, loaded then) is made
// on the first call, in the thread that makes it, and the client must stay in that thread.
class DavClient
{
public:
    DavClient(QUrl baseUrl, QString user, QString password, int timeoutMs = 30000);
    ~DavClient();
    DavClient(const DavClient&) = delete;
    DavClient& operator=(const DavClient&) = delete;

    const QUrl& baseUrl() const { return m_baseUrl; }
    int requestsSent() const { return m_requestsSent; }

    // Redirects of GET, HEAD, OPTIONS and PROPFIND (RFC 6764's .well-known) are followed up to
    // five hops with the same method and body, but only on the same host and never from https
    // to http: the password goes with every request.
    DavResponse send(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                     const DavHeaders& headers = {});

private:
    DavResponse sendOnce(const QByteArray& method, const QUrl& url, const QByteArray& body,
                         const DavHeaders& headers);

    QUrl m_baseUrl;
    QByteArray m_authorization;
    int m_timeoutMs;
    int m_requestsSent = 0;
    std::unique_ptr<HttpSession> m_session;
};

} // namespace finalist::sync
