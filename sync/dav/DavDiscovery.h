#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <vector>

namespace finalist::sync {

class DavClient;

struct DavCollectionInfo
{
    QUrl url;
    QString displayName;
    // supported-calendar-component-set of a calendar (VEVENT, VTODO, VJOURNAL); empty when the
    // server does not say, which RFC 4791 reads as "all". Always empty for address books.
    QStringList components;
    bool offersSyncToken = false; // RFC 6578 sync-collection is in its supported-report-set
};

struct DavAccount
{
    QUrl principal;
    QUrl addressBookHome; // empty when the server offers no CardDAV
    QUrl calendarHome; // empty when the server offers no CalDAV
    std::vector<DavCollectionInfo> addressBooks;
    std::vector<DavCollectionInfo> calendars;
};

// Finds the account behind the address the user typed: a host, a server root, a principal or
// a collection. Tries the address itself and RFC 6764's /.well-known/carddav and caldav, then
// follows current-user-principal to the homes and lists their collections.
Result<DavAccount> discover(DavClient& client);

// Makes a collection named `slug` (a path segment; it is percent-encoded here) in the home.
Result<DavCollectionInfo> createAddressBook(DavClient& client, const QUrl& home,
                                            const QString& slug, const QString& displayName);
Result<DavCollectionInfo> createCalendar(DavClient& client, const QUrl& home, const QString& slug,
                                         const QString& displayName, const QStringList& components);

} // namespace finalist::sync
