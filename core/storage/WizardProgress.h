#pragma once

#include "Result.h"

#include <optional>
#include <QJsonObject>

namespace finalist {

class Database;

// The one rejection wizard the user left half-way, kept as JSON until it is finished or
// thrown away.
class WizardProgress
{
public:
    explicit WizardProgress(Database& db);
    Status keep(const QJsonObject& answers);
    Result<std::optional<QJsonObject>> kept() const;
    Status discard();

private:
    Database& m_db;
};

} // namespace finalist
