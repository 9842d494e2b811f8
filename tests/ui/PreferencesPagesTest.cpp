// Preferences ▸ Data, ▸ Appearance and ▸ Language: what they show, what they write, and what they
// refuse.
#include "common/Appearance.h"
#include "common/Palettes.h"
#include "lessons/LessonsView.h"
#include "preferences/AppearancePreferences.h"
#include "preferences/DataPreferences.h"
#include "preferences/LanguagePreferences.h"
#include "preferences/PreferencesDialog.h"
#include "settings/AppSettings.h"
#include "storage/BackupPolicy.h"
#include "storage/BackupStore.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace finalist;

namespace {

class PreferencePages : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("journal.sqlite")), clock);
        ASSERT_TRUE(db);
    }
    void TearDown() override { appearance::applyPalette(appearance::kSystem); }

    std::unique_ptr<AppSettings> settings()
    {
        return std::make_unique<AppSettings>(std::make_unique<QSettings>(
            folder.path(QStringLiteral("finalist.conf")), QSettings::IniFormat));
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(PreferencePages, DataShowsTheFilesBacksUpAtOnceAndKeepsTheNumbers)
{
    auto stored = settings();
    PreferencesDialog dialog(*db, nullptr, stored.get());
    ASSERT_EQ(dialog.pages()->count(), 6);
    dialog.showPage(PreferencesDialog::DataPage);
    EXPECT_EQ(dialog.pages()->currentWidget(), dialog.dataPage());
    bool pathShown = false;
    for (auto* label : dialog.dataPage()->findChildren<QLabel*>())
        pathShown = pathShown || label->text().contains(QStringLiteral("journal.sqlite"));
    EXPECT_TRUE(pathShown);

    EXPECT_EQ(dialog.dataPage()->backupState()->text(), QStringLiteral("No backup yet."));
    dialog.dataPage()->backupNowButton()->click();
    EXPECT_EQ(BackupStore(*db).list().size(), 1u);
    EXPECT_TRUE(dialog.dataPage()->backupState()->text().startsWith(QStringLiteral("1 backup,")))
        << dialog.dataPage()->backupState()->text().toStdString();

    // The word after each number agrees with it.
    const auto labelled = [&](const QString& text) {
        for (auto* label : dialog.dataPage()->findChildren<QLabel*>())
            if (label->text() == text)
                return true;
        return false;
    };
    dialog.dataPage()->dailyBox()->setValue(1);
    dialog.dataPage()->weeklyBox()->setValue(1);
    EXPECT_TRUE(labelled(QStringLiteral("day, then one a week for")));
    EXPECT_TRUE(labelled(QStringLiteral("week")));
    dialog.dataPage()->weeklyBox()->setValue(3);
    EXPECT_TRUE(labelled(QStringLiteral("weeks")));

    dialog.dataPage()->dailyBox()->setValue(12);
    dialog.dataPage()->weeklyBox()->setValue(0);
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(BackupPolicy::load(*db).keepDaily, 12);
    EXPECT_EQ(BackupPolicy::load(*db).keepWeekly, 0);
}

TEST_F(PreferencePages, AppearanceTurnsTheAppDarkAndBackAndIsRemembered)
{
    auto stored = settings();
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    {
        PreferencesDialog dialog(*db, nullptr, stored.get());
        ASSERT_TRUE(dialog.appearancePage());
        auto* palette = dialog.appearancePage()->paletteBox();
        palette->setCurrentIndex(palette->findData(appearance::kDark));
        dialog.appearancePage()->fontSizeBox()->setValue(15);
        ASSERT_TRUE(dialog.save());
    }
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              darkPalette().color(QPalette::Window));
    EXPECT_EQ(QApplication::font("finalist::MarkdownEdit").pointSize(), 15);
    stored->sync();

    // The next start reads the same choices.
    auto again = settings();
    EXPECT_EQ(again->text(AppSettings::Appearance), appearance::kDark);
    PreferencesDialog dialog(*db, nullptr, again.get());
    auto* palette = dialog.appearancePage()->paletteBox();
    EXPECT_EQ(palette->currentData().toString(), appearance::kDark);
    EXPECT_EQ(dialog.appearancePage()->fontSizeBox()->value(), 15);
    palette->setCurrentIndex(palette->findData(appearance::kSystem));
    dialog.appearancePage()->fontSizeBox()->setValue(0);
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), systemWindow);
}

// In the dark palette every hint is dimmer than the text beside it, enabled or not: a disabled
// form's placeholders must not read as values.
TEST(DarkPaletteColours, HintsAreDimmerThanTextInEveryState)
{
    const QPalette p = darkPalette();
    for (const auto group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled })
        EXPECT_LT(p.color(group, QPalette::PlaceholderText).lightness(),
                  p.color(group, QPalette::Text).lightness())
            << int(group);
}

TEST_F(PreferencePages, WithoutTheAppsSettingsThereIsNoAppearancePage)
{
    PreferencesDialog dialog(*db);
    EXPECT_EQ(dialog.appearancePage(), nullptr);
    EXPECT_EQ(dialog.pages()->count(), 4);
    dialog.showPage(PreferencesDialog::AppearancePage); // asked for, not there: nothing breaks
    EXPECT_LT(dialog.pages()->currentIndex(), 3);
}

TEST_F(PreferencePages, LanguageOffersTheSystemsAndTheShippedOnesAndSaysWhenItApplies)
{
    auto stored = settings();
    {
        PreferencesDialog dialog(*db, nullptr, stored.get());
        dialog.showPage(PreferencesDialog::LanguagePage);
        ASSERT_EQ(dialog.pages()->currentWidget(), dialog.languagePage());
        QComboBox* box = dialog.languagePage()->languageBox();
        EXPECT_TRUE(box->itemData(0).toString().isEmpty()) << "the system's language comes first";
        const int english = box->findData(QStringLiteral("en"));
        ASSERT_GE(english, 1);
        EXPECT_EQ(box->itemText(english), QStringLiteral("English"));
        EXPECT_TRUE(dialog.languagePage()->restartNote()->isHidden());
        box->setCurrentIndex(english);
        EXPECT_FALSE(dialog.languagePage()->restartNote()->isHidden());
        box->setCurrentIndex(0);
        EXPECT_TRUE(dialog.languagePage()->restartNote()->isHidden()) << "back as it started";
        box->setCurrentIndex(english);
        ASSERT_TRUE(dialog.save());
    }
    stored->sync();
    auto again = settings();
    EXPECT_EQ(again->text(AppSettings::Language), QStringLiteral("en"));
    PreferencesDialog dialog(*db, nullptr, again.get());
    EXPECT_EQ(dialog.languagePage()->languageBox()->currentData().toString(), QStringLiteral("en"));
    EXPECT_TRUE(dialog.languagePage()->restartNote()->isHidden());
}

TEST_F(PreferencePages, ListsTurnDarkWithTheRestOfTheWindow)
{
    // A list styled with a style sheet kept its light background when the app turned dark.
    LessonsView lessons(*db);
    lessons.resize(600, 400);
    lessons.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&lessons));
    appearance::applyPalette(appearance::kDark);
    QCoreApplication::processEvents();
    auto* tree = lessons.findChild<QTreeView*>();
    ASSERT_NE(tree, nullptr);
    const QImage shot = tree->viewport()->grab().toImage();
    const QColor corner = shot.pixelColor(shot.width() - 3, shot.height() - 3);
    EXPECT_LT(corner.lightness(), 110) << corner.name().toStdString();
}
