// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/snapshot.h"

#include <span>
#include <vector>

namespace awb::graph {

/** A node of a drawn neighbourhood: a snapshot node with what the canvas shows of it. */
struct ViewNode
{
    NodeIndex node = 0;
    NodeKind kind = NodeKind::Address;
    QString label;    // the address, the incident's title, the group's or service's name, "cluster 12"
    QString category; // a service's category, an incident's start date; else empty
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

/**
 * The nodes within @p options.hops links of @p focus in the entity graph (breadth first, so the nearest are kept
 * when @p options.maxNodes cuts it short), and every link between them, folded per pair, kind and asset.
 */
ViewGraph
neighbourhood(const Snapshot &snapshot, std::span<const NodeIndex> focus, const NeighbourhoodOptions &options = {});

} // namespace awb::graph
