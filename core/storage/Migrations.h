#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace finalist {

// One rung of the schema ladder. Append-only: a released migration is never edited.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

// Finalist's own PRAGMA application_id, "FINL" in ASCII (0x46 0x49 0x4E 0x4C), in the header of
// every file made or upgraded since schema 10: the file says whose it is, so no other program's
// SQLite file is taken for a journal. Files from before schema 10 are recognised by their tables.
constexpr int kFinalistApplicationId = 0x46494E4C;

const std::vector<Migration>& migrations();
// The contact columns the contacts_fts index holds (DeferredSearchIndex fills it in bulk).
const QStringList& contactSearchColumns();
// The journal columns journal_fts holds.
const QStringList& journalSearchColumns();
int latestSchemaVersion();

} // namespace finalist
