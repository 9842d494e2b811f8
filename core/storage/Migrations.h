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

const std::vector<Migration>& migrations();
// The contact columns the contacts_fts index holds (DeferredSearchIndex fills it in bulk).
const QStringList& contactSearchColumns();
int latestSchemaVersion();

} // namespace finalist
