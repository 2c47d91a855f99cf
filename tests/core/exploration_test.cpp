// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas's exploration steps as values: expand, collapse, hide, the time filter and saved views.
#include "core/explore/exploration.h"

#include "core/explore/viewjson.h"
#include "tests/core/tracebuilder.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace awb;
using namespace awb::explore;
using awb::graph::LinkKind;
using awb::graph::NodeKind;
using awb::test::GraphBuilder;
using namespace Qt::Literals::StringLiterals;

/**
 * An incident whose exploiter received 100 from the victim (t=10), paid an exchange 30 (t=20) and 40 (t=30), and
 * got 5 back (t=40). Two bitcoin addresses spend together (t=60), so they share a cluster.
 */
struct Case
{
    GraphBuilder b;
    quint32 victim = b.address(), exploiter = b.address(), exchange = b.address(), small = b.address();
    quint32 btcA = b.address(true), btcB = b.address(true), btcOut = b.address(true);
    std::shared_ptr<const graph::Snapshot> s;

    Case()
    {
        b.role(victim, u"victim"_s);
        b.role(exploiter, u"exploiter"_s);
        b.service(exchange, u"Exchange A"_s, u"exchange"_s);
        b.transfer(victim, exploiter, 100, 10);
        b.transfer(exploiter, exchange, 30, 20);
        b.transfer(exploiter, exchange, 40, 30);
        b.transfer(exchange, exploiter, 5, 40);
        b.transfer(exploiter, small, 1, 50);
        b.tx(60, {{btcA, 500}, {btcB, 700}}, {{btcOut, 1100}});
        s = b.build();
    }

    NodeIndex a(quint32 address) const { return s->node(NodeKind::Address, address); }

    NodeIndex incident() const { return s->node(NodeKind::Incident, 0); }

    static const graph::ViewEdge *edge(const Drawn &d, NodeIndex from, NodeIndex to, LinkKind kind)
    {
        for (const graph::ViewEdge &e : d.graph.edges) {
            if (d.graph.nodes[e.a].node == from && d.graph.nodes[e.b].node == to && e.kind == kind) {
                return &e;
            }
        }
        return nullptr;
    }
};

TEST(Exploration, AroundAnIncidentShowsItsAddressesWithTheIncidentAsFocus)
{
    Case c;
    const NodeIndex focus = c.incident();
    const ViewState view = around(*c.s, std::span(&focus, 1));
    EXPECT_EQ(view.focus, std::vector<NodeIndex>{focus});
    ASSERT_EQ(view.nodes.size(), 3u);
    EXPECT_TRUE(view.contains(c.a(c.victim)));
    EXPECT_TRUE(view.contains(c.a(c.exploiter)));
    const Drawn d = draw(*c.s, view);
    EXPECT_TRUE(d.graph.nodes[0].focus);
    EXPECT_FALSE(isPlaced(d.positions[0]));
}

TEST(Exploration, ExpandFollowsFlowsOnlyTheWayAsked)
{
    Case c;
    ViewState view;
    view.nodes = {c.a(c.exploiter)};
    const NodeIndex from = c.a(c.exploiter);
    ExpandOptions out;
    out.direction = Direction::Out;
    out.kinds = {NodeKind::Address};
    auto r = expand(view, *c.s, std::span(&from, 1), out);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->added, 2u); // the exchange (received 30 and 40) and the small payee; not the victim
    EXPECT_TRUE(view.contains(c.a(c.exchange)));
    EXPECT_TRUE(view.contains(c.a(c.small)));
    EXPECT_FALSE(view.contains(c.a(c.victim)));
    // The largest flow comes first.
    EXPECT_EQ(view.nodes[1], c.a(c.exchange));

    ExpandOptions in = out;
    in.direction = Direction::In;
    r = expand(view, *c.s, std::span(&from, 1), in);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->added, 1u);
    EXPECT_TRUE(view.contains(c.a(c.victim)));
}

TEST(Exploration, ExpandHonoursWindowMinimumAndCap)
{
    Case c;
    const NodeIndex from = c.a(c.exploiter);
    ExpandOptions options;
    options.kinds = {NodeKind::Address};
    options.window.from = 15;
    options.window.to = 45;
    ViewState view;
    view.nodes = {from};
    ASSERT_TRUE(expand(view, *c.s, std::span(&from, 1), options));
    EXPECT_EQ(view.nodes, (std::vector<NodeIndex>{from, c.a(c.exchange)})); // victim (t=10) and small (t=50) outside

    view.nodes = {from};
    options.window = {};
    options.minAmount = u"35"_s;
    ASSERT_TRUE(expand(view, *c.s, std::span(&from, 1), options));
    EXPECT_EQ(view.nodes, (std::vector<NodeIndex>{from, c.a(c.victim), c.a(c.exchange)}));

    view.nodes = {from};
    options.minAmount.clear();
    options.maxNodes = 1;
    const auto r = expand(view, *c.s, std::span(&from, 1), options);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->added, 1u);
    EXPECT_EQ(r->leftOut, 2u);
    EXPECT_EQ(view.nodes[1], c.a(c.victim)); // 100, the largest

    options.minAmount = u"lots"_s;
    const auto bad = expand(view, *c.s, std::span(&from, 1), options);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, Error::Code::InvalidInput);
}

TEST(Exploration, CollapsedClusterIsOneNodeAndExpandsBackWithPositions)
{
    Case c;
    const NodeIndex cluster = c.s->clusterNode(c.a(c.btcA));
    ASSERT_EQ(cluster, c.s->clusterNode(c.a(c.btcB)));
    ViewState view;
    view.nodes = {c.a(c.btcA), c.a(c.btcB)};
    view.positions[c.a(c.btcA)] = {0, 0};
    view.positions[c.a(c.btcB)] = {100, 50};
    EXPECT_EQ(draw(*c.s, view).graph.nodes.size(), 2u);

    const ViewState before = view;
    ASSERT_TRUE(collapse(view, *c.s, cluster));
    EXPECT_FALSE(collapse(view, *c.s, cluster));     // already collapsed
    EXPECT_FALSE(collapse(view, *c.s, c.a(c.btcA))); // not a cluster
    const Drawn d = draw(*c.s, view);
    ASSERT_EQ(d.graph.nodes.size(), 1u);
    EXPECT_EQ(d.graph.nodes[0].node, cluster);
    EXPECT_EQ(d.members[0], 2u);
    EXPECT_TRUE(d.graph.nodes[0].label.endsWith(u"(2 addresses)"_s));
    EXPECT_TRUE(d.graph.edges.empty()); // member links fall inside the node
    EXPECT_DOUBLE_EQ(d.positions[0].x, 50);
    EXPECT_DOUBLE_EQ(d.positions[0].y, 25);

    ASSERT_TRUE(uncollapse(view, cluster));
    const Drawn back = draw(*c.s, view);
    EXPECT_EQ(back.graph.nodes.size(), 3u); // the members and the cluster node collapse brought in
    EXPECT_DOUBLE_EQ(back.positions[1].x, 100);
    EXPECT_NE(view, before);
}

TEST(Exploration, HidingACollapsedClusterTakesItsMembers)
{
    Case c;
    const NodeIndex cluster = c.s->clusterNode(c.a(c.btcA));
    ViewState view;
    view.nodes = {c.a(c.btcA), c.a(c.btcB), c.a(c.exploiter)};
    view.pinned = {c.a(c.btcA)};
    ASSERT_TRUE(collapse(view, *c.s, cluster));
    EXPECT_EQ(hide(view, *c.s, std::span(&cluster, 1)), 3u);
    EXPECT_EQ(view.nodes, std::vector<NodeIndex>{c.a(c.exploiter)});
    EXPECT_TRUE(view.pinned.empty());
    EXPECT_TRUE(view.collapsed.empty());
}

TEST(Exploration, TimeFilterLeavesOutFlowsNotRelations)
{
    Case c;
    const NodeIndex focus = c.incident();
    ViewState view = around(*c.s, std::span(&focus, 1));
    addNodes(view, std::vector<NodeIndex>{c.a(c.exchange)});
    Drawn d = draw(*c.s, view);
    const graph::ViewEdge *paid = Case::edge(d, c.a(c.exploiter), c.a(c.exchange), LinkKind::Flow);
    ASSERT_NE(paid, nullptr);
    EXPECT_EQ(paid->links, 2u);
    EXPECT_EQ(paid->amount, 70);
    EXPECT_EQ(paid->first, 20);
    EXPECT_EQ(paid->last, 30);

    view.time.to = 25; // up to a date
    d = draw(*c.s, view);
    paid = Case::edge(d, c.a(c.exploiter), c.a(c.exchange), LinkKind::Flow);
    ASSERT_NE(paid, nullptr);
    EXPECT_EQ(paid->amount, 30);
    EXPECT_EQ(Case::edge(d, c.a(c.exchange), c.a(c.exploiter), LinkKind::Flow), nullptr); // t=40
    EXPECT_NE(Case::edge(d, c.incident(), c.a(c.exploiter), LinkKind::Role), nullptr);

    view.time.from = 21; // a window with no flow between the two
    d = draw(*c.s, view);
    EXPECT_EQ(Case::edge(d, c.a(c.exploiter), c.a(c.exchange), LinkKind::Flow), nullptr);
    EXPECT_EQ(d.graph.nodes.size(), 4u); // nodes stay; only edges are filtered
}

TEST(Exploration, NewNodesArePlacedNextToAPlacedNeighbour)
{
    Case c;
    ViewState view;
    view.nodes = {c.a(c.exploiter), c.a(c.exchange), c.a(c.btcOut)};
    view.positions[c.a(c.exploiter)] = {10, 20};
    placeNew(view, *c.s, 100);
    const layout::Point p = view.positions.at(c.a(c.exchange));
    EXPECT_NEAR(std::hypot(p.x - 10, p.y - 20), 100, 1e-9);
    // No placed neighbour: below the drawing.
    EXPECT_DOUBLE_EQ(view.positions.at(c.a(c.btcOut)).y, 20 + 200);
    const ViewState again = [&] {
        ViewState v;
        v.nodes = view.nodes;
        v.positions[c.a(c.exploiter)] = {10, 20};
        placeNew(v, *c.s, 100);
        return v;
    }();
    EXPECT_EQ(again.positions, view.positions); // deterministic
}

TEST(Exploration, SavedViewReadsBackAsItWas)
{
    Case c;
    const NodeIndex focus = c.incident();
    ViewState view = around(*c.s, std::span(&focus, 1));
    addNodes(view, std::vector<NodeIndex>{c.a(c.btcA), c.a(c.btcB)});
    ASSERT_TRUE(collapse(view, *c.s, c.s->clusterNode(c.a(c.btcA))));
    view.positions[focus] = {1.5, -2.25};
    view.positions[c.a(c.exploiter)] = {300, 40};
    view.pinned = {c.a(c.exploiter)};
    view.time.from = 15;
    view.time.to = 9'000'000'000'000'000'001; // beyond a double's exact range
    view.metric = u"betweenness"_s;
    view.layout = u"radial"_s;

    const QJsonObject json = viewToJson(*c.s, view);
    EXPECT_EQ(json[u"collapsed"_s].toArray().first().toString(), u"cluster-of:bc1q00000004"_s);
    const auto loaded = viewFromJson(*c.s, json);
    ASSERT_TRUE(loaded);
    EXPECT_TRUE(loaded->missing.isEmpty());
    EXPECT_EQ(loaded->view, view);

    QJsonObject stale = json;
    QJsonArray nodes = stale[u"nodes"_s].toArray();
    nodes.append(QJsonObject{{u"ref"_s, u"incident:999"_s}});
    stale[u"nodes"_s] = nodes;
    const auto partial = viewFromJson(*c.s, stale);
    ASSERT_TRUE(partial);
    EXPECT_EQ(partial->missing, QStringList{u"incident:999"_s});
    EXPECT_EQ(partial->view.nodes, view.nodes);

    EXPECT_FALSE(viewFromJson(*c.s, QJsonObject{{u"format"_s, 7}}));
}

} // namespace
