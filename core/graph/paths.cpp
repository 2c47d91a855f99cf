// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/paths.h"

#include <algorithm>
#include <set>

namespace awb::graph {

using namespace Qt::Literals::StringLiterals;

namespace {

/**
 * Breadth-first searches over one snapshot that share their arrays: Yen's algorithm runs one search per spur node,
 * and clearing node-sized arrays each time would cost more than the searches. Marks are epoch stamps instead.
 */
class Searcher
{
public:
    Searcher(const Snapshot &snapshot, const PathOptions &options)
        : m_snapshot(snapshot)
        , m_options(options)
        , m_seen(snapshot.nodeCount(), 0)
        , m_blocked(snapshot.nodeCount(), 0)
        , m_parent(snapshot.nodeCount(), 0)
        , m_parentLink(snapshot.nodeCount(), 0)
        , m_depth(snapshot.nodeCount(), 0)
        , m_excludedLinks(options.excludedLinks)
    {
        std::ranges::sort(m_excludedLinks);
        for (LinkKind kind : options.excludedKinds) {
            m_excludedKinds |= 1u << unsigned(kind);
        }
    }

    /**
     * The smallest shortest path (pathLess) from @p from to @p to of at most @p maxDepth links that avoids
     * @p blockedNodes and @p blockedLinks. Neighbours are visited in (node, link) order and the first discovery of a
     * node is kept, which makes the path the smallest node sequence among the shortest ones.
     */
    std::optional<Path> search(NodeIndex from,
                               NodeIndex to,
                               int maxDepth,
                               std::span<const NodeIndex> blockedNodes = {},
                               std::span<const quint32> blockedLinks = {})
    {
        ++m_stamp;
        for (NodeIndex n : blockedNodes) {
            m_blocked[n] = m_stamp;
        }
        if (from == to) {
            return Path{{from}, {}};
        }
        m_queue.clear();
        m_queue.push_back(from);
        m_seen[from] = m_stamp;
        m_depth[from] = 0;
        for (std::size_t head = 0; head < m_queue.size(); ++head) {
            const NodeIndex node = m_queue[head];
            neighbours(node, blockedLinks);
            if (m_depth[node] >= quint32(maxDepth)) {
                if (!m_next.empty()) {
                    lengthStopped = true;
                }
                continue;
            }
            for (const auto &[next, link] : m_next) {
                if (m_seen[next] == m_stamp) {
                    continue;
                }
                if (++nodesReached > m_options.nodeBudget) {
                    budgetStopped = true;
                    return std::nullopt;
                }
                m_seen[next] = m_stamp;
                m_parent[next] = node;
                m_parentLink[next] = link;
                m_depth[next] = m_depth[node] + 1;
                if (next == to) {
                    return pathTo(from, to);
                }
                m_queue.push_back(next);
            }
        }
        return std::nullopt;
    }

    bool lengthStopped = false;
    bool budgetStopped = false;
    std::size_t nodesReached = 0;

private:
    bool usable(quint32 index, std::span<const quint32> blockedLinks) const
    {
        const Link &link = m_snapshot.link(index);
        return link.from != link.to && !(m_excludedKinds & (1u << unsigned(link.kind))) &&
               !std::ranges::binary_search(m_excludedLinks, index) &&
               std::ranges::find(blockedLinks, index) == blockedLinks.end();
    }

    /** Fills m_next with the unseen, unblocked neighbours of @p node and their links, in (node, link) order. */
    void neighbours(NodeIndex node, std::span<const quint32> blockedLinks)
    {
        m_next.clear();
        for (quint32 index : m_snapshot.links(node)) {
            if (!usable(index, blockedLinks)) {
                continue;
            }
            const Link &link = m_snapshot.link(index);
            const NodeIndex other = link.from == node ? link.to : link.from;
            if (m_seen[other] != m_stamp && m_blocked[other] != m_stamp) {
                m_next.emplace_back(other, index);
            }
        }
        std::ranges::sort(m_next);
    }

    Path pathTo(NodeIndex from, NodeIndex to) const
    {
        Path path;
        for (NodeIndex n = to; n != from; n = m_parent[n]) {
            path.nodes.push_back(n);
            path.steps.push_back({m_parentLink[n], m_snapshot.link(m_parentLink[n]).to == n});
        }
        path.nodes.push_back(from);
        std::ranges::reverse(path.nodes);
        std::ranges::reverse(path.steps);
        return path;
    }

    const Snapshot &m_snapshot;
    const PathOptions &m_options;
    std::vector<quint32> m_seen, m_blocked;
    std::vector<NodeIndex> m_parent;
    std::vector<quint32> m_parentLink, m_depth;
    std::vector<quint32> m_excludedLinks;
    unsigned m_excludedKinds = 0;
    quint32 m_stamp = 0;
    std::vector<NodeIndex> m_queue;
    std::vector<std::pair<NodeIndex, quint32>> m_next;
};

struct PathOrder
{
    bool operator()(const Path &a, const Path &b) const { return pathLess(a, b); }
};

void finish(PathResult &result, const Searcher &searcher, const PathOptions &options)
{
    // A bound matters only when it could have hidden a wanted path: with k paths found, longer ones are not wanted.
    result.stoppedByLength = searcher.lengthStopped && result.paths.size() < std::size_t(options.k);
    result.stoppedByBudget = searcher.budgetStopped;
    result.nodesReached = searcher.nodesReached;
}

} // namespace

bool pathLess(const Path &a, const Path &b)
{
    if (a.length() != b.length()) {
        return a.length() < b.length();
    }
    if (a.nodes != b.nodes) {
        return a.nodes < b.nodes;
    }
    return std::ranges::lexicographical_compare(a.steps, b.steps, [](const PathStep &x, const PathStep &y) {
        return std::pair(x.link, x.forward) < std::pair(y.link, y.forward);
    });
}

QString PathResult::boundNote(const PathOptions &options) const
{
    if (stoppedByBudget) {
        return u"The search stopped after reaching %1 nodes (the node budget); other or shorter paths may exist."_s.arg(
            options.nodeBudget);
    }
    if (stoppedByLength) {
        return u"Paths longer than %1 links were not searched; longer paths may exist."_s.arg(options.maxLength);
    }
    return {};
}

PathResult shortestPath(const Snapshot &snapshot, NodeIndex from, NodeIndex to, const PathOptions &options)
{
    PathResult result;
    Searcher searcher(snapshot, options);
    if (auto path = searcher.search(from, to, options.maxLength)) {
        result.paths.push_back(std::move(*path));
    }
    finish(result, searcher, options);
    return result;
}

Result<PathResult> shortestPaths(const Snapshot &snapshot, NodeIndex from, NodeIndex to, const PathOptions &options)
{
    if (options.k < 1 || options.k > kMaxPathK) {
        return fail(Error::Code::InvalidInput,
                    u"The number of paths must be between 1 and %1, not %2."_s.arg(kMaxPathK).arg(options.k));
    }
    if (options.maxLength < 1 || options.maxLength > kMaxPathLength) {
        return fail(Error::Code::InvalidInput,
                    u"The maximum path length must be between 1 and %1 links, not %2."_s.arg(kMaxPathLength)
                        .arg(options.maxLength));
    }
    if (from >= snapshot.nodeCount() || to >= snapshot.nodeCount()) {
        return fail(Error::Code::InvalidInput, u"No such node in the graph."_s);
    }
    PathResult result;
    Searcher searcher(snapshot, options);
    auto first = searcher.search(from, to, options.maxLength);
    if (!first) {
        finish(result, searcher, options);
        return result;
    }
    result.paths.push_back(std::move(*first));
    std::set<Path, PathOrder> candidates;
    std::vector<quint32> blockedLinks;
    // Yen: every next path leaves an accepted one at some spur node; the smallest such detour of each accepted
    // path's every prefix is a candidate, and the smallest candidate is the next path.
    while (result.paths.size() < std::size_t(options.k) && !searcher.budgetStopped) {
        const Path previous = result.paths.back();
        for (std::size_t i = 0; i < previous.length() && !searcher.budgetStopped; ++i) {
            const auto rootNodes = std::span(previous.nodes).first(i + 1);
            const auto rootSteps = std::span(previous.steps).first(i);
            blockedLinks.clear();
            for (const Path &accepted : result.paths) {
                if (accepted.length() > i && std::ranges::equal(std::span(accepted.nodes).first(i + 1), rootNodes) &&
                    std::ranges::equal(std::span(accepted.steps).first(i), rootSteps)) {
                    blockedLinks.push_back(accepted.steps[i].link);
                }
            }
            auto spur =
                searcher.search(previous.nodes[i], to, options.maxLength - int(i), rootNodes.first(i), blockedLinks);
            if (!spur) {
                continue;
            }
            Path candidate{{rootNodes.begin(), rootNodes.end()}, {rootSteps.begin(), rootSteps.end()}};
            candidate.nodes.insert(candidate.nodes.end(), spur->nodes.begin() + 1, spur->nodes.end());
            candidate.steps.insert(candidate.steps.end(), spur->steps.begin(), spur->steps.end());
            candidates.insert(std::move(candidate));
        }
        if (candidates.empty()) {
            break;
        }
        result.paths.push_back(*candidates.begin());
        candidates.erase(candidates.begin());
    }
    finish(result, searcher, options);
    return result;
}

QString nodeKindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Address:
        return u"address"_s;
    case NodeKind::Transaction:
        return u"transaction"_s;
    case NodeKind::Cluster:
        return u"cluster"_s;
    case NodeKind::Incident:
        return u"incident"_s;
    case NodeKind::Group:
        return u"group"_s;
    case NodeKind::Service:
        return u"service"_s;
    }
    return {};
}

namespace {
constexpr LinkKind kLinkKinds[] = {LinkKind::Flow,        LinkKind::Member,   LinkKind::Role,
                                   LinkKind::Attribution, LinkKind::GroupTag, LinkKind::ServiceTag};
constexpr NodeKind kNodeKinds[] = {NodeKind::Address,  NodeKind::Transaction, NodeKind::Cluster,
                                   NodeKind::Incident, NodeKind::Group,       NodeKind::Service};
} // namespace

std::optional<NodeKind> nodeKindFromName(const QString &name)
{
    for (NodeKind kind : kNodeKinds) {
        if (nodeKindName(kind).compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

QString linkKindName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Flow:
        return u"flow"_s;
    case LinkKind::Member:
        return u"member"_s;
    case LinkKind::Role:
        return u"role"_s;
    case LinkKind::Attribution:
        return u"attribution"_s;
    case LinkKind::GroupTag:
        return u"group_tag"_s;
    case LinkKind::ServiceTag:
        return u"service_tag"_s;
    }
    return {};
}

std::optional<LinkKind> linkKindFromName(const QString &name)
{
    for (LinkKind kind : kLinkKinds) {
        if (linkKindName(kind).compare(name, Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace awb::graph
