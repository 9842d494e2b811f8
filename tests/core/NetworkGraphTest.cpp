// The network: who is in it for a scope, its hubs and edges, and a layout that is stable.
#include "services/NetworkGraph.h"

#include "services/DemoSample.h"
#include "storage/NetworkQuery.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace finalist;

namespace {

class Network : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("network.sqlite")), clock);
        ASSERT_TRUE(db);
        ASSERT_OK(fillDemoSample(*db));
    }

    qint64 opportunityAt(const QString& company)
    {
        for (const Opportunity& o : OpportunityRepository(*db).list().value())
            if (o.company == company)
                return o.id;
        return 0;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(Network, YouInTheCentreCompaniesAsHubsPeopleAround)
{
    auto graph = buildNetworkGraph(*db, {});
    ASSERT_OK(graph);
    const NetworkGraph& g = graph.value();
    ASSERT_FALSE(g.nodes.empty());
    EXPECT_EQ(g.nodes[0].kind, NetworkNode::Kind::Me);
    const int harbor = g.indexOf(QStringLiteral("company:harbor & finch"));
    ASSERT_GT(harbor, 0);
    EXPECT_EQ(g.nodes[std::size_t(harbor)].kind, NetworkNode::Kind::Company);
    int people = 0, metIn = 0, introduced = 0;
    for (const NetworkNode& n : g.nodes)
        people += n.kind == NetworkNode::Kind::Person;
    for (const NetworkEdge& e : g.edges) {
        metIn += e.kind == NetworkEdge::Kind::MetIn;
        introduced += e.kind == NetworkEdge::Kind::IntroducedBy;
    }
    EXPECT_EQ(people, 15);
    EXPECT_GT(metIn, 5);
    EXPECT_GT(introduced, 0);
}

TEST_F(Network, FocusOnOneOpportunityThenWidenByIntroductions)
{
    NetworkScope scope;
    scope.opportunityId = opportunityAt(QStringLiteral("Harbor & Finch"));
    ASSERT_GT(scope.opportunityId, 0);
    auto panel = buildNetworkGraph(*db, scope);
    ASSERT_OK(panel);
    scope.hops = 2;
    auto wider = buildNetworkGraph(*db, scope);
    ASSERT_OK(wider);
    EXPECT_GT(wider.value().nodes.size(), panel.value().nodes.size())
        << "Daniel introduced you to Priya, so two hops reach him";
    EXPECT_GE(wider.value().indexOf(QStringLiteral("company:harbor & finch")), 0);
}

TEST_F(Network, TheLayoutSpreadsNodesAndReopensWhereItWasLeft)
{
    auto graph = buildNetworkGraph(*db, {});
    ASSERT_OK(graph);
    NetworkGraph first = graph.value();
    layoutNetwork(first, {});
    for (std::size_t i = 1; i < first.nodes.size(); ++i) {
        const QPointF d = first.nodes[i].position - first.nodes[0].position;
        EXPECT_GT(std::hypot(d.x(), d.y()), 5.0) << first.nodes[i].key.toStdString();
    }
    QHash<QString, QPointF> positions;
    for (const NetworkNode& n : first.nodes)
        positions.insert(n.key, n.position);
    NetworkQuery query(*db);
    ASSERT_OK(query.savePositions(positions));
    auto stored = query.positions();
    ASSERT_OK(stored);
    EXPECT_EQ(stored.value().size(), positions.size());

    NetworkGraph again = graph.value();
    layoutNetwork(again, stored.value());
    double moved = 0;
    for (std::size_t i = 0; i < again.nodes.size(); ++i) {
        const QPointF d = again.nodes[i].position - first.nodes[i].position;
        moved = std::max(moved, std::hypot(d.x(), d.y()));
    }
    EXPECT_LT(moved, 120.0) << "stored nodes barely move";

    NetworkGraph fresh = graph.value();
    layoutNetwork(fresh, {});
    for (std::size_t i = 0; i < fresh.nodes.size(); ++i)
        EXPECT_EQ(fresh.nodes[i].position, first.nodes[i].position) << "deterministic";
}
