// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explore/exploration.h"

#include "core/graph/trace.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_set>

namespace awb::explore {

using namespace Qt::Literals::StringLiterals;
using graph::Link;
using graph::LinkKind;
using graph::NodeKind;
using graph::Snapshot;

namespace {

bool sortedContains(const std::vector<NodeIndex> &v, NodeIndex n)
{
    return std::binary_search(v.begin(), v.end(), n);
}

void sortedInsert(std::vector<NodeIndex> &v, NodeIndex n)
{
    const auto at = std::lower_bound(v.begin(), v.end(), n);
    if (at == v.end() || *at != n) {
        v.insert(at, n);
    }
}

/** The node @p node is drawn as: its cluster when that is collapsed, else itself. */
NodeIndex drawnAs(const Snapshot &s, const ViewState &view, NodeIndex node)
{
    if (view.collapsed.empty() || s.kind(node) != NodeKind::Address) {
        return node;
    }
    const NodeIndex cluster = s.clusterNode(node);
    return sortedContains(view.collapsed, cluster) ? cluster : node;
}

} // namespace

bool ViewState::contains(NodeIndex node) const
{
    return std::find(nodes.begin(), nodes.end(), node) != nodes.end();
}

bool ViewState::isPinned(NodeIndex node) const
{
    return sortedContains(pinned, node);
}

bool ViewState::isCollapsed(NodeIndex cluster) const
{
    return sortedContains(collapsed, cluster);
}

bool isPlaced(const layout::Point &p)
{
    return std::isfinite(p.x) && std::isfinite(p.y);
}

Drawn draw(const Snapshot &s, const ViewState &view)
{
    Drawn d;
    for (NodeIndex n : view.nodes) {
        const NodeIndex rep = drawnAs(s, view, n);
        auto [at, added] = d.index.try_emplace(rep, quint32(d.graph.nodes.size()));
        if (added) {
            d.graph.nodes.push_back(graph::describeNode(s, rep));
            d.graph.nodes.back().focus = std::find(view.focus.begin(), view.focus.end(), rep) != view.focus.end();
            const auto p = view.positions.find(rep);
            d.positions.push_back(p == view.positions.end() ? kUnplaced : p->second);
            d.pinned.push_back(view.isPinned(rep));
            d.members.push_back(0);
        }
        if (rep != n) {
            d.index.emplace(n, at->second);
            ++d.members[at->second];
        }
    }
    for (quint32 i = 0; i < d.graph.nodes.size(); ++i) {
        if (d.members[i] > 0) {
            d.graph.nodes[i].label = u"%1 (%2 addresses)"_s.arg(d.graph.nodes[i].label).arg(d.members[i]);
        }
    }
    d.graph.edges = graph::foldLinks(s, view.nodes, d.index, view.time, &d.flowRange);
    return d;
}

ViewState around(const Snapshot &s, std::span<const NodeIndex> focus, const graph::NeighbourhoodOptions &options)
{
    const graph::ViewGraph g = graph::neighbourhood(s, focus, options);
    ViewState view;
    view.nodes.reserve(g.nodes.size());
    for (const graph::ViewNode &n : g.nodes) {
        view.nodes.push_back(n.node);
        if (n.focus) {
            view.focus.push_back(n.node);
        }
    }
    return view;
}

Result<ExpandResult>
expand(ViewState &view, const Snapshot &s, std::span<const NodeIndex> from, const ExpandOptions &options)
{
    const graph::GraphData &data = s.data();
    std::vector<std::optional<Amount>> minimum(data.assets.size());
    if (!options.minAmount.isEmpty()) {
        for (std::size_t a = 0; a < data.assets.size(); ++a) {
            minimum[a] = graph::minAmountUnits(options.minAmount, data.assets[a].decimals);
            if (!minimum[a]) {
                return fail(
                    Error::Code::InvalidInput,
                    u"The minimum amount \"%1\" is not a decimal number of whole units."_s.arg(options.minAmount));
            }
        }
    }
    const auto wanted = [&](NodeKind kind) {
        return options.kinds.empty() ||
               std::find(options.kinds.begin(), options.kinds.end(), kind) != options.kinds.end();
    };
    std::unordered_set<NodeIndex> shown(view.nodes.begin(), view.nodes.end());
    // Candidates with their weight: relations weigh infinity, flows their largest amount in whole units.
    std::unordered_map<NodeIndex, double> candidates;
    std::vector<NodeIndex> order;
    for (NodeIndex f : from) {
        if (f >= s.nodeCount()) {
            continue;
        }
        for (quint32 l : s.links(f)) {
            const Link &link = s.link(l);
            const NodeIndex other = link.from == f ? link.to : link.from;
            if (shown.contains(other) || !wanted(s.kind(other))) {
                continue;
            }
            double weight = std::numeric_limits<double>::infinity();
            if (link.kind == LinkKind::Flow) {
                const graph::Flow &flow = s.flow(link.ref);
                const bool out = link.from == f;
                if ((options.direction == Direction::Out && !out) || (options.direction == Direction::In && out) ||
                    !options.window.admits(flow.timestamp) ||
                    (minimum[flow.asset] && flow.amount < *minimum[flow.asset])) {
                    continue;
                }
                weight = double(flow.amount) / std::pow(10.0, data.assets[flow.asset].decimals);
            }
            auto [at, added] = candidates.try_emplace(other, weight);
            if (added) {
                order.push_back(other);
            } else {
                at->second = std::max(at->second, weight);
            }
        }
    }
    // Stable: equal weights (every relation) keep link order.
    std::stable_sort(order.begin(), order.end(),
                     [&](NodeIndex a, NodeIndex b) { return candidates[a] > candidates[b]; });
    ExpandResult result;
    const std::size_t take = std::min<std::size_t>(order.size(), options.maxNodes);
    view.nodes.insert(view.nodes.end(), order.begin(), order.begin() + qsizetype(take));
    result.added = quint32(take);
    result.leftOut = quint32(order.size() - take);
    return result;
}

quint32 addNodes(ViewState &view, std::span<const NodeIndex> nodes)
{
    std::unordered_set<NodeIndex> shown(view.nodes.begin(), view.nodes.end());
    quint32 added = 0;
    for (NodeIndex n : nodes) {
        if (shown.insert(n).second) {
            view.nodes.push_back(n);
            ++added;
        }
    }
    return added;
}

bool collapse(ViewState &view, const Snapshot &s, NodeIndex cluster)
{
    if (cluster >= s.nodeCount() || s.kind(cluster) != NodeKind::Cluster || view.isCollapsed(cluster)) {
        return false;
    }
    sortedInsert(view.collapsed, cluster);
    if (!view.contains(cluster)) {
        view.nodes.push_back(cluster);
    }
    if (!view.positions.contains(cluster)) {
        // Where its members were, so collapsing does not make the drawing jump.
        layout::Point sum;
        int count = 0;
        for (NodeIndex n : view.nodes) {
            const auto p = view.positions.find(n);
            if (p != view.positions.end() && s.kind(n) == NodeKind::Address && s.clusterNode(n) == cluster) {
                sum.x += p->second.x;
                sum.y += p->second.y;
                ++count;
            }
        }
        if (count > 0) {
            view.positions[cluster] = {sum.x / count, sum.y / count};
        }
    }
    return true;
}

bool uncollapse(ViewState &view, NodeIndex cluster)
{
    const auto at = std::lower_bound(view.collapsed.begin(), view.collapsed.end(), cluster);
    if (at == view.collapsed.end() || *at != cluster) {
        return false;
    }
    view.collapsed.erase(at);
    return true;
}

quint32 hide(ViewState &view, const Snapshot &s, std::span<const NodeIndex> nodes)
{
    std::unordered_set<NodeIndex> gone(nodes.begin(), nodes.end());
    for (NodeIndex n : nodes) {
        if (view.isCollapsed(n)) {
            uncollapse(view, n);
            for (NodeIndex m : view.nodes) {
                if (s.kind(m) == NodeKind::Address && s.clusterNode(m) == n) {
                    gone.insert(m);
                }
            }
        }
    }
    const auto drop = [&](std::vector<NodeIndex> &v) {
        std::erase_if(v, [&](NodeIndex n) { return gone.contains(n); });
    };
    const std::size_t before = view.nodes.size();
    drop(view.nodes);
    drop(view.focus);
    drop(view.pinned);
    for (NodeIndex n : gone) {
        view.positions.erase(n);
    }
    return quint32(before - view.nodes.size());
}

void placeNew(ViewState &view, const Snapshot &s, double edgeLength)
{
    if (view.positions.empty()) {
        return; // nothing to place against: a full layout will place everything
    }
    double bottom = -std::numeric_limits<double>::infinity();
    double left = std::numeric_limits<double>::infinity();
    for (const auto &[node, p] : view.positions) {
        bottom = std::max(bottom, p.y);
        left = std::min(left, p.x);
    }
    std::unordered_map<NodeIndex, int> around; // nodes placed next to an anchor so far
    int unanchored = 0;
    for (NodeIndex n : view.nodes) {
        const NodeIndex rep = drawnAs(s, view, n);
        if (view.positions.contains(rep)) {
            continue;
        }
        std::optional<NodeIndex> anchor;
        for (quint32 l : s.links(rep)) {
            const Link &link = s.link(l);
            const NodeIndex other = drawnAs(s, view, link.from == rep ? link.to : link.from);
            if (other != rep && view.positions.contains(other)) {
                anchor = other;
                break;
            }
        }
        if (anchor) {
            // The golden angle spreads any number of new neighbours evenly around their anchor.
            const int k = around[*anchor]++;
            const double angle = k * std::numbers::pi * (3 - std::sqrt(5.0));
            const double r = edgeLength * (1 + 0.15 * (k / 8));
            const layout::Point a = view.positions.at(*anchor);
            view.positions[rep] = {a.x + r * std::cos(angle), a.y + r * std::sin(angle)};
        } else {
            view.positions[rep] = {left + edgeLength * unanchored++, bottom + 2 * edgeLength};
        }
    }
}

} // namespace awb::explore
