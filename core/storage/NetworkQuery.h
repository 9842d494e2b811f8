#pragma once

#include "domain/Enums.h"
#include "Result.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <vector>

namespace finalist {

class Database;

struct NetworkPerson
{
    qint64 id = 0;
    QString name;
    QString company;
    RoleCategory role = RoleCategory::Other;
    int warmth = 0;
};

struct NetworkLink
{
    qint64 from = 0;
    qint64 to = 0;
    LinkKind kind = LinkKind::IntroducedBy;
};

// What the network view reads: people, the links between them, who was met in a round, and
// the node positions saved from the last layout.
class NetworkQuery
{
public:
    explicit NetworkQuery(Database& db)
        : m_db(db)
    {
    }

    // The warmest people first, at most `limit`; with an opportunity, the people met in it.
    Result<std::vector<NetworkPerson>> people(qint64 opportunityId, int limit) const;
    Result<std::vector<NetworkPerson>> peopleWithIds(const QSet<qint64>& ids) const;
    Result<std::vector<NetworkLink>> links() const;
    Result<QSet<qint64>> metInRounds() const;

    Result<QHash<QString, QPointF>> positions() const;
    Status savePositions(const QHash<QString, QPointF>& positions);

private:
    Database& m_db;
};

} // namespace finalist
