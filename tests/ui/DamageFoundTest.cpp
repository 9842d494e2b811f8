#include "Eventually.h"
#include "RawSql.h"
#include "ScriptedPrompter.h"
#include "shell/Session.h"
#include "storage/BackgroundTask.h"
#include "storage/BackupStore.h"
#include "storage/ContactRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QSignalSpy>

using namespace finalist;
using Choice = DatabaseErrorDialog::Choice;

namespace {

// Damage that opening cannot see and the full check can: the index over companies is rebuilt
// over first names behind SQLite's back, then given its own definition again. The schema reads
// as Finalist wrote it and PRAGMA quick_check passes; integrity_check finds every row misfiled.
void misfileCompanyIndex(const QString& file)
{
    const QString name = QStringLiteral("contacts_by_company");
    const QString original
        = test::rawSql(file,
                       QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(name))
              .toString();
    const auto define = [&](const QString& statement) {
        test::rawStatements(file,
                            { QStringLiteral("PRAGMA writable_schema = ON"),
                              QStringLiteral("UPDATE sqlite_master SET sql = '%1' WHERE "
                                             "name = '%2'")
                                  .arg(statement, name) });
    };
    define(QStringLiteral("CREATE INDEX contacts_by_company ON contacts(first_name)"));
    test::rawSql(file, QStringLiteral("REINDEX contacts_by_company"));
    define(original);
}

class DamageFound : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        for (int i = 0; i < 40; ++i)
            addContact(*db, QStringLiteral("Before %1").arg(i));
        ASSERT_OK(BackupStore(*db).snapshot(QStringLiteral("manual")));
        addContact(*db, QStringLiteral("After the backup"));
    }

    static void addContact(Database& db, const QString& name)
    {
        Contact c;
        c.firstName = name;
        c.company = QStringLiteral("Company of %1").arg(name);
        ASSERT_OK(ContactRepository(db).add(c));
    }

    // Opens the damaged journal as the window does and waits for the background check.
    void openAndWaitForTheCheck()
    {
        misfileCompanyIndex(path);
        ASSERT_EQ(test::rawSql(path, QStringLiteral("PRAGMA quick_check")).toString(),
                  QStringLiteral("ok"));
        ASSERT_NE(test::rawSql(path, QStringLiteral("PRAGMA integrity_check")).toString(),
                  QStringLiteral("ok"));
        openAndWaitForTheReport();
    }

    // Opens the journal as the window does and waits for the background check's report.
    void openAndWaitForTheReport()
    {
        QSignalSpy checked(session.integrityCheck(), &BackgroundTask::finished);
        ASSERT_TRUE(session.open(path)) << "opening reads the header and the schema only";
        ASSERT_TRUE(prompter.errorsShown.empty());
        ASSERT_TRUE(checked.wait(20000));
        ASSERT_EVENTUALLY(!prompter.errorsShown.empty(), 5000);
    }

    // Nothing more is written on top of the damage, and nothing was replaced.
    void expectWritingStopped()
    {
        Database* db = session.database();
        ASSERT_NE(db, nullptr);
        EXPECT_TRUE(db->writingStopped());
        Contact late;
        late.firstName = QStringLiteral("Written on top of the damage");
        EXPECT_FALSE(ContactRepository(*db).add(late).ok());
        EXPECT_TRUE(keptAside().isEmpty()) << "nothing was replaced";
        session.waitForBackgroundWork();
        for (const BackupInfo& backup : BackupStore::listFor(path))
            EXPECT_NE(backup.reason, QStringLiteral("daily")) << "the damage was not copied";
    }

    QStringList keptAside() const
    {
        QStringList files
            = QDir(folder.root()).entryList({ QStringLiteral("j.sqlite.damaged-*") }, QDir::Files);
        files.removeIf([](const QString& name) {
            return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
        });
        return files;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    QString path = folder.path(QStringLiteral("j.sqlite"));
    test::ScriptedPrompter prompter;
    Session session{ prompter, clock };
};

} // namespace

TEST_F(DamageFound, WritingStopsAndTheUserIsTold)
{
    prompter.choices = { Choice::Dismiss };
    openAndWaitForTheCheck();
    const Error& shown = prompter.errorsShown.front();
    EXPECT_EQ(shown.code, Error::Code::Corrupted);
    EXPECT_TRUE(shown.message.contains(QStringLiteral("stopped saving")))
        << shown.message.toStdString();
    EXPECT_TRUE(shown.detail.contains(QStringLiteral("contacts_by_company")))
        << shown.detail.toStdString();
    EXPECT_TRUE(prompter.restoreOffered.front()) << "a healthy backup exists";

    expectWritingStopped();
    auto count = ContactRepository(*session.database()).count();
    ASSERT_OK(count);
    EXPECT_EQ(count.value(), 41) << "reading goes on";
}

TEST_F(DamageFound, TheNewestHealthyBackupIsOfferedAndTheDamagedFileKept)
{
    // A newer backup that is damaged itself is not offered.
    misfileCompanyIndex(path);
    const QString damagedBackup = QDir(BackupStore::folderFor(path))
                                      .filePath(QStringLiteral("j-29990101-000000-manual.sqlite"));
    ASSERT_TRUE(QFile::copy(path, damagedBackup));
    prompter.choices = { Choice::RestoreBackup };
    prompter.backupsToChoose = { QStringLiteral("newest") };
    openAndWaitForTheCheck();

    ASSERT_TRUE(prompter.told.isEmpty()) << prompter.told.join(QLatin1Char('\n')).toStdString();
    Database* db = session.database();
    ASSERT_NE(db, nullptr);
    EXPECT_FALSE(db->writingStopped());
    auto count = ContactRepository(*db).count();
    ASSERT_OK(count);
    EXPECT_EQ(count.value(), 40) << "the backup's contacts, from before the last one";
    EXPECT_OK(db->checkIntegrity(true));
    Contact next;
    next.firstName = QStringLiteral("Saved again");
    EXPECT_OK(ContactRepository(*db).add(next));
    ASSERT_EQ(keptAside().size(), 1);
    EXPECT_EQ(test::countRows(folder.path(keptAside().front()), QStringLiteral("contacts")), 41)
        << "the damaged file, with the contact the backup lacks, is kept";
}

TEST_F(DamageFound, AHealthyJournalIsCheckedQuietly)
{
    QSignalSpy checked(session.integrityCheck(), &BackgroundTask::finished);
    ASSERT_TRUE(session.open(path));
    ASSERT_TRUE(checked.wait(20000));
    EXPECT_TRUE(checked.front().at(1).value<Status>().ok());
    EXPECT_TRUE(prompter.errorsShown.empty());
    EXPECT_FALSE(session.database()->writingStopped());
}

// A page of garbage, which PRAGMA quick_check would find, no longer keeps the window waiting
// for a read of the whole file: it opens, the background check finds the damage, and writing
// stops before anything more is written on top of it. The file is as it was until then.
TEST_F(DamageFound, AGarbledPageIsFoundAfterTheWindowOpensAndWritingStops)
{
    const int page = test::rawSql(path,
                                  QStringLiteral("SELECT rootpage FROM sqlite_master "
                                                 "WHERE name = 'contacts_by_company'"))
                         .toInt();
    ASSERT_GT(page, 1);
    test::overwriteBytes(path, qint64(page - 1) * 4096, QByteArray(4096, '\x5A'));
    ASSERT_NE(test::rawSql(path, QStringLiteral("PRAGMA quick_check")).toString(),
              QStringLiteral("ok"));
    prompter.choices = { Choice::Dismiss };
    openAndWaitForTheReport();
    EXPECT_EQ(prompter.errorsShown.front().code, Error::Code::Corrupted);
    expectWritingStopped();
}
