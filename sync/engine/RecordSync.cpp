#include "RecordSync.h"

#include "dav/DavClient.h"
#include "dav/DavCollection.h"
#include "records/FieldMerge.h"
#include "storage/Database.h"
#include "storage/SyncState.h"
#include "storage/Transaction.h"
#include "SyncHistoryText.h"

#include <QCoreApplication>
#include <QSet>

namespace finalist::sync {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(RecordSync)
};

// A UID as a file name: what is safe in a path segment on every server.
QString fileNameOf(const QString& uid)
{
    QString name = uid;
    if (name.startsWith(QLatin1String("urn:uuid:")))
        name = name.mid(9);
    for (QChar& c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    return name;
}

} // namespace

RecordSync::RecordSync(Database& db, DavClient& client, SyncCollection collection,
                       RecordAdapter& adapter, const QString& journalKey)
    : m_db(db)
    , m_client(client)
    , m_collection(std::move(collection))
    , m_adapter(adapter)
    , m_journalKey(QUuid::fromString(journalKey))
{
}

Result<SyncReport> RecordSync::run()
{
    const int before = m_client.requestsSent();
    if (auto go = step(false, 0, 0); !go)
        return go.error();
    if (auto loaded = load(); !loaded)
        return loaded.error();
    if (auto pulled = pull(); !pulled)
        return pulled.error();
    if (auto pushed = push(); !pushed)
        return pushed.error();
    m_report.requests = m_client.requestsSent() - before;
    return m_report;
}

Status RecordSync::load()
{
    auto records = m_adapter.list();
    if (!records)
        return records.error();
    SyncState state(m_db);
    auto items = state.items(m_adapter.kind());
    if (!items)
        return items.error();
    auto deletions = state.deletions(m_adapter.kind());
    if (!deletions)
        return deletions.error();
    m_local = {};
    for (LocalRecord& r : records.value())
        m_local.records.insert(r.id, std::move(r));
    for (const SyncItem& item : items.value()) {
        m_local.itemsByHref.insert(item.href, item);
        m_local.items.insert(item.localId, item);
    }
    for (const auto& [href, etag] : deletions.value())
        m_local.deletions.insert(href, etag);
    for (const LocalRecord& record : std::as_const(m_local.records)) {
        if (!m_local.items.contains(record.id))
            m_local.unmappedByUid.insert(uidOf(record), record.id);
    }
    return {};
}

Status RecordSync::pull()
{
    const QUrl url(m_collection.url);
    std::vector<DavResource> listed;
    QStringList removed;
    QString token;
    bool complete = true; // the listing names every resource: the others were removed
    if (m_collection.offersSyncToken) {
        DavCollection dav(m_client);
        QString since = m_collection.syncToken;
        bool fromScratch = since.isEmpty();
        for (int round = 0; round < 100; ++round) { // a server may send a large change in parts
            auto changes = dav.syncCollection(url, since, m_adapter.isAddressBook());
            if (changes && changes.value().tokenRejected && !since.isEmpty()) {
                since.clear();
                fromScratch = true;
                listed.clear();
                removed.clear();
                continue;
            }
            if (!changes)
                return changes.error();
            listed.insert(listed.end(), changes.value().changed.begin(),
                          changes.value().changed.end());
            removed += changes.value().removed;
            token = changes.value().token;
            if (!changes.value().truncated || token == since)
                break;
            since = token;
        }
        complete = fromScratch;
    } else {
        auto etags = DavCollection(m_client).listEtags(url);
        if (!etags)
            return etags.error();
        listed = etags.value();
    }
    QSet<QString> seen;
    QStringList toFetch;
    for (const DavResource& r : listed) {
        seen.insert(r.href);
        const auto deleted = m_local.deletions.constFind(r.href);
        const auto item = m_local.itemsByHref.constFind(r.href);
        if (deleted != m_local.deletions.constEnd()) {
            if (*deleted != r.etag)
                toFetch << r.href; // deleted here, edited there: it comes back
        } else if (item == m_local.itemsByHref.constEnd() || item->etag != r.etag) {
            toFetch << r.href;
        }
    }
    if (complete) {
        for (const QString& href : m_local.deletions.keys() + m_local.itemsByHref.keys()) {
            if (!seen.contains(href))
                removed << href;
        }
    }
    if (auto fetched = fetchAndTake(toFetch); !fetched)
        return fetched;
    for (const QString& href : removed) {
        if (auto done = serverRemoved(href); !done)
            return done;
    }
    // Every change the token covers is in: only now may the next sync start after it.
    if (m_collection.offersSyncToken && !token.isEmpty()) {
        if (auto saved = SyncState(m_db).setSyncToken(m_adapter.kind(), token); !saved)
            return saved;
        m_collection.syncToken = token;
    }
    return {};
}

Status RecordSync::fetchAndTake(const QStringList& hrefs)
{
    if (hrefs.isEmpty())
        return {};
    if (auto go = step(false, 0, hrefs.size()); !go)
        return go;
    auto fetched = DavCollection(m_client).multiget(QUrl(m_collection.url), hrefs,
                                                    m_adapter.isAddressBook());
    if (!fetched)
        return fetched.error();
    // A batch of records per transaction: one commit to wait for instead of one per record (a
    // first sync of thousands took seconds of commits). Each record still goes in with its
    // mapping, and the token is kept only after all of them: a kill loses at most the batch's
    // work, which the next sync does again.
    constexpr qsizetype kBatch = 250;
    const std::vector<DavResource>& all = fetched.value();
    for (qsizetype start = 0; start < qsizetype(all.size()); start += kBatch) {
        Transaction batch(m_db.connection());
        const qsizetype end = std::min(start + kBatch, qsizetype(all.size()));
        for (qsizetype i = start; i < end; ++i) {
            const DavResource& resource = all[size_t(i)];
            if (resource.status != 200 || resource.data.isEmpty())
                continue; // gone between the listing and the fetch: the next sync sees it gone
            if (auto taken = take(resource); !taken)
                return taken;
        }
        if (auto committed = batch.commit(); !committed)
            return committed;
        if (auto go = step(false, end, qsizetype(all.size())); !go)
            return go;
    }
    return {};
}

Status RecordSync::take(const DavResource& resource)
{
    auto parsed = m_adapter.parse(resource.data);
    if (!parsed) {
        ++m_report.unreadable;
        return {};
    }
    if (parsed->uid.isEmpty())
        parsed->uid = resource.href;
    if (m_local.deletions.contains(resource.href)) {
        // Deleted here, changed there: the edit wins, the record comes back.
        ++m_report.keptEdited;
        return takeNew(resource, *parsed, true);
    }
    const auto item = m_local.itemsByHref.constFind(resource.href);
    if (item != m_local.itemsByHref.constEnd() && m_local.records.contains(item->localId))
        return merge(resource, *parsed, *item, m_local.records.value(item->localId));
    // Written by a sync killed before it could note it: the same record, not a new one.
    if (const qint64 id = m_local.unmappedByUid.value(parsed->uid); id > 0) {
        m_local.unmappedByUid.remove(parsed->uid);
        const LocalRecord local = m_local.records.value(id);
        const SyncItem adopted{ m_adapter.kind(),
                                local.id,
                                local.createdAt,
                                resource.href,
                                parsed->uid,
                                QString(),
                                fieldsToJson(local.fields),
                                {} };
        return merge(resource, *parsed, adopted, local);
    }
    return takeNew(resource, *parsed, false);
}

Status RecordSync::takeNew(const DavResource& resource, const ServerRecord& parsed, bool restored)
{
    Transaction transaction(m_db.connection());
    auto made = m_adapter.create(parsed.fields);
    if (!made) {
        ++m_report.unreadable; // one Finalist cannot keep (a card without a name): left there
        return {};
    }
    const LocalRecord& record = made.value();
    const SyncItem item{ m_adapter.kind(),
                         record.id,
                         record.createdAt,
                         resource.href,
                         parsed.uid,
                         resource.etag,
                         fieldsToJson(parsed.fields),
                         resource.data };
    SyncState state(m_db);
    if (auto put = state.putItem(item); !put)
        return put;
    if (auto forgotten = state.forgetDeletion(m_adapter.kind(), resource.href); !forgotten)
        return forgotten;
    const QString said = restored ? history::restored() : history::added();
    if (auto noted = state.addHistory(m_adapter.kind(), record.id, said); !noted)
        return noted;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    if (!restored)
        ++m_report.added;
    m_local.deletions.remove(resource.href);
    m_local.records.insert(record.id, record);
    m_local.items.insert(record.id, item);
    m_local.itemsByHref.insert(item.href, item);
    return {};
}

Status RecordSync::merge(const DavResource& resource, const ServerRecord& parsed,
                         const SyncItem& item, const LocalRecord& local)
{
    const RecordFields serverBase
        = item.serverData.isEmpty() ? fieldsFromJson(item.base) : serverFieldsOf(item.serverData);
    const MergedFields merged
        = mergeFields(fieldsFromJson(item.base), local.fields, serverBase, parsed.fields);
    Transaction transaction(m_db.connection());
    SyncState state(m_db);
    if (merged.localNeedsUpdate) {
        if (auto updated = m_adapter.update(local.id, merged.fields); !updated)
            return updated;
    }
    for (const QString& field : merged.conflicts) {
        if (auto noted
            = state.noteConflict({ m_adapter.kind(), local.id, field, local.fields.value(field),
                                   parsed.fields.value(field), QString() });
            !noted)
            return noted;
    }
    // The server's record is now the agreed one; what the local record holds beyond it (its
    // own changes, the local side of a conflict) differs from it and goes out in the push.
    const SyncItem agreed{ m_adapter.kind(),
                           local.id,
                           local.createdAt,
                           resource.href,
                           item.uid,
                           resource.etag,
                           fieldsToJson(parsed.fields),
                           resource.data };
    if (auto put = state.putItem(agreed); !put)
        return put;
    const QString said = history::changed(merged.fromServer, merged.conflicts);
    if (!said.isEmpty()) {
        if (auto noted = state.addHistory(m_adapter.kind(), local.id, said); !noted)
            return noted;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    if (merged.localNeedsUpdate)
        ++m_report.updated;
    m_report.conflicts += int(merged.conflicts.size());
    LocalRecord now = local;
    if (merged.localNeedsUpdate)
        now.fields = merged.fields;
    m_local.records.insert(local.id, now);
    m_local.items.insert(local.id, agreed);
    m_local.itemsByHref.insert(agreed.href, agreed);
    return {};
}

Status RecordSync::serverRemoved(const QString& href)
{
    SyncState state(m_db);
    if (m_local.deletions.contains(href)) {
        m_local.deletions.remove(href);
        return state.forgetDeletion(m_adapter.kind(), href); // gone on both sides
    }
    const auto item = m_local.itemsByHref.constFind(href);
    if (item == m_local.itemsByHref.constEnd())
        return {};
    const SyncItem gone = *item;
    m_local.itemsByHref.remove(href);
    m_local.items.remove(gone.localId);
    const auto local = m_local.records.constFind(gone.localId);
    Transaction transaction(m_db.connection());
    // The mapping goes first, so the deletion below leaves nothing to send back.
    if (auto removed = state.removeItem(m_adapter.kind(), gone.localId); !removed)
        return removed;
    if (local != m_local.records.constEnd() && local->fields != fieldsFromJson(gone.base)) {
        // Edited here since: kept, and sent again as a new record in the push.
        if (auto noted = state.addHistory(m_adapter.kind(), gone.localId, history::keptEdited());
            !noted)
            return noted;
        ++m_report.keptEdited;
    } else if (local != m_local.records.constEnd()) {
        if (auto deleted = m_adapter.remove(gone.localId); !deleted)
            return deleted;
        m_local.records.remove(gone.localId);
        ++m_report.removed;
    }
    return transaction.commit();
}

Status RecordSync::push()
{
    // Deleted here: deleted there, unless it changed there meanwhile.
    const QHash<QString, QString> deletions = m_local.deletions;
    QList<LocalRecord> changed;
    for (const LocalRecord& record : m_local.records) {
        const auto item = m_local.items.constFind(record.id);
        if (item == m_local.items.constEnd() || record.fields != fieldsFromJson(item->base))
            changed << record;
    }
    const qsizetype total = deletions.size() + changed.size();
    qsizetype done = 0;
    for (auto it = deletions.constBegin(); it != deletions.constEnd(); ++it) {
        if (auto sent = sendDeletion(it.key(), it.value()); !sent)
            return sent;
        if (auto go = step(true, ++done, total); !go)
            return go;
    }
    for (const LocalRecord& record : changed) {
        if (auto sent = send(record); !sent)
            return sent;
        if (auto go = step(true, ++done, total); !go)
            return go;
    }
    return {};
}

Status RecordSync::step(bool sending, qsizetype done, qsizetype total) const
{
    if (m_options.progress)
        m_options.progress({ m_adapter.kind(), sending, int(done), int(total) });
    // Stopping between records is safe: each went in (or out) with its mapping, and the next
    // sync goes on from there.
    if (m_options.stopRequested && m_options.stopRequested())
        return Error{ Error::Code::Cancelled, Texts::tr("The sync was stopped."), {}, {} };
    return {};
}

Status RecordSync::send(const LocalRecord& record)
{
    const auto known = m_local.items.constFind(record.id);
    const SyncItem* item = known != m_local.items.constEnd() ? &*known : nullptr;
    const QString uid = item ? item->uid : uidOf(record);
    const QString href = item ? item->href : newHref(uid);
    const QByteArray data
        = m_adapter.write(record.fields, item ? item->serverData : QByteArray(), uid);
    auto written = DavCollection(m_client).put(urlOf(href), data, m_adapter.contentType(),
                                               item ? item->etag : QString(), item == nullptr);
    if (!written)
        return written.error();
    if (written.value().outcome == PutOutcome::Outcome::PreconditionFailed) {
        // Changed on the server meanwhile (or written there by a sync killed before it could
        // note it): fetched and merged now; the next sync sends what is still needed.
        return fetchAndTake({ href });
    }
    const SyncItem sent{ m_adapter.kind(),
                         record.id,
                         record.createdAt,
                         href,
                         uid,
                         written.value().etag,
                         fieldsToJson(record.fields),
                         data };
    if (auto put = SyncState(m_db).putItem(sent); !put)
        return put;
    m_local.items.insert(record.id, sent);
    m_local.itemsByHref.insert(href, sent);
    ++m_report.sent;
    return {};
}

Status RecordSync::sendDeletion(const QString& href, const QString& etag)
{
    auto removed = DavCollection(m_client).remove(urlOf(href), etag);
    if (!removed)
        return removed.error();
    if (!removed.value()) {
        // Edited on the server after it was deleted here: the edit wins, it comes back.
        return fetchAndTake({ href });
    }
    if (auto forgotten = SyncState(m_db).forgetDeletion(m_adapter.kind(), href); !forgotten)
        return forgotten;
    m_local.deletions.remove(href);
    ++m_report.deletedOnServer;
    return {};
}

QUrl RecordSync::urlOf(const QString& href) const
{
    QUrl url(m_collection.url);
    url.setPath(href, QUrl::DecodedMode);
    return url;
}

QString RecordSync::newHref(const QString& uid) const
{
    QString path = QUrl(m_collection.url).path(QUrl::FullyDecoded);
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    return path + fileNameOf(uid) + m_adapter.fileExtension();
}

QString RecordSync::uidOf(const LocalRecord& record) const
{
    // The kind too: a follow-up and an entry may share an id and a second of creation.
    const QString name = syncKindKey(m_adapter.kind()) + QLatin1Char('|')
        + QString::number(record.id) + QLatin1Char('|') + record.createdAt;
    return QStringLiteral("urn:uuid:")
        + QUuid::createUuidV5(m_journalKey, name).toString(QUuid::WithoutBraces);
}

RecordFields RecordSync::serverFieldsOf(const QByteArray& data) const
{
    const auto parsed = m_adapter.parse(data);
    return parsed ? parsed->fields : RecordFields();
}

} // namespace finalist::sync
