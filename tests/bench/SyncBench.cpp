// Two-way sync with a CardDAV/CalDAV server: a Radicale of its own on 127.0.0.1 (auth none, its
// storage in a temporary folder, fsync on as Radicale ships), Finalist's own address book and
// follow-up task list (the journal kind is not set up: these measures are about contacts and
// follow-ups). 5,000 contacts (names, company, title, an email, a phone, notes) and 1,000
// follow-ups (a reason, a due day, two in three linked to a contact).
//
// BM_FirstSyncReceive: the 6,000 records on the server; a new journal's setup and first sync
//   takes them all. A fresh journal each iteration, the same collections.
// BM_IncrementalSync: two journals holding the 6,000 records. One makes 10 changes (6 contacts
//   edited, 2 follow-ups done, 1 contact added, 1 deleted) and syncs (send_), the other syncs
//   (receive_), then syncs again with nothing to do (noop_).
// BM_FirstSyncSend: a journal's setup and first sync to an empty server, a new user each
//   iteration. Radicale reads every item of a collection on each PUT that creates one (its UID
//   check), so an upload of n records costs O(n²) on the server: about 0.1 s a PUT at 1,000
//   items and 0.4 s at 5,000 on the machine this was written on, some 20 minutes for 5,000
//   contacts and as long again for the limit. So it runs with 500 contacts and 100 follow-ups;
//   FINALIST_SYNC_BENCH_FULL=1 adds the full 5,000 and 1,000 (one iteration, most of an hour).
//
// The limit of each, measured in the same iteration so the ratio survives a noisy machine: the
// same HTTP requests to the same Radicale by the thinnest client there is here, sync::DavClient
// through sync::DavCollection (the requests and the reading of their answers; no SQLite, no
// vCard or iCalendar parsing), on a collection of the same content:
// - first send: the two collections made (MKCOL), then one PUT (If-None-Match: *) of each
//   record, with the very bytes the sync sent, one request at a time as the sync sends them;
// - first receive: sync-collection REPORT from an empty token on each collection, then multiget
//   of every href in batches of 100 (as the sync does), on the same collections;
// - incremental send: sync-collection REPORT since its last token on each collection, then the
//   same 9 PUTs (If-Match, If-None-Match: * for the new contact, the sync's bytes) and 1 DELETE;
// - incremental receive: sync-collection REPORT since its last token and a multiget of what
//   changed, on each collection; noop: the two REPORTs.
// The limits of the incremental sync run on a copy of the collections under another user, with
// their own tokens, and get the same writes as the journals' collections.
//
// Outside the timing: the server's records for the receive and incremental measures are written
// as files straight into Radicale's storage (the exact bytes Finalist's adapters write), then
// read once over HTTP so Radicale's cache is warm, alike for the sync and its limit.
//
// Time is the sync's wall time (manual time, including setup for a first sync). Counters: p50
// and p95 in ms of the sync, of its limit (limit_) and of their ratio per iteration (ratio_),
// and the HTTP requests of the sync (SyncReport::requests; a first sync's setup, discovery and
// MKCOL, is not counted there). Each iteration's times are printed to stderr as well.
#include "dav/DavClient.h"
#include "dav/DavCollection.h"
#include "dav/DavDiscovery.h"
#include "engine/ContactAdapter.h"
#include "engine/FollowUpAdapter.h"
#include "engine/SyncRun.h"
#include "engine/SyncSetup.h"
#include "RadicaleServer.h"
#include "records/ContactFields.h"
#include "records/FollowUpFields.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/SyncState.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <map>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

using namespace finalist;

namespace {

using Steady = std::chrono::steady_clock;

constexpr int kContacts = 5000;
constexpr int kFollowUps = 1000;
constexpr int kTimeoutMs = 600000; // a REPORT over 6,000 items is slow, not broken
const QString kPassword = QStringLiteral("secret"); // auth none takes any

test::RadicaleServer* g_server = nullptr;
QTemporaryDir* g_journals = nullptr;
int g_serial = 0; // makes every journal file and server user new

// ---- failing loudly: a benchmark that measured something else is worse than none ----------

[[noreturn]] void fail(const char* what, const Error& error)
{
    qFatal("%s: %s (%s)", what, qPrintable(error.message), qPrintable(error.detail));
}

template <typename T> T must(Result<T> result, const char* what)
{
    if (!result)
        fail(what, result.error());
    return std::move(result).value();
}

void must(const Status& status, const char* what)
{
    if (!status)
        fail(what, status.error());
}

void check(bool condition, const char* what)
{
    if (!condition)
        qFatal("unexpected: %s", what);
}

double msSince(Steady::time_point start)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

// ---- the records -----------------------------------------------------------------------------

QStringList words(std::initializer_list<const char*> list)
{
    QStringList made;
    for (const char* word : list)
        made << QString::fromUtf8(word);
    return made;
}

Contact sampleContact(int i)
{
    static const QStringList first = words(
        { "Maya", "Jonas", "Aylin", "Tomasz", "Ingrid", "Kwame", "Lucía", "Henrik", "Priya",
          "Mateo", "Sanna", "Oluwaseun", "Chen", "Fatima", "Nils", "Élodie", "Ravi", "Greta" });
    static const QStringList last
        = words({ "Lindqvist", "Okafor", "Müller", "Novak", "Haddad", "Fernández", "Sørensen",
                  "Nakamura", "Brennan", "Kowalski", "Iyer", "Dubois", "Achterberg", "Mensah",
                  "Virtanen", "Rossi", "Park", "O'Connell" });
    static const QStringList companies
        = words({ "Nettle & Co", "Brightwave", "Kestrel Labs", "Fjord Data", "Ortolan",
                  "Pinecone Health", "Saltmarsh", "Quillon AG", "Harbor Freight Tech",
                  "Lumen Works", "Tidewater", "Graniteware" });
    static const QStringList titles
        = words({ "Engineering Manager", "Senior Recruiter", "Staff Engineer", "Head of Data",
                  "Product Designer", "Talent Partner", "VP Engineering", "Platform Lead" });
    static const QStringList events
        = words({ "the Berlin data meetup", "a referral from a friend", "PyCon",
                  "a LinkedIn message", "the alumni evening" });
    const QString firstName = first[i % first.size()];
    const QString lastName = last[(i / first.size()) % last.size()];
    const QString company = companies[(i / 7) % companies.size()]
        + (i >= 84 ? QStringLiteral(" %1").arg(i / 84) : QString());
    Contact c;
    c.firstName = firstName;
    c.lastName = lastName;
    c.company = company;
    c.title = titles[i % titles.size()];
    c.email = QStringLiteral("%1.%2.%3@example.org")
                  .arg(QString(firstName).toLower().remove(QLatin1Char(' ')))
                  .arg(QString(lastName).toLower().remove(QLatin1Char('\'')))
                  .arg(i);
    c.phone = QStringLiteral("+49 30 %1").arg(2000000 + i);
    c.notes = QStringLiteral("Met through %1. Works on the %2 team at %3; asked about their "
                             "hiring plans and offered an introduction to the platform lead.")
                  .arg(events[i % events.size()], c.title.section(QLatin1Char(' '), -1), company);
    return c;
}

FollowUp sampleFollowUp(int j)
{
    static const QStringList reasons
        = words({ "Send the portfolio link", "Ask about the team's roadmap",
                  "Thank them for the introduction", "Check in on the open role",
                  "Share the article we discussed", "Ask for feedback on the take-home" });
    FollowUp f;
    f.kind = FollowUpKind::Action;
    f.reason = QStringLiteral("%1 (%2)").arg(reasons[j % reasons.size()]).arg(j);
    f.dueOn = QDate(2026, 3, 2).addDays(j % 120 - 30);
    return f;
}

// The contact a follow-up is about: two in three have one.
int linkedContact(int j, int contacts)
{
    return j % 3 == 0 ? -1 : (j * 5) % contacts;
}

std::unique_ptr<Database> newJournal(const char* role)
{
    const QString path = g_journals->filePath(
        QStringLiteral("%1-%2.sqlite").arg(QLatin1String(role)).arg(++g_serial));
    return must(Database::open(path), "opening a journal");
}

// A journal with `contacts` and `followUps` records made here.
void fill(Database& db, int contacts, int followUps)
{
    Transaction transaction(db.connection());
    ContactRepository people(db);
    FollowUpRepository tasks(db);
    std::vector<qint64> ids;
    for (int i = 0; i < contacts; ++i) {
        Contact c = sampleContact(i);
        must(people.add(c), "adding a contact");
        ids.push_back(c.id);
    }
    for (int j = 0; j < followUps; ++j) {
        FollowUp f = sampleFollowUp(j);
        if (const int linked = linkedContact(j, contacts); linked >= 0)
            f.contactId = ids[std::size_t(linked)];
        must(tasks.add(f), "adding a follow-up");
    }
    must(transaction.commit(), "committing the records");
}

QString uidOf(const char* kind, int i)
{
    static const QUuid space
        = QUuid::fromString(QStringLiteral("{7c1e7a52-3f0d-4c55-9a57-0e5b8a3d6f11}"));
    return QUuid::createUuidV5(space, QStringLiteral("%1-%2").arg(QLatin1String(kind)).arg(i))
        .toString(QUuid::WithoutBraces);
}

QString contactFile(int i)
{
    return uidOf("contact", i) + QStringLiteral(".vcf");
}

QString followUpFile(int j)
{
    return uidOf("follow-up", j) + QStringLiteral(".ics");
}

// A collection's records on the server: file name → the card or calendar.
using Files = std::map<QString, QByteArray>;

struct ServerRecords
{
    Files contacts;
    Files followUps;
};

// The records as another Finalist would have sent them (its adapters' bytes), with UIDs of
// their own.
const ServerRecords& serverRecords()
{
    static const ServerRecords records = [] {
        const auto scratch = newJournal("scratch");
        const sync::ContactAdapter cards(*scratch, QStringLiteral("DE"));
        const sync::FollowUpAdapter tasks(*scratch);
        ServerRecords made;
        std::vector<Contact> people;
        for (int i = 0; i < kContacts; ++i) {
            Contact c = sampleContact(i);
            c.syncPreferred();
            made.contacts[contactFile(i)]
                = cards.write(sync::contactFields(c), {}, uidOf("contact", i));
            people.push_back(c);
        }
        for (int j = 0; j < kFollowUps; ++j) {
            sync::FollowUpLinks links;
            if (const int linked = linkedContact(j, kContacts); linked >= 0) {
                const Contact& c = people[std::size_t(linked)];
                links.contact = sync::contactLinkText(c.displayName(), c.company);
                links.contactUid = uidOf("contact", linked);
            }
            made.followUps[followUpFile(j)] = tasks.write(
                sync::followUpFields(sampleFollowUp(j), links), {}, uidOf("follow-up", j));
        }
        return made;
    }();
    return records;
}

// ---- the server ------------------------------------------------------------------------------

QUrl home(const QString& user)
{
    return g_server->url().resolved(QUrl(QStringLiteral("/%1/").arg(user)));
}

QUrl collectionOf(const QString& user, SyncKind kind)
{
    return home(user).resolved(QUrl(sync::ownCollectionSlug(kind) + QLatin1Char('/')));
}

QUrl resourceOf(const QString& user, SyncKind kind, const QString& file)
{
    return collectionOf(user, kind).resolved(QUrl(file));
}

// Finalist's own collections for a user, as setUpSync makes them.
void makeCollections(sync::DavClient& client, const QString& user)
{
    must(sync::createAddressBook(client, home(user), sync::ownCollectionSlug(SyncKind::Contacts),
                                 sync::ownCollectionName(SyncKind::Contacts)),
         "making the address book");
    must(sync::createCalendar(client, home(user), sync::ownCollectionSlug(SyncKind::FollowUps),
                              sync::ownCollectionName(SyncKind::FollowUps),
                              { QStringLiteral("VTODO") }),
         "making the task list");
}

void writeFiles(const QString& user, SyncKind kind, const Files& files)
{
    const QDir folder(g_server->storageFolder() + QStringLiteral("/collection-root/") + user
                      + QLatin1Char('/') + sync::ownCollectionSlug(kind));
    check(folder.exists(), "the collection's folder in Radicale's storage");
    for (const auto& [name, data] : files) {
        QFile file(folder.filePath(name));
        check(file.open(QIODevice::WriteOnly) && file.write(data) == data.size(),
              "writing a record into Radicale's storage");
    }
}

// The limit of a first receive: every record listed and fetched. Returns how many came.
std::size_t fetchAll(sync::DavClient& client, const QString& user, SyncKind kind)
{
    sync::DavCollection dav(client);
    const QUrl collection = collectionOf(user, kind);
    const bool addressBook = kind == SyncKind::Contacts;
    const auto listed = must(dav.syncCollection(collection, {}, addressBook), "listing");
    QStringList hrefs;
    for (const sync::DavResource& r : listed.changed)
        hrefs << r.href;
    const auto fetched = must(dav.multiget(collection, hrefs, addressBook), "fetching");
    for (const sync::DavResource& r : fetched)
        check(r.status == 200 && !r.data.isEmpty(), "a fetched record");
    return fetched.size();
}

// A user with Finalist's collections holding the server's records, read once.
void populate(const QString& user)
{
    sync::DavClient client(g_server->url(), user, kPassword, kTimeoutMs);
    makeCollections(client, user);
    writeFiles(user, SyncKind::Contacts, serverRecords().contacts);
    writeFiles(user, SyncKind::FollowUps, serverRecords().followUps);
    check(fetchAll(client, user, SyncKind::Contacts) == std::size_t(kContacts), "contacts listed");
    check(fetchAll(client, user, SyncKind::FollowUps) == std::size_t(kFollowUps),
          "follow-ups listed");
}

// ---- the sync --------------------------------------------------------------------------------

void setUpSync(Database& db, const QString& user)
{
    sync::SyncSetupOptions options;
    options.serverUrl = g_server->url().toString();
    options.userName = user;
    options.password = kPassword;
    options.kinds = { SyncKind::Contacts, SyncKind::FollowUps };
    options.timeoutMs = kTimeoutMs;
    must(sync::setUpSync(db, options), "setting up sync");
}

sync::SyncReport syncNow(Database& db)
{
    sync::SyncRunOptions options;
    options.password = kPassword;
    options.timeoutMs = kTimeoutMs;
    options.phoneRegion = QStringLiteral("DE");
    return must(sync::syncNow(db, options), "syncing");
}

// ---- reporting -------------------------------------------------------------------------------

// The median and the 95th percentile (nearest rank: the smallest value that at least 95 % of the
// runs do not exceed).
std::pair<double, double> percentiles(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return { values[values.size() / 2], values[(values.size() * 95 + 99) / 100 - 1] };
}

// One measure: the sync's times, its limit's, their ratios and the sync's requests. Each
// iteration is also printed (to stderr), for the spread the percentiles hide.
struct Series
{
    explicit Series(std::string label)
        : name(std::move(label))
    {
    }

    std::string name;
    std::vector<double> sync, limit, ratio, requests;

    void add(double syncMs, double limitMs, int syncRequests)
    {
        sync.push_back(syncMs);
        limit.push_back(limitMs);
        ratio.push_back(syncMs / limitMs);
        requests.push_back(syncRequests);
        fprintf(stderr, "  %-26s #%zu: sync %9.1f ms, limit %9.1f ms, ratio %5.2f, %d requests\n",
                name.c_str(), sync.size(), syncMs, limitMs, ratio.back(), syncRequests);
    }

    void report(benchmark::State& state, const std::string& prefix) const
    {
        const auto [syncP50, syncP95] = percentiles(sync);
        const auto [limitP50, limitP95] = percentiles(limit);
        const auto [ratioP50, ratioP95] = percentiles(ratio);
        state.counters[prefix + "p50_ms"] = syncP50;
        state.counters[prefix + "p95_ms"] = syncP95;
        state.counters[prefix + "limit_p50_ms"] = limitP50;
        state.counters[prefix + "limit_p95_ms"] = limitP95;
        state.counters[prefix + "ratio_p50"] = ratioP50;
        state.counters[prefix + "ratio_p95"] = ratioP95;
        state.counters[prefix + "requests"] = percentiles(requests).first;
    }
};

// ---- the measures ----------------------------------------------------------------------------

void BM_FirstSyncReceive(benchmark::State& state)
{
    const QString user = QStringLiteral("receive");
    populate(user);
    sync::DavClient limitClient(g_server->url(), user, kPassword, kTimeoutMs);
    Series receive{ "first receive" };
    int round = 0;
    for (auto _ : state) {
        const auto db = newJournal("receive");
        double syncMs = 0;
        double limitMs = 0;
        sync::SyncReport report;
        const auto runSync = [&] {
            const auto start = Steady::now();
            setUpSync(*db, user);
            report = syncNow(*db);
            syncMs = msSince(start);
        };
        const auto runLimit = [&] {
            const auto start = Steady::now();
            const std::size_t fetched = fetchAll(limitClient, user, SyncKind::Contacts)
                + fetchAll(limitClient, user, SyncKind::FollowUps);
            limitMs = msSince(start);
            check(fetched == std::size_t(kContacts + kFollowUps), "the limit fetched everything");
        };
        // Alternately first: whichever reads the collection second finds the disk cache warmer.
        if (round++ % 2 == 0) {
            runSync();
            runLimit();
        } else {
            runLimit();
            runSync();
        }
        check(report.added == kContacts + kFollowUps, "every record was received");
        check(report.sent == 0 && report.unreadable == 0, "nothing sent back, nothing unreadable");
        check(ContactRepository(*db).count().value() == kContacts, "the contacts are here");
        check(FollowUpRepository(*db).list().value().size() == std::size_t(kFollowUps),
              "the follow-ups are here");
        state.SetIterationTime(syncMs / 1000);
        receive.add(syncMs, limitMs, report.requests);
    }
    receive.report(state, "");
}
BENCHMARK(BM_FirstSyncReceive)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);

// What one round of the incremental measure changes in the sending journal: the file names on
// the server of what it changed, and the one it deleted.
struct Changes
{
    QList<qint64> contacts; // edited or added
    QList<qint64> followUps;
    QString deletedFile;
};

Changes change(Database& db, int round)
{
    SyncState state(db);
    ContactRepository people(db);
    FollowUpRepository tasks(db);
    const auto contactId = [&](int i) {
        const qint64 id = must(state.localIdOfUid(SyncKind::Contacts, uidOf("contact", i)),
                               "finding a contact");
        check(id > 0, "the contact is synced");
        return id;
    };
    Changes made;
    // Contacts no follow-up is about (those are multiples of 5), so the changes stay ten.
    for (int m = 0; m < 6; ++m) {
        const int i = 1 + 5 * (7 * round + m);
        Contact c = must(people.get(contactId(i)), "reading a contact");
        c.title = QStringLiteral("Director of Engineering");
        c.notes
            += QStringLiteral("\nSpoke again in round %1: the team is hiring in May.").arg(round);
        must(people.update(c), "editing a contact");
        made.contacts << c.id;
    }
    const int deleted = 1 + 5 * (7 * round + 6);
    must(people.remove(contactId(deleted)), "deleting a contact");
    made.deletedFile = contactFile(deleted);
    Contact added = sampleContact(kContacts + round);
    must(people.add(added), "adding a contact");
    made.contacts << added.id;
    for (int j = 2 * round; j < 2 * round + 2; ++j) {
        const qint64 id
            = must(state.localIdOfUid(SyncKind::FollowUps, uidOf("follow-up", j)), "a follow-up");
        FollowUp f = must(tasks.get(id), "reading a follow-up");
        f.status = FollowUpStatus::Done;
        f.doneOn = QDate(2026, 3, 2);
        must(tasks.update(f), "marking a follow-up done");
        made.followUps << id;
    }
    return made;
}

QByteArray contentTypeOf(SyncKind kind)
{
    return kind == SyncKind::Contacts ? QByteArray("text/vcard; charset=utf-8")
                                      : QByteArray("text/calendar; charset=utf-8; component=VTODO");
}

// A write of the limit: a record's file and the bytes the sync sent for it.
struct Write
{
    SyncKind kind;
    QString file;
    QByteArray data;
};

std::vector<Write> writesOf(Database& db, const Changes& changes)
{
    std::vector<Write> writes;
    SyncState state(db);
    for (SyncKind kind : { SyncKind::Contacts, SyncKind::FollowUps }) {
        const QList<qint64>& ids
            = kind == SyncKind::Contacts ? changes.contacts : changes.followUps;
        for (const SyncItem& item : must(state.items(kind), "reading the sync's items")) {
            if (ids.contains(item.localId))
                writes.push_back(
                    { kind, item.href.section(QLatin1Char('/'), -1), item.serverData });
        }
    }
    check(writes.size() == 9, "nine records were sent");
    return writes;
}

// A client of the limit's copy, with its own sync-tokens and the ETags it knows.
class LimitClient
{
public:
    explicit LimitClient(QString user)
        : m_user(std::move(user))
        , m_client(g_server->url(), m_user, kPassword, kTimeoutMs)
    {
    }

    // sync-collection since the last token on both collections: what changed on each.
    std::map<SyncKind, sync::DavChanges> changes()
    {
        std::map<SyncKind, sync::DavChanges> all;
        for (SyncKind kind : { SyncKind::Contacts, SyncKind::FollowUps }) {
            auto changed
                = must(sync::DavCollection(m_client).syncCollection(
                           collectionOf(m_user, kind), m_tokens[kind], kind == SyncKind::Contacts),
                       "listing the changes");
            check(!changed.tokenRejected && !changed.truncated, "a whole answer");
            m_tokens[kind] = changed.token;
            for (const sync::DavResource& r : changed.changed)
                m_etags[r.href.section(QLatin1Char('/'), -1)] = r.etag;
            all[kind] = std::move(changed);
        }
        return all;
    }

    void send(const std::vector<Write>& writes, const QString& deletedFile)
    {
        sync::DavCollection dav(m_client);
        for (const Write& w : writes) {
            const auto known = m_etags.find(w.file);
            const bool create = known == m_etags.end();
            const auto written
                = must(dav.put(resourceOf(m_user, w.kind, w.file), w.data, contentTypeOf(w.kind),
                               create ? QString() : known->second, create),
                       "writing a record");
            check(written.outcome == sync::PutOutcome::Outcome::Written, "the write went in");
            m_etags[w.file] = written.etag;
        }
        check(must(dav.remove(resourceOf(m_user, SyncKind::Contacts, deletedFile),
                              m_etags[deletedFile]),
                   "deleting a record"),
              "the deletion went in");
        m_etags.erase(deletedFile);
    }

    // The records that changed, fetched: the limit of a receiving sync.
    int receive()
    {
        int fetched = 0;
        for (auto& [kind, changed] : changes()) {
            QStringList hrefs;
            for (const sync::DavResource& r : changed.changed)
                hrefs << r.href;
            if (hrefs.isEmpty())
                continue;
            for (const sync::DavResource& r :
                 must(sync::DavCollection(m_client).multiget(collectionOf(m_user, kind), hrefs,
                                                             kind == SyncKind::Contacts),
                      "fetching the changes")) {
                check(r.status == 200 && !r.data.isEmpty(), "a fetched change");
                ++fetched;
            }
        }
        return fetched;
    }

    int requests() const { return m_client.requestsSent(); }

private:
    QString m_user;
    sync::DavClient m_client;
    std::map<SyncKind, QString> m_tokens;
    std::map<QString, QString> m_etags; // by file name
};

void BM_IncrementalSync(benchmark::State& state)
{
    const QString user = QStringLiteral("incremental");
    const QString limitUser = QStringLiteral("incremental-limit");
    populate(user);
    populate(limitUser);
    const auto a = newJournal("sender");
    const auto b = newJournal("receiver");
    for (Database* db : { a.get(), b.get() }) {
        setUpSync(*db, user);
        check(syncNow(*db).added == kContacts + kFollowUps, "a journal took everything");
    }
    check(!syncNow(*a).changedAnything(), "the journals agree");
    LimitClient limitSender(limitUser);
    LimitClient limitReceiver(limitUser);
    limitSender.changes(); // the tokens and ETags, as the journals have them
    limitReceiver.changes();

    Series send{ "incremental send" };
    Series receive{ "incremental receive" };
    Series noop{ "incremental nothing to do" };
    int round = 0;
    for (auto _ : state) {
        const Changes changes = change(*a, round++);

        auto start = Steady::now();
        const sync::SyncReport sent = syncNow(*a);
        const double sendMs = msSince(start);
        check(sent.sent == 9 && sent.deletedOnServer == 1 && sent.added + sent.updated == 0,
              "ten changes sent, nothing received");
        const std::vector<Write> writes = writesOf(*a, changes);
        start = Steady::now();
        limitSender.changes();
        limitSender.send(writes, changes.deletedFile);
        send.add(sendMs, msSince(start), sent.requests);
        // The next sync of each sender lists its own writes back; not measured.
        syncNow(*a);
        limitSender.changes();

        start = Steady::now();
        const sync::SyncReport received = syncNow(*b);
        const double receiveMs = msSince(start);
        check(received.updated == 8 && received.added == 1 && received.removed == 1
                  && received.sent == 0,
              "ten changes received");
        start = Steady::now();
        check(limitReceiver.receive() == 9, "the limit fetched nine records");
        receive.add(receiveMs, msSince(start), received.requests);

        start = Steady::now();
        const sync::SyncReport nothing = syncNow(*b);
        const double noopMs = msSince(start);
        check(!nothing.changedAnything(), "nothing to do");
        start = Steady::now();
        check(limitReceiver.receive() == 0, "nothing for the limit either");
        noop.add(noopMs, msSince(start), nothing.requests);

        state.SetIterationTime(sendMs / 1000);
    }
    send.report(state, "send_");
    receive.report(state, "receive_");
    noop.report(state, "noop_");
}
BENCHMARK(BM_IncrementalSync)->Iterations(10)->UseManualTime()->Unit(benchmark::kMillisecond);

// Every record a journal's sync sent, as it sent them.
std::vector<Write> sentBy(Database& db)
{
    std::vector<Write> writes;
    SyncState state(db);
    for (SyncKind kind : { SyncKind::Contacts, SyncKind::FollowUps }) {
        for (const SyncItem& item : must(state.items(kind), "reading the sync's items"))
            writes.push_back({ kind, item.href.section(QLatin1Char('/'), -1), item.serverData });
    }
    return writes;
}

void BM_FirstSyncSend(benchmark::State& state)
{
    const int contacts = int(state.range(0));
    const int followUps = int(state.range(1));
    Series send{ "first send " + std::to_string(contacts) + "+" + std::to_string(followUps) };
    std::vector<Write> writes; // what the last sync sent: the limit's records
    int round = 0;
    for (auto _ : state) {
        const auto db = newJournal("send");
        fill(*db, contacts, followUps);
        const QString user = QStringLiteral("send-%1").arg(g_serial);
        double syncMs = 0;
        double limitMs = 0;
        sync::SyncReport sent;
        const auto runSync = [&] {
            const auto start = Steady::now();
            setUpSync(*db, user);
            sent = syncNow(*db);
            syncMs = msSince(start);
            check(sent.sent == contacts + followUps && sent.added == 0, "every record was sent");
            writes = sentBy(*db);
            check(writes.size() == std::size_t(contacts + followUps), "every record is mapped");
        };
        const auto runLimit = [&] {
            const QString limitUser = user + QStringLiteral("-limit");
            sync::DavClient client(g_server->url(), limitUser, kPassword, kTimeoutMs);
            sync::DavCollection dav(client);
            const auto start = Steady::now();
            makeCollections(client, limitUser);
            for (const Write& w : writes) {
                const auto written = must(dav.put(resourceOf(limitUser, w.kind, w.file), w.data,
                                                  contentTypeOf(w.kind), {}, true),
                                          "writing a record");
                check(written.outcome == sync::PutOutcome::Outcome::Written, "the write went in");
            }
            limitMs = msSince(start);
        };
        // Alternately first (the limit then sends what the previous sync did: the same records
        // but for their UIDs and time stamps), so neither always meets the server as the other
        // left it.
        if (round++ % 2 == 0) {
            runSync();
            runLimit();
        } else {
            runLimit();
            runSync();
        }
        state.SetIterationTime(syncMs / 1000);
        send.add(syncMs, limitMs, sent.requests);
    }
    send.report(state, "");
}
BENCHMARK(BM_FirstSyncSend)
    ->ArgNames({ "contacts", "followups" })
    ->Args({ 500, 100 })
    ->Iterations(3)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // the network's event loops
    benchmark::Initialize(&argc, argv);
    if (!test::RadicaleServer::available()) {
        fprintf(stderr, "radicale is not installed (script/bootstrap installs it)\n");
        return 1;
    }
    if (qEnvironmentVariableIntValue("FINALIST_SYNC_BENCH_FULL") == 1) {
        benchmark::RegisterBenchmark("BM_FirstSyncSend", BM_FirstSyncSend)
            ->ArgNames({ "contacts", "followups" })
            ->Args({ kContacts, kFollowUps })
            ->Iterations(1)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
    }
    QTemporaryDir journals;
    g_journals = &journals;
    test::RadicaleServer server;
    if (const Status started = server.start(); !started)
        fail("starting radicale", started.error());
    g_server = &server;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
