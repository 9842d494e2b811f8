#include "CliSync.h"

#include "credentials/PasswordStore.h"
#include "engine/SyncRun.h"
#include "engine/SyncSetup.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/SyncState.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QFile>
#include <termios.h>
#include <unistd.h>

namespace finalist::cli {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(CliSync)
};

// One line of standard input; on a terminal it is asked for and not echoed.
QString readPassword(QTextStream& err)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err << Texts::tr("Password: ") << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QString line = QString::fromUtf8(in.readLine());
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

int setupCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    sync::SyncSetupOptions options;
    options.serverUrl = call.url;
    options.userName = call.user;
    options.password = readPassword(err);
    if (!call.contactsCollection.isEmpty())
        options.chosen.insert(SyncKind::Contacts, call.contactsCollection);
    options.useSyncToken = !call.noSyncToken;
    if (!call.kind.isEmpty()) {
        options.kinds.clear();
        for (const QString& key : call.kind.split(QLatin1Char(','))) {
            SyncKind kind;
            syncKindFromKey(key.trimmed(), kind);
            options.kinds << kind;
        }
    }
    auto done = sync::setUpSync(db, options);
    if (!done)
        return fail(err, done.error());
    for (const QString& created : done.value().created)
        out << Texts::tr("Made the collection “%1” on the server.").arg(created) << Qt::endl;
    for (const SyncCollection& c : done.value().collections)
        out << syncKindKey(c.kind) << '\t' << c.url << Qt::endl;
    if (!call.passwordStdin) {
        auto account = SyncState(db).account();
        const QString server = account && account.value() ? account.value()->serverUrl : call.url;
        if (auto kept = sync::PasswordStore::store(server, call.user, options.password); !kept) {
            err << kept.error().message << Qt::endl
                << Texts::tr("Give the password with --password-stdin when you sync.") << Qt::endl;
        }
    }
    out << Texts::tr("Sync is set up. Run “finalist-cli sync now” to sync.") << Qt::endl;
    return Ok;
}

int nowCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    auto account = SyncState(db).account();
    if (!account)
        return fail(err, account.error());
    sync::SyncRunOptions options;
    if (account.value() && !call.passwordStdin) {
        auto password
            = sync::PasswordStore::read(account.value()->serverUrl, account.value()->userName);
        if (!password)
            return fail(err, password.error());
        options.password = password.value();
    } else if (call.passwordStdin) {
        options.password = readPassword(err);
    }
    if (!call.kind.isEmpty()) {
        SyncKind kind;
        syncKindFromKey(call.kind, kind);
        options.only = kind;
    }
    options.phoneRegion = AppSettings().text(AppSettings::PhoneRegion);
    auto done = sync::syncNow(db, options);
    if (!done)
        return fail(err, done.error());
    const sync::SyncReport& r = done.value();
    out << Texts::tr("added here: %1, changed here: %2, deleted here: %3, sent: %4, deleted on "
                     "the server: %5, conflicts: %6, deletions not carried out: %7, unreadable: "
                     "%8, requests: %9")
               .arg(r.added)
               .arg(r.updated)
               .arg(r.removed)
               .arg(r.sent)
               .arg(r.deletedOnServer)
               .arg(r.conflicts)
               .arg(r.keptEdited)
               .arg(r.unreadable)
               .arg(r.requests)
        << Qt::endl;
    return Ok;
}

int statusCommand(Database& db, QTextStream& out, QTextStream& err)
{
    SyncState state(db);
    auto account = state.account();
    if (!account)
        return fail(err, account.error());
    if (!account.value()) {
        out << Texts::tr("No sync account is set up: nothing leaves this computer.") << Qt::endl;
        return Ok;
    }
    const SyncAccount& a = *account.value();
    out << Texts::tr("server: %1").arg(a.serverUrl) << Qt::endl
        << Texts::tr("user: %1").arg(a.userName) << Qt::endl
        << Texts::tr("last sync: %1")
               .arg(a.lastSyncAt.isEmpty() ? Texts::tr("never") : a.lastSyncAt)
        << Qt::endl;
    if (!a.lastResult.isEmpty())
        out << Texts::tr("result: %1").arg(a.lastResult) << Qt::endl;
    if (!a.lastError.isEmpty())
        out << Texts::tr("error: %1").arg(a.lastError) << Qt::endl;
    auto collections = state.collections();
    if (!collections)
        return fail(err, collections.error());
    for (const SyncCollection& c : collections.value()) {
        auto items = state.items(c.kind);
        if (!items)
            return fail(err, items.error());
        out << syncKindKey(c.kind) << '\t' << c.url << '\t'
            << (c.enabled ? Texts::tr("on") : Texts::tr("off")) << '\t'
            << (c.offersSyncToken ? Texts::tr("sync-token") : Texts::tr("ETags")) << '\t'
            << Texts::tr("%n record(s) synced", nullptr, int(items.value().size())) << Qt::endl;
    }
    auto conflicts = state.conflictCount();
    if (!conflicts)
        return fail(err, conflicts.error());
    out << Texts::tr("conflicts to look at: %1").arg(conflicts.value()) << Qt::endl;
    return Ok;
}

} // namespace

QString syncUsageProblem(const Invocation& call)
{
    const QString what = call.arguments.value(0);
    if (call.arguments.size() != 1
        || !QStringList{ QStringLiteral("setup"), QStringLiteral("now"), QStringLiteral("status") }
                .contains(what))
        return Texts::tr("sync needs one word: setup, now or status (got “%1”).")
            .arg(call.arguments.join(QLatin1Char(' ')));
    if (what == QLatin1String("setup") && (call.url.isEmpty() || call.user.isEmpty()))
        return Texts::tr("sync setup needs --url and --user.");
    if (what != QLatin1String("setup")
        && (!call.user.isEmpty() || !call.url.isEmpty() || !call.contactsCollection.isEmpty()
            || call.noSyncToken))
        return Texts::tr("--url, --user, --contacts-collection and --no-sync-token go with sync "
                         "setup only.");
    if (!call.kind.isEmpty()) {
        SyncKind kind;
        const QStringList keys = call.kind.split(QLatin1Char(','));
        const bool known = std::all_of(keys.begin(), keys.end(), [&kind](const QString& key) {
            return syncKindFromKey(key.trimmed(), kind);
        });
        if (what == QLatin1String("status") || !known
            || (what == QLatin1String("now") && keys.size() > 1))
            return Texts::tr("--kind goes with sync setup (one or more of contacts, followups, "
                             "journal, separated by commas) and sync now (one of them); got "
                             "“%1”.")
                .arg(call.kind);
    }
    if (call.passwordStdin && what == QLatin1String("status"))
        return Texts::tr("--password-stdin goes with sync setup and sync now only.");
    return {};
}

int syncCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    const QString what = call.arguments.value(0);
    if (what == QLatin1String("setup"))
        return setupCommand(db, call, out, err);
    if (what == QLatin1String("now"))
        return nowCommand(db, call, out, err);
    return statusCommand(db, out, err);
}

} // namespace finalist::cli
