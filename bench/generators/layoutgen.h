// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace awb::bench {

/**
 * A connected graph for layout and canvas benchmarks, about 1.5 edges per node, shaped like a case: communities
 * (a random tree inside each, plus local chords), a few hubs that many nodes touch, and sparse links between
 * communities.
 */
struct LayoutGraph
{
    quint32 nodes = 0;
    std::vector<std::pair<quint32, quint32>> edges;
};

/**
 * The shape of a generated layout graph. Case: communities and a few hubs (as above). Heavy: a heavy tail, Zipf
 * degrees (the node of rank k has degree about proportional to 1 / (k + 1)) and one hub that touches about a fifth of
 * the nodes; a random tree attached by the same weights keeps it connected.
 */
enum class GraphShape : quint8 { Case, Heavy };

std::optional<GraphShape> graphShapeFromName(const QString &name); // case, heavy

LayoutGraph generateLayoutGraph(quint32 nodes, std::uint64_t seed, GraphShape shape = GraphShape::Case);
/** An undirected Graphviz graph ("graph G { … }"), node names n0 … n(N-1), for sfdp. */
Result<void> writeDot(const LayoutGraph &graph, const QString &path);
/** "a b" per edge (igraph's edge-list format; the node count comes from the generator's options). */
Result<void> writeLayoutEdges(const LayoutGraph &graph, const QString &path);

} // namespace awb::bench
