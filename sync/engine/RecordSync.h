#pragma once

#include "dav/DavXml.h"
#include "RecordAdapter.h"
#include "SyncReport.h"
#include "SyncRun.h"

#include <QHash>
#include <QUuid>

namespace finalist {
class Database;
}

namespace finalist::sync {

class DavClient;

// Two-way sync of one kind of record with one collection. Server changes come first (by
// sync-token, or by comparing ETags where the server offers none), merged field by field into
// the local records; then local changes go out with If-Match / If-None-Match, so a change made
// on the server meanwhile is fetched and merged, never overwritten. Each record's change and its
// mapping are committed together, the sync-token only after every change it covers: a sync
// killed at any point, run again, makes no duplicates and loses nothing.
class RecordSync
{
public:
    // journalKey: SyncAccount's, what the UIDs of records made here derive from.
    RecordSync(Database& db, DavClient& client, SyncCollection collection, RecordAdapter& adapter,
               const QString& journalKey);
    Result<SyncReport> run();
    // Progress is told to, and stopping asked of, options.progress and options.stopRequested.
    void setRunOptions(const SyncRunOptions& options) { m_options = options; }

private:
    struct Local
    {
        QHash<qint64, LocalRecord> records; // by id
        QHash<qint64, SyncItem> items; // by local id
        QHash<QString, SyncItem> itemsByHref;
        QHash<QString, QString> deletions; // href → ETag of mapped records deleted here
        QHash<QString, qint64> unmappedByUid; // the UID each record not yet synced will get
    };

    Status load();
    Status pull();
    Status push();
    // Fetches hrefs and takes each (a change found by the pull, or after a precondition failed).
    Status fetchAndTake(const QStringList& hrefs);
    Status take(const DavResource& resource);
    Status takeNew(const DavResource& resource, const ServerRecord& parsed, bool restored);
    Status merge(const DavResource& resource, const ServerRecord& parsed, const SyncItem& item,
                 const LocalRecord& local);
    Status serverRemoved(const QString& href);
    Status send(const LocalRecord& record);
    Status sendDeletion(const QString& href, const QString& etag);

    QUrl urlOf(const QString& href) const;
    QString newHref(const QString& uid) const;
    // The UID a record made here gets on the server: the same on every try (so what a killed
    // sync wrote is known again), different from every other journal's.
    QString uidOf(const LocalRecord& record) const;
    RecordFields serverFieldsOf(const QByteArray& data) const;
    // Says how far the sync is; Cancelled when asked to stop.
    Status step(bool sending, qsizetype done, qsizetype total) const;

    Database& m_db;
    DavClient& m_client;
    SyncCollection m_collection;
    RecordAdapter& m_adapter;
    QUuid m_journalKey;
    Local m_local;
    SyncReport m_report;
    SyncRunOptions m_options;
};

} // namespace finalist::sync
