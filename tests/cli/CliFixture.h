#pragma once

#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QString>
#include <QStringList>

namespace finalist::test {

// What one run of finalist-cli gave back.
struct CliOutcome
{
    int exitCode = -1; // -2 when it crashed
    QString out;
    QString err;
};

// Runs the real finalist-cli (FINALIST_CLI) as a separate process against a database in a
// fresh folder, so every test sees what a user at a terminal would see.
class Cli : public ::testing::Test
{
protected:
    // finalist-cli --database <database, or path> arguments..., with input on its standard
    // input (closed after it, so nothing waits for more)
    CliOutcome run(const QStringList& arguments, const QString& database = {},
                   const QByteArray& input = {}) const;
    // finalist-cli arguments..., with no --database added
    static CliOutcome runRaw(const QStringList& arguments, const QByteArray& input = {});
    // The number `stats` prints for one kind ("contacts"), or -1 when it is missing.
    qint64 statsCount(const QString& kind, const QString& database = {}) const;

    TempFolder folder;
    QString path = folder.path(QStringLiteral("cli.sqlite"));
};

} // namespace finalist::test
