#include "DavClient.h"

#include "network/SyncNetwork.h"

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
    QUrl target = url;
    target.setUserInfo(QString());
    DavResponse response;
    response.method = method;
    response.url = target;
    if (!m_session) {
        const auto network = SyncNetwork::load();
        if (!network) {
            response.unavailable = network.error().message;
            response.errorString = network.error().detail;
            response.networkFailed = true;
            return response;
        }
        m_session = (*network)->newSession();
    }

    HttpRequest request{ method, target, body, {}, m_timeoutMs };
    // Sent before being asked, which saves every request a 401 round trip.
    const std::pair<const char*, QByteArray> wanted[] = {
        { "Authorization", m_authorization },
        { "Depth", headers.depth },
        { "If-Match", headers.ifMatch },
        { "If-None-Match", headers.ifNoneMatch },
        { "Content-Type",
          !headers.contentType.isEmpty() || body.isEmpty()
              ? headers.contentType
              : QByteArrayLiteral("application/xml; charset=utf-8") },
    };
    for (const auto& [name, value] : wanted) {
        if (!value.isEmpty())
            request.headers.append({ QByteArray(name), value });
    }

    ++m_requestsSent;
    const HttpAnswer answer = m_session->send(request);
    response.status = answer.status;
    response.body = answer.body;
    response.etag = QString::fromLatin1(answer.etag);
    if (!answer.location.isEmpty())
        response.location = target.resolved(QUrl::fromEncoded(answer.location));
    response.davHeader = answer.davHeader;
    response.networkFailed = answer.failed;
    response.errorString = answer.errorString;
    response.tlsError = answer.tlsError;
    response.timedOut = answer.timedOut;
    return response;
}

} // namespace finalist::sync
