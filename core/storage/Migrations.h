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
int latestSchemaVersion();

} // namespace finalist
