#include "DavClient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QStringList>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace finalist::sync {

namespace {

constexpr int maxRedirects = 5;

bool followsRedirects(const QByteArray& method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "PROPFIND";
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 307 || status == 308;
}

// The password is sent with every request, so it must not follow a redirect to another host
// or down to plain HTTP.
bool safeRedirect(const QUrl& from, const QUrl& to)
{
    if (!to.isValid() || to.host().compare(from.host(), Qt::CaseInsensitive) != 0)
        return false;
    if (from.scheme() == QLatin1String("https") && to.scheme() != QLatin1String("https"))
        return false;
    return to.scheme() == QLatin1String("https") || to.scheme() == QLatin1String("http");
}

} // namespace

DavClient::DavClient(QUrl baseUrl, QString user, QString password, int timeoutMs)
    : m_baseUrl(std::move(baseUrl))
    , m_timeoutMs(timeoutMs)
{
    // Credentials travel in the header only, never in a URL that may end up in a log.
    m_baseUrl.setUserInfo(QString());
    if (!user.isEmpty()) {
        m_authorization = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
    }
}

DavClient::~DavClient() = default;

DavResponse DavClient::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                            const DavHeaders& headers)
{
    DavResponse response = sendOnce(method, url, body, headers);
    if (!followsRedirects(method))
        return response;
    for (int hop = 0; hop < maxRedirects && isRedirect(response.status); ++hop) {
        if (!safeRedirect(response.url, response.location))
            break;
        response = sendOnce(method, response.location, body, headers);
    }
    return response;
}

DavResponse DavClient::sendOnce(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                const DavHeaders& headers)
{
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        // Redirects are followed in send(), where the method and body are kept.
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    QUrl target = url;
    target.setUserInfo(QString());
    QNetworkRequest request(target);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    // Sent before being asked, which saves every request a 401 round trip.
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (!headers.depth.isEmpty())
        request.setRawHeader("Depth", headers.depth);
    if (!headers.ifMatch.isEmpty())
        request.setRawHeader("If-Match", headers.ifMatch);
    if (!headers.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", headers.ifNoneMatch);
    if (!headers.contentType.isEmpty())
        request.setRawHeader("Content-Type", headers.contentType);
    else if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/xml; charset=utf-8");

    ++m_requestsSent;
    // Deleted here rather than later: a worker thread may never return to an event loop.
    const std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, method, body));
    QStringList tlsErrors;
#if QT_CONFIG(ssl)
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(),
                     [&](const QList<QSslError>& errors) {
                         for (const QSslError& error : errors)
                             tlsErrors << error.errorString();
                     });
#endif
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }

    DavResponse response;
    response.method = method;
    response.url = target;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // an aborted reply is closed
        response.body = reply->readAll();
    response.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    if (reply->hasRawHeader("Location"))
        response.location = target.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    response.davHeader = reply->rawHeader("DAV");
    response.networkError = reply->error();
    response.errorString = reply->errorString();
    response.tlsError
        = !tlsErrors.isEmpty() || response.networkError == QNetworkReply::SslHandshakeFailedError;
    if (!tlsErrors.isEmpty())
        response.errorString = tlsErrors.join(QLatin1Char('\n'));
    // Nothing here aborts a reply, so a cancelled one was stopped by the transfer timeout
    // (Qt 6.4 reports it as OperationCanceledError, later versions as TimeoutError).
    response.timedOut = response.networkError == QNetworkReply::TimeoutError
        || response.networkError == QNetworkReply::OperationCanceledError;
    return response;
}

} // namespace finalist::sync
