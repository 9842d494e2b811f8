#pragma once

// Screenshots for people to look at: written only when FINALIST_SHOTS_DIR names a folder.
#include <gtest/gtest.h>
#include <QDir>
#include <QTest>
#include <QWidget>

namespace finalist::test {

inline void saveShot(QWidget& widget, const QString& name)
{
    const QString shots = qEnvironmentVariable("FINALIST_SHOTS_DIR");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    QTest::qWait(50); // let layouts and deferred paints settle
    EXPECT_TRUE(widget.grab().save(QDir(shots).filePath(name)));
}

} // namespace finalist::test
