// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The flow (time left to right) and radial (hops from a focus) layouts: hand-computed positions, pins, determinism.
#include "core/layout/flowlayout.h"
#include "core/layout/radiallayout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>
#include <set>

namespace awb::layout {
namespace {

constexpr double kPi = std::numbers::pi;

void expectAt(const Point &p, double x, double y)
{
    EXPECT_NEAR(p.x, x, 1e-9);
    EXPECT_NEAR(p.y, y, 1e-9);
}

void expectSame(const std::vector<Point> &a, const std::vector<Point> &b)
{
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].x, b[i].x) << "node " << i;
        EXPECT_EQ(a[i].y, b[i].y) << "node " << i;
    }
}

/** The angle of @p p in [0, 2π). */
double angleOf(const Point &p)
{
    const double a = std::atan2(p.y, p.x);
    return a < -1e-12 ? a + 2 * kPi : std::max(a, 0.0);
}

FlowLayoutInput flows(quint32 nodes, std::vector<FlowEdge> edges)
{
    FlowLayoutInput input;
    input.nodes = nodes;
    input.edges = std::move(edges);
    return input;
}

RadialLayoutInput around(quint32 nodes, std::vector<std::pair<quint32, quint32>> edges, quint32 focus)
{
    RadialLayoutInput input;
    input.nodes = nodes;
    input.edges = std::move(edges);
    input.focus = focus;
    return input;
}

FlowLayoutInput randomFlows(quint32 n, quint32 edges, quint64 seed)
{
    std::mt19937_64 rng(seed);
    FlowLayoutInput input;
    input.nodes = n;
    for (quint32 i = 0; i < edges; ++i) {
        input.edges.push_back({quint32(rng() % n), quint32(rng() % n), qint64(rng() % 50)});
    }
    return input;
}

TEST(FlowLayout, ChainGoesLeftToRight)
{
    const FlowLayoutResult r = flowLayout(flows(3, {{0, 1, 100}, {1, 2, 200}}));
    EXPECT_EQ(r.column, (std::vector<quint32>{0, 1, 2}));
    ASSERT_EQ(r.positions.size(), 3u);
    expectAt(r.positions[0], 0, 0);
    expectAt(r.positions[1], 160, 0);
    expectAt(r.positions[2], 320, 0);
    EXPECT_FALSE(r.cancelled);
}

TEST(FlowLayout, NodesWithoutAFlowAreParkedInAGridBelow)
{
    const FlowLayoutResult r = flowLayout(flows(3, {{1, 2, 5}}), {.columnSpacing = 100, .rowSpacing = 40});
    EXPECT_EQ(r.column, (std::vector<quint32>{0, 0, 1}));
    expectAt(r.positions[1], 0, 0);
    expectAt(r.positions[2], 100, 0);
    expectAt(r.positions[0], 0, 80); // two rows below the lowest node

    // Ten of them under a chain four columns wide: rows as wide as the drawing (x step 50 up to 300: 7 a row).
    FlowLayoutInput input = flows(14, {{0, 1, 1}, {1, 2, 2}, {2, 3, 3}});
    const FlowLayoutResult grid = flowLayout(input, {.columnSpacing = 100, .rowSpacing = 40});
    for (quint32 v = 4; v < 14; ++v) {
        const quint32 i = v - 4;
        expectAt(grid.positions[v], (i % 7) * 50.0, 80 + (i / 7) * 40.0);
    }

    // With no flows at all, a square.
    const FlowLayoutResult none = flowLayout(flows(9, {}), {.columnSpacing = 100, .rowSpacing = 40});
    expectAt(none.positions[4], 50, 40);
    expectAt(none.positions[8], 100, 80);
}

TEST(FlowLayout, ATallColumnIsDealtIntoLanes)
{
    // 0 pays 1..40; 1 pays 41. With 12 rows a column, column 1 takes four lanes, 80 apart.
    std::vector<FlowEdge> edges;
    for (quint32 v = 1; v <= 40; ++v) {
        edges.push_back({0, v, qint64(v)});
    }
    edges.push_back({1, 41, 100});
    const FlowLayoutResult r = flowLayout(flows(42, edges), {.columnSpacing = 160, .rowSpacing = 60, .maxRows = 12});
    std::set<std::pair<double, double>> seen;
    double top = 0, bottom = 0;
    for (quint32 v = 1; v <= 40; ++v) {
        const Point p = r.positions[v];
        EXPECT_TRUE(p.x == 160 || p.x == 240 || p.x == 320 || p.x == 400) << p.x;
        EXPECT_TRUE(seen.emplace(p.x, p.y).second) << "two nodes on one spot";
        top = std::min(top, p.y);
        bottom = std::max(bottom, p.y);
    }
    EXPECT_DOUBLE_EQ(bottom - top, 39 * 15.0);               // a quarter row apart: ten rows tall instead of forty
    expectAt(r.positions[41], 400 + 160, r.positions[41].y); // the next column starts after the last lane
    // Automatic: 2√42 ≈ 13 rows, so the forty take four lanes too.
    const FlowLayoutResult automatic = flowLayout(flows(42, edges));
    double right = 0;
    for (quint32 v = 1; v <= 40; ++v) {
        right = std::max(right, automatic.positions[v].x);
    }
    EXPECT_DOUBLE_EQ(right, 160 + 3 * 80.0);
}

TEST(FlowLayout, CycleTerminatesAndForwardEdgesPointRight)
{
    // Times: node 1 receives at 1, node 2 at 2, node 0 at 3, so 0 → 1 (at 1) is the edge that closes the cycle.
    const FlowLayoutResult r = flowLayout(flows(3, {{0, 1, 1}, {1, 2, 2}, {2, 0, 3}}));
    EXPECT_EQ(r.column, (std::vector<quint32>{2, 0, 1}));
    EXPECT_LT(r.positions[1].x, r.positions[2].x);
    EXPECT_LT(r.positions[2].x, r.positions[0].x);

    // Both ways at the same instant: the lower index comes first.
    const FlowLayoutResult tie = flowLayout(flows(2, {{1, 0, 5}, {0, 1, 5}}));
    EXPECT_EQ(tie.column, (std::vector<quint32>{0, 1}));
}

TEST(FlowLayout, EdgeBackInTimeIsIgnoredForLayering)
{
    // 2 → 0 at 5 makes node 0's time 5, before node 1's (10): the chain keeps its columns.
    const FlowLayoutResult r = flowLayout(flows(3, {{0, 1, 10}, {1, 2, 20}, {2, 0, 5}}));
    EXPECT_EQ(r.column, (std::vector<quint32>{0, 1, 2}));
    EXPECT_LT(r.positions[0].x, r.positions[1].x);
    EXPECT_LT(r.positions[1].x, r.positions[2].x);
    EXPECT_LT(r.positions[0].x, r.positions[2].x); // the ignored edge points left
}

TEST(FlowLayout, LongestPathDecidesTheColumn)
{
    // 0 → 3 directly and through 1 → 2: 3 goes after 2, not next to 0.
    const FlowLayoutResult r = flowLayout(flows(4, {{0, 1, 1}, {1, 2, 2}, {2, 3, 3}, {0, 3, 4}}));
    EXPECT_EQ(r.column, (std::vector<quint32>{0, 1, 2, 3}));
}

TEST(FlowLayout, DiamondTiesGoToTheLowerIndex)
{
    // 0 pays 2 before 1, so time order puts 2 above 1; both hang from 0 and feed 3, so the sweep ties them: by index.
    const FlowLayoutResult r = flowLayout(flows(4, {{0, 2, 1}, {0, 1, 2}, {1, 3, 3}, {2, 3, 4}}));
    EXPECT_EQ(r.column, (std::vector<quint32>{0, 1, 1, 2}));
    expectAt(r.positions[0], 0, 0);
    expectAt(r.positions[1], 160, -30);
    expectAt(r.positions[2], 160, 30);
    expectAt(r.positions[3], 320, 0);
}

TEST(FlowLayout, BarycentreSweepRemovesACrossing)
{
    // 0 pays 1 then 2; 2 pays 3 before 1 pays 4. In time order 3 sits above 4, crossing 1 → 4 and 2 → 3.
    const FlowLayoutResult r = flowLayout(flows(5, {{0, 1, 1}, {0, 2, 2}, {2, 3, 3}, {1, 4, 4}}), {.sweeps = 0});
    EXPECT_EQ(r.column, (std::vector<quint32>{0, 1, 1, 2, 2}));
    EXPECT_LT(r.positions[3].y, r.positions[4].y); // no sweep: the crossing stays

    const FlowLayoutResult swept = flowLayout(flows(5, {{0, 1, 1}, {0, 2, 2}, {2, 3, 3}, {1, 4, 4}}));
    expectAt(swept.positions[1], 160, -30);
    expectAt(swept.positions[2], 160, 30);
    expectAt(swept.positions[4], 320, -30);
    expectAt(swept.positions[3], 320, 30);
    EXPECT_EQ(swept.sweeps, 2); // the second sweep changed nothing
}

TEST(FlowLayout, PinnedNodesKeepTheirPosition)
{
    FlowLayoutInput input = flows(3, {{0, 1, 1}, {1, 2, 2}});
    input.initial = {{5, 5}, {1000.25, -7.5}, {9, 9}};
    input.pinned = {false, true, false};
    const FlowLayoutResult r = flowLayout(input);
    EXPECT_EQ(r.positions[1].x, 1000.25);
    EXPECT_EQ(r.positions[1].y, -7.5);
    EXPECT_EQ(r.column, (std::vector<quint32>{0, 1, 2}));
    expectAt(r.positions[0], 0, 0);
    expectAt(r.positions[2], 320, 0);
}

TEST(FlowLayout, PinnedNodesPullAtTheirPinnedHeight)
{
    // Nodes 1 and 2 are in column 1; 3 hangs from 1, 4 from 2. Pinning 2 high flips the order of 3 and 4.
    FlowLayoutInput input = flows(5, {{0, 1, 1}, {0, 2, 2}, {1, 3, 3}, {2, 4, 4}});
    input.initial = std::vector<Point>(5, Point{});
    input.initial[2] = {160, -500};
    input.pinned = {false, false, true, false, false};
    const FlowLayoutResult r = flowLayout(input);
    expectAt(r.positions[1], 160, 0); // the only free node of its column
    EXPECT_LT(r.positions[4].y, r.positions[3].y);
}

TEST(FlowLayout, Deterministic)
{
    const FlowLayoutInput input = randomFlows(300, 600, 7);
    const FlowLayoutResult a = flowLayout(input);
    const FlowLayoutResult b = flowLayout(input);
    expectSame(a.positions, b.positions);
    EXPECT_EQ(a.column, b.column);
    // Nor does it depend on the order of the edges.
    FlowLayoutInput shuffled = input;
    std::shuffle(shuffled.edges.begin(), shuffled.edges.end(), std::mt19937_64(3));
    const FlowLayoutResult c = flowLayout(shuffled);
    expectSame(a.positions, c.positions);
    EXPECT_EQ(a.column, c.column);
}

TEST(FlowLayout, EveryEdgeTakenForLayeringPointsRight)
{
    const FlowLayoutInput input = randomFlows(200, 500, 11);
    const FlowLayoutResult r = flowLayout(input);
    // The edges that count: from a node earlier in (time, index) order. Recompute the times independently.
    constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    std::vector<qint64> in(input.nodes, kNever), out(input.nodes, kNever);
    for (const FlowEdge &e : input.edges) {
        if (e.from != e.to) {
            in[e.to] = std::min(in[e.to], e.time);
            out[e.from] = std::min(out[e.from], e.time);
        }
    }
    auto key = [&](quint32 v) {
        return std::pair(in[v] != kNever ? in[v] : out[v], v);
    };
    // Reachability by breadth-first search from every node: u and v share a cycle when each reaches the other.
    std::vector<std::vector<quint32>> next(input.nodes);
    for (const FlowEdge &e : input.edges) {
        next[e.from].push_back(e.to);
    }
    std::vector<std::vector<bool>> reaches(input.nodes, std::vector<bool>(input.nodes, false));
    for (quint32 s = 0; s < input.nodes; ++s) {
        std::vector<quint32> queue{s};
        reaches[s][s] = true;
        for (std::size_t i = 0; i < queue.size(); ++i) {
            for (quint32 w : next[queue[i]]) {
                if (!reaches[s][w]) {
                    reaches[s][w] = true;
                    queue.push_back(w);
                }
            }
        }
    }
    int forward = 0, acrossCycles = 0;
    for (const FlowEdge &e : input.edges) {
        const bool sameCycle = reaches[e.to][e.from];
        if (e.from != e.to && (!sameCycle || key(e.from) < key(e.to))) {
            EXPECT_LT(r.positions[e.from].x, r.positions[e.to].x);
            ++forward;
            acrossCycles += !sameCycle && key(e.from) > key(e.to);
        }
    }
    EXPECT_GT(forward, 200);
    EXPECT_GT(acrossCycles, 0); // the case the time rule alone would get wrong occurs
}

TEST(FlowLayout, AMixerWithEarlierDepositsGoesAfterTheChainThatPaysIt)
{
    // 0 → 1 → 2 → 3 (mixer) at 10, 20, 30; 4 deposited into the mixer at 1, long before; the mixer pays 5 at 40.
    const FlowLayoutResult r = flowLayout(flows(6, {{0, 1, 10}, {1, 2, 20}, {2, 3, 30}, {4, 3, 1}, {3, 5, 40}}));
    EXPECT_EQ(r.column, (std::vector<quint32>{0, 1, 2, 3, 0, 4}));
}

TEST(FlowLayout, CancelledBeforeStartReturnsInput)
{
    const std::atomic<bool> cancel = true;
    FlowLayoutInput input = flows(2, {{0, 1, 1}});
    input.initial = {{1, 2}, {3, 4}};
    const FlowLayoutResult r = flowLayout(input, {.cancel = &cancel});
    EXPECT_TRUE(r.cancelled);
    expectSame(r.positions, input.initial);
    EXPECT_EQ(r.sweeps, 0);
}

TEST(RadialLayout, StarLeavesEvenlyOnRingOne)
{
    RadialLayoutInput input = around(7, {}, 0);
    for (quint32 v = 1; v < 7; ++v) {
        input.edges.emplace_back(0, v);
    }
    const RadialLayoutResult r = radialLayout(input);
    EXPECT_EQ(r.ring, (std::vector<int>{0, 1, 1, 1, 1, 1, 1}));
    expectAt(r.positions[0], 0, 0);
    for (quint32 v = 1; v < 7; ++v) {
        EXPECT_NEAR(std::hypot(r.positions[v].x, r.positions[v].y), 120, 1e-9);
        // Leaf v owns the wedge [(v - 1) π / 3, v π / 3) and sits in its middle.
        EXPECT_NEAR(angleOf(r.positions[v]), (v - 0.5) * kPi / 3, 1e-9) << "leaf " << v;
    }
}

TEST(RadialLayout, PathRingsAreHopDistances)
{
    RadialLayoutInput input = around(5, {{3, 4}, {0, 1}, {2, 3}, {1, 2}}, 0);
    const RadialLayoutResult r = radialLayout(input, {.ringSpacing = 50});
    EXPECT_EQ(r.ring, (std::vector<int>{0, 1, 2, 3, 4}));
    EXPECT_EQ(r.outerRing, 5);
    for (quint32 v = 0; v < 5; ++v) {
        // Every node is the only child, so it inherits the whole circle and sits at its middle, π.
        expectAt(r.positions[v], -50.0 * v, 0);
    }
}

TEST(RadialLayout, UnreachableNodesOnTheOuterRing)
{
    // 0 - 1 reached; 2 - 3 and the lone 4 are not.
    const RadialLayoutResult r = radialLayout(around(5, {{0, 1}, {2, 3}}, 0));
    EXPECT_EQ(r.outerRing, 2);
    EXPECT_EQ(r.ring, (std::vector<int>{0, 1, 2, 2, 2}));
    expectAt(r.positions[1], -120, 0);
    expectAt(r.positions[2], 240, 0);
    expectAt(r.positions[3], 240 * std::cos(2 * kPi / 3), 240 * std::sin(2 * kPi / 3));
    expectAt(r.positions[4], 240 * std::cos(4 * kPi / 3), 240 * std::sin(4 * kPi / 3));
}

TEST(RadialLayout, WedgesProportionalToLeaves)
{
    // 0 has children 1 (with leaves 3, 4, 5) and 2 (a leaf): 1 owns 3/4 of the circle, 2 the last quarter.
    const RadialLayoutResult r = radialLayout(around(6, {{1, 5}, {2, 0}, {1, 3}, {0, 1}, {4, 1}}, 0));
    EXPECT_EQ(r.ring, (std::vector<int>{0, 1, 1, 2, 2, 2}));
    EXPECT_NEAR(angleOf(r.positions[1]), 3 * kPi / 4, 1e-9);
    EXPECT_NEAR(angleOf(r.positions[2]), 7 * kPi / 4, 1e-9);
    // 1's wedge [0, 3π/2) is split evenly among its three leaves.
    EXPECT_NEAR(angleOf(r.positions[3]), kPi / 4, 1e-9);
    EXPECT_NEAR(angleOf(r.positions[4]), 3 * kPi / 4, 1e-9);
    EXPECT_NEAR(angleOf(r.positions[5]), 5 * kPi / 4, 1e-9);
    EXPECT_NEAR(std::hypot(r.positions[5].x, r.positions[5].y), 240, 1e-9);
}

TEST(RadialLayout, FirstDiscovererIsTheParent)
{
    // 3 is reached from 1 and 2; 1 finds it first, so it sits in 1's wedge [0, π), at π/2.
    const RadialLayoutResult r = radialLayout(around(4, {{2, 3}, {0, 2}, {1, 3}, {0, 1}}, 0));
    expectAt(r.positions[1], 0, 120);
    expectAt(r.positions[2], 0, -120);
    expectAt(r.positions[3], 0, 240);
}

TEST(RadialLayout, NoFocusPutsEveryNodeOnOneCircle)
{
    const RadialLayoutResult r = radialLayout(around(4, {{0, 1}}, 9));
    EXPECT_EQ(r.ring, (std::vector<int>{1, 1, 1, 1}));
    expectAt(r.positions[0], 120, 0);
    expectAt(r.positions[1], 0, 120);
    expectAt(r.positions[2], -120, 0);
    expectAt(r.positions[3], 0, -120);
    EXPECT_TRUE(radialLayout(around(0, {}, 0)).positions.empty());
}

TEST(RadialLayout, PinnedNodesKeepTheirPosition)
{
    RadialLayoutInput input = around(3, {{0, 1}, {1, 2}}, 1);
    input.initial = {{0, 0}, {-3.25, 8.5}, {0, 0}};
    input.pinned = {false, true, false};
    const RadialLayoutResult r = radialLayout(input);
    EXPECT_EQ(r.positions[1].x, -3.25);
    EXPECT_EQ(r.positions[1].y, 8.5);
    expectAt(r.positions[0], 0, 120);
    expectAt(r.positions[2], 0, -120);
}

TEST(RadialLayout, Deterministic)
{
    std::mt19937_64 rng(5);
    RadialLayoutInput input = around(400, {}, 17);
    for (int i = 0; i < 700; ++i) {
        input.edges.emplace_back(quint32(rng() % 400), quint32(rng() % 400));
    }
    const RadialLayoutResult a = radialLayout(input);
    const RadialLayoutResult b = radialLayout(input);
    expectSame(a.positions, b.positions);
    EXPECT_EQ(a.ring, b.ring);
    std::shuffle(input.edges.begin(), input.edges.end(), rng);
    const RadialLayoutResult c = radialLayout(input);
    expectSame(a.positions, c.positions);
    for (quint32 v = 0; v < input.nodes; ++v) {
        EXPECT_NEAR(std::hypot(a.positions[v].x, a.positions[v].y), a.ring[v] * 120.0, 1e-6);
    }
}

TEST(RadialLayout, CancelledBeforeStartReturnsInput)
{
    const std::atomic<bool> cancel = true;
    RadialLayoutInput input = around(2, {{0, 1}}, 0);
    input.initial = {{1, 2}, {3, 4}};
    const RadialLayoutResult r = radialLayout(input, {.cancel = &cancel});
    EXPECT_TRUE(r.cancelled);
    expectSame(r.positions, input.initial);
    EXPECT_TRUE(r.ring.empty());
}

} // namespace
} // namespace awb::layout
