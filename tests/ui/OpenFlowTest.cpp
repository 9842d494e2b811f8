#include "RawSql.h"
#include "ScriptedPrompter.h"
#include "shell/DatabaseErrorDialog.h"
#include "shell/Session.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTest>

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
    EXPECT_FALSE(prompter.restoreOffered[0]);
    EXPECT_EQ(session.database(), nullptr);
    EXPECT_EQ(test::sha256Of(path), before);
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
    };
    for (const Case& c : { Case{ Error::Code::Locked, false, false, false },
                           Case{ Error::Code::NotADatabase, true, true, true },
                           Case{ Error::Code::Corrupted, true, true, true },
                           Case{ Error::Code::Corrupted, false, false, true },
                           Case{ Error::Code::NewerSchema, true, true, true },
                           Case{ Error::Code::ReadOnly, false, false, true } }) {
        const Error error{
            c.code, QStringLiteral("What happened, in words."), QStringLiteral("driver detail"), {}
        };
        DatabaseErrorDialog dialog(error, c.canRestore, QStringLiteral("Quit"));
        dialog.show();
        EXPECT_EQ(dialog.message(), error.message);
        EXPECT_NE(dialog.button(Choice::OpenAnother), nullptr);
        EXPECT_EQ(dialog.button(Choice::RestoreBackup) != nullptr, c.restore) << int(c.code);
        EXPECT_EQ(dialog.button(Choice::CreateNew) != nullptr, c.create) << int(c.code);
        ASSERT_NE(dialog.button(Choice::Dismiss), nullptr);
        EXPECT_EQ(dialog.button(Choice::Dismiss)->text(), QStringLiteral("Quit"));
        QTest::mouseClick(dialog.button(Choice::OpenAnother), Qt::LeftButton);
        EXPECT_EQ(dialog.choice(), Choice::OpenAnother);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    DatabaseErrorDialog dialog(Error{ Error::Code::Locked, QStringLiteral("Busy."), {}, {} }, false,
                               QStringLiteral("Quit"));
    dialog.show();
    QTest::mouseClick(dialog.button(Choice::Dismiss), Qt::LeftButton);
    EXPECT_EQ(dialog.choice(), Choice::Dismiss);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}
