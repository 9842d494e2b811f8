#include "SyncState.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"

#include <QUuid>

namespace finalist {

namespace {

Status run(Database& db, const QString& statement, const QVariantList& bindings = {})
{
    auto query = sql::exec(db.connection(), statement, bindings);
    if (!query)
        return query.error();
    return {};
}

SyncCollection collectionFrom(QSqlQuery& query)
{
    SyncCollection c;
    syncKindFromKey(query.value(0).toString(), c.kind);
    c.url = query.value(1).toString();
    c.enabled = query.value(2).toBool();
    c.syncToken = query.value(3).toString();
    c.offersSyncToken = query.value(4).toBool();
    return c;
}

} // namespace

SyncState::SyncState(Database& db)
    : m_db(db)
{
}

Result<std::optional<SyncAccount>> SyncState::account() const
{
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("SELECT server_url, user_name, set_up_at, journal_key, "
                                          "last_sync_at, last_result, last_error FROM "
                                          "sync_account"));
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    if (!q.next())
        return std::optional<SyncAccount>();
    return std::optional<SyncAccount>(SyncAccount{
        q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), q.value(6).toString() });
}

Status SyncState::setAccount(const QString& serverUrl, const QString& userName)
{
    auto current = account();
    if (!current)
        return current.error();
    Transaction transaction(m_db.connection());
    const bool same = current.value() && current.value()->serverUrl == serverUrl
        && current.value()->userName == userName;
    if (!same) {
        if (auto forgotten = forgetAccount(); !forgotten)
            return forgotten;
        if (auto inserted
            = run(m_db,
                  QStringLiteral("INSERT INTO sync_account (id, server_url, user_name, set_up_at, "
                                 "journal_key) VALUES (1, ?, ?, ?, ?)"),
                  { serverUrl, userName, m_db.clock().nowIso(),
                    QUuid::createUuid().toString(QUuid::WithoutBraces) });
            !inserted)
            return inserted;
    }
    return transaction.commit();
}

Status SyncState::forgetAccount()
{
    Transaction transaction(m_db.connection());
    for (const char* table :
         { "sync_account", "sync_collections", "sync_items", "sync_conflicts", "sync_deletions" }) {
        if (auto deleted = run(m_db, QStringLiteral("DELETE FROM ") + QLatin1String(table));
            !deleted)
            return deleted;
    }
    return transaction.commit();
}

Status SyncState::recordResult(const QString& result, const QString& error)
{
    return run(m_db,
               QStringLiteral("UPDATE sync_account SET last_sync_at = ?, last_result = ?, "
                              "last_error = ?"),
               { m_db.clock().nowIso(), result, error });
}

Result<std::vector<SyncCollection>> SyncState::collections() const
{
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("SELECT kind, url, enabled, sync_token, "
                                          "offers_sync_token FROM sync_collections ORDER BY kind"));
    if (!query)
        return query.error();
    std::vector<SyncCollection> found;
    while (query.value().next())
        found.push_back(collectionFrom(query.value()));
    return found;
}

Result<std::optional<SyncCollection>> SyncState::collection(SyncKind kind) const
{
    auto all = collections();
    if (!all)
        return all.error();
    for (const SyncCollection& c : all.value()) {
        if (c.kind == kind)
            return std::optional<SyncCollection>(c);
    }
    return std::optional<SyncCollection>();
}

Status SyncState::setCollection(const SyncCollection& collection)
{
    auto current = this->collection(collection.kind);
    if (!current)
        return current.error();
    Transaction transaction(m_db.connection());
    const QString key = syncKindKey(collection.kind);
    if (current.value() && current.value()->url != collection.url) {
        for (const char* table : { "sync_items", "sync_conflicts", "sync_deletions" }) {
            if (auto deleted = run(m_db,
                                   QStringLiteral("DELETE FROM ") + QLatin1String(table)
                                       + QStringLiteral(" WHERE kind = ?"),
                                   { key });
                !deleted)
                return deleted;
        }
    }
    if (auto written = run(m_db,
                           QStringLiteral("INSERT OR REPLACE INTO sync_collections (kind, url, "
                                          "enabled, sync_token, offers_sync_token) VALUES "
                                          "(?, ?, ?, ?, ?)"),
                           { key, collection.url, collection.enabled ? 1 : 0, collection.syncToken,
                             collection.offersSyncToken ? 1 : 0 });
        !written)
        return written;
    return transaction.commit();
}

Status SyncState::setSyncToken(SyncKind kind, const QString& token)
{
    return run(m_db, QStringLiteral("UPDATE sync_collections SET sync_token = ? WHERE kind = ?"),
               { token, syncKindKey(kind) });
}

Result<std::vector<SyncItem>> SyncState::items(SyncKind kind) const
{
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("SELECT local_id, local_created_at, href, uid, etag, "
                                          "base, server_data FROM sync_items WHERE kind = ? "
                                          "ORDER BY local_id"),
                           { syncKindKey(kind) });
    if (!query)
        return query.error();
    std::vector<SyncItem> found;
    QSqlQuery& q = query.value();
    while (q.next()) {
        found.push_back(SyncItem{ kind, q.value(0).toLongLong(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toString(),
                                  q.value(4).toString(), q.value(5).toString(),
                                  q.value(6).toByteArray() });
    }
    return found;
}

Status SyncState::putItem(const SyncItem& item)
{
    // Another record at the same href is an older mapping of it (a record deleted and made
    // again from the server): the href names one record at a time.
    Transaction transaction(m_db.connection());
    if (auto cleared = run(m_db,
                           QStringLiteral("DELETE FROM sync_items WHERE kind = ? AND href = ? AND "
                                          "local_id <> ?"),
                           { syncKindKey(item.kind), item.href, item.localId });
        !cleared)
        return cleared;
    if (auto written
        = run(m_db,
              QStringLiteral("INSERT OR REPLACE INTO sync_items (kind, local_id, local_created_at, "
                             "href, uid, etag, base, server_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              { syncKindKey(item.kind), item.localId, item.localCreatedAt, item.href, item.uid,
                item.etag, item.base, item.serverData });
        !written)
        return written;
    return transaction.commit();
}

Status SyncState::removeItem(SyncKind kind, qint64 localId)
{
    return run(m_db, QStringLiteral("DELETE FROM sync_items WHERE kind = ? AND local_id = ?"),
               { syncKindKey(kind), localId });
}

Result<std::vector<std::pair<QString, QString>>> SyncState::deletions(SyncKind kind) const
{
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("SELECT href, etag FROM sync_deletions WHERE kind = ? "
                                          "ORDER BY deleted_at"),
                           { syncKindKey(kind) });
    if (!query)
        return query.error();
    std::vector<std::pair<QString, QString>> found;
    while (query.value().next())
        found.emplace_back(query.value().value(0).toString(), query.value().value(1).toString());
    return found;
}

Status SyncState::forgetDeletion(SyncKind kind, const QString& href)
{
    return run(m_db, QStringLiteral("DELETE FROM sync_deletions WHERE kind = ? AND href = ?"),
               { syncKindKey(kind), href });
}

Result<std::vector<SyncConflict>> SyncState::conflicts(SyncKind kind, qint64 localId) const
{
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("SELECT field, local_value, server_value, noted_at FROM "
                                          "sync_conflicts WHERE kind = ? AND local_id = ? "
                                          "ORDER BY field"),
                           { syncKindKey(kind), localId });
    if (!query)
        return query.error();
    std::vector<SyncConflict> found;
    QSqlQuery& q = query.value();
    while (q.next()) {
        found.push_back(SyncConflict{ kind, localId, q.value(0).toString(), q.value(1).toString(),
                                      q.value(2).toString(), q.value(3).toString() });
    }
    return found;
}

Result<qint64> SyncState::conflictCount() const
{
    auto count
        = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM sync_conflicts"));
    if (!count)
        return count.error();
    return count.value().toLongLong();
}

Result<std::vector<std::pair<SyncKind, qint64>>> SyncState::conflictedRecords() const
{
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("SELECT kind, local_id FROM sync_conflicts GROUP BY "
                                          "kind, local_id ORDER BY kind, min(noted_at), local_id"));
    if (!query)
        return query.error();
    std::vector<std::pair<SyncKind, qint64>> found;
    QSqlQuery& q = query.value();
    while (q.next()) {
        SyncKind kind;
        if (syncKindFromKey(q.value(0).toString(), kind))
            found.emplace_back(kind, q.value(1).toLongLong());
    }
    return found;
}

Status SyncState::noteConflict(const SyncConflict& conflict)
{
    return run(m_db,
               QStringLiteral("INSERT OR REPLACE INTO sync_conflicts (kind, local_id, field, "
                              "local_value, server_value, noted_at) VALUES (?, ?, ?, ?, ?, ?)"),
               { syncKindKey(conflict.kind), conflict.localId, conflict.field, conflict.localValue,
                 conflict.serverValue, m_db.clock().nowIso() });
}

Status SyncState::resolveConflict(SyncKind kind, qint64 localId, const QString& field)
{
    return run(m_db,
               QStringLiteral("DELETE FROM sync_conflicts WHERE kind = ? AND local_id = ? AND "
                              "field = ?"),
               { syncKindKey(kind), localId, field });
}

Status SyncState::addHistory(SyncKind kind, qint64 localId, const QString& change)
{
    return run(m_db,
               QStringLiteral("INSERT INTO sync_history (kind, local_id, synced_at, change) "
                              "VALUES (?, ?, ?, ?)"),
               { syncKindKey(kind), localId, m_db.clock().nowIso(), change });
}

Result<std::vector<SyncHistoryLine>> SyncState::history(SyncKind kind, qint64 localId) const
{
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("SELECT synced_at, change FROM sync_history WHERE "
                                          "kind = ? AND local_id = ? ORDER BY rowid DESC"),
                           { syncKindKey(kind), localId });
    if (!query)
        return query.error();
    std::vector<SyncHistoryLine> found;
    while (query.value().next())
        found.push_back({ query.value().value(0).toString(), query.value().value(1).toString() });
    return found;
}

Result<QString> SyncState::uidOf(SyncKind kind, qint64 localId) const
{
    auto uids = sql::column(m_db.connection(),
                            QStringLiteral("SELECT uid FROM sync_items WHERE kind = ? AND "
                                           "local_id = ?"),
                            { syncKindKey(kind), localId });
    if (!uids)
        return uids.error();
    return uids.value().value(0);
}

Result<qint64> SyncState::localIdOfUid(SyncKind kind, const QString& uid) const
{
    if (uid.isEmpty())
        return qint64(0);
    auto ids = sql::column(m_db.connection(),
                           QStringLiteral("SELECT local_id FROM sync_items WHERE kind = ? AND "
                                          "uid = ? ORDER BY local_id LIMIT 1"),
                           { syncKindKey(kind), uid });
    if (!ids)
        return ids.error();
    return ids.value().value(0).toLongLong();
}

} // namespace finalist
