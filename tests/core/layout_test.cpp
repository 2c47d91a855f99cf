// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The force layout: deterministic, pins respected, and at least as faithful as Boost's Fruchterman-Reingold
// (kept here only as an oracle: it is O(V²) per iteration).
#include "core/layout/forcelayout.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/mersenne_twister.hpp>
#include <gtest/gtest.h>

#include <cmath>
#include <deque>
#include <random>

namespace awb::layout {
namespace {

/** A random tree on @p n nodes plus @p chords extra edges between nearby nodes: shaped like a case's graph. */
LayoutInput treeWithChords(quint32 n, quint32 chords, quint64 seed)
{
    std::mt19937_64 rng(seed);
    LayoutInput input;
    input.nodes = n;
    for (quint32 v = 1; v < n; ++v) {
        input.edges.emplace_back(quint32(rng() % v), v);
    }
    for (quint32 c = 0; c < chords; ++c) {
        const quint32 a = quint32(rng() % n);
        input.edges.emplace_back(a, quint32((a + 1 + rng() % 8) % n));
    }
    return input;
}

std::vector<std::vector<int>> bfsDistances(const LayoutInput &g)
{
    std::vector<std::vector<quint32>> adjacent(g.nodes);
    for (auto [a, b] : g.edges) {
        adjacent[a].push_back(b);
        adjacent[b].push_back(a);
    }
    std::vector<std::vector<int>> all(g.nodes, std::vector<int>(g.nodes, -1));
    for (quint32 s = 0; s < g.nodes; ++s) {
        std::deque<quint32> queue{s};
        all[s][s] = 0;
        while (!queue.empty()) {
            const quint32 u = queue.front();
            queue.pop_front();
            for (quint32 v : adjacent[u]) {
                if (all[s][v] < 0) {
                    all[s][v] = all[s][u] + 1;
                    queue.push_back(v);
                }
            }
        }
    }
    return all;
}

/** Normalised stress, as bench/peers/layout_quality.py computes it, over all pairs. */
double stress(const LayoutInput &g, const std::vector<Point> &pos)
{
    const auto d = bfsDistances(g);
    std::vector<std::pair<double, double>> pairs; // (drawn, graph)
    for (quint32 i = 0; i < g.nodes; ++i) {
        for (quint32 j = i + 1; j < g.nodes; ++j) {
            if (d[i][j] > 0) {
                pairs.emplace_back(std::hypot(pos[i].x - pos[j].x, pos[i].y - pos[j].y), d[i][j]);
            }
        }
    }
    double num = 0, den = 0;
    for (auto [e, dd] : pairs) {
        num += e / dd;
        den += (e / dd) * (e / dd);
    }
    const double s = num / den;
    double sum = 0;
    for (auto [e, dd] : pairs) {
        sum += ((s * e - dd) / dd) * ((s * e - dd) / dd);
    }
    return sum / double(pairs.size());
}

std::vector<Point> boostFruchtermanReingold(const LayoutInput &g)
{
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    using Topology = boost::square_topology<boost::mt19937>;
    Graph graph(g.nodes);
    for (auto [a, b] : g.edges) {
        boost::add_edge(a, b, graph);
    }
    boost::mt19937 rng(7);
    Topology topology(rng, 1000.0);
    std::vector<Topology::point_type> points(g.nodes);
    auto position = boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, graph));
    boost::random_graph_layout(graph, position, topology);
    boost::fruchterman_reingold_force_directed_layout(graph, position, topology,
                                                      boost::cooling(boost::linear_cooling<double>(500)));
    std::vector<Point> out;
    for (const auto &p : points) {
        out.push_back({p[0], p[1]});
    }
    return out;
}

TEST(ForceLayout, TheSameSeedGivesTheSamePositionsOnAnyNumberOfThreads)
{
    const LayoutInput g = treeWithChords(1500, 750, 1); // above the size from which the forces are shared out
    LayoutOptions one;
    one.threads = 1;
    LayoutOptions two;
    two.threads = 2;
    const LayoutResult a = forceLayout(g, one);
    const LayoutResult b = forceLayout(g, two);
    ASSERT_EQ(a.positions.size(), 1500u);
    EXPECT_GT(a.levels, 3); // coarsened before it was laid out
    for (quint32 i = 0; i < g.nodes; ++i) {
        ASSERT_EQ(a.positions[i].x, b.positions[i].x) << i;
        ASSERT_EQ(a.positions[i].y, b.positions[i].y) << i;
    }
    LayoutOptions other;
    other.seed = 2;
    EXPECT_NE(forceLayout(g, other).positions[5].x, a.positions[5].x);
}

TEST(ForceLayout, DrawsGraphDistancesAtLeastAsFaithfullyAsBoostFruchtermanReingold)
{
    for (quint64 seed = 1; seed <= 2; ++seed) {
        SCOPED_TRACE(seed);
        const LayoutInput g = treeWithChords(200, 100, seed);
        const double ours = stress(g, forceLayout(g).positions);
        const double oracle = stress(g, boostFruchtermanReingold(g));
        EXPECT_LT(ours, 0.3);
        EXPECT_LE(ours, oracle * 1.05) << "ours " << ours << ", Boost FR " << oracle;
    }
}

TEST(ForceLayout, APathIsDrawnStraightEnoughAndEdgesComeOutAtTheAskedLength)
{
    LayoutInput path;
    path.nodes = 60;
    for (quint32 v = 1; v < 60; ++v) {
        path.edges.emplace_back(v - 1, v);
    }
    path.edges.emplace_back(3, 3); // a self-loop and a repeated edge are ignored
    path.edges.emplace_back(4, 5);
    LayoutOptions options;
    options.edgeLength = 50;
    const LayoutResult r = forceLayout(path, options);
    double sum = 0;
    for (quint32 v = 1; v < 60; ++v) {
        sum += std::hypot(r.positions[v].x - r.positions[v - 1].x, r.positions[v].y - r.positions[v - 1].y);
    }
    EXPECT_NEAR(sum / 59, 50.0, 0.01);
    const double ends = std::hypot(r.positions[59].x - r.positions[0].x, r.positions[59].y - r.positions[0].y);
    // Balled up, the ends would be about √59 edges apart (0.13 of the path); drawn as a gentle curve, far more.
    EXPECT_GT(ends, 0.35 * sum) << "the path should be unfolded, not balled up";
}

TEST(ForceLayout, PinnedNodesStayAndTheRestSettleAroundThem)
{
    const LayoutInput base = treeWithChords(400, 100, 5);
    LayoutInput g = base;
    g.initial = forceLayout(base).positions;
    g.pinned.assign(g.nodes, false);
    for (quint32 v : {0u, 17u, 250u}) {
        g.pinned[v] = true;
        g.initial[v].x += 300; // moved by the user, then pinned
    }
    const LayoutResult r = forceLayout(g);
    EXPECT_EQ(r.levels, 1); // incremental: no coarsening
    for (quint32 v : {0u, 17u, 250u}) {
        EXPECT_EQ(r.positions[v].x, g.initial[v].x);
        EXPECT_EQ(r.positions[v].y, g.initial[v].y);
    }
    int moved = 0;
    for (quint32 v = 0; v < g.nodes; ++v) {
        moved += !g.pinned[v] && (r.positions[v].x != g.initial[v].x || r.positions[v].y != g.initial[v].y);
    }
    EXPECT_GT(moved, 300);
}

TEST(ForceLayout, EdgeCasesGiveFinitePositions)
{
    EXPECT_TRUE(forceLayout(LayoutInput{}).positions.empty());
    LayoutInput single;
    single.nodes = 1;
    ASSERT_EQ(forceLayout(single).positions.size(), 1u);
    LayoutInput scattered; // no edges, two components, coincident starting points
    scattered.nodes = 200;
    scattered.edges = {{0, 1}, {2, 3}};
    for (const Point &p : forceLayout(scattered).positions) {
        EXPECT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
    }
    LayoutInput same = treeWithChords(100, 10, 3);
    same.initial.assign(100, Point{5, 5});
    for (const Point &p : forceLayout(same).positions) {
        EXPECT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
    }
}

TEST(ForceLayout, ACancelledLayoutStopsAndSaysSo)
{
    std::atomic<bool> cancel{true};
    LayoutOptions options;
    options.cancel = &cancel;
    const LayoutResult r = forceLayout(treeWithChords(2000, 500, 9), options);
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(r.iterations, 0);
}

} // namespace
} // namespace awb::layout
