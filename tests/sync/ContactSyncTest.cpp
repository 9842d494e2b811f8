// Two journals syncing their contacts through one Radicale: changes on each side in turn and at
// once, conflicts, deletions against edits, and the path for servers without sync tokens.
#include "engine/SyncHistoryText.h"
#include "engine/SyncRun.h"
#include "engine/SyncSetup.h"
#include "records/ContactFields.h"
#include "storage/ContactRepository.h"
#include "storage/SyncState.h"
#include "storage/Transaction.h"
#include "SyncedJournals.h"

using namespace finalist;
using namespace finalist::test;

namespace {

class ContactSync : public SyncedJournals
{
};

} // namespace

TEST_F(ContactSync, CreateEditDeleteOnEachSideInTurn)
{
    Contact maya = add(*a, QStringLiteral("Maya"), QStringLiteral("Lindqvist"),
                       QStringLiteral("Nettle & Co"));
    maya.details.push_back(
        { DetailKind::Phone, QStringLiteral("work"), QStringLiteral("030 1234567"), true });
    maya.details.push_back(
        { DetailKind::Email, QStringLiteral("work"), QStringLiteral("maya@nettle.example"), true });
    maya.role = RoleCategory::HiringManager;
    maya.warmth = 4;
    maya.linkedInStatus = LinkedInStatus::Connected;
    maya.linkedInStatusOn = QDate(2026, 11, 2);
    maya.birthday = QStringLiteral("--04-15");
    maya.notes = QStringLiteral("Asked about the data platform;\nsee entry of 2 Nov.");
    ASSERT_OK(ContactRepository(*a).update(maya));
    add(*a, QStringLiteral("Jon"), QStringLiteral("Okafor"), QStringLiteral("Nettle & Co"));
    setUpSync(*a);
    setUpSync(*b);

    EXPECT_EQ(syncOrFail(*a).sent, 2);
    const sync::SyncReport first = syncOrFail(*b);
    EXPECT_EQ(first.added, 2);
    EXPECT_EQ(contents(*b), contents(*a));
    EXPECT_FALSE(syncOrFail(*b).changedAnything()) << "a second sync finds nothing to do";

    // b edits one, deletes the other, adds a third.
    Contact inB = find(*b, QStringLiteral("Lindqvist"));
    inB.title = QStringLiteral("Director of Data");
    inB.details.push_back(
        { DetailKind::Email, QStringLiteral("home"), QStringLiteral("maya@home.example"), false });
    ASSERT_OK(ContactRepository(*b).update(inB));
    ASSERT_OK(ContactRepository(*b).remove(find(*b, QStringLiteral("Okafor")).id));
    add(*b, QStringLiteral("Ruth"), QStringLiteral("Abebe"), QStringLiteral("Harbor Analytics"));
    const sync::SyncReport fromB = syncOrFail(*b);
    EXPECT_EQ(fromB.sent, 2);
    EXPECT_EQ(fromB.deletedOnServer, 1);
    const sync::SyncReport intoA = syncOrFail(*a);
    EXPECT_EQ(intoA.added, 1);
    EXPECT_EQ(intoA.updated, 1);
    EXPECT_EQ(intoA.removed, 1);
    EXPECT_EQ(contents(*a), contents(*b));
    EXPECT_EQ(find(*a, QStringLiteral("Lindqvist")).title, QStringLiteral("Director of Data"));

    // and a edits back.
    Contact ruth = find(*a, QStringLiteral("Abebe"));
    ruth.warmth = 2;
    ASSERT_OK(ContactRepository(*a).update(ruth));
    syncAll();
    syncOrFail(*b);
    EXPECT_EQ(contents(*a), contents(*b));
    EXPECT_EQ(find(*b, QStringLiteral("Abebe")).warmth, 2);
    EXPECT_EQ(contents(*a).size(), 2);
}

TEST_F(ContactSync, EditsOfDifferentFieldsAtOnceAreBothKept)
{
    add(*a, QStringLiteral("Maya"), QStringLiteral("Lindqvist"), QStringLiteral("Nettle & Co"));
    setUpSync(*a);
    setUpSync(*b);
    syncAll();

    Contact inA = find(*a, QStringLiteral("Lindqvist"));
    inA.title = QStringLiteral("VP Engineering");
    ASSERT_OK(ContactRepository(*a).update(inA));
    Contact inB = find(*b, QStringLiteral("Lindqvist"));
    inB.notes = QStringLiteral("Sent the thank-you note on Monday");
    ASSERT_OK(ContactRepository(*b).update(inB));

    syncAll();
    syncOrFail(*b);
    for (Database* db : { a.get(), b.get() }) {
        const Contact merged = find(*db, QStringLiteral("Lindqvist"));
        EXPECT_EQ(merged.title, QStringLiteral("VP Engineering"));
        EXPECT_EQ(merged.notes, QStringLiteral("Sent the thank-you note on Monday"));
        EXPECT_EQ(SyncState(*db).conflictCount().value(), 0);
    }
    EXPECT_EQ(contents(*a), contents(*b));
}

TEST_F(ContactSync, TheSameFieldChangedOnBothSidesKeepsBothVersions)
{
    add(*a, QStringLiteral("Maya"), QStringLiteral("Lindqvist"), QStringLiteral("Nettle & Co"));
    setUpSync(*a);
    setUpSync(*b);
    syncAll();

    Contact inA = find(*a, QStringLiteral("Lindqvist"));
    inA.company = QStringLiteral("Nettle Group");
    ASSERT_OK(ContactRepository(*a).update(inA));
    Contact inB = find(*b, QStringLiteral("Lindqvist"));
    inB.company = QStringLiteral("Harbor Analytics");
    ASSERT_OK(ContactRepository(*b).update(inB));

    syncOrFail(*a);
    const sync::SyncReport clash = syncOrFail(*b);
    EXPECT_EQ(clash.conflicts, 1);
    const Contact kept = find(*b, QStringLiteral("Lindqvist"));
    EXPECT_EQ(kept.company, QStringLiteral("Harbor Analytics")) << "the local value stays";
    auto conflicts = SyncState(*b).conflicts(SyncKind::Contacts, kept.id);
    ASSERT_OK(conflicts);
    ASSERT_EQ(conflicts.value().size(), 1u);
    EXPECT_EQ(conflicts.value()[0].field, QStringLiteral("company"));
    EXPECT_EQ(conflicts.value()[0].localValue, QStringLiteral("Harbor Analytics"));
    EXPECT_EQ(conflicts.value()[0].serverValue, QStringLiteral("Nettle Group"));
    auto history = SyncState(*b).history(SyncKind::Contacts, kept.id);
    ASSERT_OK(history);
    ASSERT_FALSE(history.value().empty());
    EXPECT_TRUE(sync::history::text(SyncKind::Contacts, history.value().front().change)
                    .contains(QStringLiteral("Company")))
        << history.value().front().change.toStdString();
    // Nothing else of the record was touched, and the two journals agree afterwards.
    syncOrFail(*a);
    EXPECT_EQ(contents(*a), contents(*b));
}

TEST_F(ContactSync, DeletedHereWhileEditedThereComesBack)
{
    add(*a, QStringLiteral("Maya"), QStringLiteral("Lindqvist"), QStringLiteral("Nettle & Co"));
    setUpSync(*a);
    setUpSync(*b);
    syncAll();

    ASSERT_OK(ContactRepository(*a).remove(find(*a, QStringLiteral("Lindqvist")).id));
    Contact inB = find(*b, QStringLiteral("Lindqvist"));
    inB.notes = QStringLiteral("Offered to introduce me to the platform team");
    ASSERT_OK(ContactRepository(*b).update(inB));

    syncOrFail(*b); // the edit reaches the server first
    const sync::SyncReport back = syncOrFail(*a); // a's deletion finds it changed
    EXPECT_EQ(back.keptEdited, 1);
    EXPECT_EQ(back.deletedOnServer, 0);
    const Contact restored = find(*a, QStringLiteral("Lindqvist"));
    EXPECT_EQ(restored.notes, QStringLiteral("Offered to introduce me to the platform team"));
    auto history = SyncState(*a).history(SyncKind::Contacts, restored.id);
    ASSERT_OK(history);
    ASSERT_FALSE(history.value().empty());
    EXPECT_TRUE(sync::history::text(SyncKind::Contacts, history.value().front().change)
                    .contains(QStringLiteral("kept")));
    syncOrFail(*b);
    EXPECT_EQ(contents(*a), contents(*b));
}

TEST_F(ContactSync, DeletedThereWhileEditedHereStaysAndGoesBack)
{
    add(*a, QStringLiteral("Maya"), QStringLiteral("Lindqvist"), QStringLiteral("Nettle & Co"));
    setUpSync(*a);
    setUpSync(*b);
    syncAll();

    ASSERT_OK(ContactRepository(*a).remove(find(*a, QStringLiteral("Lindqvist")).id));
    Contact inB = find(*b, QStringLiteral("Lindqvist"));
    inB.warmth = 5;
    ASSERT_OK(ContactRepository(*b).update(inB));

    EXPECT_EQ(syncOrFail(*a).deletedOnServer, 1); // the deletion reaches the server first
    const sync::SyncReport kept = syncOrFail(*b);
    EXPECT_EQ(kept.keptEdited, 1);
    EXPECT_EQ(kept.removed, 0);
    EXPECT_EQ(kept.sent, 1) << "sent again as a new card";
    EXPECT_EQ(find(*b, QStringLiteral("Lindqvist")).warmth, 5);
    syncOrFail(*a);
    EXPECT_EQ(contents(*a), contents(*b));
    EXPECT_EQ(contents(*a).size(), 1);
}

TEST_F(ContactSync, AServerWithoutSyncTokensGoesByETags)
{
    add(*a, QStringLiteral("Maya"), QStringLiteral("Lindqvist"), QStringLiteral("Nettle & Co"));
    add(*a, QStringLiteral("Jon"), QStringLiteral("Okafor"));
    setUpSync(*a, false);
    setUpSync(*b, false);
    auto collection = SyncState(*a).collection(SyncKind::Contacts);
    ASSERT_OK(collection);
    ASSERT_TRUE(collection.value());
    EXPECT_FALSE(collection.value()->offersSyncToken);
    syncAll();
    EXPECT_EQ(contents(*a), contents(*b));
    EXPECT_TRUE(collection.value()->syncToken.isEmpty());

    Contact inB = find(*b, QStringLiteral("Okafor"));
    inB.title = QStringLiteral("Recruiter");
    ASSERT_OK(ContactRepository(*b).update(inB));
    ASSERT_OK(ContactRepository(*a).remove(find(*a, QStringLiteral("Lindqvist")).id));
    syncAll();
    syncOrFail(*b);
    EXPECT_EQ(contents(*a), contents(*b));
    EXPECT_EQ(contents(*a).size(), 1);
    EXPECT_EQ(find(*a, QStringLiteral("Okafor")).title, QStringLiteral("Recruiter"));
    EXPECT_TRUE(SyncState(*a).collection(SyncKind::Contacts).value()->syncToken.isEmpty());
}

TEST_F(ContactSync, WrongPasswordSaysSoAndChangesNothing)
{
    add(*a, QStringLiteral("Maya"), QStringLiteral("Lindqvist"));
    setUpSync(*a);
    RadicaleServer guarded;
    ASSERT_OK(guarded.start({ QStringLiteral("maya"), QStringLiteral("right") }));
    sync::SyncSetupOptions options;
    options.serverUrl = guarded.url().toString();
    options.userName = QStringLiteral("maya");
    options.password = QStringLiteral("wrong");
    options.timeoutMs = 10000;
    auto refused = sync::setUpSync(*b, options);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("password")))
        << refused.error().message.toStdString();
    auto account = SyncState(*b).account();
    ASSERT_OK(account);
    EXPECT_FALSE(account.value()) << "nothing stored after a failed setup";
}

TEST_F(ContactSync, ASyncTellsHowFarItIsKindByKind)
{
    setUpSync(*a);
    setUpSync(*b);
    Transaction many(a->connection());
    for (int i = 0; i < 260; ++i)
        add(*a, QStringLiteral("Person"), QStringLiteral("Number %1").arg(i));
    ASSERT_OK(many.commit());

    const auto run = [](Database& db, std::vector<sync::SyncProgress>& told) {
        sync::SyncRunOptions options;
        options.password = QStringLiteral("secret");
        options.progress = [&told](const sync::SyncProgress& now) {
            if (now.kind == SyncKind::Contacts)
                told.push_back(now);
        };
        ASSERT_OK(sync::syncNow(db, options));
    };
    std::vector<sync::SyncProgress> sending;
    run(*a, sending);
    ASSERT_FALSE(sending.empty());
    EXPECT_EQ(sending.front().total, 0); // the kind starting
    EXPECT_TRUE(sending.back().sending);
    EXPECT_EQ(sending.back().done, 260);
    EXPECT_EQ(sending.back().total, 260);
    for (std::size_t i = 1; i < sending.size(); ++i) {
        if (sending[i].sending && sending[i - 1].sending)
            EXPECT_EQ(sending[i].done, sending[i - 1].done + 1);
    }

    // Received in batches: a word after each, the last one the whole.
    std::vector<sync::SyncProgress> receiving;
    run(*b, receiving);
    std::vector<int> received;
    for (const sync::SyncProgress& now : receiving) {
        EXPECT_FALSE(now.sending); // nothing new here to send
        if (now.total > 0)
            received.push_back(now.done);
    }
    EXPECT_EQ(received, (std::vector<int>{ 0, 250, 260 }));
}
