#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace finalist {

// Looks at an existing database file through a read-only connection, so that nothing is
// written to a file that turns out to be damaged, foreign or too new.
struct ProbeReport
{
    int schemaVersion = 0;
};

Result<ProbeReport> probeDatabaseFile(const QString& path);

// Runs PRAGMA quick_check (or integrity_check when full) on a connection; a damaged file gives
// a Corrupted error naming the first problems.
Status checkIntegrityOf(const QSqlDatabase& db, const QString& path, bool full);

// Messages shared by every place that refuses a file.
Error newerSchemaError(const QString& path, int fileVersion);
Error corruptedError(const QString& path, const QString& detail);

} // namespace finalist
