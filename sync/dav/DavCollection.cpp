#include "DavCollection.h"

#include "DavClient.h"
#include "DavErrors.h"

#include <algorithm>
#include <QCoreApplication>

namespace finalist::sync {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DavCollection)
};

QString readingStep(bool addressBook)
{
    return addressBook ? Texts::tr("Reading the address book") : Texts::tr("Reading the calendar");
}

// The answer of a request that must be a multistatus.
Result<DavMultiStatus> multiStatusOf(const DavResponse& response, const QString& what)
{
    if (!response.succeeded())
        return davError(response, what);
    auto parsed = davxml::parseMultiStatus(response.body, response.url);
    if (!parsed)
        return notDavServerError(response, what, parsed.error().detail);
    return parsed;
}

bool isMember(const DavResource& resource, const QString& collectionPath)
{
    return !resource.isCollection && !resource.href.endsWith(QLatin1Char('/'))
        && !davxml::sameCollectionPath(resource.href, collectionPath);
}

bool succeeded(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

Result<DavChanges> DavCollection::syncCollection(const QUrl& collection, const QString& token,
                                                 bool addressBook)
{
    // RFC 6578 wants Depth 0: sync-level in the body says how deep.
    const DavResponse response = m_client.send(
        "REPORT", collection, davxml::syncCollectionRequest(token), DavHeaders{ "0", {}, {}, {} });
    DavChanges changes;
    if ((response.status == 403 || response.status == 409)
        && davxml::namesPrecondition(response.body, QStringLiteral("valid-sync-token"))) {
        changes.tokenRejected = true;
        return changes;
    }
    auto answer = multiStatusOf(response, readingStep(addressBook));
    if (!answer)
        return answer.error();
    const QString collectionPath = collection.path(QUrl::FullyDecoded);
    for (DavResource& resource : answer.value().resources) {
        if (davxml::sameCollectionPath(resource.href, collectionPath)) {
            changes.truncated = changes.truncated || resource.status == 507;
            continue;
        }
        if (resource.status == 404)
            changes.removed << resource.href;
        else if (succeeded(resource.status) && isMember(resource, collectionPath))
            changes.changed.push_back(std::move(resource));
    }
    changes.token = answer->syncToken;
    return changes;
}

Result<std::vector<DavResource>> DavCollection::listEtags(const QUrl& collection)
{
    const DavResponse response = m_client.send("PROPFIND", collection, davxml::etagRequest(),
                                               DavHeaders{ "1", {}, {}, {} });
    auto answer = multiStatusOf(response, Texts::tr("Reading the list of entries"));
    if (!answer)
        return answer.error();
    const QString collectionPath = collection.path(QUrl::FullyDecoded);
    std::vector<DavResource> members;
    for (DavResource& resource : answer.value().resources) {
        if (succeeded(resource.status) && isMember(resource, collectionPath))
            members.push_back(std::move(resource));
    }
    return members;
}

Result<std::vector<DavResource>> DavCollection::multiget(const QUrl& collection,
                                                         const QStringList& hrefs, bool addressBook)
{
    std::vector<DavResource> resources;
    for (qsizetype start = 0; start < hrefs.size(); start += multigetBatch) {
        const QStringList batch = hrefs.mid(start, multigetBatch);
        const DavResponse response
            = m_client.send("REPORT", collection, davxml::multigetRequest(batch, addressBook),
                            DavHeaders{ "1", {}, {}, {} });
        auto answer = multiStatusOf(response, readingStep(addressBook));
        if (!answer)
            return answer.error();
        std::move(answer.value().resources.begin(), answer.value().resources.end(),
                  std::back_inserter(resources));
    }
    return resources;
}

Result<PutOutcome> DavCollection::put(const QUrl& resource, const QByteArray& data,
                                      const QByteArray& contentType, const QString& ifMatchEtag,
                                      bool createOnly)
{
    DavHeaders headers;
    headers.contentType = contentType;
    if (createOnly)
        headers.ifNoneMatch = "*";
    else if (!ifMatchEtag.isEmpty())
        headers.ifMatch = ifMatchEtag.toUtf8();
    const DavResponse response = m_client.send("PUT", resource, data, headers);
    if (response.status == 412)
        return PutOutcome{ PutOutcome::Outcome::PreconditionFailed, {} };
    if (!response.succeeded())
        return davError(response, Texts::tr("Sending a change to the server"));

    PutOutcome written{ PutOutcome::Outcome::Written, response.etag };
    if (written.etag.isEmpty()) {
        // Servers that change what they store send no ETag (RFC 4791 5.3.4); ask for it. The
        // write itself succeeded, so a failure here leaves the ETag empty rather than failing.
        const DavResponse asked = m_client.send("PROPFIND", resource, davxml::etagRequest(),
                                                DavHeaders{ "0", {}, {}, {} });
        if (auto answer = multiStatusOf(asked, QString()); answer && !answer->resources.empty())
            written.etag = answer->resources.front().etag;
    }
    return written;
}

Result<bool> DavCollection::remove(const QUrl& resource, const QString& ifMatchEtag)
{
    DavHeaders headers;
    headers.ifMatch = ifMatchEtag.toUtf8();
    const DavResponse response = m_client.send("DELETE", resource, {}, headers);
    if (response.status == 412)
        return false;
    if (response.succeeded() || response.status == 404)
        return true;
    return davError(response, Texts::tr("Deleting on the server"));
}

} // namespace finalist::sync
