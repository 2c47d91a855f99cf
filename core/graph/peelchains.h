// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/snapshot.h"

#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace awb::graph {

/** The flows a trace may use: inside [from, to] (Unix seconds, inclusive). */
struct TimeWindow
{
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();

    bool contains(qint64 t) const { return t >= from && t <= to; }
};

/** One hop of a peel chain: a node that sends exactly two outflows, a smaller peel and a larger change. */
struct PeelStep
{
    quint32 peel = 0;   // flow index
    quint32 change = 0; // flow index; its receiver is where the chain continues
};

/**
 * The peel shape of @p node (BlockSci isPeelingChain, per hop): an account-model address with exactly two
 * outflows of one asset in the window, or a UTXO transaction with one input and two outputs; the smaller is the
 * peel, the strictly larger the change. nullopt for any other node.
 */
std::optional<PeelStep> peelStep(const Snapshot &snapshot, NodeIndex node, const TimeWindow &window);

/** Where the change of a hop continues: the address itself when it has the shape, else the shaped tx it spends in. */
std::optional<NodeIndex> peelContinuation(const Snapshot &snapshot, NodeIndex address, const TimeWindow &window);

struct PeelDestination
{
    quint32 cluster = 0;
    quint32 service = kNone; // index into GraphData::services
    int peels = 0;
    Amount amount = 0;
};

/** A run of peel hops summarised as one chain. */
struct PeelChain
{
    NodeIndex start = 0; // the first hop's sending address
    NodeIndex end = 0;   // the address the last change went to
    int hops = 0;        // peels
    quint16 asset = 0;
    Amount peeled = 0;                         // total of the peels
    Amount remainder = 0;                      // the last change
    std::vector<NodeIndex> changeAddresses;    // the chain's intermediate change addresses, in order
    std::vector<PeelDestination> destinations; // grouped by service, else by cluster; largest first
};

/**
 * The peel chains among @p nodes (nodes a trace visited): maximal runs of at least @p minHops shaped hops, each
 * continuing from the previous hop's change. Deterministic: chains come in the order of their start node.
 */
std::vector<PeelChain>
findPeelChains(const Snapshot &snapshot, std::span<const NodeIndex> nodes, const TimeWindow &window, int minHops = 2);

} // namespace awb::graph
