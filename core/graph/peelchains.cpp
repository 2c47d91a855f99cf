// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/peelchains.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace awb::graph {

namespace {

/** The node's first two flows inside the window, and how many there are (stops counting at three). */
int flowsInWindow(const Snapshot &snapshot, std::span<const quint32> flows, const TimeWindow &window, quint32 *first)
{
    int n = 0;
    for (quint32 f : flows) {
        if (window.contains(snapshot.flow(f).timestamp)) {
            if (n < 2) {
                first[n] = f;
            }
            if (++n > 2) {
                break;
            }
        }
    }
    return n;
}

std::optional<PeelStep> split(const Snapshot &snapshot, quint32 a, quint32 b)
{
    const Flow &fa = snapshot.flow(a);
    const Flow &fb = snapshot.flow(b);
    if (fa.asset != fb.asset || fa.amount == fb.amount || fa.to == fb.to) {
        return std::nullopt;
    }
    return fa.amount < fb.amount ? PeelStep{a, b} : PeelStep{b, a};
}

} // namespace

std::optional<PeelStep> peelStep(const Snapshot &snapshot, NodeIndex node, const TimeWindow &window)
{
    quint32 out[2] = {0, 0};
    if (flowsInWindow(snapshot, snapshot.outFlows(node), window, out) != 2) {
        return std::nullopt;
    }
    const NodeKind kind = snapshot.kind(node);
    if (kind == NodeKind::Address) {
        if (snapshot.flow(out[0]).kind != FlowKind::Transfer || snapshot.flow(out[1]).kind != FlowKind::Transfer) {
            return std::nullopt;
        }
    } else if (kind == NodeKind::Transaction) {
        quint32 in[2] = {0, 0};
        if (flowsInWindow(snapshot, snapshot.inFlows(node), window, in) != 1) {
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    return split(snapshot, out[0], out[1]);
}

std::optional<NodeIndex> peelContinuation(const Snapshot &snapshot, NodeIndex address, const TimeWindow &window)
{
    if (snapshot.kind(address) != NodeKind::Address) {
        return std::nullopt;
    }
    if (peelStep(snapshot, address, window)) {
        return address;
    }
    quint32 out[2] = {0, 0};
    if (flowsInWindow(snapshot, snapshot.outFlows(address), window, out) == 1 &&
        snapshot.flow(out[0]).kind == FlowKind::Input && peelStep(snapshot, snapshot.flow(out[0]).to, window)) {
        return snapshot.flow(out[0]).to;
    }
    return std::nullopt;
}

std::vector<PeelChain>
findPeelChains(const Snapshot &snapshot, std::span<const NodeIndex> nodes, const TimeWindow &window, int minHops)
{
    std::vector<NodeIndex> shaped;
    std::unordered_set<NodeIndex> continued; // shaped nodes that some shaped hop's change leads to
    for (NodeIndex n : nodes) {
        if (const auto step = peelStep(snapshot, n, window)) {
            shaped.push_back(n);
            if (const auto next = peelContinuation(snapshot, snapshot.flow(step->change).to, window)) {
                continued.insert(*next);
            }
        }
    }
    std::sort(shaped.begin(), shaped.end());
    std::vector<PeelChain> chains;
    std::unordered_set<NodeIndex> used;
    for (NodeIndex first : shaped) {
        if (continued.contains(first) || used.contains(first)) {
            continue;
        }
        PeelChain chain;
        const bool isTx = snapshot.kind(first) == NodeKind::Transaction;
        const auto inputs = snapshot.inFlows(first);
        chain.start = isTx && !inputs.empty() ? snapshot.flow(inputs.front()).from : first;
        std::unordered_map<quint64, size_t> byDestination;
        NodeIndex current = first;
        while (true) {
            used.insert(current);
            const PeelStep step = *peelStep(snapshot, current, window);
            const Flow &peel = snapshot.flow(step.peel);
            const Flow &change = snapshot.flow(step.change);
            if (chain.hops > 0 && change.asset != chain.asset) {
                break;
            }
            chain.asset = change.asset;
            ++chain.hops;
            chain.peeled += peel.amount;
            chain.remainder = change.amount;
            chain.end = change.to;
            const quint32 cluster = snapshot.clustering().clusterOf(peel.to);
            const quint32 service = snapshot.serviceOfAddress(peel.to);
            const quint64 key = service != kNone ? (quint64(1) << 32) | service : cluster;
            auto [it, added] = byDestination.try_emplace(key, chain.destinations.size());
            if (added) {
                chain.destinations.push_back({cluster, service, 0, 0});
            }
            ++chain.destinations[it->second].peels;
            chain.destinations[it->second].amount += peel.amount;
            const auto next = peelContinuation(snapshot, change.to, window);
            if (!next || used.contains(*next)) {
                break;
            }
            chain.changeAddresses.push_back(change.to);
            current = *next;
        }
        if (chain.hops >= minHops) {
            std::stable_sort(chain.destinations.begin(), chain.destinations.end(),
                             [](const PeelDestination &a, const PeelDestination &b) { return a.amount > b.amount; });
            chains.push_back(std::move(chain));
        }
    }
    return chains;
}

} // namespace awb::graph
