// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the graph canvas draws around a selection: the nearest nodes first, every link between them folded.
#include "core/graph/neighbourhood.h"

#include "tests/core/tracebuilder.h"

#include <gtest/gtest.h>

namespace {

using namespace awb;
using namespace awb::graph;
using awb::test::GraphBuilder;
using namespace Qt::Literals::StringLiterals;

/** An incident with a victim and an exploiter, attributed to one group; the exploiter pays an exchange twice. */
struct Case
{
    GraphBuilder b;
    quint32 victim = b.address(), exploiter = b.address(), exchange = b.address(), other = b.address();
    std::shared_ptr<const Snapshot> s;

    Case()
    {
        b.role(victim, u"victim"_s);
        b.role(exploiter, u"exploiter"_s);
        b.data().groups.push_back({1, u"Lazarus Group"_s});
        b.data().attributions.push_back({1, 0, 0, u"high"_s, 1, u"UN Panel"_s, false});
        b.service(exchange, u"Exchange A"_s, u"exchange"_s);
        b.transfer(victim, exploiter, 100, 10);
        b.transfer(exploiter, exchange, 30, 20);
        b.transfer(exploiter, exchange, 40, 30);
        b.transfer(exchange, exploiter, 5, 40);
        b.transfer(other, exchange, 7, 50);
        s = b.build();
    }

    NodeIndex incident() const { return s->node(NodeKind::Incident, 0); }

    NodeIndex address(quint32 a) const { return s->node(NodeKind::Address, a); }

    static std::vector<NodeIndex> nodesOf(const ViewGraph &g)
    {
        std::vector<NodeIndex> out;
        for (const ViewNode &n : g.nodes) {
            out.push_back(n.node);
        }
        std::sort(out.begin() + 1, out.end());
        return out;
    }
};

TEST(Neighbourhood, OneHopFromAnIncidentIsItsAddressesAndGroup)
{
    Case c;
    const NodeIndex focus = c.incident();
    const ViewGraph g = neighbourhood(*c.s, std::span(&focus, 1));
    ASSERT_EQ(g.nodes.size(), 4u);
    EXPECT_TRUE(g.nodes[0].focus);
    EXPECT_EQ(g.nodes[0].label, u"incident"_s);
    std::vector<NodeIndex> expected{focus, c.address(c.victim), c.address(c.exploiter), c.s->node(NodeKind::Group, 0)};
    std::sort(expected.begin() + 1, expected.end());
    EXPECT_EQ(Case::nodesOf(g), expected);
    EXPECT_FALSE(g.truncated);
    // Two roles, one attribution, and the victim's transfer to the exploiter: both ends are drawn.
    int roles = 0, attributions = 0, flows = 0;
    for (const ViewEdge &e : g.edges) {
        roles += e.kind == LinkKind::Role;
        attributions += e.kind == LinkKind::Attribution;
        flows += e.kind == LinkKind::Flow;
    }
    EXPECT_EQ(roles, 2);
    EXPECT_EQ(attributions, 1);
    EXPECT_EQ(flows, 1);
}

TEST(Neighbourhood, AnAddressNamesTheServiceItsClusterIsTaggedWith)
{
    Case c;
    const ViewNode exchange = describeNode(*c.s, c.address(c.exchange));
    EXPECT_EQ(exchange.label, c.s->nodeName(c.address(c.exchange)));
    EXPECT_EQ(exchange.service, u"Exchange A"_s);
    EXPECT_TRUE(describeNode(*c.s, c.address(c.exploiter)).service.isEmpty());
    EXPECT_TRUE(describeNode(*c.s, c.incident()).service.isEmpty());
}

TEST(Neighbourhood, FlowsBetweenTwoNodesFoldIntoOneEdgeADirection)
{
    Case c;
    const NodeIndex focus = c.address(c.exploiter);
    NeighbourhoodOptions only;
    only.kinds = {NodeKind::Address};
    const ViewGraph g = neighbourhood(*c.s, std::span(&focus, 1), only);
    ASSERT_EQ(g.nodes.size(), 3u); // the exploiter, the victim and the exchange: no incident, group or cluster
    const auto at = [&](NodeIndex n) {
        return quint32(std::find_if(g.nodes.begin(), g.nodes.end(), [&](const ViewNode &v) { return v.node == n; }) -
                       g.nodes.begin());
    };
    const ViewEdge *out = nullptr, *back = nullptr;
    for (const ViewEdge &e : g.edges) {
        if (e.kind != LinkKind::Flow) {
            continue;
        }
        if (e.a == at(focus) && e.b == at(c.address(c.exchange))) {
            out = &e;
        }
        if (e.a == at(c.address(c.exchange)) && e.b == at(focus)) {
            back = &e;
        }
    }
    ASSERT_NE(out, nullptr);
    EXPECT_EQ(out->links, 2u);
    EXPECT_EQ(out->amount, Amount(70));
    ASSERT_NE(back, nullptr);
    EXPECT_EQ(back->amount, Amount(5));
}

TEST(Neighbourhood, TheNearestAreKeptWhenTheLimitCutsItShort)
{
    Case c;
    const NodeIndex focus = c.incident();
    NeighbourhoodOptions wide;
    wide.hops = 4;
    const ViewGraph all = neighbourhood(*c.s, std::span(&focus, 1), wide);
    EXPECT_FALSE(all.truncated);
    EXPECT_GT(all.nodes.size(), 6u); // clusters, the exchange, its service and the other customer
    wide.maxNodes = 4;
    const ViewGraph cut = neighbourhood(*c.s, std::span(&focus, 1), wide);
    EXPECT_TRUE(cut.truncated);
    ASSERT_EQ(cut.nodes.size(), 4u);
    EXPECT_EQ(Case::nodesOf(cut), Case::nodesOf(neighbourhood(*c.s, std::span(&focus, 1)))); // the first hop
    for (const ViewEdge &e : cut.edges) {
        EXPECT_LT(e.a, 4u);
        EXPECT_LT(e.b, 4u);
    }
}

} // namespace
