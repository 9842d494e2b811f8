#pragma once

#include "DavXml.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <vector>

namespace finalist::sync {

class DavClient;

// What changed in a collection since a sync token (RFC 6578).
struct DavChanges
{
    std::vector<DavResource> changed; // href, url and etag; fetch the data with multiget
    QStringList removed; // hrefs (DavResource::href form)
    QString token; // to give next time
    // The server no longer knows the token given: start again with an empty one.
    bool tokenRejected = false;
    // The server sent only part of the changes (507 on the collection): ask again with token.
    bool truncated = false;
};

// The result of a conditional PUT: a failed precondition is an answer, not an error, because
// the caller reacts to it by fetching the server's copy.
struct PutOutcome
{
    enum class Outcome
    {
        Written,
        PreconditionFailed, // 412: create-only but it exists, or the ETag no longer matches
    };
    Outcome outcome = Outcome::Written;
    QString etag; // the new one after Written; empty if the server would not tell
};

// The operations on the resources of one address book or calendar.
class DavCollection
{
public:
    explicit DavCollection(DavClient& client)
        : m_client(client)
    {
    }

    // An empty token asks for everything. `addressBook` only names the collection in errors.
    Result<DavChanges> syncCollection(const QUrl& collection, const QString& token,
                                      bool addressBook);
    // Every member's ETag, for servers without sync-collection; the collection itself and any
    // sub-collection are left out.
    Result<std::vector<DavResource>> listEtags(const QUrl& collection);
    // The data and ETags of the resources, asked for in batches of at most 100. Hrefs the server
    // no longer has come back with status 404 and no data.
    Result<std::vector<DavResource>> multiget(const QUrl& collection, const QStringList& hrefs,
                                              bool addressBook);
    // createOnly sends If-None-Match: *, else If-Match: ifMatchEtag (none when it is empty).
    Result<PutOutcome> put(const QUrl& resource, const QByteArray& data,
                           const QByteArray& contentType, const QString& ifMatchEtag,
                           bool createOnly);
    // DELETE, with If-Match when ifMatchEtag is not empty. true: removed, or already gone (404).
    // false: the ETag no longer matches (412), so the server's newer copy was kept.
    Result<bool> remove(const QUrl& resource, const QString& ifMatchEtag);

    static constexpr int multigetBatch = 100;

private:
    DavClient& m_client;
};

} // namespace finalist::sync
