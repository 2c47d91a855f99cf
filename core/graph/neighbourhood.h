// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/snapshot.h"

#include <limits>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace awb::graph {

/** A node of a drawn neighbourhood: a snapshot node with what the canvas shows of it. */
struct ViewNode
{
    NodeIndex node = 0;
    NodeKind kind = NodeKind::Address;
    QString label;    // the address, the incident's title, the group's or service's name, "cluster 12"
    QString category; // a service's category, an incident's start date; else empty
    QString service;  // an address's: the service its cluster is tagged with ("Exchange C"); else empty
    bool synthetic = false;
    bool focus = false; // one of the nodes the neighbourhood was asked around
};

/** The links between two drawn nodes of one kind, folded into one edge. */
struct ViewEdge
{
    quint32 a = 0; // indices into ViewGraph::nodes; for flows a is the sender
    quint32 b = 0;
    LinkKind kind = LinkKind::Flow;
    quint32 links = 0; // how many links it stands for (transfers, roles …)
    quint16 asset = 0; // flows: their asset (flows of different assets are different edges)
    Amount amount = 0; // flows: the sum of their amounts
    qint64 first = 0;  // flows: the earliest and latest of their timestamps
    qint64 last = 0;
};

/** Which flows a drawn graph shows, by timestamp (unix seconds, both ends included). Relations are always shown. */
struct TimeFilter
{
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();

    bool admits(qint64 t) const { return t >= from && t <= to; }

    bool all() const { return from == std::numeric_limits<qint64>::min() && to == std::numeric_limits<qint64>::max(); }

    bool operator==(const TimeFilter &) const = default;
};

struct ViewGraph
{
    std::vector<ViewNode> nodes; // the focus first, then in the order they were reached
    std::vector<ViewEdge> edges;
    bool truncated = false; // maxNodes was reached before every node within the hops was taken
};

struct NeighbourhoodOptions
{
    int hops = 1;                // links followed from the focus
    std::vector<NodeKind> kinds; // node kinds taken in (the focus always is); empty: all
    quint32 maxNodes = 500;
};

/** What a canvas shows of snapshot node @p node (label, category, synthetic). */
ViewNode describeNode(const Snapshot &snapshot, NodeIndex node);

/**
 * The drawn edges among @p shown snapshot nodes: every link between two of them, folded per (drawn sender, drawn
 * receiver, kind, asset). @p drawn maps each shown node to the index of the node it is drawn as (several nodes may
 * share one, as a collapsed cluster's members do; links within one drawn node are dropped). Flows the @p time
 * filter does not admit are left out. @p flowRange, when given, receives the earliest and latest of every flow
 * between drawn nodes, admitted or not (what a time slider spans).
 */
std::vector<ViewEdge> foldLinks(const Snapshot &snapshot,
                                std::span<const NodeIndex> shown,
                                const std::unordered_map<NodeIndex, quint32> &drawn,
                                const TimeFilter &time = {},
                                std::optional<std::pair<qint64, qint64>> *flowRange = nullptr);

/**
 * The nodes within @p options.hops links of @p focus in the entity graph (breadth first, so the nearest are kept
 * when @p options.maxNodes cuts it short), and every link between them, folded per pair, kind and asset.
 */
ViewGraph
neighbourhood(const Snapshot &snapshot, std::span<const NodeIndex> focus, const NeighbourhoodOptions &options = {});

} // namespace awb::graph
