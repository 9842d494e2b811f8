#include "services/Autosaver.h"

#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

using namespace finalist;

namespace {

// Runs the event loop until the condition holds or the time is up.
bool waitFor(const std::function<bool()>& condition, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return condition();
}

struct App
{
    int argc = 1;
    char name[9] = "autosave";
    char* argv[1] = { name };
    QCoreApplication app{ argc, argv };
};

App& app()
{
    static App instance;
    return instance;
}

} // namespace

TEST(Autosaver, SavesOnceAfterABurstOfChanges)
{
    app();
    int saves = 0;
    Autosaver saver([&] {
        ++saves;
        return Status();
    });
    saver.setDelay(50);
    for (int i = 0; i < 10; ++i)
        saver.markChanged();
    EXPECT_EQ(saver.state(), Autosaver::State::Pending);
    EXPECT_TRUE(waitFor([&] { return saves > 0; }, 1000));
    EXPECT_EQ(saves, 1);
    EXPECT_EQ(saver.state(), Autosaver::State::Saved);
}

TEST(Autosaver, FlushSavesAtOnceAndOnlyWhenDirty)
{
    app();
    int saves = 0;
    Autosaver saver([&] {
        ++saves;
        return Status();
    });
    EXPECT_TRUE(saver.flush());
    EXPECT_EQ(saves, 0) << "nothing changed, nothing written";
    saver.markChanged();
    EXPECT_TRUE(saver.flush());
    EXPECT_EQ(saves, 1);
}

TEST(Autosaver, AFailedSaveStaysDirtyReportsAndRetries)
{
    app();
    bool diskFull = true;
    int attempts = 0;
    Autosaver saver([&]() -> Status {
        ++attempts;
        if (diskFull)
            return Error{ Error::Code::Io, QStringLiteral("The disk is full."), {}, {} };
        return {};
    });
    saver.setRetryDelays({ 30 });
    QSignalSpy failures(&saver, &Autosaver::saveFailed);
    saver.markChanged();
    EXPECT_FALSE(saver.flush());
    EXPECT_EQ(saver.state(), Autosaver::State::Failed);
    EXPECT_TRUE(saver.isDirty());
    ASSERT_EQ(failures.count(), 1);
    EXPECT_EQ(failures.at(0).at(0).toString(), QStringLiteral("The disk is full."));
    EXPECT_TRUE(waitFor([&] { return attempts >= 2; }, 1000)) << "it tries again by itself";
    diskFull = false;
    EXPECT_TRUE(waitFor([&] { return saver.state() == Autosaver::State::Saved; }, 1000));
    EXPECT_TRUE(saver.lastError().isEmpty());
}
