// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/neighbourhood.h"
#include "core/layout/forcelayout.h"
#include "core/result.h"

#include <QString>

#include <limits>
#include <map>
#include <span>
#include <unordered_map>
#include <vector>

namespace awb::explore {

using graph::NodeIndex;

/** Which way flows are followed when neighbours are added; relations (membership, roles, tags) always are. */
enum class Direction : quint8 { Both, Out, In };

struct ExpandOptions
{
    std::vector<graph::NodeKind> kinds; // kinds of node added; empty: every kind
    Direction direction = Direction::Both;
    graph::TimeFilter window; // flows outside it are not followed
    /** Flows below this many whole units of their own asset are not followed ("0.5"); empty: all are. */
    QString minAmount;
    quint32 maxNodes = 200; // new nodes at most; the largest flows first, then relations in link order
};

/**
 * What the graph canvas shows: a value, so an exploration step is undone by putting the previous value back.
 * Nodes are snapshot nodes; a collapsed cluster is drawn as one node in place of its shown member addresses,
 * which stay in the view (with their positions) for when it is expanded again.
 */
struct ViewState
{
    std::vector<NodeIndex> nodes;     // shown, in the order they came in
    std::vector<NodeIndex> focus;     // what the view was opened around (radial layouts centre on the first)
    std::vector<NodeIndex> collapsed; // cluster nodes drawn in place of their members, ascending
    std::map<NodeIndex, layout::Point> positions;
    std::vector<NodeIndex> pinned; // ascending
    graph::TimeFilter time;
    QString metric = QStringLiteral("none");  // graph::viewMetricName
    QString layout = QStringLiteral("force"); // force, flow or radial

    bool contains(NodeIndex node) const;
    bool isPinned(NodeIndex node) const;
    bool isCollapsed(NodeIndex cluster) const;
    bool operator==(const ViewState &) const = default;
};

/** The drawn graph of a view: what the canvas paints, with one position per drawn node. */
struct Drawn
{
    graph::ViewGraph graph;
    std::vector<layout::Point> positions; // kUnplaced where the view has none yet
    std::vector<bool> pinned;
    std::vector<quint32> members; // per drawn node: the shown addresses a collapsed cluster stands for; else 0
    std::unordered_map<NodeIndex, quint32> index; // snapshot node → drawn node (members → their cluster)
    /** The earliest and latest flow between drawn nodes, ignoring the time filter; nullopt without flows. */
    std::optional<std::pair<qint64, qint64>> flowRange;
};

/** The position of a node that has not been laid out yet. */
inline constexpr layout::Point kUnplaced{std::numeric_limits<double>::quiet_NaN(),
                                         std::numeric_limits<double>::quiet_NaN()};
bool isPlaced(const layout::Point &p);

/** The view's drawn graph: collapsed clusters folded in, flows outside the view's time filter left out. */
Drawn draw(const graph::Snapshot &snapshot, const ViewState &view);

/** A fresh view of the neighbourhood of @p focus (no positions yet). */
ViewState around(const graph::Snapshot &snapshot,
                 std::span<const NodeIndex> focus,
                 const graph::NeighbourhoodOptions &options = {});

struct ExpandResult
{
    quint32 added = 0;
    quint32 leftOut = 0; // admitted neighbours not added because of ExpandOptions::maxNodes
};

/**
 * Adds the neighbours of @p from that @p options admit: relations first, then flows by amount in whole units of
 * their asset, largest first (a hub can have 100,000 counterparties; the large ones are the ones to see).
 */
Result<ExpandResult>
expand(ViewState &view, const graph::Snapshot &snapshot, std::span<const NodeIndex> from, const ExpandOptions &options);
/** Adds @p nodes that are not shown yet (a path's or a trace's nodes); returns how many came in. */
quint32 addNodes(ViewState &view, std::span<const NodeIndex> nodes);
/**
 * Draws cluster node @p cluster in place of its shown members, adding it when it is not shown yet. False (and no
 * change) when @p cluster is not a cluster node or is collapsed already.
 */
bool collapse(ViewState &view, const graph::Snapshot &snapshot, NodeIndex cluster);
/** Draws the members of a collapsed cluster again. False when it is not collapsed. */
bool uncollapse(ViewState &view, NodeIndex cluster);
/** Removes @p nodes from the view, with their positions and pins; a collapsed cluster takes its members along. */
quint32 hide(ViewState &view, const graph::Snapshot &snapshot, std::span<const NodeIndex> nodes);
/**
 * Places nodes without a position next to their first drawn neighbour that has one (or in a row below the drawing
 * when none has), deterministically, so an incremental layout starts close to where they belong.
 */
void placeNew(ViewState &view, const graph::Snapshot &snapshot, double edgeLength = 100);

} // namespace awb::explore
