// ContactImport::run: a file imported one record at a time finds and writes what plan() and
// commit() find and write, a dry run counts what the import does, and a cancelled run writes
// nothing. Checked in the database.
#include "formats/ContactCsvReader.h"
#include "formats/ContactListReader.h"
#include "formats/LinkedInConnections.h"
#include "formats/LinkedInConnectionsReader.h"
#include "formats/VCard.h"
#include "RawSql.h"
#include "services/ContactImport.h"
#include "services/KeyIndex.h"
#include "services/SeenInFile.h"
#include "storage/ContactRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QBuffer>
#include <QFile>
#include <QThread>

using namespace finalist;

namespace {

class StreamingImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("stream.sqlite")), clock);
        ASSERT_TRUE(db);
        seed(*db);
    }

    // The same two people in every database the tests compare.
    static void seed(Database& database)
    {
        Contact ana;
        ana.firstName = QStringLiteral("Ana");
        ana.lastName = QStringLiteral("Ruiz");
        ana.notes = QStringLiteral("Met at the screen; my own words");
        ana.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/ana-ruiz-4a1b2c/");
        ASSERT_OK(ContactRepository(database).add(ana));
        Contact zoe;
        zoe.firstName = QStringLiteral("Zoe");
        zoe.lastName = QStringLiteral("Van Dijk");
        zoe.company = QStringLiteral("Lindqvist & Mare");
        ASSERT_OK(ContactRepository(database).add(zoe));
    }

    static QByteArray fixture(const QString& name)
    {
        QFile file(test::fixturePath(QStringLiteral("import/") + name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    static QString sql(Database& database, const QString& statement)
    {
        return test::rawSql(database.path(), statement).toString();
    }

    // Everything an import writes into contacts, row by row, the ids aside.
    static QString contactRows(Database& database)
    {
        QStringList columns;
        for (const char* column :
             { "first_name", "last_name", "title", "company", "email", "phone", "linkedin_url",
               "linkedin_status", "linkedin_status_on", "role_category", "notes" })
            columns << QStringLiteral("ifnull(%1, '')").arg(QLatin1String(column));
        return sql(database,
                   QStringLiteral("SELECT group_concat(row, char(10)) FROM (SELECT %1 "
                                  "AS row FROM contacts ORDER BY id)")
                       .arg(columns.join(QStringLiteral(" || '|' || "))));
    }

    Result<ImportSummary> runLinkedIn(Database& database, const QByteArray& bytes, bool dryRun,
                                      qsizetype chunk = 7, const ReadProgress& progress = {})
    {
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        LinkedInConnectionsReader reader(buffer, {}, chunk);
        return ContactImport(database).run(reader, QStringLiteral("LinkedIn"),
                                           QStringLiteral("Connections.csv"), dryRun, progress);
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

void expectSameProblems(const std::vector<ImportProblem>& a, const std::vector<ImportProblem>& b)
{
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].line, b[i].line);
        EXPECT_EQ(a[i].message, b[i].message);
    }
}

} // namespace

TEST_F(StreamingImport, ADryRunCountsWhatThePlanShowsAndWritesNothing)
{
    const QByteArray bytes = fixture(QStringLiteral("Connections.csv"));
    const QString before = contactRows(*db);
    auto plan = ContactImport(*db).plan(LinkedInConnections::read(bytes).value(),
                                        QStringLiteral("LinkedIn"), {});
    ASSERT_OK(plan);
    ASSERT_GT(plan.value().matchCount(), 0) << "the fixture meets someone already stored";
    auto dry = runLinkedIn(*db, bytes, true);
    ASSERT_OK(dry);
    EXPECT_EQ(dry.value().newCount, plan.value().newCount());
    EXPECT_EQ(dry.value().matchCount, plan.value().matchCount());
    expectSameProblems(dry.value().problems, plan.value().problems);
    EXPECT_EQ(dry.value().reading.summary(), plan.value().reading.summary());
    EXPECT_EQ(dry.value().outcome.importId, 0);
    EXPECT_EQ(contactRows(*db), before);
    EXPECT_EQ(sql(*db, QStringLiteral("SELECT count(*) FROM imports")), QStringLiteral("0"));
}

TEST_F(StreamingImport, TheStreamedImportWritesWhatPlanAndCommitWriteAndCanBeUndone)
{
    const QByteArray bytes = fixture(QStringLiteral("Connections.csv"));
    // The reference: plan() and commit() of the whole file, in a second database.
    test::TempFolder otherFolder;
    auto reference = test::openOrFail(otherFolder.path(QStringLiteral("ref.sqlite")), clock);
    ASSERT_TRUE(reference);
    seed(*reference);
    const QString before = contactRows(*db);
    auto plan = ContactImport(*reference)
                    .plan(LinkedInConnections::read(bytes).value(), QStringLiteral("LinkedIn"), {});
    ASSERT_OK(plan);
    auto committed = ContactImport(*reference).commit(plan.value());
    ASSERT_OK(committed);

    auto dry = runLinkedIn(*db, bytes, true);
    auto real = runLinkedIn(*db, bytes, false);
    ASSERT_OK(dry);
    ASSERT_OK(real);
    EXPECT_EQ(real.value().newCount, dry.value().newCount) << "the dry run said what happens";
    EXPECT_EQ(real.value().matchCount, dry.value().matchCount);
    expectSameProblems(real.value().problems, dry.value().problems);
    EXPECT_EQ(real.value().outcome.created, real.value().newCount);
    EXPECT_EQ(real.value().outcome.merged, real.value().matchCount);
    EXPECT_EQ(real.value().outcome.created, committed.value().created);
    EXPECT_EQ(real.value().outcome.merged, committed.value().merged);
    EXPECT_EQ(contactRows(*db), contactRows(*reference));
    EXPECT_NE(contactRows(*db), before);
    // The search index has the new people, as after commit().
    EXPECT_EQ(sql(*db, QStringLiteral("SELECT count(*) FROM contacts_fts")),
              sql(*reference, QStringLiteral("SELECT count(*) FROM contacts_fts")));

    ASSERT_OK(ContactImport(*db).undo(real.value().outcome.importId));
    EXPECT_EQ(contactRows(*db), before);
}

// What the window does: a dry run that keeps only the first rows for its preview, then a real
// run that leaves out the rows unticked there. It writes what commit() writes of a plan with
// the same rows unticked.
TEST_F(StreamingImport, ADryRunKeepsTheFirstRowsAndARealRunLeavesOutTheRowsAsked)
{
    const QByteArray bytes = fixture(QStringLiteral("Connections.csv"));
    auto plan = ContactImport(*db).plan(LinkedInConnections::read(bytes).value(),
                                        QStringLiteral("LinkedIn"), {});
    ASSERT_OK(plan);
    ASSERT_GE(plan.value().candidates.size(), 3u);

    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    LinkedInConnectionsReader reader(buffer, {}, 5);
    ImportRunOptions preview;
    preview.dryRun = true;
    preview.keepCandidates = 2;
    auto dry = ContactImport(*db).run(reader, QStringLiteral("LinkedIn"), {}, preview);
    ASSERT_OK(dry);
    ASSERT_EQ(dry.value().candidates.size(), 2u) << "only the rows asked for are kept";
    EXPECT_EQ(dry.value().newCount + dry.value().matchCount, int(plan.value().candidates.size()))
        << "the counts are the whole file's";
    for (std::size_t i = 0; i < 2; ++i) {
        const ImportCandidate& kept = dry.value().candidates[i];
        const ImportCandidate& planned = plan.value().candidates[i];
        EXPECT_EQ(kept.incoming.contact.displayName(), planned.incoming.contact.displayName());
        EXPECT_EQ(kept.match, planned.match);
        EXPECT_EQ(kept.existing.id, planned.existing.id);
        EXPECT_EQ(kept.existing.displayName(), planned.existing.displayName())
            << "a match comes with the stored contact, for the preview to name";
    }

    // The reference: the plan with its first and last rows unticked, committed elsewhere.
    test::TempFolder otherFolder;
    auto reference = test::openOrFail(otherFolder.path(QStringLiteral("ref.sqlite")), clock);
    ASSERT_TRUE(reference);
    seed(*reference);
    ImportPlan unticked
        = ContactImport(*reference)
              .plan(LinkedInConnections::read(bytes).value(), QStringLiteral("LinkedIn"), {})
              .value();
    const std::size_t last = unticked.candidates.size() - 1;
    for (std::size_t i : { std::size_t(0), last }) {
        unticked.candidates[i].include = false;
        unticked.candidates[i].merge = false;
    }
    auto committed = ContactImport(*reference).commit(unticked);
    ASSERT_OK(committed);

    QBuffer again(&copy);
    again.open(QIODevice::ReadOnly);
    LinkedInConnectionsReader second(again, {}, 5);
    ImportRunOptions real;
    real.leftOut.assign(last + 1, false);
    real.leftOut[0] = real.leftOut[last] = true;
    auto written = ContactImport(*db).run(second, QStringLiteral("LinkedIn"), {}, real);
    ASSERT_OK(written);
    EXPECT_EQ(written.value().outcome.skipped, 2);
    EXPECT_EQ(written.value().outcome.created, committed.value().created);
    EXPECT_EQ(written.value().outcome.merged, committed.value().merged);
    EXPECT_EQ(contactRows(*db), contactRows(*reference));
}

// A spreadsheet through its mapping, read in pieces of a few bytes, gives what the whole bytes
// give: quoted fields with line breaks and commas may be cut anywhere.
TEST_F(StreamingImport, AMappedSpreadsheetReadInPiecesGivesWhatTheWholeFileGives)
{
    const QByteArray csv = "Name,Email,Company,Notes\r\n"
                           "Maya Lindqvist,maya@x.example,\"Harbor, Inc.\",\"first line\r\nsecond "
                           "line with \"\"quotes\"\"\"\r\n"
                           ",nobody@x.example,,\r\n"
                           "Zo\xC3\xAB M\xC3\xBCller,zoe@x.example,Br\xC3\xBC"
                           "cke,\r\n";
    const std::vector<ContactCsv::Field> mapping
        = { ContactCsv::Field::FullName, ContactCsv::Field::Email, ContactCsv::Field::Company,
            ContactCsv::Field::Notes };
    auto whole = ContactCsv::read(csv, mapping);
    ASSERT_OK(whole);
    ASSERT_EQ(whole.value().contacts.size(), 2u);
    EXPECT_EQ(whole.value().contacts[0].contact.company, QStringLiteral("Harbor, Inc."));
    EXPECT_EQ(whole.value().contacts[0].contact.notes,
              QStringLiteral("first line\r\nsecond line with \"quotes\""));
    EXPECT_EQ(whole.value().contacts[1].contact.firstName, QStringLiteral("Zoë"));
    ASSERT_EQ(whole.value().problems.size(), 1u);
    EXPECT_EQ(whole.value().problems[0].line, 4);
    for (qsizetype chunk : { 1, 2, 3, 7 }) {
        QByteArray copy = csv;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        ContactCsvReader reader(buffer, mapping, {}, chunk);
        auto pieces = readAllContacts(reader);
        ASSERT_OK(pieces);
        ASSERT_EQ(pieces.value().contacts.size(), 2u) << chunk;
        for (std::size_t i = 0; i < 2; ++i) {
            const Contact& a = whole.value().contacts[i].contact;
            const Contact& b = pieces.value().contacts[i].contact;
            EXPECT_EQ(a.firstName + a.lastName + a.email + a.company + a.notes,
                      b.firstName + b.lastName + b.email + b.company + b.notes)
                << "pieces of " << chunk;
        }
        expectSameProblems(pieces.value().problems, whole.value().problems);
    }
    QByteArray copy = csv;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    auto head = ContactCsvReader::head(buffer);
    ASSERT_OK(head);
    EXPECT_EQ(head.value().headers, QStringLiteral("Name,Email,Company,Notes").split(u','));
    EXPECT_EQ(head.value().firstRow.value(2), QStringLiteral("Harbor, Inc."));
}

// An email that is none is left out of its row with a warning, and is no key either: two rows
// with the same text in that column are two people, each imported without it.
TEST_F(StreamingImport, AnAddressLeftOutIsNotAKeyAndItsRowIsImported)
{
    const QByteArray csv = "Name,Company,Email\r\n"
                           "Maya Lindqvist,Harbor,* Work\r\n"
                           "Ben Okafor,Finch,* Work\r\n"
                           "Tomás Ferreira,Acme,tomas@acme.example\r\n";
    QByteArray copy = csv;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    ContactCsvReader reader(
        buffer,
        { ContactCsv::Field::FullName, ContactCsv::Field::Company, ContactCsv::Field::Email });
    auto run = ContactImport(*db).run(reader, QStringLiteral("CSV"), {}, false);
    ASSERT_OK(run);
    ASSERT_EQ(run.value().problems.size(), 2u);
    EXPECT_EQ(run.value().problems[0].line, 2);
    EXPECT_TRUE(run.value().problems[0].isWarning());
    EXPECT_EQ(run.value().problems[1].line, 3);
    EXPECT_FALSE(run.value().problems[1].message.contains(QStringLiteral("same person")));
    EXPECT_EQ(run.value().outcome.created, 3);
    EXPECT_EQ(sql(*db,
                  QStringLiteral("SELECT count(*) FROM contacts WHERE email = '' AND "
                                 "last_name IN ('Lindqvist', 'Okafor')")),
              QStringLiteral("2"));
    EXPECT_EQ(sql(*db, QStringLiteral("SELECT email FROM contacts WHERE last_name = 'Ferreira'")),
              QStringLiteral("tomas@acme.example"));
}

TEST_F(StreamingImport, ACancelledRunWritesNothing)
{
    QByteArray bytes = "First Name,Last Name,URL\r\n";
    for (int i = 0; i < 3000; ++i)
        bytes += "Ann,Smith" + QByteArray::number(i) + ",https://linkedin.com/in/a"
            + QByteArray::number(i) + "\r\n";
    bytes += "Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz-4a1b2c\r\n";
    const QString before = contactRows(*db);
    int calls = 0;
    qint64 lastDone = 0;
    QThread* const caller = QThread::currentThread();
    // Progress is asked once per piece of rows taken from the reading thread (256 people):
    // stopped at the sixth, after a batch of new people was written inside the transaction.
    auto cancelled = runLinkedIn(*db, bytes, false, 256, [&](qint64 done, qint64 total) {
        EXPECT_EQ(QThread::currentThread(), caller) << "a window's dialog stays on its thread";
        EXPECT_GE(done, lastDone);
        EXPECT_LE(done, total);
        lastDone = done;
        return ++calls < 6;
    });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, Error::Code::Cancelled);
    EXPECT_TRUE(cancelled.error().message.contains(QStringLiteral("cancelled")));
    EXPECT_EQ(calls, 6);
    EXPECT_EQ(contactRows(*db), before);
    EXPECT_EQ(sql(*db, QStringLiteral("SELECT count(*) FROM imports")), QStringLiteral("0"));
    EXPECT_EQ(sql(*db, QStringLiteral("SELECT count(*) FROM import_changes")), QStringLiteral("0"));
    EXPECT_EQ(sql(*db,
                  QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                 "'contacts_fts_ai'")),
              QStringLiteral("1"))
        << "the rollback brings the search trigger back";
    // The same file, not stopped, goes in whole.
    auto imported = runLinkedIn(*db, bytes, false, 256);
    ASSERT_OK(imported);
    EXPECT_EQ(imported.value().outcome.created, 3000);
    EXPECT_EQ(imported.value().outcome.merged, 1);
    EXPECT_EQ(sql(*db, QStringLiteral("SELECT count(*) FROM contacts")), QStringLiteral("3002"));
}

// A file that fails part way (a disk that stops answering): the rows read before it are not
// written either, and the reader's own message is what the user is told.
class FailingReader : public ContactReader
{
public:
    explicit FailingReader(int peopleBeforeFailing)
        : m_left(peopleBeforeFailing)
    {
    }
    Status open() override { return {}; }
    Result<std::optional<ImportedContact>> next(std::vector<ImportProblem>&) override
    {
        if (m_left == 0)
            return Error{ Error::Code::Io, QStringLiteral("The disk stopped answering."), {}, {} };
        ImportedContact person;
        person.line = ++m_line;
        person.contact.firstName = QStringLiteral("Read");
        person.contact.lastName = QString::number(m_left--);
        return std::optional<ImportedContact>(std::move(person));
    }
    const TextReport& reading() const override { return m_report; }

private:
    int m_left;
    int m_line = 0;
    TextReport m_report;
};

TEST_F(StreamingImport, AFileThatFailsPartWayWritesNothingAndSaysWhy)
{
    const QString before = contactRows(*db);
    for (const int readFirst : { 0, 300, 5000 }) { // none, within a piece, after a batch
        FailingReader reader(readFirst);
        auto failed = ContactImport(*db).run(reader, QStringLiteral("LinkedIn"),
                                             QStringLiteral("Connections.csv"), false);
        ASSERT_FALSE(failed.ok()) << readFirst;
        EXPECT_EQ(failed.error().code, Error::Code::Io);
        EXPECT_EQ(failed.error().message, QStringLiteral("The disk stopped answering."));
        EXPECT_EQ(contactRows(*db), before) << readFirst;
        EXPECT_EQ(sql(*db, QStringLiteral("SELECT count(*) FROM imports")), QStringLiteral("0"));
    }
    FailingReader whole(0);
    ASSERT_FALSE(ContactImport(*db)
                     .run(whole, QStringLiteral("LinkedIn"), QStringLiteral("x.csv"), true)
                     .ok())
        << "a dry run says so too";
}

// A reader that spends long on one record (a card full of photos) and gives nothing until it
// hears Cancel: the progress is asked meanwhile all the same, or a window would freeze and its
// Cancel go unheard.
class StuckReader : public ContactReader
{
public:
    Status open() override { return {}; }
    Result<std::optional<ImportedContact>> next(std::vector<ImportProblem>&) override
    {
        while (!m_progress || m_progress(1, 2))
            QThread::msleep(5);
        return Error{ Error::Code::Cancelled, QStringLiteral("stopped"), {}, {} };
    }
    const TextReport& reading() const override { return m_report; }

private:
    TextReport m_report;
};

TEST_F(StreamingImport, AReaderStuckOnOneRecordStillHearsCancel)
{
    const QString before = contactRows(*db);
    StuckReader reader;
    int calls = 0;
    auto stopped
        = ContactImport(*db).run(reader, QStringLiteral("vCard"), QStringLiteral("photos.vcf"),
                                 false, [&calls](qint64, qint64) { return ++calls < 3; });
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.error().code, Error::Code::Cancelled);
    EXPECT_EQ(calls, 3) << "asked while the reader had nothing to give";
    EXPECT_EQ(contactRows(*db), before);
}

TEST_F(StreamingImport, AFileOfOnePersonOverAndOverStillMovesTheProgress)
{
    QByteArray bytes = "First Name,Last Name,URL\r\n";
    for (int i = 0; i < 3000; ++i)
        bytes += "Ann,Smith,https://linkedin.com/in/ann-smith\r\n";
    int calls = 0;
    auto imported = runLinkedIn(*db, bytes, false, 4096, [&calls](qint64, qint64) {
        ++calls;
        return true;
    });
    ASSERT_OK(imported);
    EXPECT_EQ(imported.value().outcome.created, 1);
    EXPECT_EQ(imported.value().problems.size(), 2999u);
    EXPECT_GE(calls, 3000 / 256) << "every 256 rows read, whether or not they are taken";
}

TEST_F(StreamingImport, AJournalThatCannotBeWrittenStopsTheReadingAheadAndSaysSo)
{
    QByteArray bytes = "First Name,Last Name,URL\r\n";
    for (int i = 0; i < 5000; ++i) // more than the pieces read ahead: the reader waits to hand
        bytes += "Ann,Smith" + QByteArray::number(i) + ",\r\n"; // over, then is stopped
    const QString path = db->path();
    const QString before = contactRows(*db);
    db.reset();
    auto reader = test::openOrFail(path, clock, { DatabaseMode::ReadOnly, 0 });
    ASSERT_TRUE(reader);
    auto refused = runLinkedIn(*reader, bytes, false, 4096);
    ASSERT_FALSE(refused.ok());
    EXPECT_FALSE(refused.error().message.isEmpty());
    EXPECT_EQ(sql(*reader, QStringLiteral("SELECT count(*) FROM imports")), QStringLiteral("0"));
    EXPECT_EQ(contactRows(*reader), before);
}

TEST_F(StreamingImport, TheSamePersonTwiceInTheFileIsAProblemOnTheLaterLine)
{
    const QByteArray bytes = "Notes:\r\n\"x\"\r\n\r\n"
                             "First Name,Last Name,URL,Email Address,Company\r\n"
                             "Cleo,Marsh,https://linkedin.com/in/cleo,,Acme\r\n"
                             "Dev,Patel,,dev@example.org,Acme\r\n"
                             "\"Cleo\nM.\",Marsh,http://www.linkedin.com/in/cleo/,,Other\r\n"
                             "Devi,Patel,,DEV@example.org,Beta\r\n"
                             "Eve,Stone,,,Acme\r\n"
                             "eve,  STONE,,,acme\r\n";
    for (const bool dryRun : { true, false }) {
        auto summary = runLinkedIn(*db, bytes, dryRun);
        ASSERT_OK(summary);
        ASSERT_EQ(summary.value().problems.size(), 3u);
        EXPECT_EQ(summary.value().problems[0].line, 7);
        EXPECT_TRUE(summary.value().problems[0].message.contains(QStringLiteral("line 5")));
        EXPECT_EQ(summary.value().problems[1].line, 9);
        EXPECT_TRUE(summary.value().problems[1].message.contains(QStringLiteral("line 6")));
        EXPECT_EQ(summary.value().problems[2].line, 11);
        EXPECT_TRUE(summary.value().problems[2].message.contains(QStringLiteral("line 10")));
        EXPECT_EQ(summary.value().newCount, 3);
    }
    EXPECT_EQ(sql(*db, QStringLiteral("SELECT count(*) FROM contacts")), QStringLiteral("5"));
    EXPECT_EQ(sql(*db, QStringLiteral("SELECT count(*) FROM contacts WHERE first_name = 'Cleo'")),
              QStringLiteral("1"));
}

TEST_F(StreamingImport, AVCardReadWholeRunsTheSameWay)
{
    auto contents = VCard::read(fixture(QStringLiteral("apple-3.0.vcf")));
    ASSERT_OK(contents);
    auto plan = ContactImport(*db).plan(contents.value(), QStringLiteral("vCard"), {});
    ASSERT_OK(plan);
    ContactListReader reader(contents.value());
    auto real = ContactImport(*db).run(reader, QStringLiteral("vCard"), {}, false);
    ASSERT_OK(real);
    EXPECT_EQ(real.value().newCount, plan.value().newCount());
    EXPECT_EQ(real.value().matchCount, plan.value().matchCount());
    expectSameProblems(real.value().problems, plan.value().problems);
    EXPECT_EQ(sql(*db, QStringLiteral("SELECT count(*) FROM contacts")),
              QString::number(2 + plan.value().newCount()));
}

TEST(KeyIndexTest, TheNewestEntryOfAKindAndKeyIsFoundAndNothingElse)
{
    KeyIndex<qint64> index;
    index.reserve(4, 8);
    const QString longKey
        = QString(300, QLatin1Char('x')) + QStringLiteral("ö"); // not on the stack
    index.add(0, QStringLiteral("zoë van dijk|lindqvist"), 7);
    index.add(0, QStringLiteral("zoe van dijk|lindqvist"), 8);
    index.add(1, QStringLiteral("zoë van dijk|lindqvist"), 9);
    index.add(0, longKey, 10);
    index.add(0, QString(), 11);
    EXPECT_EQ(index.find(0, QStringLiteral("zoë van dijk|lindqvist")), 7) << "accents count";
    EXPECT_EQ(index.find(0, QStringLiteral("zoe van dijk|lindqvist")), 8);
    EXPECT_EQ(index.find(1, QStringLiteral("zoë van dijk|lindqvist")), 9) << "kinds apart";
    EXPECT_EQ(index.find(2, QStringLiteral("zoë van dijk|lindqvist")), 0);
    EXPECT_EQ(index.find(0, longKey), 10);
    EXPECT_EQ(index.find(0, longKey.chopped(1)), 0);
    EXPECT_EQ(index.find(0, QString()), 11);
    index.add(0, QStringLiteral("zoe van dijk|lindqvist"), 12);
    EXPECT_EQ(index.find(0, QStringLiteral("zoe van dijk|lindqvist")), 12) << "the newest";
    for (int i = 0; i < 100000; ++i) // far past the room reserved
        index.add(3, QString::number(i), i + 1);
    for (int i = 0; i < 100000; i += 997)
        ASSERT_EQ(index.find(3, QString::number(i)), i + 1) << i;
    EXPECT_EQ(index.find(3, QStringLiteral("100000")), 0);
    index.add(4, QStringLiteral("far"), 5'000'000'123); // an id past 32 bits comes back whole
    EXPECT_EQ(index.find(4, QStringLiteral("far")), 5'000'000'123);
    EXPECT_EQ(index.find(3, QStringLiteral("99999")), 100000) << "entries after it still read";

    KeyIndex<int> lines; // the file's: four bytes less an entry
    lines.add(0, QStringLiteral("zoë"), 12);
    lines.add(0, QStringLiteral("zoe"), 13);
    EXPECT_EQ(lines.find(0, QStringLiteral("zoë")), 12);
    EXPECT_EQ(lines.find(0, QStringLiteral("zoe")), 13);
    EXPECT_EQ(lines.find(1, QStringLiteral("zoe")), 0);
}

TEST(SeenInFileTest, OneNameWithTwoProfilesIsTwoPeopleAndWithOneIsOne)
{
    SeenInFile seen;
    MatchKeys staff;
    staff.url = QStringLiteral("linkedin.com/in/daniel-kim-3b7a21");
    staff.name = QStringLiteral("daniel kim|copperline");
    seen.insert(staff, 5);
    MatchKeys product = staff;
    product.url = QStringLiteral("linkedin.com/in/dkim-pm");
    EXPECT_EQ(seen.earlierLine(product), 0) << "another profile, another person";
    seen.insert(product, 6);
    MatchKeys noProfile;
    noProfile.name = staff.name;
    EXPECT_EQ(seen.earlierLine(noProfile), 5) << "without a profile, the name decides";
    SeenInFile bareFirst;
    bareFirst.insert(noProfile, 2);
    EXPECT_EQ(bareFirst.earlierLine(staff), 2);
}

TEST(SeenInFileTest, KeysOfOneKindDoNotMatchAnotherAndTheFirstLineIsKept)
{
    SeenInFile seen;
    MatchKeys first;
    first.url = QStringLiteral("linkedin.com/in/x");
    first.emails = { QStringLiteral("a@example.org") };
    first.name = QStringLiteral("ann smith|acme");
    seen.insert(first, 3);
    MatchKeys other;
    other.url = QStringLiteral("a@example.org"); // an address's text, as a profile
    other.emails = { QStringLiteral("linkedin.com/in/x") };
    other.name = QStringLiteral("ann smith|acme2");
    EXPECT_EQ(seen.earlierLine(other), 0);
    seen.insert(other, 8);
    MatchKeys again;
    again.name = QStringLiteral("ann smith|acme");
    EXPECT_EQ(seen.earlierLine(again), 3);
    again.emails = { QStringLiteral("linkedin.com/in/x") };
    EXPECT_EQ(seen.earlierLine(again), 8) << "an address is looked up before name and company";
    for (int i = 0; i < 20000; ++i) {
        MatchKeys many;
        many.name = QStringLiteral("person %1").arg(i);
        ASSERT_EQ(seen.earlierLine(many), 0) << i;
        seen.insert(many, 100 + i);
    }
    MatchKeys late;
    late.name = QStringLiteral("person 19999");
    EXPECT_EQ(seen.earlierLine(late), 20099);
}
