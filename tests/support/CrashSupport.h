#pragma once

#include <QString>

namespace finalist::test {

// Makes `crashed` what a kill in the middle of a write leaves behind: the database file with
// `statement` half-written into it, and its hot rollback journal ("-journal") beside it. `source`
// is a closed database with enough rows that the statement spills pages before it commits; it is
// switched to rollback-journal mode first and is left as it was otherwise.
void copyMidWrite(const QString& source, const QString& statement, const QString& crashed);

} // namespace finalist::test
