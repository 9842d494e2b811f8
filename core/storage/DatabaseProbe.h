#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace finalist {

// Looks at an existing database file before it is used, so that nothing is written to a file
// that turns out to be damaged, foreign or too new.
struct ProbeReport
{
    int schemaVersion = 0;
};

// mayRecover: the caller is the writer (it holds the lock), so SQLite may finish what a crash
// interrupted (roll back a hot journal, rebuild the WAL index) as it reads; a read-only look
// cannot, and says so.
Result<ProbeReport> probeDatabaseFile(const QString& path, bool mayRecover = false);

// Runs PRAGMA quick_check (or integrity_check when full) on a connection; a damaged file gives
// a Corrupted error naming the first problems.
Status checkIntegrityOf(const QSqlDatabase& db, const QString& path, bool full);

// Messages shared by every place that refuses a file.
Error newerSchemaError(const QString& path, int fileVersion);
Error corruptedError(const QString& path, const QString& detail);

} // namespace finalist
