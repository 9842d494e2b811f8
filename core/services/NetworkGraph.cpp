#include "NetworkGraph.h"

#include "storage/NetworkQuery.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QSet>

namespace finalist {

int NetworkGraph::indexOf(const QString& key) const
{
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].key == key)
            return int(i);
    return -1;
}

Result<NetworkGraph> buildNetworkGraph(Database& db, const NetworkScope& scope)
{
    NetworkQuery query(db);
    auto seed = query.people(scope.opportunityId, scope.maxPeople);
    if (!seed)
        return seed.error();
    auto links = query.links();
    if (!links)
        return links.error();
    auto met = query.metInRounds();
    if (!met)
        return met.error();

    // Friends of friends: follow introductions outwards from the seed, hop by hop.
    QSet<qint64> inScope;
    for (const NetworkPerson& p : seed.value())
        inScope.insert(p.id);
    QSet<qint64> frontier = inScope;
    for (int hop = 0; hop < scope.hops; ++hop) {
        QSet<qint64> next;
        for (const NetworkLink& link : links.value()) {
            if (frontier.contains(link.from) && !inScope.contains(link.to))
                next.insert(link.to);
            if (frontier.contains(link.to) && !inScope.contains(link.from))
                next.insert(link.from);
        }
        inScope.unite(next);
        frontier = next;
    }
    std::vector<NetworkPerson> people = seed.value();
    if (inScope.size() > qsizetype(people.size())) {
        QSet<qint64> extra = inScope;
        for (const NetworkPerson& p : people)
            extra.remove(p.id);
        auto more = query.peopleWithIds(extra);
        if (!more)
            return more.error();
        for (NetworkPerson& p : more.value())
            people.push_back(std::move(p));
    }

    NetworkGraph graph;
    graph.nodes.push_back({ NetworkNode::Kind::Me,
                            QStringLiteral("me"),
                            QCoreApplication::translate("NetworkGraph", "You"),
                            0,
                            RoleCategory::Other,
                            5,
                            {} });
    QHash<QString, int> companyNode;
    QHash<qint64, int> personNode;
    for (const NetworkPerson& p : people) {
        const int index = int(graph.nodes.size());
        graph.nodes.push_back({ NetworkNode::Kind::Person,
                                QStringLiteral("contact:%1").arg(p.id),
                                p.name,
                                p.id,
                                p.role,
                                p.warmth,
                                {} });
        personNode.insert(p.id, index);
        const QString company = p.company.trimmed();
        int hub = 0; // people without a company hang off you
        if (!company.isEmpty()) {
            const QString key = QStringLiteral("company:") + company.toCaseFolded();
            hub = companyNode.value(key, -1);
            if (hub < 0) {
                hub = int(graph.nodes.size());
                graph.nodes.push_back(
                    { NetworkNode::Kind::Company, key, company, 0, RoleCategory::Other, 0, {} });
                companyNode.insert(key, hub);
                graph.edges.push_back({ 0, hub, NetworkEdge::Kind::WorksAt });
            }
        }
        graph.edges.push_back(
            { hub, index,
              met.value().contains(p.id) ? NetworkEdge::Kind::MetIn : NetworkEdge::Kind::WorksAt });
    }
    for (const NetworkLink& link : links.value()) {
        const int from = personNode.value(link.from, -1);
        const int to = personNode.value(link.to, -1);
        if (from < 0 || to < 0)
            continue;
        graph.edges.push_back({ from, to,
                                link.kind == LinkKind::IntroducedBy
                                    ? NetworkEdge::Kind::IntroducedBy
                                    : NetworkEdge::Kind::WorksWith });
    }
    return graph;
}

namespace {

// A position in [-1, 1]² that depends on the key alone, so a new node lands in the same place
// every time (qHash is seeded per process; this is not).
QPointF scatter(const QString& key)
{
    quint32 h = 2166136261u;
    for (const QChar c : key) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    const double angle = (h % 3600) / 3600.0 * 2 * M_PI;
    const double radius = 0.3 + ((h / 3600) % 1000) / 1000.0 * 0.7;
    return { std::cos(angle) * radius, std::sin(angle) * radius };
}

} // namespace

void layoutNetwork(NetworkGraph& graph, const QHash<QString, QPointF>& stored, int iterations)
{
    const int n = int(graph.nodes.size());
    if (n == 0)
        return;
    // The preferred edge length, in scene units: longer while names are shown (up to a few
    // hundred people), so that they fit between the dots.
    const double kIdeal = n <= 400 ? 110.0 : 60.0;
    std::vector<bool> pinned(static_cast<std::size_t>(n), false);
    std::vector<std::vector<int>> neighbours(static_cast<std::size_t>(n));
    for (const NetworkEdge& e : graph.edges) {
        neighbours[std::size_t(e.from)].push_back(e.to);
        neighbours[std::size_t(e.to)].push_back(e.from);
    }
    // Start: stored positions; companies scattered over the whole area; people beside the
    // first neighbour already placed (their company), each at a place derived from its key.
    const double spread = kIdeal * std::sqrt(double(n)) * 0.6;
    for (int i = 0; i < n; ++i) {
        NetworkNode& node = graph.nodes[std::size_t(i)];
        if (node.kind == NetworkNode::Kind::Me) {
            node.position = {};
            pinned[std::size_t(i)] = true;
        } else if (const auto found = stored.constFind(node.key); found != stored.cend()) {
            node.position = *found;
            pinned[std::size_t(i)] = true;
        } else if (node.kind == NetworkNode::Kind::Company) {
            node.position = scatter(node.key) * spread;
        } else {
            QPointF anchor;
            for (int j : neighbours[std::size_t(i)]) {
                if (j < i || pinned[std::size_t(j)]) {
                    anchor = graph.nodes[std::size_t(j)].position;
                    break;
                }
            }
            node.position = anchor + scatter(node.key) * kIdeal * 3;
        }
    }
    // Everyone already has a place: the picture opens as it was left, and nothing moves (so
    // nothing needs writing back).
    if (std::all_of(pinned.begin(), pinned.end(), [](bool p) { return p; }))
        return;
    // Fruchterman–Reingold; repulsion only within the same or adjacent grid cells, the grid a
    // flat array of linked lists rebuilt each round without allocating.
    std::vector<QPointF> shift(static_cast<std::size_t>(n));
    std::vector<int> next(static_cast<std::size_t>(n));
    std::vector<int> head;
    double temperature = kIdeal * 2;
    const double cell = kIdeal * 2;
    for (int round = 0; round < iterations; ++round) {
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        for (const NetworkNode& node : graph.nodes) {
            minX = std::min(minX, node.position.x());
            minY = std::min(minY, node.position.y());
            maxX = std::max(maxX, node.position.x());
            maxY = std::max(maxY, node.position.y());
        }
        const int columns = int((maxX - minX) / cell) + 1;
        const int rows = int((maxY - minY) / cell) + 1;
        head.assign(std::size_t(columns) * std::size_t(rows), -1);
        const auto cellOf = [&](const QPointF& p) {
            return std::pair{ int((p.x() - minX) / cell), int((p.y() - minY) / cell) };
        };
        for (int i = 0; i < n; ++i) {
            const auto [cx, cy] = cellOf(graph.nodes[std::size_t(i)].position);
            int& first = head[std::size_t(cy) * std::size_t(columns) + std::size_t(cx)];
            next[std::size_t(i)] = first;
            first = i;
        }
        std::fill(shift.begin(), shift.end(), QPointF());
        for (int i = 0; i < n; ++i) {
            const QPointF p = graph.nodes[std::size_t(i)].position;
            const auto [cx, cy] = cellOf(p);
            for (int y = std::max(0, cy - 1); y <= std::min(rows - 1, cy + 1); ++y)
                for (int x = std::max(0, cx - 1); x <= std::min(columns - 1, cx + 1); ++x)
                    for (int j = head[std::size_t(y) * std::size_t(columns) + std::size_t(x)];
                         j >= 0; j = next[std::size_t(j)]) {
                        if (j == i)
                            continue;
                        QPointF d = p - graph.nodes[std::size_t(j)].position;
                        double distanceSquared = d.x() * d.x() + d.y() * d.y();
                        if (distanceSquared < 1e-4) {
                            d = scatter(graph.nodes[std::size_t(i)].key);
                            distanceSquared = 1e-4;
                        }
                        shift[std::size_t(i)] += d * (kIdeal * kIdeal / distanceSquared);
                    }
        }
        for (const NetworkEdge& e : graph.edges) {
            const QPointF d = graph.nodes[std::size_t(e.from)].position
                - graph.nodes[std::size_t(e.to)].position;
            const double distance = std::max(0.01, std::hypot(d.x(), d.y()));
            const QPointF pull = d * (distance / kIdeal);
            shift[std::size_t(e.from)] -= pull;
            shift[std::size_t(e.to)] += pull;
        }
        for (int i = 0; i < n; ++i) {
            if (graph.nodes[std::size_t(i)].kind == NetworkNode::Kind::Me)
                continue;
            // Stored nodes move a tenth as far: the picture stays the one the user knows.
            const double limit = pinned[std::size_t(i)] ? temperature * 0.1 : temperature;
            const QPointF s = shift[std::size_t(i)];
            const double length = std::hypot(s.x(), s.y());
            if (length > 0)
                graph.nodes[std::size_t(i)].position += s / length * std::min(length, limit);
        }
        temperature = std::max(1.0, temperature * 0.95);
    }
}

} // namespace finalist
