#pragma once

#include "domain/Sync.h"
#include "Result.h"

#include <optional>
#include <utility>
#include <vector>

namespace finalist {

class Database;

// A change a sync made to a record, for the record's history.
struct SyncHistoryLine
{
    QString syncedAt;
    QString change;
};

// What the journal knows of its sync: the account, the collections, where each record lives on
// the server, conflicts and the history of what syncs changed. Callers put a record's change
// and its mapping in one transaction, so a sync killed between them cannot leave the two apart.
class SyncState
{
public:
    explicit SyncState(Database& db);

    Result<std::optional<SyncAccount>> account() const;
    // Another server or user starts afresh: collections, mappings and conflicts are forgotten
    // (the records stay).
    Status setAccount(const QString& serverUrl, const QString& userName);
    Status forgetAccount();
    Status recordResult(const QString& result, const QString& error);

    Result<std::vector<SyncCollection>> collections() const;
    Result<std::optional<SyncCollection>> collection(SyncKind kind) const;
    // Another URL forgets the mappings of the kind: they pointed into the old collection.
    Status setCollection(const SyncCollection& collection);
    Status setSyncToken(SyncKind kind, const QString& token);

    Result<std::vector<SyncItem>> items(SyncKind kind) const;
    Status putItem(const SyncItem& item);
    Status removeItem(SyncKind kind, qint64 localId);

    // Mapped records deleted here since the last sync: href and ETag each.
    Result<std::vector<std::pair<QString, QString>>> deletions(SyncKind kind) const;
    Status forgetDeletion(SyncKind kind, const QString& href);

    Result<std::vector<SyncConflict>> conflicts(SyncKind kind, qint64 localId) const;
    Result<qint64> conflictCount() const;
    // Every record with a conflict, by kind and then oldest conflict first.
    Result<std::vector<std::pair<SyncKind, qint64>>> conflictedRecords() const;
    Status noteConflict(const SyncConflict& conflict);
    Status resolveConflict(SyncKind kind, qint64 localId, const QString& field);

    Status addHistory(SyncKind kind, qint64 localId, const QString& change);
    Result<std::vector<SyncHistoryLine>> history(SyncKind kind, qint64 localId) const;

    // The UID a local record is synced under; empty while it is not synced.
    Result<QString> uidOf(SyncKind kind, qint64 localId) const;
    // The local record synced under a UID; 0 when none is.
    Result<qint64> localIdOfUid(SyncKind kind, const QString& uid) const;

private:
    Database& m_db;
};

} // namespace finalist
