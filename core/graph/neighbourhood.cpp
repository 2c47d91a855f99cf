// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/neighbourhood.h"

#include <algorithm>
#include <deque>
#include <map>
#include <tuple>
#include <unordered_map>

namespace awb::graph {

using namespace Qt::Literals::StringLiterals;

ViewNode describeNode(const Snapshot &s, NodeIndex node)
{
    const GraphData &d = s.data();
    const quint32 i = s.local(node);
    ViewNode v;
    v.node = node;
    v.kind = s.kind(node);
    switch (v.kind) {
    case NodeKind::Address:
        v.label = d.address(i);
        v.category = d.chains[d.addresses[i].chain];
        v.synthetic = d.addresses[i].synthetic;
        if (const quint32 service = s.serviceOfAddress(i); service != kNone) {
            v.service = d.services[service].name;
        }
        break;
    case NodeKind::Transaction:
        v.label = s.nodeName(node);
        v.synthetic = d.utxoTxs[i].synthetic;
        break;
    case NodeKind::Cluster:
        v.label = u"cluster %1"_s.arg(i);
        break;
    case NodeKind::Incident:
        v.label = d.incidents[i].title;
        v.category = d.incidents[i].startDate;
        v.synthetic = d.incidents[i].synthetic;
        break;
    case NodeKind::Group:
        v.label = d.groups[i].name;
        break;
    case NodeKind::Service:
        v.label = d.services[i].name;
        v.category = d.services[i].category;
        break;
    }
    return v;
}

std::vector<ViewEdge> foldLinks(const Snapshot &s,
                                std::span<const NodeIndex> shown,
                                const std::unordered_map<NodeIndex, quint32> &drawn,
                                const TimeFilter &time,
                                std::optional<std::pair<qint64, qint64>> *flowRange)
{
    // Each link is met from both ends, so it is taken from its 'from' end only.
    std::map<std::tuple<quint32, quint32, LinkKind, quint16>, ViewEdge> folded;
    for (NodeIndex n : shown) {
        const quint32 a = drawn.at(n);
        for (quint32 l : s.links(n)) {
            const Link &link = s.link(l);
            if (link.from != n) {
                continue;
            }
            const auto other = drawn.find(link.to);
            if (other == drawn.end() || other->second == a) {
                continue;
            }
            const bool flow = link.kind == LinkKind::Flow;
            if (flow && flowRange) {
                const qint64 t = s.flow(link.ref).timestamp;
                *flowRange = *flowRange ? std::pair(std::min((*flowRange)->first, t), std::max((*flowRange)->second, t))
                                        : std::pair(t, t);
            }
            if (flow && !time.admits(s.flow(link.ref).timestamp)) {
                continue;
            }
            const quint16 asset = flow ? s.flow(link.ref).asset : 0;
            ViewEdge &e = folded[{a, other->second, link.kind, asset}];
            e.a = a;
            e.b = other->second;
            e.kind = link.kind;
            e.asset = asset;
            if (flow) {
                const Flow &f = s.flow(link.ref);
                e.amount += f.amount;
                e.first = e.links == 0 ? f.timestamp : std::min(e.first, f.timestamp);
                e.last = e.links == 0 ? f.timestamp : std::max(e.last, f.timestamp);
            }
            ++e.links;
        }
    }
    std::vector<ViewEdge> edges;
    edges.reserve(folded.size());
    for (auto &[key, edge] : folded) {
        edges.push_back(edge);
    }
    return edges;
}

ViewGraph neighbourhood(const Snapshot &s, std::span<const NodeIndex> focus, const NeighbourhoodOptions &options)
{
    ViewGraph g;
    std::unordered_map<NodeIndex, quint32> index; // snapshot node → index in g.nodes
    const auto wanted = [&](NodeKind kind) {
        return options.kinds.empty() ||
               std::find(options.kinds.begin(), options.kinds.end(), kind) != options.kinds.end();
    };
    std::deque<std::pair<NodeIndex, int>> queue;
    for (NodeIndex n : focus) {
        if (n < s.nodeCount() && index.emplace(n, quint32(g.nodes.size())).second) {
            g.nodes.push_back(describeNode(s, n));
            g.nodes.back().focus = true;
            queue.emplace_back(n, 0);
        }
    }
    while (!queue.empty()) {
        const auto [at, depth] = queue.front();
        queue.pop_front();
        if (depth >= options.hops) {
            continue;
        }
        for (quint32 l : s.links(at)) {
            const Link &link = s.link(l);
            const NodeIndex other = link.from == at ? link.to : link.from;
            if (index.contains(other) || !wanted(s.kind(other))) {
                continue;
            }
            if (g.nodes.size() >= options.maxNodes) {
                g.truncated = true;
                queue.clear();
                break;
            }
            index.emplace(other, quint32(g.nodes.size()));
            g.nodes.push_back(describeNode(s, other));
            queue.emplace_back(other, depth + 1);
        }
    }
    std::vector<NodeIndex> shown;
    shown.reserve(g.nodes.size());
    for (const ViewNode &n : g.nodes) {
        shown.push_back(n.node);
    }
    g.edges = foldLinks(s, shown, index);
    return g;
}

} // namespace awb::graph
