// Preview, commit and undo of a contact import, checked in the database.
#include "services/ContactImport.h"

#include "formats/LinkedInConnections.h"
#include "formats/VCard.h"
#include "RawSql.h"
#include "storage/ContactRepository.h"
#include "storage/ImportLog.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace finalist;

namespace {

class Import : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("import.sqlite")), clock);
        ASSERT_TRUE(db);
        ana.firstName = QStringLiteral("Ana");
        ana.lastName = QStringLiteral("Ruiz");
        ana.notes = QStringLiteral("Met at the screen; my own words");
        ana.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/ana-ruiz-4a1b2c/");
        ASSERT_OK(ContactRepository(*db).add(ana));
        zoe.firstName = QStringLiteral("Zoe");
        zoe.lastName = QStringLiteral("Van Dijk");
        zoe.company = QStringLiteral("Lindqvist & Mare");
        ASSERT_OK(ContactRepository(*db).add(zoe));
    }

    QByteArray fixture(const QString& name)
    {
        QFile file(test::fixturePath(QStringLiteral("import/") + name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    qint64 contactCount()
    {
        return test::rawSql(db->path(), QStringLiteral("SELECT count(*) FROM contacts"))
            .toLongLong();
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    Contact ana;
    Contact zoe;
};

} // namespace

TEST_F(Import, ThePreviewMatchesByProfileEmailOrNameAndCompany)
{
    auto contents = LinkedInConnections::read(fixture(QStringLiteral("Connections.csv")));
    ASSERT_OK(contents);
    auto plan = ContactImport(*db).plan(contents.value(), QStringLiteral("LinkedIn"),
                                        QStringLiteral("Connections.csv"));
    ASSERT_OK(plan);
    const auto& candidates = plan.value().candidates;
    ASSERT_EQ(candidates.size(), 4u);
    EXPECT_EQ(candidates[0].match, ImportMatch::SameLinkedIn) << "http, www and a slash aside";
    EXPECT_EQ(candidates[0].existing.id, ana.id);
    EXPECT_EQ(candidates[1].match, ImportMatch::SameNameAndCompany) << "accents and case aside";
    EXPECT_EQ(candidates[1].existing.id, zoe.id);
    EXPECT_EQ(candidates[2].match, ImportMatch::New);
    EXPECT_EQ(plan.value().newCount(), 2);
    EXPECT_EQ(plan.value().matchCount(), 2);
    EXPECT_EQ(plan.value().problems.size(), 1u);
    EXPECT_EQ(contactCount(), 2) << "a preview writes nothing";
}

// How stored people are recognised: the same name at the same company is the same person
// unless both have profiles and they differ; where two stored people share an address, the one
// stored last is the match.
TEST_F(Import, NameAndCompanyMatchUnlessTwoProfilesDifferAndTheNewestSharerOfAnAddressWins)
{
    Contact daniel;
    daniel.firstName = QStringLiteral("Daniel");
    daniel.lastName = QStringLiteral("Kim");
    daniel.company = QStringLiteral("Copperline");
    daniel.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/daniel-kim-3b7a21");
    ASSERT_OK(ContactRepository(*db).add(daniel));
    Contact first, second;
    for (Contact* c : { &first, &second }) {
        c->firstName = QStringLiteral("Sam");
        c->lastName = c == &first ? QStringLiteral("Older") : QStringLiteral("Newer");
        c->email = QStringLiteral("team@harbor.example");
        ASSERT_OK(ContactRepository(*db).add(*c));
    }
    // Each row in a file of its own: in one file, the second Daniel would be the first again.
    const auto matchOf = [this](const QByteArray& row) {
        auto contents = LinkedInConnections::read(
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + row);
        EXPECT_TRUE(contents.ok());
        auto plan = ContactImport(*db).plan(contents.value(), QStringLiteral("LinkedIn"),
                                            QStringLiteral("Connections.csv"));
        EXPECT_TRUE(plan.ok());
        EXPECT_EQ(plan.value().candidates.size(), 1u);
        const ImportCandidate& only = plan.value().candidates.front();
        return std::pair(only.match, only.existing.id);
    };
    EXPECT_EQ(matchOf("Daniel,Kim,https://www.linkedin.com/in/dkim-pm,,Copperline,PM,\n").first,
              ImportMatch::New)
        << "another profile, another person";
    EXPECT_EQ(matchOf("daniel,KIM,,,copperline,Engineer,\n"),
              std::pair(ImportMatch::SameNameAndCompany, daniel.id))
        << "without a profile, the name decides";
    EXPECT_EQ(matchOf("Daniel,Kim,https://linkedin.com/in/daniel-kim-3b7a21/,,Other,,\n"),
              std::pair(ImportMatch::SameLinkedIn, daniel.id));
    EXPECT_EQ(matchOf("Samantha,Other,,TEAM@harbor.example,,,\n"),
              std::pair(ImportMatch::SameEmail, second.id))
        << "the one stored last";
}

TEST_F(Import, CommitThenUndoLeavesTheContactsAsTheyWere)
{
    auto contents = LinkedInConnections::read(fixture(QStringLiteral("Connections.csv")));
    ASSERT_OK(contents);
    ContactImport import(*db);
    auto plan = import.plan(contents.value(), QStringLiteral("LinkedIn"), QString());
    ASSERT_OK(plan);
    plan.value().candidates[1].merge = false; // skip Zoë
    auto outcome = import.commit(plan.value());
    ASSERT_OK(outcome);
    EXPECT_EQ(outcome.value().created, 2);
    EXPECT_EQ(outcome.value().merged, 1);
    EXPECT_EQ(outcome.value().skipped, 1);
    EXPECT_EQ(contactCount(), 4);
    auto merged = ContactRepository(*db).get(ana.id);
    ASSERT_OK(merged);
    EXPECT_EQ(merged.value().company, QStringLiteral("Harbor & Finch, Inc.")) << "filled in";
    EXPECT_EQ(merged.value().notes, ana.notes) << "never overwritten";
    EXPECT_EQ(merged.value().linkedInStatus, LinkedInStatus::Connected);
    auto skipped = ContactRepository(*db).get(zoe.id);
    ASSERT_OK(skipped);
    EXPECT_EQ(skipped.value().linkedInStatus, LinkedInStatus::NotConnected);

    // The new contacts are in the search index, and its trigger is back for later ones.
    ContactFilter byName;
    byName.text = QStringLiteral("Tomás");
    auto found = ContactRepository(*db).list(byName);
    ASSERT_OK(found);
    EXPECT_EQ(found.value().size(), 1u);
    EXPECT_EQ(test::rawSql(db->path(),
                           QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                          "name = 'contacts_fts_ai'"))
                  .toInt(),
              1);
    ASSERT_OK(import.undo(outcome.value().importId));
    EXPECT_EQ(contactCount(), 2);
    auto back = ContactRepository(*db).get(ana.id);
    ASSERT_OK(back);
    EXPECT_TRUE(back.value().company.isEmpty());
    EXPECT_EQ(back.value().linkedInStatus, LinkedInStatus::NotConnected);
    auto log = ImportLog(*db).list();
    ASSERT_OK(log);
    ASSERT_EQ(log.value().size(), 1u);
    EXPECT_TRUE(log.value()[0].undoneAt.isValid());
}

// Undo deletes what the import made in one go: one of them deleted by hand in between is no
// error, and the search index forgets the others, while a contact added since stays.
TEST_F(Import, UndoRemovesWhatTheImportMadeEvenWhenOneIsAlreadyGone)
{
    auto contents = LinkedInConnections::read(fixture(QStringLiteral("Connections.csv")));
    ASSERT_OK(contents);
    ContactImport import(*db);
    auto plan = import.plan(contents.value(), QStringLiteral("LinkedIn"), QString());
    ASSERT_OK(plan);
    auto outcome = import.commit(plan.value());
    ASSERT_OK(outcome);
    ASSERT_EQ(outcome.value().created, 2);
    ContactFilter byName;
    byName.text = QStringLiteral("Tomás");
    auto tomas = ContactRepository(*db).list(byName);
    ASSERT_OK(tomas);
    ASSERT_EQ(tomas.value().size(), 1u);
    ASSERT_OK(ContactRepository(*db).remove(tomas.value().front().id));
    Contact later;
    later.firstName = QStringLiteral("Later");
    later.lastName = QStringLiteral("Added");
    ASSERT_OK(ContactRepository(*db).add(later));
    ASSERT_EQ(contactCount(), 4);

    ASSERT_OK(import.undo(outcome.value().importId));
    EXPECT_EQ(contactCount(), 3) << "the two stored before and the one added since";
    EXPECT_OK(ContactRepository(*db).get(later.id));
    EXPECT_EQ(test::rawSql(db->path(),
                           QStringLiteral("SELECT count(*) FROM contacts_fts WHERE rowid NOT IN "
                                          "(SELECT id FROM contacts)"))
                  .toInt(),
              0)
        << "the index holds no one who is gone";
}

TEST_F(Import, ACancelledImportWritesNothing)
{
    auto contents = VCard::read(fixture(QStringLiteral("apple-3.0.vcf")));
    ASSERT_OK(contents);
    ContactImport import(*db);
    auto plan = import.plan(contents.value(), QStringLiteral("vCard"), QString());
    ASSERT_OK(plan);
    auto cancelled = import.commit(plan.value(), [](int, int) { return false; });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_FALSE(cancelled.error().message.isEmpty());
    EXPECT_EQ(contactCount(), 2);
    EXPECT_EQ(test::rawSql(db->path(), QStringLiteral("SELECT count(*) FROM imports")).toInt(), 0);
    EXPECT_EQ(test::rawSql(db->path(),
                           QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                          "name = 'contacts_fts_ai'"))
                  .toInt(),
              1)
        << "the rollback brings the search trigger back";
}

TEST_F(Import, RowsWithBadValuesOrTwiceInTheFileBecomeProblems)
{
    ContactFileContents contents;
    ImportedContact bad;
    bad.line = 3;
    bad.contact.firstName = QStringLiteral("Ben");
    bad.contact.email = QStringLiteral("not an address");
    bad.contact.syncPreferred();
    ImportedContact once;
    once.line = 4;
    once.contact.firstName = QStringLiteral("Cleo");
    once.contact.email = QStringLiteral("cleo@example.org");
    once.contact.syncPreferred();
    ImportedContact twice = once;
    twice.line = 9;
    twice.contact.firstName = QStringLiteral("Cleo M.");
    contents.contacts = { bad, once, twice };
    auto plan = ContactImport(*db).plan(contents, QStringLiteral("CSV"), QString());
    ASSERT_OK(plan);
    // Ben's address is none: it is left out with a warning, and Ben is imported without it.
    ASSERT_EQ(plan.value().candidates.size(), 2u);
    EXPECT_TRUE(plan.value().candidates[0].incoming.contact.email.isEmpty());
    EXPECT_TRUE(plan.value().candidates[0].incoming.emails().isEmpty());
    ASSERT_EQ(plan.value().problems.size(), 2u);
    EXPECT_EQ(plan.value().problems[0].line, 3);
    EXPECT_TRUE(plan.value().problems[0].isWarning());
    EXPECT_FALSE(plan.value().problems[1].isWarning());
    EXPECT_TRUE(plan.value().problems[1].message.contains(QStringLiteral("line 4")));
}

TEST_F(Import, ExportedVCardsImportAsTheSameContacts)
{
    auto all = ContactRepository(*db).list();
    ASSERT_OK(all);
    const QByteArray card = VCard::write(all.value());
    auto contents = VCard::read(card);
    ASSERT_OK(contents);
    auto plan = ContactImport(*db).plan(contents.value(), QStringLiteral("vCard"), QString());
    ASSERT_OK(plan);
    EXPECT_EQ(plan.value().newCount(), 0) << "each card matches the contact it came from";
    EXPECT_EQ(plan.value().matchCount(), 2);
}

TEST_F(Import, InvitationsMakeKnownPeoplePendingAndCanBeUndone)
{
    Contact jonah;
    jonah.firstName = QStringLiteral("Jonah");
    jonah.lastName = QStringLiteral("Okafor");
    ASSERT_OK(ContactRepository(*db).add(jonah));
    auto invitations = LinkedInInvitations::read(fixture(QStringLiteral("Invitations.csv")));
    ASSERT_OK(invitations);
    ContactImport import(*db);
    auto outcome = import.applyInvitations(invitations.value(), QStringLiteral("Invitations.csv"));
    ASSERT_OK(outcome);
    EXPECT_EQ(outcome.value().merged, 1);
    EXPECT_EQ(outcome.value().skipped, 1) << "Maya is not in the contacts";
    auto pending = ContactRepository(*db).get(jonah.id);
    ASSERT_OK(pending);
    EXPECT_EQ(pending.value().linkedInStatus, LinkedInStatus::Pending);
    EXPECT_EQ(pending.value().linkedInStatusOn, QDate(2026, 11, 10));
    EXPECT_EQ(pending.value().linkedInUrl,
              QStringLiteral("https://www.linkedin.com/in/jonah-okafor"));

    ASSERT_OK(import.undo(outcome.value().importId));
    auto back = ContactRepository(*db).get(jonah.id);
    ASSERT_OK(back);
    EXPECT_EQ(back.value().linkedInStatus, LinkedInStatus::NotConnected);
    EXPECT_TRUE(back.value().linkedInUrl.isEmpty());
}

// Columns that hold one value across a batch are written into the statement rather than bound:
// quotes, non-ASCII text, a NUL character, NULL and empty text must all come back as they were.
TEST_F(Import, ValuesSharedByAWholeBatchComeBackExactly)
{
    ContactFileContents contents;
    const QString notes
        = QStringLiteral("Met at the 'Design' day") + QChar(0) + QStringLiteral("!");
    for (int i = 0; i < 130; ++i) { // two full batches of 64 and a short one
        ImportedContact person;
        person.line = i + 2;
        Contact& c = person.contact;
        c.firstName = QStringLiteral("Person%1").arg(i);
        c.lastName = QStringLiteral("O'Brien");
        c.title = QStringLiteral("Head of “Design”, Zürich");
        c.company = i < 64 ? QStringLiteral("Lindqvist & Mare") : QStringLiteral("Ørsted's");
        c.email = i % 2 ? QStringLiteral("p%1@example.org").arg(i) : QString();
        c.linkedInStatus = LinkedInStatus::Connected;
        c.linkedInStatusOn = i < 128 ? QDate() : QDate(2024, 3, 12);
        c.warmth = 3;
        c.notes = notes;
        c.syncPreferred();
        contents.contacts.push_back(person);
    }
    ContactImport import(*db);
    auto plan = import.plan(contents, QStringLiteral("CSV"), QString());
    ASSERT_OK(plan);
    ASSERT_EQ(plan.value().newCount(), 130);
    auto outcome = import.commit(plan.value());
    ASSERT_OK(outcome);
    EXPECT_EQ(outcome.value().created, 130);

    auto stored = ContactRepository(*db).list();
    ASSERT_OK(stored);
    int checked = 0;
    for (const Contact& c : stored.value()) {
        if (!c.firstName.startsWith(QStringLiteral("Person")))
            continue;
        const int i = c.firstName.mid(6).toInt();
        const Contact& in = contents.contacts[std::size_t(i)].contact;
        EXPECT_EQ(c.lastName, in.lastName);
        EXPECT_EQ(c.title, in.title);
        EXPECT_EQ(c.company, in.company);
        EXPECT_EQ(c.email, in.email);
        EXPECT_EQ(c.linkedInStatus, in.linkedInStatus);
        EXPECT_EQ(c.linkedInStatusOn, in.linkedInStatusOn);
        EXPECT_EQ(c.warmth, in.warmth);
        EXPECT_EQ(c.notes, notes);
        ++checked;
    }
    EXPECT_EQ(checked, 130);
    // Empty text stays text and a missing date stays NULL.
    EXPECT_EQ(test::rawSql(db->path(),
                           QStringLiteral("SELECT count(*) FROM contacts WHERE phone = '' AND "
                                          "first_name LIKE 'Person%' AND linkedin_status_on IS "
                                          "NULL"))
                  .toInt(),
              128);
}

// The window shows the first person an import brought in; an import that brought in nobody
// names none, without an error.
TEST_F(Import, TheFirstPersonBroughtInIsNamedAndNoneWhenNobodyWas)
{
    ImportLog log(*db);
    auto empty = log.begin(QStringLiteral("vCard"), QStringLiteral("nobody.vcf"));
    ASSERT_OK(empty);
    auto none = log.firstContact(empty.value());
    ASSERT_OK(none);
    EXPECT_EQ(none.value(), 0);

    auto brought = log.begin(QStringLiteral("vCard"), QStringLiteral("two.vcf"));
    ASSERT_OK(brought);
    ASSERT_OK(log.recordMerged(brought.value(), zoe.id, QStringLiteral("{}")));
    ASSERT_OK(log.recordCreated(brought.value(), ana.id));
    auto first = log.firstContact(brought.value());
    ASSERT_OK(first);
    EXPECT_EQ(first.value(), zoe.id) << "the file's first row, filled in or made";
}
