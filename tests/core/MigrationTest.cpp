#include "RawSql.h"
#include "storage/BackupStore.h"
#include "storage/ContactRepository.h"
#include "storage/JournalRepository.h"
#include "storage/JournalSearch.h"
#include "storage/Migrations.h"
#include "storage/NewJournalSchema.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SchemaShape.h"
#include "storage/Sql.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QSqlRecord>

using namespace finalist;

namespace {

// What every fixture holds, written by WriteFixtures below with the schema of its version.
void fillFixture(Database& db)
{
    Opportunity o;
    o.company = QStringLiteral("Lindqvist & Maré");
    o.role = QStringLiteral("Head of Data");
    o.stage = Stage::RunnerUp;
    ASSERT_OK(OpportunityRepository(db).add(o));
    Contact c;
    c.firstName = QStringLiteral("Zoë");
    c.lastName = QStringLiteral("Okafor");
    c.company = o.company;
    c.notes = QStringLiteral("Kind, asked about the migration project");
    ASSERT_OK(ContactRepository(db).add(c));
    JournalEntry e;
    e.opportunityId = o.id;
    e.writtenOn = QDate(2026, 2, 20);
    e.experience = QStringLiteral("Five rounds; the panel loved the whiteboard session");
    e.tags = { QStringLiteral("final-round") };
    ASSERT_OK(JournalRepository(db).add(e));
}

void expectFixtureData(Database& db)
{
    auto opportunities = OpportunityRepository(db).list();
    ASSERT_OK(opportunities);
    ASSERT_EQ(opportunities.value().size(), 1u);
    EXPECT_EQ(opportunities.value()[0].company, QStringLiteral("Lindqvist & Maré"));
    auto entries = JournalRepository(db).list();
    ASSERT_OK(entries);
    ASSERT_EQ(entries.value().size(), 1u);
    EXPECT_EQ(entries.value()[0].tags, QStringList{ QStringLiteral("final-round") });
}

} // namespace

TEST(Migrations, AreOrderedAndContiguous)
{
    int expected = 1;
    for (const Migration& migration : migrations()) {
        EXPECT_EQ(migration.version, expected++);
        EXPECT_FALSE(migration.statements.isEmpty());
    }
}

TEST(Migrations, EveryVersionHasAFixture)
{
    for (const Migration& migration : migrations()) {
        EXPECT_TRUE(QFile::exists(
            test::fixturePath(QStringLiteral("schema-v%1.sqlite").arg(migration.version))))
            << "commit a fixture for schema " << migration.version
            << " (see tests/fixtures/README.md)";
    }
}

TEST(Migrations, EmptyFileClimbsTheWholeLadder)
{
    test::TempFolder folder;
    FixedClock clock(test::referenceNow());
    const QString path = folder.path(QStringLiteral("empty.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)); // zero bytes: SQLite's empty database
    file.close();
    DatabaseOptions agreed;
    agreed.useEmptyFile = true; // the user said yes (see ForeignFiles for when they did not)
    auto db = test::openOrFail(path, clock, agreed);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), latestSchemaVersion());
    // A brand-new file has nothing to lose, so it is not backed up first.
    EXPECT_TRUE(BackupStore(*db).list().empty());
}

// Each earlier version's fixture migrates to the latest, keeps its data, and is backed up first.
class FixtureMigration : public ::testing::TestWithParam<int>
{
};

TEST_P(FixtureMigration, ReachesTheLatestSchemaWithDataIntact)
{
    const int version = GetParam();
    test::TempFolder folder;
    FixedClock clock(test::referenceNow());
    const QString path
        = test::copyFixture(folder, QStringLiteral("schema-v%1.sqlite").arg(version));
    auto db = test::openOrFail(path, clock);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), latestSchemaVersion());
    EXPECT_OK(db->checkIntegrity(true));
    EXPECT_EQ(
        sql::scalar(db->connection(), QStringLiteral("PRAGMA application_id")).value().toInt(),
        kFinalistApplicationId)
        << "the file says it is Finalist's once it is upgraded";
    expectFixtureData(*db);

    // Search works on rows written before the search index existed.
    JournalFilter byText;
    byText.text = QStringLiteral("whiteboard");
    auto found = JournalRepository(*db).list(byText);
    ASSERT_OK(found);
    EXPECT_EQ(found.value().size(), 1u);
    ContactFilter byName;
    byName.text = QStringLiteral("zoe");
    auto people = ContactRepository(*db).list(byName);
    ASSERT_OK(people);
    EXPECT_EQ(people.value().size(), 1u) << "diacritics are folded in search";

    const auto backups = BackupStore(*db).list();
    if (version < latestSchemaVersion()) {
        ASSERT_EQ(backups.size(), 1u);
        EXPECT_EQ(backups[0].reason, QStringLiteral("before-v%1").arg(latestSchemaVersion()));
        EXPECT_EQ(test::sha256Of(backups[0].path).isEmpty(), false);
        EXPECT_EQ(test::rawSql(backups[0].path, QStringLiteral("PRAGMA user_version")).toInt(),
                  version);
    } else {
        EXPECT_TRUE(backups.empty()) << "nothing to migrate, so no backup";
    }
}

INSTANTIATE_TEST_SUITE_P(EverySchemaVersion, FixtureMigration,
                         ::testing::Range(1, latestSchemaVersion() + 1));

TEST(Migrations, AFailingMigrationLeavesTheVersionAsItWas)
{
    test::TempFolder folder;
    FixedClock clock(test::referenceNow());
    const QString path = test::copyFixture(folder, QStringLiteral("schema-v1.sqlite"));
    // Squat on a name the next migration creates, so it fails half-way. The file is marked as
    // Finalist's, or it would be refused before any migration for its unknown table.
    test::rawSql(path, QStringLiteral("CREATE TABLE contacts_fts (x)"));
    test::rawSql(path, QStringLiteral("PRAGMA application_id = %1").arg(kFinalistApplicationId));
    auto db = Database::open(path, clock);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(test::rawSql(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    EXPECT_EQ(
        test::rawSql(
            path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'journal_fts'"))
            .toInt(),
        0);
}

// Schema 9 turned statuses into stages: an active process is placed by how far its rounds went,
// a rejection becomes "not chosen", and each process gets the stage it is in as its history.
TEST(Migrations, StatusesBecomeStagesWithAHistory)
{
    test::TempFolder folder;
    FixedClock clock(test::referenceNow());
    const QString path = folder.path(QStringLiteral("v8.sqlite"));
    {
        auto db = test::openOrFail(path, clock, { DatabaseMode::ReadWrite, 8 });
        ASSERT_TRUE(db);
        const QString stamps = QStringLiteral("'2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z'");
        for (const QString& row :
             { QStringLiteral("1, 'Finals', 'active', '2026-01-10', NULL"),
               QStringLiteral("2, 'Rounds', 'active', '2026-01-11', NULL"),
               QStringLiteral("3, 'Quiet', 'active', NULL, NULL"),
               QStringLiteral("4, 'No', 'rejected', '2026-01-12', '2026-02-01'"),
               QStringLiteral("5, 'Yes', 'offer', '2026-01-13', '2026-02-02'"),
               QStringLiteral("6, 'Close', 'runner_up', '2026-01-14', '2026-02-03'") })
            ASSERT_OK(sql::exec(db->connection(),
                                QStringLiteral("INSERT INTO opportunities (id, company, status, "
                                               "applied_on, decided_on, created_at, updated_at) "
                                               "VALUES (%1, %2)")
                                    .arg(row, stamps)));
        for (const QString& row :
             { QStringLiteral("1, 'phone_screen'"), QStringLiteral("1, 'final'"),
               QStringLiteral("2, 'video'"), QStringLiteral("6, 'final'") })
            ASSERT_OK(sql::exec(db->connection(),
                                QStringLiteral("INSERT INTO rounds (opportunity_id, kind, "
                                               "created_at, updated_at) VALUES (%1, %2)")
                                    .arg(row, stamps)));
        ASSERT_OK(sql::exec(db->connection(),
                            QStringLiteral("INSERT INTO journal_entries (opportunity_id, "
                                           "written_on, experience, created_at, updated_at) "
                                           "VALUES (6, '2026-02-04', 'kept', %1)")
                                .arg(stamps)));
    }
    QFile::remove(path + QStringLiteral(".lock"));
    auto db = test::openOrFail(path, clock);
    ASSERT_TRUE(db);
    OpportunityRepository repository(*db);
    const std::pair<qint64, Stage> expected[]
        = { { 1, Stage::FinalRound }, { 2, Stage::Interviewing }, { 3, Stage::Applied },
            { 4, Stage::NotChosen },  { 5, Stage::Offer },        { 6, Stage::RunnerUp } };
    for (const auto& [id, stage] : expected) {
        auto o = repository.get(id);
        ASSERT_OK(o);
        EXPECT_EQ(enumKey(o.value().stage), enumKey(stage)) << "opportunity " << id;
        auto history = repository.stageHistory(id);
        ASSERT_OK(history);
        ASSERT_EQ(history.value().size(), 1u);
        EXPECT_EQ(history.value()[0].stage, stage);
    }
    // An ended process entered its stage when it was decided; an open one when applied for.
    EXPECT_EQ(repository.stageHistory(4).value()[0].enteredOn, QDate(2026, 2, 1));
    EXPECT_EQ(repository.stageHistory(2).value()[0].enteredOn, QDate(2026, 1, 11));
    EXPECT_EQ(repository.stageHistory(3).value()[0].enteredOn, QDate(2026, 1, 5));
    // Nothing that pointed at an opportunity was lost when its table was rebuilt.
    EXPECT_EQ(RoundRepository(*db).listForOpportunity(1).value().size(), 2u);
    EXPECT_EQ(
        test::rawSql(path, QStringLiteral("SELECT opportunity_id FROM journal_entries")).toInt(),
        6);
    EXPECT_EQ(test::rawSql(path, QStringLiteral("PRAGMA foreign_key_check")).toString(), QString());
    EXPECT_EQ(sql::scalar(db->connection(), QStringLiteral("PRAGMA foreign_keys")).value().toInt(),
              1)
        << "the keys are on again after the ladder";
}

// Schema 11 gave a contact any number of emails and phones: the one each had becomes its
// preferred one, still in the table's columns, and search finds the others too.
TEST(Migrations, TheOneEmailAndPhoneBecomePreferredDetails)
{
    test::TempFolder folder;
    FixedClock clock(test::referenceNow());
    const QString path = folder.path(QStringLiteral("v10.sqlite"));
    {
        auto db = test::openOrFail(path, clock, { DatabaseMode::ReadWrite, 10 });
        ASSERT_TRUE(db);
        ASSERT_OK(sql::exec(
            db->connection(),
            QStringLiteral("INSERT INTO contacts (id, first_name, last_name, email, phone, "
                           "created_at, updated_at) VALUES "
                           "(1, 'Zoë', 'Okafor', 'zoe@example.org', '+44 20 7946 0000', "
                           "'2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z'), "
                           "(2, 'Ben', 'Ito', '', '', "
                           "'2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z')")));
    }
    QFile::remove(path + QStringLiteral(".lock"));
    auto db = test::openOrFail(path, clock);
    ASSERT_TRUE(db);
    ContactRepository contacts(*db);
    auto zoe = contacts.get(1);
    ASSERT_OK(zoe);
    EXPECT_EQ(zoe.value().email, QStringLiteral("zoe@example.org"));
    EXPECT_EQ(zoe.value().phone, QStringLiteral("+44 20 7946 0000"));
    ASSERT_EQ(zoe.value().details.size(), 2u);
    EXPECT_EQ(zoe.value().details[0].kind, DetailKind::Email);
    EXPECT_TRUE(zoe.value().details[0].preferred);
    EXPECT_EQ(zoe.value().details[1].kind, DetailKind::Phone);
    EXPECT_EQ(zoe.value().details[1].value, QStringLiteral("+44 20 7946 0000"));
    EXPECT_TRUE(contacts.get(2).value().details.empty());

    Contact changed = zoe.value();
    changed.addDetail({ DetailKind::Email, QStringLiteral("home"),
                        QStringLiteral("zoe.okafor@example.net"), false });
    ASSERT_OK(contacts.update(changed));
    ContactFilter byOtherEmail;
    byOtherEmail.text = QStringLiteral("okafor@example.net");
    EXPECT_EQ(contacts.list(byOtherEmail).value().size(), 1u) << "search covers every email";
    auto found = contacts.findByEmail(QStringLiteral("ZOE.OKAFOR@example.net"));
    ASSERT_OK(found);
    ASSERT_TRUE(found.value());
    EXPECT_EQ(found.value()->id, 1);
    EXPECT_EQ(contacts.get(1).value().email, QStringLiteral("zoe@example.org"))
        << "the preferred one stays preferred";
}

namespace {

// Everything a journal's file says of itself before anyone writes to it: its schema (as made),
// its version and owner, and every row of its own tables. The rows a full-text index keeps for
// itself are SQLite's business (an index rebuilt empty by a rung records it differently from a
// new one); the test checks those indexes work instead.
QStringList wholeNewFile(Database& db)
{
    QStringList lines;
    for (const char* pragma : { "user_version", "application_id", "journal_mode" })
        lines << QString::fromLatin1(pragma) + QLatin1Char('=')
                + sql::scalar(db.connection(),
                              QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma)))
                      .value()
                      .toString();
    auto query = sql::exec(db.connection(),
                           QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                          "ORDER BY type, name"));
    EXPECT_OK(query);
    QStringList tables;
    while (query.value().next()) {
        QStringList row;
        for (int i = 0; i < 4; ++i)
            row << query.value().value(i).toString();
        lines << row.join(QLatin1Char('|'));
        if (row[0] == QLatin1String("table") && !row[3].contains(QLatin1String("VIRTUAL"))
            && sql::scalar(db.connection(),
                           QStringLiteral("SELECT type FROM pragma_table_list WHERE name = ?"),
                           { row[1] })
                    .value()
                    .toString()
                != QLatin1String("shadow"))
            tables << row[1];
    }
    for (const QString& table : tables) {
        auto rows = sql::exec(db.connection(), QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        EXPECT_OK(rows);
        while (rows.value().next()) {
            QStringList values;
            for (int i = 0; i < rows.value().record().count(); ++i)
                values << rows.value().value(i).toString();
            lines << table + QStringLiteral(": ") + values.join(QLatin1Char('|'));
        }
    }
    return lines;
}

} // namespace

// A new journal is made from the written-down statements, not the ladder; the file is the one
// the ladder makes, row for row. When this fails after a new rung, write them again (below).
TEST(Migrations, ANewJournalIsTheFileTheWholeLadderMakes)
{
    ASSERT_EQ(newJournalSchema().version, latestSchemaVersion())
        << "run build/tests/core_tests --gtest_also_run_disabled_tests "
           "--gtest_filter='*WriteNewJournalSchema*'";
    test::TempFolder folder;
    FixedClock clock(test::referenceNow());
    auto direct = test::openOrFail(folder.path(QStringLiteral("direct.sqlite")), clock);
    auto laddered = test::openOrFail(folder.path(QStringLiteral("laddered.sqlite")), clock,
                                     { DatabaseMode::ReadWrite, latestSchemaVersion() });
    ASSERT_TRUE(direct && laddered);
    const QStringList made = wholeNewFile(*direct);
    const QStringList climbed = wholeNewFile(*laddered);
    for (const QString& line : made)
        EXPECT_TRUE(climbed.contains(line)) << "only made at once: " << line.toStdString();
    for (const QString& line : climbed)
        EXPECT_TRUE(made.contains(line)) << "only climbed: " << line.toStdString();
    EXPECT_EQ(made, climbed);
    auto shape = schemaShapeIn(direct->connection());
    ASSERT_OK(shape);
    EXPECT_EQ(shape.value().fingerprint(), latestSchemaFingerprint());
    // And it works as a journal: written, found again, searched, its indexes whole.
    fillFixture(*direct);
    expectFixtureData(*direct);
    auto found = JournalSearch(*direct).search(QStringLiteral("whiteboard"), 10, {});
    ASSERT_OK(found);
    EXPECT_EQ(found.value().size(), 1u);
    ASSERT_OK(direct->checkIntegrity(true));
    for (const char* index : { "contacts_fts", "journal_fts", "outreach_fts" })
        ASSERT_OK(sql::exec(direct->connection(),
                            QStringLiteral("INSERT INTO %1(%1) VALUES('integrity-check')")
                                .arg(QLatin1String(index))));
}

// Writes core/storage/NewJournalSchemaStatements.cpp from a file the ladder made. Run when a
// migration is added:
//   build/tests/core_tests --gtest_also_run_disabled_tests --gtest_filter='*WriteNewJournalSchema*'
TEST(Migrations, DISABLED_WriteNewJournalSchema)
{
    test::TempFolder folder;
    FixedClock clock(test::referenceNow());
    auto db = test::openOrFail(folder.path(QStringLiteral("laddered.sqlite")), clock,
                               { DatabaseMode::ReadWrite, latestSchemaVersion() });
    ASSERT_TRUE(db);
    auto statements = creatingStatements(db->connection());
    ASSERT_OK(statements);
    QString text
        = QStringLiteral(
              "// Written by Migrations.DISABLED_WriteNewJournalSchema "
              "(tests/core/MigrationTest.cpp): the\n"
              "// statements the migration ladder's schema is made of. Not edited by hand.\n"
              "#include \"NewJournalSchema.h\"\n\nnamespace finalist {\n\n"
              "const NewJournalSchema& newJournalSchema()\n{\n"
              "    static const NewJournalSchema schema{ %1,\n                                     "
              "     {\n")
              .arg(latestSchemaVersion());
    for (const QString& statement : statements.value()) {
        ASSERT_FALSE(statement.contains(QLatin1String(")sql\""))) << statement.toStdString();
        text += QStringLiteral("                                              "
                               "QStringLiteral(R\"sql(%1)sql\"),\n")
                    .arg(statement);
    }
    text += QStringLiteral(
        "                                          } };\n    return schema;\n}\n\n"
        "} // namespace finalist\n");
    const QString path
        = QStringLiteral(FINALIST_SOURCE_DIR "/core/storage/NewJournalSchemaStatements.cpp");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    file.write(text.toUtf8());
}

// Writes tests/fixtures/schema-vN.sqlite for every version. Run once when a migration is added:
//   build/tests/core_tests --gtest_also_run_disabled_tests --gtest_filter='*WriteFixtures*'
TEST(Migrations, DISABLED_WriteFixtures)
{
    FixedClock clock(test::referenceNow());
    for (const Migration& migration : migrations()) {
        const QString path
            = test::fixturePath(QStringLiteral("schema-v%1.sqlite").arg(migration.version));
        if (QFile::exists(path))
            continue; // a released fixture never changes
        {
            auto db = test::openOrFail(path, clock, { DatabaseMode::ReadWrite, migration.version });
            ASSERT_TRUE(db);
            fillFixture(*db);
            ASSERT_OK(sql::exec(db->connection(), QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        QFile::remove(path + QStringLiteral(".lock"));
    }
}
