// Every top-level window opens on a small screen: none asks for more than 900 pixels of width
// (1366 x 768 at 125 %, less the window manager's frame) or 640 of height, with a filled journal.
#include "common/RoundDialog.h"
#include "contacts/ImportDialog.h"
#include "export/ExportDialog.h"
#include "help/HelpWindow.h"
#include "opportunities/NewOpportunityDialog.h"
#include "preferences/PreferencesDialog.h"
#include "search/SearchEverywhereDialog.h"
#include "services/DemoSample.h"
#include "settings/AppSettings.h"
#include "shell/DatabaseErrorDialog.h"
#include "shell/RestoreBackupDialog.h"
#include "storage/OpportunityRepository.h"
#include "templates/TemplateEditor.h"
#include "TestSupport.h"
#include "today/ActivityReportDialog.h"
#include "wizard/RejectionWizard.h"

#include <gtest/gtest.h>
#include <QSettings>
#include <QTabWidget>

using namespace finalist;

namespace {

class DialogSizes : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("sizes.sqlite")), clock);
        ASSERT_TRUE(db);
        ASSERT_OK(fillDemoSample(*db));
    }

    void expectFits(QWidget& window, const char* name)
    {
        const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
        EXPECT_LE(needed.width(), 900) << name << " needs " << needed.width() << " px";
        EXPECT_LE(needed.height(), 640) << name << " needs " << needed.height() << " px";
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(DialogSizes, NoTopLevelWindowNeedsMoreThanASmallScreen)
{
    AppSettings settings(
        std::make_unique<QSettings>(folder.path(QStringLiteral("f.conf")), QSettings::IniFormat));
    const auto opportunities = OpportunityRepository(*db).list();
    ASSERT_OK(opportunities);
    ASSERT_FALSE(opportunities.value().empty());
    const qint64 opportunityId = opportunities.value().front().id;

    PreferencesDialog preferences(*db, nullptr, &settings);
    for (int page = 0; page < preferences.pages()->count(); ++page) {
        preferences.showPage(PreferencesDialog::Page(page));
        expectFits(preferences, "Preferences");
    }
    RejectionWizard wizard(*db, opportunityId); // its pages are stacked: the widest counts
    expectFits(wizard, "the rejection wizard");
    ImportDialog import(*db);
    expectFits(import, "Import Contacts");
    ExportDialog exporting(*db, std::nullopt);
    expectFits(exporting, "Export");
    NewOpportunityDialog newOpportunity(*db);
    expectFits(newOpportunity, "New Opportunity");
    SearchEverywhereDialog search(*db);
    expectFits(search, "Find Everywhere");
    TemplateEditor templates(*db);
    expectFits(templates, "Templates");
    ActivityReportDialog report(*db);
    expectFits(report, "Activity Report");
    Round round;
    round.opportunityId = opportunityId;
    RoundDialog roundDialog(*db, round);
    expectFits(roundDialog, "Round");
    HelpWindow help;
    expectFits(help, "Help");
    RestoreBackupDialog restore(
        { BackupInfo{ folder.path(QStringLiteral("b.sqlite")), QDateTime::currentDateTimeUtc(),
                      QStringLiteral("daily") } });
    expectFits(restore, "Restore");
    DatabaseErrorDialog error(Error{ Error::Code::Corrupted,
                                     QStringLiteral("The file is damaged."),
                                     QStringLiteral("database disk image is malformed"),
                                     {} },
                              true, QStringLiteral("Quit"));
    expectFits(error, "the database error");
}
