#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace finalist {

// Looks at an existing database file before it is used, so that nothing is written to a file
// that turns out to be damaged, foreign or too new. probeDatabaseFile identifies it too.
struct ProbeReport
{
    int schemaVersion = 0;
};

// Whose an existing, non-empty file is, found by reading it only.
struct FileIdentity
{
    int schemaVersion = 0;
    bool marked = false; // it carries Finalist's application_id (schema 10 and later)
    bool interrupted = false; // a crash left a hot journal, which a writer must roll back first
};

// Says whether a file is a Finalist database without writing anything, not even a lock file: it
// carries Finalist's application_id, or (files from before schema 10, which had none) its tables
// are exactly those of the schema version it claims, or it is an SQLite file with no tables at
// all and version 0. Errors: NotADatabase (not SQLite, or another program's), NewerSchema,
// Corrupted. A file a crash left half-written is looked at through a private copy, rolled back
// there, so the file itself stays as it is.
Result<FileIdentity> identifyDatabaseFile(const QString& path);
Result<FileIdentity> identifyDatabase(const QSqlDatabase& db, const QString& path);

// mayRecover: the caller is the writer (it holds the lock), so SQLite may finish what a crash
// interrupted (roll back a hot journal, rebuild the WAL index) as it reads; a read-only look
// cannot, and says so. wholeFile: PRAGMA quick_check too, which reads every page.
Result<ProbeReport> probeDatabaseFile(const QString& path, bool mayRecover = false,
                                      bool wholeFile = true);

// Runs PRAGMA quick_check (or integrity_check when full) on a connection; a damaged file gives
// a Corrupted error naming the first problems.
Status checkIntegrityOf(const QSqlDatabase& db, const QString& path, bool full);

// Messages shared by every place that refuses a file.
Error newerSchemaError(const QString& path, int fileVersion);
Error corruptedError(const QString& path, const QString& detail);

} // namespace finalist
