#include "SyncSetup.h"

#include "AdapterFactory.h"
#include "dav/DavClient.h"
#include "dav/DavXml.h"
#include "storage/Database.h"
#include "storage/SyncState.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace finalist::sync {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SyncSetup)
};

QString componentOf(SyncKind kind)
{
    return kind == SyncKind::FollowUps ? QStringLiteral("VTODO") : QStringLiteral("VJOURNAL");
}

Result<DavCollectionInfo> collectionFor(DavClient& client, const DavAccount& account,
                                        const SyncSetupOptions& options, SyncKind kind,
                                        QStringList& created)
{
    const bool contacts = kind == SyncKind::Contacts;
    const std::vector<DavCollectionInfo>& offered
        = contacts ? account.addressBooks : account.calendars;
    if (const QString chosen = options.chosen.value(kind); !chosen.isEmpty()) {
        const QUrl wanted = QUrl(options.serverUrl).resolved(QUrl(chosen));
        for (const DavCollectionInfo& c : offered) {
            if (davxml::sameCollectionPath(c.url.path(QUrl::FullyDecoded),
                                           wanted.path(QUrl::FullyDecoded))) {
                if (!collectionFits(c, kind, contacts)) {
                    return Error::invalid(QStringLiteral("collection"),
                                          Texts::tr("“%1” does not take %2 items.")
                                              .arg(c.displayName, componentOf(kind)));
                }
                return c;
            }
        }
        return Error{
            Error::Code::NotFound,
            Texts::tr("The server has no collection at %1.").arg(wanted.toDisplayString()),
            {},
            {}
        };
    }
    const QString slug = ownCollectionSlug(kind);
    for (const DavCollectionInfo& c : offered) {
        const QString path = c.url.path(QUrl::FullyDecoded);
        if ((path.endsWith(QLatin1Char('/') + slug + QLatin1Char('/'))
             || c.displayName == ownCollectionName(kind))
            && collectionFits(c, kind, contacts))
            return c;
    }
    const QUrl home = contacts ? account.addressBookHome : account.calendarHome;
    if (home.isEmpty()) {
        return Error{ Error::Code::Invalid,
                      contacts ? Texts::tr("The server offers no address books (CardDAV), so "
                                           "contacts cannot sync with it.")
                               : Texts::tr("The server offers no calendars (CalDAV), so "
                                           "follow-ups and the journal cannot sync with it."),
                      {},
                      {} };
    }
    auto made = contacts
        ? createAddressBook(client, home, slug, ownCollectionName(kind))
        : createCalendar(client, home, slug, ownCollectionName(kind), { componentOf(kind) });
    if (made)
        created << made.value().displayName;
    return made;
}

} // namespace

QString ownCollectionSlug(SyncKind kind)
{
    switch (kind) {
    case SyncKind::Contacts:
        return QStringLiteral("finalist");
    case SyncKind::FollowUps:
        return QStringLiteral("finalist-follow-ups");
    case SyncKind::Journal:
        return QStringLiteral("finalist-journal");
    }
    return {};
}

QString ownCollectionName(SyncKind kind)
{
    // Not translated: the name finds the collection again from another computer, in any language.
    switch (kind) {
    case SyncKind::Contacts:
        return QStringLiteral("Finalist");
    case SyncKind::FollowUps:
        return QStringLiteral("Finalist follow-ups");
    case SyncKind::Journal:
        return QStringLiteral("Finalist journal");
    }
    return {};
}

bool collectionFits(const DavCollectionInfo& collection, SyncKind kind, bool isAddressBook)
{
    if (kind == SyncKind::Contacts)
        return isAddressBook;
    return !isAddressBook
        && (collection.components.isEmpty() || collection.components.contains(componentOf(kind)));
}

Result<DavAccount> discoverAccount(const SyncSetupOptions& options)
{
    const QUrl url = QUrl::fromUserInput(options.serverUrl);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return Error::invalid(QStringLiteral("serverUrl"),
                              Texts::tr("“%1” is not a server address. Give it as "
                                        "https://server.example.com/ (your provider names it).")
                                  .arg(options.serverUrl));
    }
    if (options.userName.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("userName"), Texts::tr("Give your user name."));
    DavClient client(url, options.userName, options.password, options.timeoutMs);
    return discover(client);
}

Result<SyncSetupResult> setUpSync(Database& db, const SyncSetupOptions& options)
{
    auto account = discoverAccount(options);
    if (!account)
        return account.error();
    const QUrl url = QUrl::fromUserInput(options.serverUrl);
    DavClient client(url, options.userName, options.password, options.timeoutMs);
    SyncSetupResult result;
    result.account = account.value();
    for (SyncKind kind : options.kinds) {
        if (!makeAdapter(kind, db, QString())) {
            return Error::invalid(
                QStringLiteral("kinds"),
                Texts::tr("This version does not sync %1 yet.").arg(syncKindKey(kind)));
        }
        auto collection = collectionFor(client, result.account, options, kind, result.created);
        if (!collection)
            return collection.error();
        result.collections.push_back(
            SyncCollection{ kind, collection.value().url.toString(), true, QString(),
                            options.useSyncToken && collection.value().offersSyncToken });
    }
    Transaction transaction(db.connection());
    SyncState state(db);
    if (auto stored = state.setAccount(url.toString(), options.userName); !stored)
        return stored.error();
    for (const SyncCollection& collection : result.collections) {
        if (auto stored = state.setCollection(collection); !stored)
            return stored.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace finalist::sync
