// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/snapshot.h"
#include "core/result.h"

#include <vector>

namespace awb::graph {

/** One link of a path, and which way the path walks it (links are usable in both directions). */
struct PathStep
{
    quint32 link = 0;    // index into Snapshot::link
    bool forward = true; // the path goes from link.from to link.to
    bool operator==(const PathStep &) const = default;
};

/** A loopless path: nodes.size() == steps.size() + 1, and steps[i] joins nodes[i] and nodes[i + 1]. */
struct Path
{
    std::vector<NodeIndex> nodes;
    std::vector<PathStep> steps;

    std::size_t length() const { return steps.size(); }

    bool operator==(const Path &) const = default;
};

/**
 * The order of paths: shorter first, then by node sequence, then by link indexes. Every search here returns the
 * smallest paths in this order, so its answer does not depend on hash order or timing.
 */
bool pathLess(const Path &a, const Path &b);

inline constexpr int kMaxPathK = 50;
inline constexpr int kMaxPathLength = 64;

struct PathOptions
{
    int k = 1;          // 1..kMaxPathK loopless paths
    int maxLength = 12; // links; 1..kMaxPathLength
    /** Nodes the searches may reach, summed over every search of one request (Yen runs one per spur node). */
    std::size_t nodeBudget = 2'000'000;
    std::vector<LinkKind> excludedKinds;
    std::vector<quint32> excludedLinks; // link indexes
};

struct PathResult
{
    std::vector<Path> paths;      // at most k, in pathLess order
    bool stoppedByLength = false; // a search had nodes left to explore at maxLength: longer paths were not sought
    bool stoppedByBudget = false; // the node budget ran out: fewer or other paths may exist
    std::size_t nodesReached = 0;

    /** "", or a sentence naming the bound that stopped the search, for output. */
    QString boundNote(const PathOptions &options) const;
};

/**
 * The shortest path between two entities: breadth-first over the entity graph, every link usable both ways.
 * Ties go to the smallest node sequence (pathLess). No path when @p to is unreachable within the bounds.
 */
PathResult shortestPath(const Snapshot &snapshot, NodeIndex from, NodeIndex to, const PathOptions &options = {});

/**
 * The options.k shortest loopless paths (Yen's algorithm), in pathLess order. InvalidInput when k or maxLength is out
 * of range or a node does not exist.
 */
Result<PathResult> shortestPaths(const Snapshot &snapshot, NodeIndex from, NodeIndex to, const PathOptions &options);

/** "address", "transaction", "cluster", "incident", "group", "service". */
QString nodeKindName(NodeKind kind);
std::optional<NodeKind> nodeKindFromName(const QString &name);
/** "flow", "member", "role", "attribution", "group_tag", "service_tag". */
QString linkKindName(LinkKind kind);
std::optional<LinkKind> linkKindFromName(const QString &name);

} // namespace awb::graph
