#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace finalist {

// A new journal is made at the latest schema in one step from these statements instead of
// climbing the whole migration ladder, which took a fifth of a first start. They are what the
// ladder leaves, read back from a file it made (creatingStatements) and written down by
//   build/tests/core_tests --gtest_also_run_disabled_tests --gtest_filter='*WriteNewJournalSchema*'
// into NewJournalSchemaStatements.cpp; a test keeps them equal to the ladder. They are used only
// while written for the latest version: a rung added without writing them again falls back to
// the ladder.
struct NewJournalSchema
{
    int version = 0;
    QStringList statements;
};

const NewJournalSchema& newJournalSchema();

// The statements that make a database's schema as it is: tables (full-text ones included, not
// the tables those keep for themselves), then indexes, then triggers and views, each kind in
// the order it was made.
Result<QStringList> creatingStatements(const QSqlDatabase& db);

} // namespace finalist
