// Files that are not (or not yet) a Finalist journal: refused before anything is written to them
// or beside them, each with its own sentence; and a Finalist file says it is one.
#include "CrashSupport.h"
#include "RawSql.h"
#include "storage/ContactRepository.h"
#include "storage/DatabaseProbe.h"
#include "storage/Migrations.h"
#include "storage/SchemaShape.h"
#include "storage/Sql.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <map>
#include <QDir>
#include <QFile>

using namespace finalist;

namespace {

class ForeignFiles : public ::testing::Test
{
protected:
    // Every name in the folder with its bytes' checksum: "left untouched" means this is equal
    // before and after (no -wal, -shm, -journal, .lock or backups folder appears either).
    std::map<QString, QByteArray> snapshot() const
    {
        std::map<QString, QByteArray> files;
        const QDir dir(folder.root());
        for (const QFileInfo& entry :
             dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
            files[entry.fileName()]
                = entry.isDir() ? QByteArray("folder") : test::sha256Of(entry.absoluteFilePath());
        }
        return files;
    }

    static std::string names(const std::map<QString, QByteArray>& files)
    {
        QStringList all;
        for (const auto& [name, sum] : files)
            all << name;
        return all.join(QLatin1Char(' ')).toStdString();
    }

    // Opens for writing and for reading; both refuse with the code and a sentence holding
    // phrase, and leave the folder exactly as it was.
    void expectRefusedUntouched(const QString& file, Error::Code code, const QString& phrase)
    {
        const auto before = snapshot();
        for (DatabaseMode mode : { DatabaseMode::ReadWrite, DatabaseMode::ReadOnly }) {
            auto db = Database::open(file, clock, { mode, 0 });
            ASSERT_FALSE(db.ok()) << "mode " << int(mode);
            EXPECT_EQ(int(db.error().code), int(code)) << db.error().message.toStdString();
            EXPECT_TRUE(db.error().message.contains(phrase)) << db.error().message.toStdString();
            const auto after = snapshot();
            EXPECT_TRUE(after == before)
                << "before: " << names(before) << "\nafter: " << names(after);
        }
    }

    // A closed Finalist journal with enough rows that an update spills pages before it commits.
    QString makeJournal(const QString& name)
    {
        const QString file = folder.path(name);
        auto db = test::openOrFail(file, clock);
        EXPECT_TRUE(db);
        for (int i = 0; i < 300; ++i) {
            Contact c;
            c.firstName = QStringLiteral("Person %1").arg(i);
            c.notes = QString(200, QLatin1Char('x'));
            EXPECT_OK(ContactRepository(*db).add(c));
        }
        return file;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    QString path = folder.path(QStringLiteral("other.sqlite"));
};

} // namespace

TEST_F(ForeignFiles, AnotherProgramsDatabaseIsRefusedBeforeAnythingIsWritten)
{
    test::rawSql(path, QStringLiteral("CREATE TABLE t (a)")); // sqlite3 x 'create table t(a)'
    test::rawSql(path, QStringLiteral("INSERT INTO t VALUES ('theirs')"));
    expectRefusedUntouched(path, Error::Code::NotADatabase, QStringLiteral("another program"));
}

TEST_F(ForeignFiles, AnotherProgramsDatabaseAtSchemaFiveIsNotMigrated)
{
    test::rawSql(path, QStringLiteral("CREATE TABLE t (a)"));
    test::rawSql(path, QStringLiteral("PRAGMA user_version = 5"));
    expectRefusedUntouched(path, Error::Code::NotADatabase, QStringLiteral("another program"));
    EXPECT_EQ(test::rawSql(path, QStringLiteral("PRAGMA user_version")).toInt(), 5);
}

TEST_F(ForeignFiles, ATableNamedLikeOursIsNoReasonToSwitchTheFileToWal)
{
    test::rawSql(path, QStringLiteral("CREATE TABLE contacts (x)"));
    expectRefusedUntouched(path, Error::Code::NotADatabase, QStringLiteral("another program"));
    EXPECT_EQ(test::rawSql(path, QStringLiteral("PRAGMA journal_mode")).toString(),
              QStringLiteral("delete"));
}

TEST_F(ForeignFiles, AnotherApplicationIdIsRefusedEvenWithOurTables)
{
    path = test::copyFixture(folder, QStringLiteral("schema-v9.sqlite"));
    test::rawSql(path, QStringLiteral("PRAGMA application_id = 305419896")); // 0x12345678
    expectRefusedUntouched(path, Error::Code::NotADatabase, QStringLiteral("another program"));
}

TEST_F(ForeignFiles, AnOldFinalistFileWithATableMoreOrLessIsRefused)
{
    path = test::copyFixture(folder, QStringLiteral("schema-v5.sqlite"));
    test::rawSql(path, QStringLiteral("CREATE TABLE extra (x)"));
    expectRefusedUntouched(path, Error::Code::NotADatabase, QStringLiteral("another program"));

    const QString missing = test::copyFixture(folder, QStringLiteral("schema-v6.sqlite"));
    test::rawSql(missing, QStringLiteral("DROP TABLE network_positions"));
    expectRefusedUntouched(missing, Error::Code::NotADatabase, QStringLiteral("another program"));
}

// The fixtures are the files each version wrote: each is recognised by its tables (or, from
// schema 10, by its application_id), and its tables are what climbing the ladder in memory gives.
TEST_F(ForeignFiles, EveryFixtureHasExactlyTheTablesOfItsVersion)
{
    for (int version = 1; version <= latestSchemaVersion(); ++version) {
        const QString name = QStringLiteral("schema-v%1.sqlite").arg(version);
        const QString copy = test::copyFixture(folder, name);
        auto identity = identifyDatabaseFile(copy);
        ASSERT_OK(identity);
        EXPECT_EQ(identity.value().schemaVersion, version);
        EXPECT_EQ(identity.value().marked, version >= 10) << name.toStdString();
        EXPECT_FALSE(identity.value().interrupted);
        auto expected = schemaShapeOf(version);
        ASSERT_OK(expected);
        EXPECT_GT(expected.value().tables.size(), 5) << name.toStdString();
        EXPECT_EQ(test::rawSql(copy,
                               QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT "
                                              "name FROM sqlite_master WHERE type IN "
                                              "('table', 'view') AND name NOT LIKE "
                                              "'sqlite%' ORDER BY name)"))
                      .toString(),
                  expected.value().tables.join(QLatin1Char(' ')))
            << name.toStdString();
    }
}

TEST_F(ForeignFiles, EveryNewFileSaysItIsFinalists)
{
    EXPECT_EQ(kFinalistApplicationId, 0x46494E4C) << "“FINL”, never to change";
    for (int target : { 0, 3 }) {
        const QString file = folder.path(QStringLiteral("new-%1.sqlite").arg(target));
        {
            auto db = test::openOrFail(file, clock, { DatabaseMode::ReadWrite, target });
            ASSERT_TRUE(db);
        }
        EXPECT_EQ(test::rawSql(file, QStringLiteral("PRAGMA application_id")).toInt(),
                  kFinalistApplicationId)
            << "target " << target;
    }
}

TEST_F(ForeignFiles, AnEmptyFileBecomesAJournalOnlyWhenTheUserAgrees)
{
    QFile empty(path);
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    expectRefusedUntouched(path, Error::Code::EmptyFile, QStringLiteral("empty file"));
    EXPECT_EQ(QFileInfo(path).size(), 0);

    DatabaseOptions agreed;
    agreed.useEmptyFile = true;
    auto db = test::openOrFail(path, clock, agreed);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), latestSchemaVersion());
}

TEST_F(ForeignFiles, AFolderAtThePathIsSaidToBeAFolder)
{
    ASSERT_TRUE(QDir().mkpath(path));
    expectRefusedUntouched(path, Error::Code::NotADatabase, QStringLiteral("is a folder"));
    EXPECT_TRUE(QDir(path).isEmpty());
}

// What a kill leaves between the first start's switch to WAL and its first table: an SQLite
// file with nothing in it. Nothing can be lost, so it simply becomes the journal.
TEST_F(ForeignFiles, AnSqliteFileWithNothingInItIsTaken)
{
    test::rawSql(path, QStringLiteral("CREATE TABLE scratch (a)"));
    test::rawSql(path, QStringLiteral("DROP TABLE scratch"));
    ASSERT_GT(QFileInfo(path).size(), 0);
    auto db = test::openOrFail(path, clock);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), latestSchemaVersion());
}

TEST_F(ForeignFiles, AReaderRollsBackAWriteInterruptedByACrash)
{
    const QString live = makeJournal(QStringLiteral("live.sqlite"));
    const QString crashed = folder.path(QStringLiteral("crashed.sqlite"));
    test::copyMidWrite(live, QStringLiteral("UPDATE contacts SET notes = 'half-written'"), crashed);
    {
        auto db = Database::open(crashed, clock, { DatabaseMode::ReadOnly, 0 });
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        EXPECT_EQ(ContactRepository(*db.value()).count().value(), 300);
        EXPECT_EQ(sql::scalar(db.value()->connection(),
                              QStringLiteral("SELECT count(*) FROM contacts WHERE notes = "
                                             "'half-written'"))
                      .value()
                      .toInt(),
                  0);
    }
    EXPECT_FALSE(QFile::exists(crashed + QStringLiteral("-journal")));
    EXPECT_FALSE(QFile::exists(crashed + QStringLiteral(".lock")));
}

TEST_F(ForeignFiles, AReaderExplainsAnInterruptedWriteItMayNotUndo)
{
    const QString live = makeJournal(QStringLiteral("live.sqlite"));
    const QString crashed = folder.path(QStringLiteral("crashed.sqlite"));
    test::copyMidWrite(live, QStringLiteral("UPDATE contacts SET notes = 'half-written'"), crashed);
    ASSERT_TRUE(QFile::setPermissions(crashed, QFileDevice::ReadOwner));
    const auto before = snapshot();
    auto db = Database::open(crashed, clock, { DatabaseMode::ReadOnly, 0 });
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, Error::Code::ReadOnly);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("interrupted")))
        << db.error().message.toStdString();
    EXPECT_TRUE(snapshot() == before);
    QFile::setPermissions(crashed, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// Even another program's half-written file is looked at without being rolled back: the look
// happens on a private copy.
TEST_F(ForeignFiles, AnotherProgramsInterruptedWriteIsLeftForIt)
{
    const QString source = folder.path(QStringLiteral("source.db"));
    test::rawSql(source, QStringLiteral("CREATE TABLE t (a)"));
    test::rawSql(source,
                 QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                "FROM n WHERE i < 2000) INSERT INTO t SELECT "
                                "printf('%.200c', 'y') FROM n"));
    test::copyMidWrite(source, QStringLiteral("UPDATE t SET a = 'half'"), path);
    QFile::remove(source);
    ASSERT_TRUE(QFile::exists(path + QStringLiteral("-journal")));
    expectRefusedUntouched(path, Error::Code::NotADatabase, QStringLiteral("another program"));
}
