// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/forcelayout.h"

#include <QtGlobal>

#include <atomic>
#include <utility>
#include <vector>

namespace awb::layout {

/** An undirected graph around one node: nodes 0..nodes-1; parallel edges, self-loops and bad indices are ignored. */
struct RadialLayoutInput
{
    quint32 nodes = 0;
    std::vector<std::pair<quint32, quint32>> edges;
    quint32 focus = 0; // the centre; none when >= nodes
    /** One per node; only read for pinned nodes and when cancelled before anything was laid out. */
    std::vector<Point> initial;
    /** Nodes that keep their initial position (needs initial); empty: none. */
    std::vector<bool> pinned;
};

struct RadialLayoutOptions
{
    double ringSpacing = 120;                  // radius of ring 1; ring k has radius k * ringSpacing
    const std::atomic<bool> *cancel = nullptr; // checked before the search and before the placement
};

struct RadialLayoutResult
{
    /** One per node; when cancelled, the input's initial positions (possibly empty). */
    std::vector<Point> positions;
    /** One per node: the ring it is drawn on (empty when cancelled). */
    std::vector<int> ring;
    int outerRing = 0; // the ring of the nodes the focus does not reach (deepest ring + 1)
    bool cancelled = false;
};

/**
 * A radial tree layout around @p input.focus (Eades 1992), so hop distance from the selection reads as distance
 * from the centre:
 *
 * - The focus sits at (0, 0); every node it reaches sits on ring k = its hop distance, at radius k * ringSpacing.
 * - Angles come from the breadth-first tree (a node's parent is the first node that discovers it; neighbours are
 *   visited in ascending index order, so children are too). The focus owns the whole circle; each node splits its
 *   wedge among its children in proportion to the leaves below each, and a child sits in the middle of its share.
 *   Angles start at the +x axis and grow towards +y.
 * - Nodes the focus does not reach go on one extra ring outside the deepest one, evenly spaced in index order
 *   starting at the +x axis. Without a focus (focus >= nodes) that is every node, on ring 1.
 * - Pinned nodes keep their initial position exactly (they still take their place in the tree).
 *
 * Deterministic and pure: safe to run off the GUI thread.
 */
RadialLayoutResult radialLayout(const RadialLayoutInput &input, const RadialLayoutOptions &options = {});

} // namespace awb::layout
