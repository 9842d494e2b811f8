// A shortcut pressed on a record's page acts on that record.
#include "opportunities/OpportunitiesView.h"
#include "ScriptedPrompter.h"
#include "services/DemoSample.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"
#include "wizard/RejectionWizard.h"
#include "wizard/WizardLauncher.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QApplication>
#include <QTimer>

using namespace finalist;

namespace {

// Answers the wizard that Ctrl+Shift+R opens: notes which process it is about, then closes it.
qint64 processOfTheWizardOpenedBy(QAction* action)
{
    qint64 seen = -1;
    QTimer::singleShot(0, [&seen] {
        if (auto* wizard = qobject_cast<RejectionWizard*>(QApplication::activeModalWidget())) {
            seen = wizard->answers().opportunityId;
            wizard->setCloseQuestion([] { return RejectionWizard::CloseChoice::Discard; });
            wizard->reject();
        }
    });
    action->trigger();
    return seen;
}

} // namespace

TEST(ShortcutContext, AnswerARejectionOnAProcesssPageAnswersThatProcess)
{
    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    const QString path = folder.path(QStringLiteral("journal.sqlite"));
    qint64 process = 0;
    {
        auto db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        ASSERT_OK(fillDemoSample(*db));
        process = OpportunityRepository(*db).list().value().back().id;
    }
    test::ScriptedPrompter prompter;
    Session session(prompter, clock);
    MainWindow window;
    session.attach(&window);
    ASSERT_TRUE(session.open(path));
    auto* answer = window.findChild<QAction*>(QStringLiteral("answerRejection"));
    ASSERT_NE(answer, nullptr);
    EXPECT_EQ(answer->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));

    window.showSection(MainWindow::Today);
    const qint64 likely = WizardLauncher::likelyAnswered(*session.database());
    ASSERT_GT(likely, 0);
    ASSERT_NE(likely, process) << "the page's own process must be told apart";
    EXPECT_EQ(processOfTheWizardOpenedBy(answer), likely)
        << "elsewhere: the process that last ended without an offer";

    window.showSection(MainWindow::Opportunities);
    auto* opportunities
        = qobject_cast<OpportunitiesView*>(window.sectionWidget(MainWindow::Opportunities));
    ASSERT_TRUE(opportunities->showOpportunity(process));
    EXPECT_EQ(processOfTheWizardOpenedBy(answer), process);
}
