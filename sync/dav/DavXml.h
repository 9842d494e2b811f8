#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <vector>

namespace finalist::sync {

// One <response> of a multistatus, with the properties the server found (those it reports
// as missing are left out).
struct DavResource
{
    QUrl url; // absolute, resolved against the request's URL
    QString href; // url's path, percent-decoded: the same resource always gives the same text
    int status = 0; // of the response, or 200 when its properties came with a 2xx propstat
    QString etag; // quotes included, as the server sent it
    QByteArray data; // address-data or calendar-data, with CRLF line ends
    QString displayName;
    bool isCollection = false;
    bool isAddressBook = false;
    bool isCalendar = false;
    QStringList components; // supported-calendar-component-set: VEVENT, VTODO, VJOURNAL
    bool offersSyncCollection = false; // supported-report-set names DAV:sync-collection
    QString syncToken; // the collection's DAV:sync-token property
    QString ctag; // calendarserver.org's getctag
    // Properties whose value is a list of hrefs (current-user-principal, addressbook-home-set,
    // calendar-home-set), by element name, as absolute URLs.
    QHash<QString, QList<QUrl>> hrefProperties;
};

struct DavMultiStatus
{
    std::vector<DavResource> resources;
    QString syncToken; // RFC 6578's, at the multistatus level
};

// The request bodies, one per kind of question this client asks.
namespace davxml {

// current-user-principal, resourcetype, addressbook-home-set and calendar-home-set.
QByteArray principalRequest();
// What discovery lists about each collection in a home.
QByteArray collectionsRequest();
QByteArray etagRequest();
// RFC 6578, sync-level 1, getetag only; an empty token asks for everything.
QByteArray syncCollectionRequest(const QString& token);
// hrefs as DavResource::href gives them (decoded paths); they are encoded here.
QByteArray multigetRequest(const QStringList& hrefs, bool addressBook);
// RFC 5689's extended MKCOL making an address book.
QByteArray mkcolAddressBookRequest(const QString& displayName);
QByteArray mkcalendarRequest(const QString& displayName, const QStringList& components);

// Fails (Error::Code::Invalid) when the body is not a well-formed DAV:multistatus.
Result<DavMultiStatus> parseMultiStatus(const QByteArray& body, const QUrl& requestUrl);

// Whether a DAV:error body names the precondition `name` in the DAV: namespace, such as
// "valid-sync-token".
bool namesPrecondition(const QByteArray& body, const QString& name);

// Decoded paths, compared as collections: a trailing slash makes no difference.
bool sameCollectionPath(const QString& a, const QString& b);

} // namespace davxml

} // namespace finalist::sync
