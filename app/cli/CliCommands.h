#pragma once

#include <QStringList>
#include <QTextStream>

namespace finalist::cli {

// The exit codes, as --help lists them.
enum ExitCode
{
    Ok = 0,
    Failed = 1,
    Usage = 2,
    CannotOpen = 3
};

struct Invocation
{
    QString databasePath;
    QString command;
    QStringList arguments; // after the command
    QString backupTarget; // backup --to
    int entries = -1; // demo --entries
    int contacts = -1; // demo --contacts
};

// Runs one command; writes results to out and errors to err.
int run(const Invocation& invocation, QTextStream& out, QTextStream& err);

} // namespace finalist::cli
