#pragma once

#include "domain/Enums.h"
#include "Result.h"

#include <QHash>
#include <QPointF>
#include <vector>

namespace finalist {

class Database;

struct NetworkNode
{
    enum class Kind
    {
        Me,
        Company,
        Person
    };
    Kind kind = Kind::Person;
    QString key; // stable between openings: "me", "company:<name>", "contact:<id>"
    QString label;
    qint64 contactId = 0;
    RoleCategory role = RoleCategory::Other;
    int warmth = 0;
    QPointF position;
};

struct NetworkEdge
{
    enum class Kind
    {
        MetIn, // you met them in a round at that company
        WorksAt, // only known to work there
        IntroducedBy,
        WorksWith
    };
    int from = 0;
    int to = 0;
    Kind kind = Kind::WorksAt;
};

struct NetworkGraph
{
    std::vector<NetworkNode> nodes;
    std::vector<NetworkEdge> edges;
    int indexOf(const QString& key) const;
};

struct NetworkScope
{
    qint64 opportunityId = 0; // 0: the warmest people, up to maxPeople
    int hops = 0; // friends of friends: 1 or 2 introductions away
    int maxPeople = 2000;
};

// You in the centre, companies as hubs, people around them.
Result<NetworkGraph> buildNetworkGraph(Database& db, const NetworkScope& scope);

// Force-directed layout, stable between openings: nodes with a stored position start there
// (and barely move; not at all when every node has one), new ones start beside their hub at a
// place derived from their key. A grid
// keeps repulsion to near neighbours, so 2,000 people lay out in well under a second.
void layoutNetwork(NetworkGraph& graph, const QHash<QString, QPointF>& stored, int iterations = 80);

} // namespace finalist
