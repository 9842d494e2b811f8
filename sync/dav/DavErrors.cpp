#include "DavErrors.h"

#include "DavClient.h"

#include <QCoreApplication>

namespace finalist::sync {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DavErrors)
};

QString detailOf(const DavResponse& response)
{
    QString detail = QString::fromLatin1(response.method) + QLatin1Char(' ')
        + response.url.toDisplayString(QUrl::RemoveUserInfo);
    if (response.status != 0)
        detail += QStringLiteral(" → HTTP %1").arg(response.status);
    if (response.networkFailed && !response.errorString.isEmpty())
        detail += QStringLiteral("\n") + response.errorString;
    return detail;
}

Error make(Error::Code code, const QString& what, const QString& sentence,
           const DavResponse& response)
{
    const QString message
        = what.isEmpty() ? sentence : Texts::tr("%1 failed. %2").arg(what, sentence);
    return Error{ code, message, detailOf(response), {} };
}

// The answer never came: nothing on the server side to report.
Error transportError(const DavResponse& response, const QString& what)
{
    if (!response.unavailable.isEmpty())
        return make(Error::Code::Io, what, response.unavailable, response);
    if (response.tlsError) {
        return make(Error::Code::Io, what,
                    Texts::tr("The server's certificate could not be verified, so nothing was "
                              "sent. Check the address, or ask the server's administrator."),
                    response);
    }
    if (response.timedOut) {
        return make(Error::Code::Io, what,
                    Texts::tr("The server did not answer in time. Try again later."), response);
    }
    return make(Error::Code::Io, what,
                Texts::tr("The server could not be reached. Check the address and the "
                          "connection to the internet."),
                response);
}

} // namespace

Error davError(const DavResponse& response, const QString& what)
{
    if (response.status == 0)
        return transportError(response, what);
    switch (response.status) {
    case 401:
        return make(Error::Code::Io, what,
                    Texts::tr("The server did not accept the user name or password. If your "
                              "provider uses two-step sign-in, create an app password for "
                              "Finalist and use that."),
                    response);
    case 403:
        return make(Error::Code::Io, what,
                    Texts::tr("The server refused access. The account may not be allowed to "
                              "read or change this."),
                    response);
    case 404:
        return make(Error::Code::NotFound, what,
                    Texts::tr("The address was not found on the server. Check the URL."), response);
    case 412:
        return make(Error::Code::Io, what,
                    Texts::tr("It was changed on the server in the meantime. It will be fetched "
                              "again."),
                    response);
    case 507:
        return make(Error::Code::Io, what,
                    Texts::tr("The server's storage is full. Make room on the server, or ask "
                              "its administrator."),
                    response);
    default:
        break;
    }
    if (response.status < 400)
        return notDavServerError(response, what);
    return make(Error::Code::Io, what,
                Texts::tr("The server answered with an error (HTTP %1). Try again later.")
                    .arg(response.status),
                response);
}

Error notDavServerError(const DavResponse& response, const QString& what, const QString& why)
{
    Error error = make(Error::Code::Invalid, what,
                       Texts::tr("This is not a CardDAV or CalDAV server. Check the address: "
                                 "your provider's help pages name the one for contacts and "
                                 "calendars."),
                       response);
    if (!why.isEmpty())
        error.detail += QLatin1Char('\n') + why;
    return error;
}

} // namespace finalist::sync
