#include "SyncRun.h"

#include "AdapterFactory.h"
#include "dav/DavClient.h"
#include "RecordSync.h"
#include "storage/SyncState.h"

#include <QCoreApplication>

namespace finalist::sync {

namespace {
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SyncRun)
};
} // namespace

Result<SyncReport> syncNow(Database& db, const SyncRunOptions& options)
{
    SyncState state(db);
    auto account = state.account();
    if (!account)
        return account.error();
    if (!account.value()) {
        return Error{ Error::Code::NotFound,
                      Texts::tr("No sync account is set up. Set one up in Preferences "
                                "(or with finalist-cli sync setup)."),
                      {},
                      {} };
    }
    auto collections = state.collections();
    if (!collections)
        return collections.error();
    DavClient client(QUrl(account.value()->serverUrl), account.value()->userName, options.password,
                     options.timeoutMs);
    SyncReport total;
    for (const SyncCollection& collection : collections.value()) {
        if (!collection.enabled || (options.only && *options.only != collection.kind))
            continue;
        const auto adapter = makeAdapter(collection.kind, db, options.phoneRegion);
        if (!adapter)
            continue;
        RecordSync kind(db, client, collection, *adapter, account.value()->journalKey);
        kind.setRunOptions(options);
        auto done = kind.run();
        if (!done) {
            state.recordResult(total.summary(), done.error().message);
            return done.error();
        }
        total += done.value();
    }
    if (auto recorded = state.recordResult(total.summary(), QString()); !recorded)
        return recorded.error();
    return total;
}

} // namespace finalist::sync
