// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <optional>
#include <utility>
#include <vector>

namespace awb::layout {

struct Point
{
    double x = 0;
    double y = 0;

    bool operator==(const Point &) const = default;
};

/** An undirected graph to lay out: nodes 0..nodes-1; parallel edges and self-loops are ignored. */
struct LayoutInput
{
    quint32 nodes = 0;
    std::vector<std::pair<quint32, quint32>> edges;
    /** Where to start (one per node), for an incremental layout; empty: from scratch, multilevel. */
    std::vector<Point> initial;
    /** Nodes that keep their initial position (needs initial); empty: none. */
    std::vector<bool> pinned;
};

struct LayoutOptions
{
    quint64 seed = 20261121;                   // the same seed and input give the same positions
    double edgeLength = 100;                   // the natural edge length of the result
    double theta = 1.2;                        // Barnes-Hut opening angle: larger is faster and coarser
    double tolerance = 0.01;                   // converged when the mean move is below this share of the edge length
    int maxIterations = 500;                   // per level
    int threads = 0;                           // for the forces; 0: one per core (the result is the same for any count)
    const std::atomic<bool> *cancel = nullptr; // checked between iterations
};

struct LayoutResult
{
    std::vector<Point> positions;
    int levels = 0;     // multilevel: graphs laid out, the coarsest first
    int iterations = 0; // over all levels
    bool cancelled = false;
};

/**
 * A force-directed layout in Hu's spring-electrical model (the model of Graphviz sfdp): springs pull along edges
 * (d² / K), every pair repels (K² / d) through a Barnes-Hut quadtree, with an adaptive step. From scratch it is
 * multilevel: the graph is coarsened by matching edges, the coarsest is laid out from seeded random positions, and
 * each finer level starts from its parent's position. Deterministic for a seed; safe to run off the GUI thread.
 */
LayoutResult forceLayout(const LayoutInput &input, const LayoutOptions &options = {});

} // namespace awb::layout
