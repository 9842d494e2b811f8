#pragma once

#include "ScriptedPrompter.h"
#include "services/DemoSample.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QTest>

namespace finalist::test {

// The whole window on a journal holding the demo sample, shown at 1240 × 760, as a person
// would first see it: for tests that walk every section and for screenshots.
struct DemoWindow
{
    explicit DemoWindow(const QDateTime& now)
        : clock(now)
    {
        session.attach(&window);
    }

    // Fills the journal, opens it and shows the window; false (with a test failure) if not.
    bool open()
    {
        const QString path = data.path(QStringLiteral("finalist.sqlite"));
        {
            auto filled = openOrFail(path, clock);
            if (!filled || !fillDemoSample(*filled).ok()) {
                ADD_FAILURE() << "the demo sample could not be written";
                return false;
            }
        }
        if (!session.open(path))
            return false;
        window.resize(1240, 760);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }

    TempFolder data;
    FixedClock clock;
    ScriptedPrompter prompter;
    Session session{ prompter, clock };
    MainWindow window; // after the Session, so it goes first
};

} // namespace finalist::test
