#pragma once

#include <gtest/gtest.h>
#include <QByteArray>
#include <QStandardPaths>
#include <QStringList>

namespace finalist::test {

// Runs a program under strace, following its threads and children, and returns the lines it
// logged for the system calls named ("socket,connect", "openat"); the log is written to logPath.
QStringList tracedCalls(const QString& logPath, const QString& calls, const QString& program,
                        const QStringList& arguments, const QByteArray& input = {});

// Skips the test when strace is missing, except under CI, where that is a failure.
#define FINALIST_REQUIRE_STRACE()                                                                  \
    do {                                                                                           \
        if (QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty()) {                  \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                FAIL() << "strace is not installed; script/bootstrap installs it";                 \
            GTEST_SKIP() << "strace is not installed";                                             \
        }                                                                                          \
    } while (false)

} // namespace finalist::test
