#include "settings/AppSettings.h"

#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QSignalSpy>

using namespace finalist;

namespace {

class Settings : public ::testing::Test
{
protected:
    std::unique_ptr<AppSettings> open()
    {
        return std::make_unique<AppSettings>(std::make_unique<QSettings>(
            folder.path(QStringLiteral("finalist.conf")), QSettings::IniFormat));
    }
    test::TempFolder folder;
};

} // namespace

TEST_F(Settings, DefaultsUntilSetAndSetOnlyWhenChanged)
{
    auto settings = open();
    EXPECT_EQ(settings->text(AppSettings::Appearance), QStringLiteral("system"));
    EXPECT_EQ(settings->number(AppSettings::LastSection), 0);
    QSignalSpy changed(settings.get(), &AppSettings::changed);
    settings->set(AppSettings::LastSection, 3);
    settings->set(AppSettings::LastSection, 3);
    settings->set(AppSettings::Appearance, QStringLiteral("system")); // the default: nothing
    EXPECT_EQ(changed.count(), 1);
    settings->set(AppSettings::Appearance, QStringLiteral("dark"));
    EXPECT_EQ(changed.count(), 2);
    settings->setState(QStringLiteral("journalSplit"), QByteArray("\x01\x02", 2));
    settings->sync();

    auto again = open(); // as the next run reads them
    EXPECT_EQ(again->number(AppSettings::LastSection), 3);
    EXPECT_EQ(again->text(AppSettings::Appearance), QStringLiteral("dark"));
    EXPECT_EQ(again->state(QStringLiteral("journalSplit")), QByteArray("\x01\x02", 2));
}

TEST_F(Settings, RecentDatabasesAreNewestFirstWithoutRepeats)
{
    auto settings = open();
    for (int i = 0; i < AppSettings::kRecent + 3; ++i)
        settings->noteOpened(folder.path(QStringLiteral("j%1.sqlite").arg(i)));
    settings->noteOpened(folder.path(QStringLiteral("j5.sqlite")));
    const QStringList recent = settings->list(AppSettings::RecentDatabases);
    ASSERT_EQ(recent.size(), AppSettings::kRecent);
    EXPECT_EQ(recent.first(), folder.path(QStringLiteral("j5.sqlite")));
    EXPECT_EQ(recent.count(folder.path(QStringLiteral("j5.sqlite"))), 1);
    EXPECT_EQ(settings->text(AppSettings::LastDatabase), folder.path(QStringLiteral("j5.sqlite")));
}

TEST_F(Settings, OpeningTheSameJournalAgainChangesNothing)
{
    // As the last run left the file: a list of one recent journal is written as a plain string.
    // (Written raw: QSettings would serve the list back from its cache in this process.)
    const QString journal = folder.path(QStringLiteral("journal.sqlite"));
    QFile file(folder.path(QStringLiteral("finalist.conf")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("[database]\nlast=%1\nrecent=%1\n").arg(journal).toUtf8());
    file.close();

    auto again = open(); // the next start
    QSignalSpy changed(again.get(), &AppSettings::changed);
    again->noteOpened(journal);
    EXPECT_EQ(changed.count(), 0); // nothing to write back
    EXPECT_EQ(again->list(AppSettings::RecentDatabases), QStringList{ journal });
    EXPECT_EQ(again->text(AppSettings::LastDatabase), journal);
}

TEST_F(Settings, AValueOfTheWrongKindFallsBackToTheDefault)
{
    {
        QSettings raw(folder.path(QStringLiteral("finalist.conf")), QSettings::IniFormat);
        raw.setValue(QStringLiteral("window/section"), QStringLiteral("not a number"));
    }
    auto settings = open();
    EXPECT_EQ(settings->number(AppSettings::LastSection), 0);
}
