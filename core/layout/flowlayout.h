// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/forcelayout.h"

#include <QtGlobal>

#include <atomic>
#include <vector>

namespace awb::layout {

/** Money moved from → to at time (unix seconds). */
struct FlowEdge
{
    quint32 from = 0;
    quint32 to = 0;
    qint64 time = 0;
};

/** A fund-flow trace to lay out: nodes 0..nodes-1. */
struct FlowLayoutInput
{
    quint32 nodes = 0;
    /** Directed; self-loops and edges to nodes out of range are ignored; cycles are allowed. */
    std::vector<FlowEdge> edges;
    /** One per node; only read for pinned nodes and when cancelled before anything was laid out. */
    std::vector<Point> initial;
    /** Nodes that keep their initial position (needs initial); empty: none. */
    std::vector<bool> pinned;
};

struct FlowLayoutOptions
{
    double columnSpacing = 160; // x distance of neighbouring columns
    double rowSpacing = 60;     // y distance of neighbouring nodes in a column
    int sweeps = 8;             // barycentre sweeps (one down and one up each); fewer when the order settles
    /** Rows a column takes before it is dealt into lanes; 0: max(12, 2√n) for n nodes with a flow. */
    int maxRows = 0;
    const std::atomic<bool> *cancel = nullptr; // checked before the layering and before each sweep
};

struct FlowLayoutResult
{
    /** One per node; when cancelled before the layering, the input's initial positions (possibly empty). */
    std::vector<Point> positions;
    std::vector<quint32> column; // one per node (empty when cancelled before the layering)
    int sweeps = 0;              // sweeps run
    bool cancelled = false;
};

/**
 * A left-to-right layout of a fund-flow trace, ordered by time, so the eye reads the money's path like a timeline:
 *
 * - A node's time is the earliest time it receives funds (its earliest incoming edge); a node that never receives
 *   takes its earliest outgoing edge. Nodes without a flow (an incident, a group, a wallet the trace did not reach)
 *   have no time: they get column 0 and are parked in a grid below the drawing, as wide as it, by index.
 * - Columns: a node's column is 1 + the largest column among the senders of its incoming edges that count, else 0.
 *   Every edge counts except those that close a cycle: inside a strongly connected component, an edge whose sender
 *   comes later in (time, index) order (money going back in time) is ignored. So cycles cannot loop, every counted
 *   edge points right, and a mixer that took deposits from elsewhere long before still goes after the chain that
 *   pays into it. x = column * columnSpacing (but see lanes).
 * - Rows: a column starts in (time, index) order (isolated nodes last), then barycentre sweeps reduce crossings:
 *   down the columns, each node is ranked by the mean y of its neighbours in earlier columns, then up the columns
 *   by its neighbours in later columns; a node without such neighbours ranks at its current y; ties go to the lower
 *   index. It stops early once a whole sweep changes nothing. Edges are taken undirected and once per pair here, so
 *   edges spanning several columns pull too. y = row * rowSpacing, each column's free nodes centred around y = 0.
 * - A column of more than maxRows nodes is dealt into k = ⌈size / maxRows⌉ staggered lanes, columnSpacing / 2
 *   apart: the i-th node goes in lane i mod k, one row / k below the node before it. Later columns move right by
 *   the extra lanes, so x = the column's left edge + lane * columnSpacing / 2.
 * - Pinned nodes keep their initial position exactly, take no row, and pull their neighbours at their pinned y.
 *
 * Deterministic and pure: safe to run off the GUI thread.
 */
FlowLayoutResult flowLayout(const FlowLayoutInput &input, const FlowLayoutOptions &options = {});

} // namespace awb::layout
