#pragma once

#include "Result.h"

#include <QHash>
#include <QString>

namespace finalist {

class Database;

// Settings that belong to the journal, not to the computer, kept in the database file so they
// travel with it (the profile that signs the notes). Text values by key.
class SettingsStore
{
public:
    explicit SettingsStore(Database& db)
        : m_db(db)
    {
    }

    // Every key that starts with the prefix, with its value.
    Result<QHash<QString, QString>> values(const QString& prefix) const;
    // Writes all of them in one transaction; an empty value removes the key.
    Status set(const QHash<QString, QString>& values);

private:
    Database& m_db;
};

} // namespace finalist
