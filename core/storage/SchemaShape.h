#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace finalist {

// What a database's schema says it holds: one line per table, view, index and trigger, with
// the statement that made it ("index contacts_email ON contacts: CREATE INDEX …"), sorted.
// SQLite's own objects are left out, and so is the text of the tables a full-text index keeps
// for itself (their names stay): SQLite, not Finalist, decides how those look.
//
// Reading it is cheap (the schema is one small table) and catches what PRAGMA quick_check
// cannot: an index redefined through writable_schema still passes quick_check, but its
// statement no longer reads as this version wrote it.
struct SchemaShape
{
    QStringList tables; // tables and views by name, full-text shadow tables included
    QStringList entries;

    // The lines one shape has and the other lacks, "+ …" for this one's, "- …" for expected's.
    QStringList differencesFrom(const SchemaShape& expected) const;
    // SHA-256 of the tables and entries, in hex.
    QString fingerprint() const;
};

// The fingerprint of the latest version's shape, written down so that opening a current file
// does not climb the migration ladder in memory first (a third of a CLI command's time). A test
// keeps it equal to schemaShapeOf(latestSchemaVersion()).
QString latestSchemaFingerprint();

Result<SchemaShape> schemaShapeIn(const QSqlDatabase& db);
// The shape a Finalist schema version has, found by climbing the migration ladder in memory
// (once per version and process). Each version's fixture under tests/fixtures proves it.
Result<SchemaShape> schemaShapeOf(int version);

} // namespace finalist
