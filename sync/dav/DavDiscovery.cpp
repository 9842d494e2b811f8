#include "DavDiscovery.h"

#include "DavClient.h"
#include "DavErrors.h"
#include "DavXml.h"

#include <optional>
#include <QCoreApplication>

namespace finalist::sync {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DavDiscovery)
};

// A PROPFIND whose answer must be a multistatus.
Result<DavMultiStatus> propfind(DavClient& client, const QUrl& url, const QByteArray& depth,
                                const QByteArray& body, const QString& what)
{
    const DavResponse response
        = client.send("PROPFIND", url, body, DavHeaders{ depth, {}, {}, {} });
    if (!response.succeeded())
        return davError(response, what);
    auto parsed = davxml::parseMultiStatus(response.body, response.url);
    if (!parsed)
        return notDavServerError(response, what, parsed.error().detail);
    return parsed;
}

// A host typed without a scheme is asked over HTTPS.
QUrl withScheme(QUrl url)
{
    if (url.scheme().isEmpty())
        url = QUrl(QStringLiteral("https://") + url.toString(), QUrl::TolerantMode);
    return url;
}

// The address itself first when it names more than a host, since that is what the user chose;
// then RFC 6764's well-known addresses.
QList<QUrl> candidatesFor(const QUrl& base)
{
    QUrl root = base;
    root.setPath(QStringLiteral("/"));
    root.setQuery(QString());
    root.setFragment(QString());
    const bool hasPath = !base.path().isEmpty() && base.path() != QLatin1String("/");
    QList<QUrl> candidates;
    if (hasPath)
        candidates << base;
    candidates << root.resolved(QUrl(QStringLiteral("/.well-known/carddav")))
               << root.resolved(QUrl(QStringLiteral("/.well-known/caldav")));
    if (!hasPath)
        candidates << root;
    return candidates;
}

// The principal named by the first resource that names one; a resource with home sets is a
// principal itself (a server that does not say who is signed in).
QUrl principalIn(const DavMultiStatus& answer)
{
    for (const DavResource& resource : answer.resources) {
        const auto principal
            = resource.hrefProperties.value(QStringLiteral("current-user-principal"));
        if (!principal.isEmpty())
            return principal.first();
        if (resource.hrefProperties.contains(QStringLiteral("addressbook-home-set"))
            || resource.hrefProperties.contains(QStringLiteral("calendar-home-set")))
            return resource.url;
    }
    return {};
}

Result<QUrl> findPrincipal(DavClient& client, const QString& what)
{
    QStringList tried;
    std::optional<DavResponse> refused;
    DavResponse last;
    for (const QUrl& candidate : candidatesFor(withScheme(client.baseUrl()))) {
        last = client.send("PROPFIND", candidate, davxml::principalRequest(),
                           DavHeaders{ "0", {}, {}, {} });
        // Another address will not fix an unreachable server or a wrong password.
        if (last.status == 0 || last.status == 401)
            return davError(last, what);
        QString outcome = QStringLiteral("HTTP %1").arg(last.status);
        if (last.status == 207) {
            auto parsed = davxml::parseMultiStatus(last.body, last.url);
            if (parsed) {
                if (QUrl principal = principalIn(parsed.value()); principal.isValid())
                    return principal;
                outcome += QStringLiteral(", no current-user-principal");
            } else {
                outcome += QStringLiteral(", ") + parsed.error().detail;
            }
        } else if (last.status == 403 && !refused) {
            refused = last;
        }
        tried << QStringLiteral("PROPFIND %1 → %2")
                     .arg(last.url.toDisplayString(QUrl::RemoveUserInfo), outcome);
    }
    if (refused)
        return davError(*refused, what);
    return notDavServerError(last, what, tried.join(QLatin1Char('\n')));
}

DavCollectionInfo infoOf(const DavResource& resource)
{
    DavCollectionInfo info;
    info.url = resource.url;
    info.displayName = resource.displayName;
    if (resource.isCalendar)
        info.components = resource.components; // Radicale lists them on address books too
    info.offersSyncToken = resource.offersSyncCollection || !resource.syncToken.isEmpty();
    return info;
}

Status listCollections(DavClient& client, const QUrl& home, DavAccount& account)
{
    auto answer = propfind(client, home, "1", davxml::collectionsRequest(),
                           Texts::tr("Listing the address books and calendars"));
    if (!answer)
        return answer.error();
    const QString homePath = home.path(QUrl::FullyDecoded);
    for (const DavResource& resource : answer->resources) {
        if (resource.status < 200 || resource.status >= 300
            || davxml::sameCollectionPath(resource.href, homePath))
            continue;
        if (resource.isAddressBook)
            account.addressBooks.push_back(infoOf(resource));
        if (resource.isCalendar)
            account.calendars.push_back(infoOf(resource));
    }
    return {};
}

Result<DavCollectionInfo> createCollection(DavClient& client, const QByteArray& method,
                                           const QUrl& home, const QString& slug,
                                           const QByteArray& body, const QString& what)
{
    QUrl folder = home;
    if (!folder.path().endsWith(QLatin1Char('/')))
        folder.setPath(folder.path() + QLatin1Char('/'));
    const QUrl url = folder.resolved(QUrl::fromEncoded(QUrl::toPercentEncoding(slug) + '/'));
    const DavResponse response = client.send(method, url, body);
    // MKCOL answers 405 on an existing collection, MKCALENDAR 409 (RFC 4918, RFC 4791).
    if (response.status == 405 || response.status == 409) {
        Error error = davError(response, what);
        error.code = Error::Code::Invalid;
        error.message = Texts::tr("%1 failed. There is already one at this address on the "
                                  "server; choose another name.")
                            .arg(what);
        return error;
    }
    if (!response.succeeded())
        return davError(response, what);
    auto answer = propfind(client, url, "0", davxml::collectionsRequest(), what);
    if (!answer)
        return answer.error();
    if (answer->resources.empty())
        return notDavServerError(response, what, QStringLiteral("empty PROPFIND answer"));
    return infoOf(answer->resources.front());
}

} // namespace

Result<DavAccount> discover(DavClient& client)
{
    auto principal = findPrincipal(client, Texts::tr("Connecting to the server"));
    if (!principal)
        return principal.error();

    const QString readingAccount = Texts::tr("Reading the account");
    auto homes
        = propfind(client, principal.value(), "0", davxml::principalRequest(), readingAccount);
    if (!homes)
        return homes.error();
    DavAccount account;
    account.principal = principal.value();
    for (const DavResource& resource : homes->resources) {
        const auto cardHomes
            = resource.hrefProperties.value(QStringLiteral("addressbook-home-set"));
        const auto calHomes = resource.hrefProperties.value(QStringLiteral("calendar-home-set"));
        if (account.addressBookHome.isEmpty() && !cardHomes.isEmpty())
            account.addressBookHome = cardHomes.first();
        if (account.calendarHome.isEmpty() && !calHomes.isEmpty())
            account.calendarHome = calHomes.first();
    }
    if (account.addressBookHome.isEmpty() && account.calendarHome.isEmpty()) {
        return Error{ Error::Code::Invalid,
                      Texts::tr("%1 failed. The server names no place for address books or "
                                "calendars for this account.")
                          .arg(readingAccount),
                      QStringLiteral("PROPFIND %1: no addressbook-home-set, no calendar-home-set")
                          .arg(account.principal.toDisplayString(QUrl::RemoveUserInfo)),
                      {} };
    }

    // One home often holds both kinds; it is listed once.
    QList<QUrl> listed;
    for (const QUrl& home : { account.addressBookHome, account.calendarHome }) {
        if (home.isEmpty() || listed.contains(home))
            continue;
        listed << home;
        if (Status status = listCollections(client, home, account); !status)
            return status.error();
    }
    return account;
}

Result<DavCollectionInfo> createAddressBook(DavClient& client, const QUrl& home,
                                            const QString& slug, const QString& displayName)
{
    return createCollection(client, "MKCOL", home, slug,
                            davxml::mkcolAddressBookRequest(displayName),
                            Texts::tr("Creating the address book “%1”").arg(displayName));
}

Result<DavCollectionInfo> createCalendar(DavClient& client, const QUrl& home, const QString& slug,
                                         const QString& displayName, const QStringList& components)
{
    return createCollection(client, "MKCALENDAR", home, slug,
                            davxml::mkcalendarRequest(displayName, components),
                            Texts::tr("Creating the calendar “%1”").arg(displayName));
}

} // namespace finalist::sync
