#include "SyncMigration.h"

namespace finalist {

namespace {

// Sync with the user's CardDAV/CalDAV server: the account (never its password: that lives in
// the system keychain), one collection per kind of record, and for each record synced where it
// lives on the server, its ETag and the version both sides last agreed on (what a field-level
// merge compares with). They are written in the same transactions as the records they map, so a
// sync killed half-way resumes without duplicates. Conflicts keep the server's value beside the
// record until the user chooses; the history says which records a sync changed.
QString syncDeletionTrigger(const QString& table, const QString& kind)
{
    return QStringLiteral("CREATE TRIGGER %1_sync_deletion AFTER DELETE ON %1 BEGIN"
                          " INSERT OR REPLACE INTO sync_deletions SELECT kind, href, etag,"
                          " strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM sync_items"
                          " WHERE kind = '%2' AND local_id = old.id;"
                          " DELETE FROM sync_items WHERE kind = '%2' AND local_id = old.id;"
                          " DELETE FROM sync_conflicts WHERE kind = '%2' AND local_id = old.id;"
                          " DELETE FROM sync_history WHERE kind = '%2' AND local_id = old.id;"
                          " END")
        .arg(table, kind);
}

} // namespace

Migration syncMigration()
{
    return {
        15,
        QStringLiteral("Sync through CardDAV and CalDAV"),
        { QStringLiteral("CREATE TABLE sync_account ("
                         " id INTEGER PRIMARY KEY CHECK (id = 1),"
                         " server_url TEXT NOT NULL,"
                         " user_name TEXT NOT NULL,"
                         " set_up_at TEXT NOT NULL,"
                         " journal_key TEXT NOT NULL,"
                         " last_sync_at TEXT,"
                         " last_result TEXT NOT NULL DEFAULT '',"
                         " last_error TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE TABLE sync_collections ("
                         " kind TEXT PRIMARY KEY,"
                         " url TEXT NOT NULL,"
                         " enabled INTEGER NOT NULL DEFAULT 1,"
                         " sync_token TEXT NOT NULL DEFAULT '',"
                         " offers_sync_token INTEGER NOT NULL DEFAULT 1)"),
          QStringLiteral("CREATE TABLE sync_items ("
                         " kind TEXT NOT NULL,"
                         " local_id INTEGER NOT NULL,"
                         " local_created_at TEXT NOT NULL,"
                         " href TEXT NOT NULL,"
                         " uid TEXT NOT NULL,"
                         " etag TEXT NOT NULL DEFAULT '',"
                         " base TEXT NOT NULL DEFAULT '',"
                         " server_data BLOB,"
                         " PRIMARY KEY (kind, local_id),"
                         " UNIQUE (kind, href))"),
          // A mapped record deleted here leaves its mapping as a deletion for the next
          // sync to send: by a trigger, so every way of deleting (the window, an undo of
          // an import, a merge) is seen, and an id used again is never taken for it.
          QStringLiteral("CREATE TABLE sync_deletions ("
                         " kind TEXT NOT NULL,"
                         " href TEXT NOT NULL,"
                         " etag TEXT NOT NULL,"
                         " deleted_at TEXT NOT NULL,"
                         " PRIMARY KEY (kind, href))"),
          QStringLiteral("CREATE TABLE sync_conflicts ("
                         " kind TEXT NOT NULL,"
                         " local_id INTEGER NOT NULL,"
                         " field TEXT NOT NULL,"
                         " local_value TEXT NOT NULL,"
                         " server_value TEXT NOT NULL,"
                         " noted_at TEXT NOT NULL,"
                         " PRIMARY KEY (kind, local_id, field))"),
          QStringLiteral("CREATE TABLE sync_history ("
                         " kind TEXT NOT NULL,"
                         " local_id INTEGER NOT NULL,"
                         " synced_at TEXT NOT NULL,"
                         " change TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX sync_history_by_record ON sync_history(kind, local_id)"),
          syncDeletionTrigger(QStringLiteral("contacts"), QStringLiteral("contacts")),
          syncDeletionTrigger(QStringLiteral("follow_ups"), QStringLiteral("followups")),
          syncDeletionTrigger(QStringLiteral("journal_entries"), QStringLiteral("journal")) }
    };
}

} // namespace finalist
