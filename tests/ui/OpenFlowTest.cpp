#include "Eventually.h"
#include "RawSql.h"
#include "ScriptedPrompter.h"
#include "shell/DatabaseErrorDialog.h"
#include "shell/Prompter.h"
#include "shell/Session.h"
#include "storage/ContactRepository.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace finalist;
using Choice = DatabaseErrorDialog::Choice;

namespace {

class OpenFlow : public ::testing::Test
{
protected:
    QString garbageFile(const QString& name)
    {
        const QString path = folder.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("definitely not sqlite ").repeated(300));
        return path;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    test::ScriptedPrompter prompter;
    Session session{ prompter, clock };
};

} // namespace

TEST_F(OpenFlow, ALockedDatabaseIsRefusedUntouchedAndTheAppMayQuit)
{
    const QString path = folder.path(QStringLiteral("shared.sqlite"));
    auto holder = Database::open(path, clock);
    ASSERT_TRUE(holder.ok());
    const QByteArray before = test::sha256Of(path);
    EXPECT_FALSE(session.open(path)) << "the user quits";
    ASSERT_EQ(prompter.errorsShown.size(), 1u);
    EXPECT_EQ(prompter.errorsShown[0].code, Error::Code::Locked);
    EXPECT_TRUE(prompter.errorsShown[0].message.contains(QStringLiteral("already open")));
    EXPECT_FALSE(prompter.restoreOffered[0]);
    EXPECT_EQ(session.database(), nullptr);
    EXPECT_EQ(test::sha256Of(path), before);
    EXPECT_TRUE(BackupStore::listFor(path).empty()) << "not even a backup was taken";
    EXPECT_OK(OpportunityRepository(*holder.value()).count()); // the holder keeps working
}

TEST_F(OpenFlow, ADamagedDatabaseGivesTheDialogAndIsLeftUnchanged)
{
    const QString path = folder.path(QStringLiteral("damaged.sqlite"));
    {
        auto db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        ContactRepository contacts(*db);
        for (int i = 0; i < 300; ++i) {
            Contact c;
            c.firstName = QStringLiteral("Person %1").arg(i);
            c.notes = QString(200, QLatin1Char('x'));
            ASSERT_OK(contacts.add(c));
        }
    }
    ASSERT_GT(QFileInfo(path).size(), 8 * 4096);
    // The schema's own page, after the file header: damage that opening reads, and refuses
    // before the window shows (damage elsewhere is the background check's, see DamageFound).
    test::overwriteBytes(path, 100, QByteArray(4096 - 100, '\xA5'));
    const QByteArray before = test::sha256Of(path);

    EXPECT_FALSE(session.open(path)) << "the user quits";
    ASSERT_EQ(prompter.errorsShown.size(), 1u);
    EXPECT_EQ(prompter.errorsShown[0].code, Error::Code::Corrupted);
    EXPECT_FALSE(prompter.restoreOffered[0]) << "there is no backup to offer";
    EXPECT_EQ(session.database(), nullptr);
    EXPECT_EQ(test::sha256Of(path), before);
    // SQLite's read-only probe of a WAL file may leave empty -wal/-shm beside it; no page may
    // have gone into the WAL.
    const QString wal = path + QStringLiteral("-wal");
    EXPECT_TRUE(!QFile::exists(wal) || QFileInfo(wal).size() == 0) << QFileInfo(wal).size();
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".lock"))) << "the lock was let go";
}

TEST_F(OpenFlow, AFileFromANewerFinalistIsLeftUntouched)
{
    const QString path = folder.path(QStringLiteral("newer.sqlite"));
    test::openOrFail(path, clock).reset();
    test::rawSql(path, QStringLiteral("PRAGMA user_version = 999"));
    const QByteArray before = test::sha256Of(path);
    prompter.choices = { Choice::OpenAnother };
    prompter.filesToOpen << QString(); // cancelled: asked again, then quits
    EXPECT_FALSE(session.open(path));
    ASSERT_EQ(prompter.errorsShown.size(), 2u);
    EXPECT_EQ(prompter.errorsShown[0].code, Error::Code::NewerSchema);
    EXPECT_EQ(test::sha256Of(path), before);
}

TEST_F(OpenFlow, TheRealDialogAnswersForTheSession)
{
    const QString path = garbageFile(QStringLiteral("notes.sqlite"));
    DialogPrompter real;
    Session withDialogs(real, clock);
    QString dismissText;
    QString headline;
    // The dialog is modal: answer it from inside its own event loop, as a user would.
    QTimer::singleShot(0, [&] {
        ASSERT_EVENTUALLY(qobject_cast<DatabaseErrorDialog*>(QApplication::activeModalWidget()),
                          5000);
        auto* dialog = qobject_cast<DatabaseErrorDialog*>(QApplication::activeModalWidget());
        headline = dialog->headline();
        dismissText = dialog->button(Choice::Dismiss)->text();
        QTest::mouseClick(dialog->button(Choice::Dismiss), Qt::LeftButton);
    });
    EXPECT_FALSE(withDialogs.open(path));
    EXPECT_EQ(dismissText, QStringLiteral("Quit")) << "nothing is open yet";
    EXPECT_EQ(headline, QStringLiteral("This is not a Finalist database"));
}

TEST_F(OpenFlow, AForeignFileIsLeftAndTheUserCanCreateANewDatabase)
{
    const QString path = garbageFile(QStringLiteral("notes.sqlite"));
    const QByteArray before = test::sha256Of(path);
    prompter.choices = { Choice::CreateNew };
    prompter.newFiles << folder.path(QStringLiteral("fresh.sqlite"));
    ASSERT_TRUE(session.open(path));
    EXPECT_EQ(prompter.errorsShown[0].code, Error::Code::NotADatabase);
    EXPECT_EQ(session.database()->path(), folder.path(QStringLiteral("fresh.sqlite")));
    EXPECT_EQ(test::sha256Of(path), before);
}

TEST_F(OpenFlow, CancellingAChoiceAsksAgain)
{
    const QString path = garbageFile(QStringLiteral("notes.sqlite"));
    prompter.choices = { Choice::OpenAnother, Choice::OpenAnother, Choice::Dismiss };
    prompter.filesToOpen << QString() << garbageFile(QStringLiteral("also-bad.sqlite"));
    EXPECT_FALSE(session.open(path));
    EXPECT_EQ(prompter.errorsShown.size(), 3u);
}

TEST_F(OpenFlow, ADamagedDatabaseCanBeRestoredFromItsBackupsAndIsKeptAside)
{
    const QString path = folder.path(QStringLiteral("journal.sqlite"));
    {
        auto db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        Opportunity o;
        o.company = QStringLiteral("Kept in the backup");
        ASSERT_OK(OpportunityRepository(*db).add(o));
        ASSERT_OK(BackupStore(*db).snapshot(QStringLiteral("manual")));
    }
    QFile::remove(path);
    garbageFile(QStringLiteral("journal.sqlite"));
    const QByteArray damaged = test::sha256Of(path);

    prompter.choices = { Choice::RestoreBackup };
    prompter.backupsToChoose << QStringLiteral("newest");
    ASSERT_TRUE(session.open(path));
    EXPECT_TRUE(prompter.restoreOffered[0]);
    EXPECT_EQ(OpportunityRepository(*session.database()).count().value(), 1);
    const QStringList aside
        = QDir(folder.root()).entryList({ QStringLiteral("journal.sqlite.refused-*") });
    ASSERT_EQ(aside.size(), 1) << "the refused file is kept, not deleted";
    EXPECT_EQ(test::sha256Of(folder.path(aside.first())), damaged);
}

TEST(DatabaseErrorDialogTest, EachErrorSaysWhatHappenedAndOffersTheRightWaysOut)
{
    struct Case
    {
        Error::Code code;
        bool canRestore;
        bool restore, create;
        const char* headline;
    };
    for (const Case& c :
         { Case{ Error::Code::Locked, false, false, false, "already open" },
           Case{ Error::Code::Locked, true, false, false, "already open" },
           Case{ Error::Code::NotADatabase, true, true, true, "not a Finalist database" },
           Case{ Error::Code::Corrupted, true, true, true, "damaged" },
           Case{ Error::Code::Corrupted, false, false, true, "damaged" },
           Case{ Error::Code::NewerSchema, true, true, true, "newer Finalist" },
           Case{ Error::Code::ReadOnly, false, false, true, "read-only" },
           Case{ Error::Code::CannotCreate, false, false, true, "could not be created" },
           Case{ Error::Code::Io, false, false, true, "could not be opened" } }) {
        const Error error{
            c.code, QStringLiteral("What happened, in words."), QStringLiteral("driver detail"), {}
        };
        const auto offered = [&](Choice choice) {
            DatabaseErrorDialog probe(error, c.canRestore, QStringLiteral("Quit"));
            return probe.button(choice) != nullptr;
        };
        for (Choice choice :
             { Choice::OpenAnother, Choice::RestoreBackup, Choice::CreateNew, Choice::Dismiss }) {
            if (!offered(choice))
                continue;
            DatabaseErrorDialog dialog(error, c.canRestore, QStringLiteral("Quit"));
            dialog.show();
            EXPECT_TRUE(dialog.headline().contains(QLatin1String(c.headline))) << int(c.code);
            EXPECT_EQ(dialog.message(), error.message);
            QTest::mouseClick(dialog.button(choice), Qt::LeftButton);
            EXPECT_EQ(dialog.choice(), choice) << int(c.code);
            EXPECT_EQ(dialog.result(),
                      choice == Choice::Dismiss ? QDialog::Rejected : QDialog::Accepted);
            EXPECT_FALSE(dialog.isVisible());
        }
        EXPECT_TRUE(offered(Choice::OpenAnother));
        EXPECT_TRUE(offered(Choice::Dismiss));
        EXPECT_EQ(offered(Choice::RestoreBackup), c.restore) << int(c.code);
        EXPECT_EQ(offered(Choice::CreateNew), c.create) << int(c.code);
    }
}

TEST(DatabaseErrorDialogTest, DetailsStayHiddenUntilAskedFor)
{
    DatabaseErrorDialog dialog(Error{ Error::Code::Corrupted,
                                      QStringLiteral("Damaged."),
                                      QStringLiteral("Page 4: btreeInitPage() returns 11"),
                                      {} },
                               true, QStringLiteral("Keep the Current Database"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.button(Choice::Dismiss)->text(), QStringLiteral("Keep the Current Database"));
    EXPECT_TRUE(dialog.button(Choice::RestoreBackup)->isDefault()) << "Enter restores";
    ASSERT_NE(dialog.detailsToggle(), nullptr);
    auto* details = dialog.findChild<QPlainTextEdit*>(QStringLiteral("errorDetails"));
    ASSERT_NE(details, nullptr);
    EXPECT_FALSE(details->isVisible());
    QTest::mouseClick(dialog.detailsToggle(), Qt::LeftButton);
    EXPECT_TRUE(details->isVisible());
    EXPECT_TRUE(dialog.detailsShown());
    EXPECT_TRUE(details->toPlainText().contains(QStringLiteral("btreeInitPage")));
    QTest::mouseClick(dialog.detailsToggle(), Qt::LeftButton);
    EXPECT_FALSE(details->isVisible());

    DatabaseErrorDialog plain(Error{ Error::Code::Locked, QStringLiteral("Busy."), {}, {} }, false,
                              QStringLiteral("Quit"));
    EXPECT_EQ(plain.detailsToggle(), nullptr) << "no toggle without details";
}
