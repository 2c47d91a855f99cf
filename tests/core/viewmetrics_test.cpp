// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Node metrics of a drawn neighbourhood, on hand-built view graphs with hand-computed values.
#include "core/graph/viewmetrics.h"

#include <gtest/gtest.h>

#include <deque>
#include <random>

namespace {

using namespace awb;
using namespace awb::graph;
using namespace Qt::Literals::StringLiterals;

ViewGraph withNodes(quint32 n)
{
    ViewGraph g;
    for (quint32 i = 0; i < n; ++i) {
        ViewNode node;
        node.node = i;
        g.nodes.push_back(node);
    }
    return g;
}

void link(ViewGraph &g, quint32 a, quint32 b, LinkKind kind = LinkKind::Flow, quint16 asset = 0, Amount amount = 0)
{
    g.edges.push_back({.a = a, .b = b, .kind = kind, .links = 5, .asset = asset, .amount = amount});
}

void expectValues(const std::vector<double> &got, const std::vector<double> &want)
{
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < got.size(); ++i) {
        EXPECT_NEAR(got[i], want[i], 1e-12) << "node " << i;
    }
}

/** Betweenness by its definition: v is on σ(s, v) σ(v, t) of the σ(s, t) shortest s-t paths when d(s, v) + d(v, t) =
 * d(s, t). All pairs by breadth-first search; O(n³), for small graphs. */
std::vector<double> betweennessByDefinition(const ViewGraph &g)
{
    const size_t n = g.nodes.size();
    std::vector<std::vector<bool>> adjacent(n, std::vector<bool>(n, false));
    for (const ViewEdge &e : g.edges) {
        adjacent[e.a][e.b] = adjacent[e.b][e.a] = e.a != e.b;
    }
    std::vector<std::vector<int>> d(n, std::vector<int>(n, -1));
    std::vector<std::vector<double>> sigma(n, std::vector<double>(n, 0));
    for (size_t s = 0; s < n; ++s) {
        std::deque<size_t> queue{s};
        d[s][s] = 0;
        sigma[s][s] = 1;
        while (!queue.empty()) {
            const size_t u = queue.front();
            queue.pop_front();
            for (size_t v = 0; v < n; ++v) {
                if (adjacent[u][v] && d[s][v] < 0) {
                    d[s][v] = d[s][u] + 1;
                    queue.push_back(v);
                }
                if (adjacent[u][v] && d[s][v] == d[s][u] + 1) {
                    sigma[s][v] += sigma[s][u];
                }
            }
        }
    }
    std::vector<double> b(n, 0.0);
    for (size_t v = 0; v < n; ++v) {
        for (size_t s = 0; s < n; ++s) {
            for (size_t t = s + 1; t < n; ++t) {
                if (s != v && t != v && d[s][t] > 0 && d[s][v] > 0 && d[v][t] > 0 && d[s][v] + d[v][t] == d[s][t]) {
                    b[v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
                }
            }
        }
        b[v] *= n < 3 ? 0.0 : 2.0 / ((n - 1.0) * (n - 2.0));
    }
    return b;
}

TEST(ViewMetric, DegreeCountsFoldedEdgesOnce)
{
    ViewGraph g = withNodes(4);
    link(g, 0, 1);                    // a flow standing for 5 transfers
    link(g, 0, 1, LinkKind::Role);    // another kind between the same pair: another drawn edge
    link(g, 1, 2, LinkKind::Flow, 3); // another asset
    link(g, 2, 3, LinkKind::GroupTag);
    link(g, 3, 3); // a self-transfer touches its node once
    expectValues(viewMetric(g, ViewMetric::Degree), {2, 3, 2, 2});
}

TEST(ViewMetric, BetweennessOfAPath)
{
    // P5: node 2 lies on {0,3} {0,4} {1,3} {1,4} (4 of the C(4,2) = 6 pairs without it), node 1 on {0,2} {0,3} {0,4}.
    ViewGraph g = withNodes(5);
    for (quint32 i = 0; i + 1 < 5; ++i) {
        link(g, i + 1, i);
    }
    expectValues(viewMetric(g, ViewMetric::Betweenness), {0, 3.0 / 6, 4.0 / 6, 3.0 / 6, 0});
}

TEST(ViewMetric, BetweennessOfAStar)
{
    ViewGraph g = withNodes(5);
    for (quint32 leaf = 1; leaf < 5; ++leaf) {
        link(g, 0, leaf, leaf % 2 ? LinkKind::Flow : LinkKind::ServiceTag);
    }
    expectValues(viewMetric(g, ViewMetric::Betweenness), {1, 0, 0, 0, 0});
}

TEST(ViewMetric, BetweennessTakesParallelEdgesOnce)
{
    // C4: each node is on one of the two shortest paths between its two neighbours: 1/2 of 1 pair of 3 = 1/6. Were
    // the two edges 0 - 1 two roads, node 1 would carry 2 of the 3 paths between 0 and 2.
    ViewGraph g = withNodes(4);
    link(g, 0, 1);
    link(g, 1, 0, LinkKind::Flow, 2);
    link(g, 1, 2);
    link(g, 2, 3);
    link(g, 3, 0);
    link(g, 2, 2);
    expectValues(viewMetric(g, ViewMetric::Betweenness), {1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6});
}

TEST(ViewMetric, BetweennessMatchesTheDefinitionOnRandomGraphs)
{
    // Sparse random graphs: many leaves, trees hanging off cycles, several components, isolated nodes, pairs.
    for (quint64 seed = 1; seed <= 300; ++seed) {
        std::mt19937_64 rng(seed);
        const quint32 n = 1 + quint32(rng() % 25);
        ViewGraph g = withNodes(n);
        const quint64 edges = rng() % (2 * n);
        for (quint64 i = 0; i < edges; ++i) {
            link(g, quint32(rng() % n), quint32(rng() % n));
        }
        const std::vector<double> want = betweennessByDefinition(g);
        const std::vector<double> got = viewMetric(g, ViewMetric::Betweenness);
        ASSERT_EQ(got.size(), n);
        for (quint32 v = 0; v < n; ++v) {
            ASSERT_NEAR(got[v], want[v], 1e-12) << "seed " << seed << " node " << v;
        }
    }
}

TEST(ViewMetric, BetweennessOfALongPathMatchesTheFormula)
{
    // On a path, node i separates i nodes from n - 1 - i: i (n - 1 - i) pairs.
    constexpr quint32 n = 2000;
    ViewGraph g = withNodes(n);
    for (quint32 i = 0; i + 1 < n; ++i) {
        link(g, i, i + 1);
    }
    const std::vector<double> b = viewMetric(g, ViewMetric::Betweenness);
    ASSERT_EQ(b.size(), n);
    for (quint32 i : {0u, 1u, 777u, n / 2 - 1, n / 2, n - 2, n - 1}) {
        EXPECT_NEAR(b[i], 2.0 * i * (n - 1 - i) / ((n - 1.0) * (n - 2.0)), 1e-9) << "node " << i;
    }
}

TEST(ViewMetric, BetweennessIsZeroBelowThreeNodes)
{
    ViewGraph g = withNodes(2);
    link(g, 0, 1);
    expectValues(viewMetric(g, ViewMetric::Betweenness), {0, 0});
    EXPECT_TRUE(viewMetric(withNodes(0), ViewMetric::Betweenness).empty());
}

TEST(ViewMetric, AmountsOfOneAssetOnly)
{
    ViewGraph g = withNodes(3);
    link(g, 0, 1, LinkKind::Flow, 1, 100);
    link(g, 0, 2, LinkKind::Flow, 1, 50);
    link(g, 0, 1, LinkKind::Flow, 2, 7);
    link(g, 2, 1, LinkKind::Flow, 1, 30);
    link(g, 0, 1, LinkKind::Role, 1, 999); // not a flow: never counted
    expectValues(viewMetric(g, ViewMetric::AmountOut, 1), {150, 0, 30});
    expectValues(viewMetric(g, ViewMetric::AmountIn, 1), {0, 130, 50});
    expectValues(viewMetric(g, ViewMetric::AmountOut, 2), {7, 0, 0});
    expectValues(viewMetric(g, ViewMetric::AmountIn, 2), {0, 7, 0});
    expectValues(viewMetric(g, ViewMetric::AmountIn, 9), {0, 0, 0});
}

TEST(ViewMetric, AmountsAreSummedExactly)
{
    // 2^53 + 1 rounds to 2^53 as a double, so a double sum of three is 3 * 2^53; the exact sum 3 * 2^53 + 3 rounds
    // to 3 * 2^53 + 4 (doubles are 4 apart there).
    ViewGraph g = withNodes(4);
    const Amount big = (Amount(1) << 53) + 1;
    for (quint32 from = 0; from < 3; ++from) {
        link(g, from, 3, LinkKind::Flow, 0, big);
    }
    EXPECT_EQ(viewMetric(g, ViewMetric::AmountIn)[3], 27021597764222980.0);
}

TEST(ViewMetric, NoneIsZeroAndCancelIsEmpty)
{
    ViewGraph g = withNodes(3);
    link(g, 0, 1);
    expectValues(viewMetric(g, ViewMetric::None), {0, 0, 0});
    const std::atomic<bool> cancel = true;
    EXPECT_TRUE(viewMetric(g, ViewMetric::Betweenness, 0, &cancel).empty());
    EXPECT_TRUE(viewMetric(g, ViewMetric::Degree, 0, &cancel).empty());
}

TEST(ViewMetric, DominantAsset)
{
    ViewGraph g = withNodes(3);
    EXPECT_EQ(dominantAsset(g), 0);
    link(g, 0, 1, LinkKind::Role, 4);
    EXPECT_EQ(dominantAsset(g), 0); // only flows count
    link(g, 0, 1, LinkKind::Flow, 5);
    link(g, 1, 2, LinkKind::Flow, 3);
    EXPECT_EQ(dominantAsset(g), 3); // a tie: the lower id
    link(g, 2, 0, LinkKind::Flow, 5);
    EXPECT_EQ(dominantAsset(g), 5);
}

TEST(ViewMetric, NamesRoundTrip)
{
    for (ViewMetric m :
         {ViewMetric::None, ViewMetric::Degree, ViewMetric::Betweenness, ViewMetric::AmountIn, ViewMetric::AmountOut}) {
        EXPECT_EQ(viewMetricFromName(viewMetricName(m)), m);
    }
    EXPECT_EQ(viewMetricName(ViewMetric::AmountIn), u"amount-in"_s);
    EXPECT_EQ(viewMetricName(ViewMetric::Betweenness), u"betweenness"_s);
    EXPECT_EQ(viewMetricFromName(u" Amount-Out "_s), ViewMetric::AmountOut);
    EXPECT_EQ(viewMetricFromName(u"pagerank"_s), std::nullopt);
    EXPECT_EQ(viewMetricFromName(QString()), std::nullopt);
}

} // namespace
