#pragma once

#include "dav/DavDiscovery.h"
#include "domain/Sync.h"
#include "Result.h"

#include <QList>
#include <QMap>

namespace finalist {
class Database;
}

namespace finalist::sync {

struct SyncSetupOptions
{
    QString serverUrl;
    QString userName;
    QString password; // used for the setup only; the caller keeps it in the keychain
    QList<SyncKind> kinds{ SyncKind::Contacts, SyncKind::FollowUps, SyncKind::Journal };
    // The collection chosen for a kind (its URL); a kind not named gets Finalist's own, found by
    // its name or made.
    QMap<SyncKind, QString> chosen;
    bool useSyncToken = true; // false: always compare ETags, even where sync-token is offered
    int timeoutMs = 30000;
};

struct SyncSetupResult
{
    DavAccount account;
    std::vector<SyncCollection> collections; // one per kind, as stored
    QStringList created; // display names of the collections made on the server
};

// Finds the account on the server (without storing anything): what the Accounts page shows to
// choose from, and what "Test connection" tries.
Result<DavAccount> discoverAccount(const SyncSetupOptions& options);

// Finds the account on the server, chooses (or makes) a collection for each kind and stores
// the account and collections in the journal. Nothing is stored unless all of it succeeds.
Result<SyncSetupResult> setUpSync(Database& db, const SyncSetupOptions& options);

// Finalist's own collection for a kind: its path segment and the name people see.
QString ownCollectionSlug(SyncKind kind);
QString ownCollectionName(SyncKind kind);
// Whether a calendar takes the kind's components (VTODO, VJOURNAL); address books for contacts.
bool collectionFits(const DavCollectionInfo& collection, SyncKind kind, bool isAddressBook);

} // namespace finalist::sync
