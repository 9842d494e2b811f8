#include "storage/SchemaShape.h"

#include "RawSql.h"
#include "storage/BackupStore.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

// Rewrites the statement SQLite keeps for one schema object, the way a tool (or an attacker)
// with writable_schema can: the file still passes PRAGMA quick_check.
void rewriteSchema(const QString& file, const QString& name, const QString& statement)
{
    test::rawStatements(file,
                        { QStringLiteral("PRAGMA writable_schema = ON"),
                          QStringLiteral("UPDATE sqlite_master SET sql = '%1' WHERE name = '%2'")
                              .arg(statement, name) });
}

class SchemaShapes : public ::testing::Test
{
protected:
    QString makeJournal(const QString& name)
    {
        const QString file = folder.path(name);
        auto db = test::openOrFail(file, clock);
        EXPECT_TRUE(db);
        for (int i = 0; i < 50; ++i) {
            Contact c;
            c.firstName = QStringLiteral("Person %1").arg(i);
            c.company = QStringLiteral("Company %1").arg(i % 7);
            EXPECT_OK(ContactRepository(*db).add(c));
        }
        return file;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
};

} // namespace

TEST_F(SchemaShapes, EveryVersionHasAShapeWithItsIndexesAndTriggers)
{
    for (int version = 1; version <= latestSchemaVersion(); ++version) {
        auto shape = schemaShapeOf(version);
        ASSERT_OK(shape);
        EXPECT_FALSE(shape.value().entries.filter(QStringLiteral("index ")).isEmpty()) << version;
    }
    auto latest = schemaShapeOf(latestSchemaVersion());
    ASSERT_OK(latest);
    EXPECT_FALSE(latest.value().entries.filter(QStringLiteral("trigger ")).isEmpty());
    // The full-text index's own tables are known by name only: SQLite decides their text.
    EXPECT_TRUE(latest.value().entries.filter(QStringLiteral("_data ON")).isEmpty());
}

TEST_F(SchemaShapes, EveryFixtureHasTheShapeOfItsVersion)
{
    for (int version = 1; version <= latestSchemaVersion(); ++version) {
        const QString name = QStringLiteral("schema-v%1.sqlite").arg(version);
        const QString copy = test::copyFixture(folder, name);
        auto opened = Database::open(copy, clock, { DatabaseMode::ReadOnly, 0 });
        ASSERT_OK(opened);
        auto shape = schemaShapeIn(opened.value()->connection());
        ASSERT_OK(shape);
        auto expected = schemaShapeOf(version);
        ASSERT_OK(expected);
        EXPECT_EQ(shape.value().differencesFrom(expected.value()), QStringList()) << version;
    }
}

// Opening a current file compares its shape with this fingerprint instead of climbing the
// ladder: a migration added or changed must write the new one down.
TEST_F(SchemaShapes, TheLatestFingerprintIsTheLatestShapes)
{
    auto latest = schemaShapeOf(latestSchemaVersion());
    ASSERT_OK(latest);
    EXPECT_EQ(latest.value().fingerprint(), latestSchemaFingerprint())
        << "set latestSchemaFingerprint() in SchemaShape.cpp to "
        << latest.value().fingerprint().toStdString();
    auto older = schemaShapeOf(latestSchemaVersion() - 1);
    ASSERT_OK(older);
    EXPECT_NE(older.value().fingerprint(), latestSchemaFingerprint());
}

TEST_F(SchemaShapes, AnIndexRedefinedBehindOurBackIsRefusedAsDamagedAndLeftAlone)
{
    const QString file = makeJournal(QStringLiteral("j.sqlite"));
    rewriteSchema(file, QStringLiteral("contacts_by_company"),
                  QStringLiteral("CREATE INDEX contacts_by_company ON contacts(first_name)"));
    ASSERT_EQ(test::rawSql(file, QStringLiteral("PRAGMA quick_check")).toString(),
              QStringLiteral("ok"))
        << "the damage quick_check cannot see";
    const QByteArray before = test::sha256Of(file);
    for (DatabaseMode mode : { DatabaseMode::ReadWrite, DatabaseMode::ReadOnly }) {
        auto db = Database::open(file, clock, { mode, 0 });
        ASSERT_FALSE(db.ok());
        EXPECT_EQ(int(db.error().code), int(Error::Code::Corrupted));
        EXPECT_TRUE(db.error().message.contains(QStringLiteral("damaged")))
            << db.error().message.toStdString();
        EXPECT_TRUE(db.error().detail.contains(QStringLiteral("contacts_by_company")))
            << db.error().detail.toStdString();
    }
    EXPECT_EQ(test::sha256Of(file), before);
    EXPECT_FALSE(QFile::exists(file + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(file + QStringLiteral(".lock")));
}

TEST_F(SchemaShapes, AMissingTriggerIsDamageToo)
{
    const QString file = makeJournal(QStringLiteral("j.sqlite"));
    test::rawSql(file, QStringLiteral("DROP TRIGGER contacts_fts_ai"));
    auto db = Database::open(file, clock);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(int(db.error().code), int(Error::Code::Corrupted));
    EXPECT_TRUE(db.error().detail.contains(QStringLiteral("- trigger contacts_fts_ai")))
        << db.error().detail.toStdString();
}

TEST_F(SchemaShapes, ABackupWhoseSchemaWasChangedIsNotRestored)
{
    const QString file = makeJournal(QStringLiteral("j.sqlite"));
    auto db = test::openOrFail(file, clock);
    ASSERT_TRUE(db);
    BackupStore store(*db);
    auto backup = store.snapshot(QStringLiteral("manual"));
    ASSERT_OK(backup);
    rewriteSchema(backup.value(), QStringLiteral("contacts_by_company"),
                  QStringLiteral("CREATE INDEX contacts_by_company ON contacts(first_name)"));
    Contact after;
    after.firstName = QStringLiteral("Written after the backup");
    ASSERT_OK(ContactRepository(*db).add(after));

    auto restored = store.restoreFrom(backup.value());
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.error().detail.contains(QStringLiteral("contacts_by_company"))
                || restored.error().message.contains(QStringLiteral("damaged")))
        << restored.error().message.toStdString() << " / " << restored.error().detail.toStdString();
    auto all = ContactRepository(*db).list();
    ASSERT_OK(all);
    EXPECT_EQ(all.value().size(), 51u) << "the journal stays as it was, the newest contact too";
}
