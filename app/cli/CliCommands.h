#pragma once

#include "Error.h"

#include <QStringList>
#include <QTextStream>

namespace finalist::cli {

// The exit codes, as --help lists them; scripts rely on them, so never renumber.
enum ExitCode
{
    Ok = 0,
    Failed = 1,
    Usage = 2,
    CannotOpen = 3, // missing, not a database, saved by a newer Finalist, or locked by a writer
    Damaged = 4, // the integrity check found damage
};

struct Invocation
{
    QString databasePath;
    QString command;
    QStringList arguments; // after the command
    QString backupTarget; // backup --to
    int entries = -1; // demo --entries; -1 when not given
    int contacts = -1; // demo --contacts; -1 when not given
    int opportunities = -1; // demo --opportunities; -1 when not given
    bool folder = false; // export --folder: one file per entry
    bool dryRun = false; // import --dry-run: the preview only
    QString status; // outreach list --status
    bool statusGiven = false;
    QString from; // report --from
    QString to; // report --to
    bool todo = false; // export ics --todo: to-dos instead of events
    QString company; // opportunity add --company
    QString role; // opportunity add --role
    QString stage; // opportunity add|list --stage
    QString url; // opportunity add --url
    QString opportunity; // import invite --opportunity ID
    QString map; // import csv --map field=column,…
    bool noBom = false; // export csv, report activity --no-bom
    QString vcardVersion; // export vcard --version 3.0 (or 4.0, the default)
    QString user; // sync setup --user
    QString kind; // sync now --kind contacts|followups|journal
    QString contactsCollection; // sync setup --contacts-collection URL
    bool noSyncToken = false; // sync setup --no-sync-token: compare ETags
    bool passwordStdin = false; // sync setup|now --password-stdin
};

// What is wrong with the command line (unknown command, missing or stray arguments, options
// that belong to another command), or an empty string when it can run.
QString usageProblem(const Invocation& invocation);

// Writes the error (and its detail) to err; damage always exits with Damaged, so a script
// tells a damaged journal from a bad input file.
int fail(QTextStream& err, const Error& error, int code = Failed);

// Runs one command that passed usageProblem(); writes results to out and errors to err.
int run(const Invocation& invocation, QTextStream& out, QTextStream& err);

} // namespace finalist::cli
