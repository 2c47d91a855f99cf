// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/bridges.h"

#include "core/graph/trace.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace awb::graph {

using namespace Qt::Literals::StringLiterals;

namespace {

/** The payouts of @p service's addresses on chains other than @p chain, in [@p from, @p to]. */
std::vector<BridgePayout> payoutsOf(const Snapshot &s, quint32 service, quint16 chain, qint64 from, qint64 to)
{
    const GraphData &data = s.data();
    const Clustering &clustering = s.clustering();
    const auto isBridge = [&](NodeIndex node) {
        return s.kind(node) == NodeKind::Address && s.serviceOfAddress(s.local(node)) == service;
    };
    // The service is its tagged addresses' clusters: every member on another chain can pay out.
    std::set<quint32> clusters;
    for (quint32 a : data.services[service].addresses) {
        clusters.insert(clustering.clusterOf(a));
    }
    std::vector<BridgePayout> payouts;
    std::set<NodeIndex> spent; // transactions already read through another of the bridge's inputs
    const auto add = [&](quint32 f) {
        const Flow &flow = s.flow(f);
        if (!isBridge(flow.to)) { // change back to the bridge is not a payout
            payouts.push_back({f, flow.to, flow.asset, flow.amount, flow.timestamp});
        }
    };
    for (quint32 cluster : clusters) {
        for (quint32 a : clustering.members(cluster)) {
            if (data.addresses[a].chain == chain) {
                continue;
            }
            const NodeIndex node = s.node(NodeKind::Address, a);
            for (quint32 f : s.outFlows(node)) {
                const Flow &flow = s.flow(f);
                if (flow.timestamp < from || flow.timestamp > to) {
                    continue;
                }
                if (flow.kind == FlowKind::Transfer) {
                    add(f);
                } else if (flow.kind == FlowKind::Input && spent.insert(flow.to).second) {
                    for (quint32 out : s.outFlows(flow.to)) {
                        add(out);
                    }
                }
            }
        }
    }
    std::sort(payouts.begin(), payouts.end(), [](const BridgePayout &a, const BridgePayout &b) {
        return std::tie(a.timestamp, a.flow) < std::tie(b.timestamp, b.flow);
    });
    return payouts;
}

} // namespace

std::vector<BridgeCrossing>
findBridgeCrossings(const Snapshot &s, const std::vector<TraceEndpoint> &endpoints, qint64 windowSeconds)
{
    std::vector<BridgeCrossing> crossings;
    for (std::size_t i = 0; i < endpoints.size(); ++i) {
        const TraceEndpoint &e = endpoints[i];
        if (e.reason != StopReason::Service || s.kind(e.node) != NodeKind::Address) {
            continue;
        }
        const quint32 address = s.local(e.node);
        const quint32 service = s.serviceOfAddress(address);
        if (service == kNone || s.data().services[service].category.compare(u"bridge"_s, Qt::CaseInsensitive) != 0) {
            continue;
        }
        BridgeCrossing crossing{i, service, {}, 0};
        crossing.payouts =
            payoutsOf(s, service, s.data().addresses[address].chain, e.reachedAt, e.reachedAt + windowSeconds);
        if (crossing.payouts.size() > kMaxBridgePayouts) {
            crossing.morePayouts = crossing.payouts.size() - kMaxBridgePayouts;
            crossing.payouts.resize(kMaxBridgePayouts);
        }
        crossings.push_back(std::move(crossing));
    }
    return crossings;
}

} // namespace awb::graph
