#include "NetworkSession.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringList>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace finalist::sync {

NetworkSession::NetworkSession() = default;

NetworkSession::~NetworkSession() = default;

HttpAnswer NetworkSession::send(const HttpRequest& sent)
{
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    QNetworkRequest request(sent.url);
    request.setTransferTimeout(sent.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    for (const auto& [name, value] : sent.headers)
        request.setRawHeader(name, value);

    // Deleted here rather than later: a worker thread may never return to an event loop.
    const std::unique_ptr<QNetworkReply> reply(
        m_network->sendCustomRequest(request, sent.method, sent.body));
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

    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // an aborted reply is closed
        answer.body = reply->readAll();
    answer.etag = reply->rawHeader("ETag");
    answer.location = reply->rawHeader("Location");
    answer.davHeader = reply->rawHeader("DAV");
    const QNetworkReply::NetworkError error = reply->error();
    answer.failed = error != QNetworkReply::NoError;
    answer.errorString = reply->errorString();
    answer.tlsError = !tlsErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError;
    if (!tlsErrors.isEmpty())
        answer.errorString = tlsErrors.join(QLatin1Char('\n'));
    // Nothing here aborts a reply, so a cancelled one was stopped by the transfer timeout
    // (Qt 6.4 reports it as OperationCanceledError, later versions as TimeoutError).
    answer.timedOut
        = error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError;
    return answer;
}

} // namespace finalist::sync
