// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/radiallayout.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace awb::layout {

namespace {

constexpr quint32 kNoParent = 0xffffffffu;

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

/** The breadth-first tree from the focus: ring (-1: unreached), parent, and the nodes in the order reached. */
struct Tree
{
    std::vector<int> ring;
    std::vector<quint32> parent;
    std::vector<quint32> order;
};

Tree searchFrom(const RadialLayoutInput &input)
{
    const quint32 n = input.nodes;
    std::vector<std::pair<quint32, quint32>> both;
    both.reserve(input.edges.size() * 2);
    for (auto [a, b] : input.edges) {
        if (a != b && a < n && b < n) {
            both.emplace_back(a, b);
            both.emplace_back(b, a);
        }
    }
    // Sorted, so each node's neighbours come in ascending index order: the children's order does not depend on
    // the order of the edges.
    std::sort(both.begin(), both.end());
    both.erase(std::unique(both.begin(), both.end()), both.end());
    std::vector<quint32> first(size_t(n) + 1, 0);
    for (auto [a, b] : both) {
        ++first[a + 1];
    }
    std::partial_sum(first.begin(), first.end(), first.begin());

    Tree tree;
    tree.ring.assign(n, -1);
    tree.parent.assign(n, kNoParent);
    if (input.focus >= n) {
        return tree;
    }
    tree.order.reserve(n);
    tree.order.push_back(input.focus);
    tree.ring[input.focus] = 0;
    for (size_t head = 0; head < tree.order.size(); ++head) {
        const quint32 u = tree.order[head];
        for (quint32 i = first[u]; i < first[u + 1]; ++i) {
            const quint32 v = both[i].second;
            if (tree.ring[v] < 0) {
                tree.ring[v] = tree.ring[u] + 1;
                tree.parent[v] = u;
                tree.order.push_back(v);
            }
        }
    }
    return tree;
}

Point onRing(int ring, double angle, double spacing)
{
    return {ring * spacing * std::cos(angle), ring * spacing * std::sin(angle)};
}

} // namespace

RadialLayoutResult radialLayout(const RadialLayoutInput &input, const RadialLayoutOptions &options)
{
    RadialLayoutResult result;
    if (cancelled(options.cancel)) {
        result.positions = input.initial;
        result.cancelled = true;
        return result;
    }
    const quint32 n = input.nodes;
    Tree tree = searchFrom(input);
    if (cancelled(options.cancel)) {
        result.positions = input.initial;
        result.cancelled = true;
        return result;
    }

    // Leaves below each node, children before parents: the reverse of the breadth-first order.
    std::vector<double> leaves(n, 0.0);
    for (size_t i = tree.order.size(); i-- > 0;) {
        const quint32 v = tree.order[i];
        leaves[v] = std::max(leaves[v], 1.0);
        if (tree.parent[v] != kNoParent) {
            leaves[tree.parent[v]] += leaves[v];
        }
    }
    // Wedges, parents before children. A node's children were reached in ascending index order, so taking the
    // breadth-first order hands out each parent's wedge from its start in that order.
    std::vector<double> start(n, 0.0), width(n, 0.0), next(n, 0.0), angle(n, 0.0);
    result.positions.assign(n, Point{});
    for (quint32 v : tree.order) {
        const quint32 p = tree.parent[v];
        if (p == kNoParent) {
            width[v] = 2 * std::numbers::pi;
        } else {
            width[v] = width[p] * leaves[v] / leaves[p];
            start[v] = next[p];
            next[p] += width[v];
            angle[v] = start[v] + width[v] / 2;
        }
        next[v] = start[v];
        result.positions[v] = onRing(tree.ring[v], angle[v], options.ringSpacing);
    }

    const int deepest = tree.order.empty() ? 0 : tree.ring[tree.order.back()];
    result.outerRing = deepest + 1;
    std::vector<quint32> unreached;
    for (quint32 v = 0; v < n; ++v) {
        if (tree.ring[v] < 0) {
            unreached.push_back(v);
        }
    }
    for (size_t i = 0; i < unreached.size(); ++i) {
        const double a = 2 * std::numbers::pi * double(i) / double(unreached.size());
        tree.ring[unreached[i]] = result.outerRing;
        result.positions[unreached[i]] = onRing(result.outerRing, a, options.ringSpacing);
    }
    if (input.pinned.size() == n && input.initial.size() == n) {
        for (quint32 v = 0; v < n; ++v) {
            if (input.pinned[v]) {
                result.positions[v] = input.initial[v];
            }
        }
    }
    result.ring = std::move(tree.ring);
    return result;
}

} // namespace awb::layout
