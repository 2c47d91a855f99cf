// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/flowlayout.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <tuple>
#include <utility>

namespace awb::layout {

namespace {

/** A graph in compressed rows: the neighbours of u are adjacent[first[u], first[u + 1]). */
struct Adjacency
{
    std::vector<quint32> first;
    std::vector<quint32> adjacent;
};

Adjacency compress(quint32 n, const std::vector<std::pair<quint32, quint32>> &pairs)
{
    Adjacency rows;
    rows.first.assign(size_t(n) + 1, 0);
    for (auto [a, b] : pairs) {
        ++rows.first[a + 1];
    }
    std::partial_sum(rows.first.begin(), rows.first.end(), rows.first.begin());
    rows.adjacent.resize(pairs.size());
    std::vector<quint32> next(rows.first.begin(), rows.first.end() - 1);
    for (auto [a, b] : pairs) {
        rows.adjacent[next[a]++] = b;
    }
    return rows;
}

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

/** The nodes in (time, index) order, isolated nodes last: the order of the layering and of the first rows. */
std::vector<quint32> timeOrder(const FlowLayoutInput &input)
{
    constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    std::vector<qint64> firstIn(input.nodes, kNever), firstOut(input.nodes, kNever);
    std::vector<bool> receives(input.nodes, false), linked(input.nodes, false);
    for (const FlowEdge &e : input.edges) {
        if (e.from == e.to || e.from >= input.nodes || e.to >= input.nodes) {
            continue;
        }
        firstIn[e.to] = std::min(firstIn[e.to], e.time);
        firstOut[e.from] = std::min(firstOut[e.from], e.time);
        receives[e.to] = true;
        linked[e.to] = linked[e.from] = true;
    }
    std::vector<std::tuple<bool, qint64, quint32>> keys(input.nodes);
    for (quint32 v = 0; v < input.nodes; ++v) {
        keys[v] = {!linked[v], receives[v] ? firstIn[v] : firstOut[v], v};
    }
    std::sort(keys.begin(), keys.end());
    std::vector<quint32> order(input.nodes);
    for (quint32 i = 0; i < input.nodes; ++i) {
        order[i] = std::get<2>(keys[i]);
    }
    return order;
}

/** Column of each node: 1 + the largest column of a sender taken earlier in @p order, else 0. */
std::vector<quint32> layer(const FlowLayoutInput &input, const std::vector<quint32> &order)
{
    std::vector<quint32> rank(input.nodes);
    for (quint32 i = 0; i < input.nodes; ++i) {
        rank[order[i]] = i;
    }
    std::vector<std::pair<quint32, quint32>> incoming; // (receiver, sender)
    incoming.reserve(input.edges.size());
    for (const FlowEdge &e : input.edges) {
        if (e.from != e.to && e.from < input.nodes && e.to < input.nodes && rank[e.from] < rank[e.to]) {
            incoming.emplace_back(e.to, e.from);
        }
    }
    const Adjacency senders = compress(input.nodes, incoming);
    std::vector<quint32> column(input.nodes, 0);
    // Every counted sender comes earlier in the order, so its column is final when the receiver is reached.
    for (quint32 v : order) {
        for (quint32 i = senders.first[v]; i < senders.first[v + 1]; ++i) {
            column[v] = std::max(column[v], column[senders.adjacent[i]] + 1);
        }
    }
    return column;
}

/** Undirected neighbours, once per pair. */
Adjacency neighbours(const FlowLayoutInput &input)
{
    std::vector<std::pair<quint32, quint32>> both;
    both.reserve(input.edges.size() * 2);
    for (const FlowEdge &e : input.edges) {
        if (e.from != e.to && e.from < input.nodes && e.to < input.nodes) {
            both.emplace_back(e.from, e.to);
            both.emplace_back(e.to, e.from);
        }
    }
    std::sort(both.begin(), both.end());
    both.erase(std::unique(both.begin(), both.end()), both.end());
    return compress(input.nodes, both);
}

/** The rows of the free nodes, column by column, and every node's current y. */
class ColumnOrder
{
public:
    ColumnOrder(const std::vector<quint32> &column,
                const std::vector<quint32> &order,
                const std::vector<bool> &pinned,
                const std::vector<Point> &initial,
                const Adjacency &adjacent,
                double rowSpacing)
        : m_column(column)
        , m_adjacent(adjacent)
        , m_rowSpacing(rowSpacing)
        , m_y(column.size(), 0.0)
    {
        m_layers.resize(column.empty() ? 0 : *std::max_element(column.begin(), column.end()) + 1);
        for (quint32 v : order) {
            if (pinned.empty() || !pinned[v]) {
                m_layers[column[v]].push_back(v);
            } else {
                m_y[v] = initial[v].y; // it pulls its neighbours from where it is drawn
            }
        }
        for (const auto &nodes : m_layers) {
            place(nodes);
        }
    }

    quint32 count() const { return quint32(m_layers.size()); }

    double y(quint32 v) const { return m_y[v]; }

    /**
     * Orders column @p c by the mean y of each node's neighbours in earlier (@p before) or later columns; returns
     * whether the order changed.
     */
    bool reorder(quint32 c, bool before)
    {
        std::vector<std::pair<double, quint32>> keys;
        keys.reserve(m_layers[c].size());
        for (quint32 v : m_layers[c]) {
            double sum = 0;
            int counted = 0;
            for (quint32 i = m_adjacent.first[v]; i < m_adjacent.first[v + 1]; ++i) {
                const quint32 u = m_adjacent.adjacent[i];
                if (before ? m_column[u] < c : m_column[u] > c) {
                    sum += m_y[u];
                    ++counted;
                }
            }
            keys.emplace_back(counted > 0 ? sum / counted : m_y[v], v);
        }
        std::sort(keys.begin(), keys.end());
        bool changed = false;
        for (size_t i = 0; i < keys.size(); ++i) {
            changed = changed || m_layers[c][i] != keys[i].second;
            m_layers[c][i] = keys[i].second;
        }
        place(m_layers[c]);
        return changed;
    }

private:
    void place(const std::vector<quint32> &nodes)
    {
        const double middle = (double(nodes.size()) - 1) / 2;
        for (size_t i = 0; i < nodes.size(); ++i) {
            m_y[nodes[i]] = (double(i) - middle) * m_rowSpacing;
        }
    }

    const std::vector<quint32> &m_column;
    const Adjacency &m_adjacent;
    double m_rowSpacing = 0;
    std::vector<double> m_y;
    std::vector<std::vector<quint32>> m_layers;
};

} // namespace

FlowLayoutResult flowLayout(const FlowLayoutInput &input, const FlowLayoutOptions &options)
{
    FlowLayoutResult result;
    if (cancelled(options.cancel)) {
        result.positions = input.initial;
        result.cancelled = true;
        return result;
    }
    const bool usePins = input.pinned.size() == input.nodes && input.initial.size() == input.nodes;
    const std::vector<bool> noPins;
    const std::vector<bool> &pinned = usePins ? input.pinned : noPins;
    const std::vector<quint32> order = timeOrder(input);
    result.column = layer(input, order);
    const Adjacency adjacent = neighbours(input);
    ColumnOrder layers(result.column, order, pinned, input.initial, adjacent, options.rowSpacing);
    for (int s = 0; s < options.sweeps; ++s) {
        // The rows are valid after every sweep, so a cancelled layout still returns a usable, if tangled, drawing.
        if (cancelled(options.cancel)) {
            result.cancelled = true;
            break;
        }
        bool changed = false;
        for (quint32 c = 1; c < layers.count(); ++c) {
            changed = layers.reorder(c, true) || changed;
        }
        const quint32 last = layers.count() > 0 ? layers.count() - 1 : 0;
        for (quint32 c = last; c-- > 0;) {
            changed = layers.reorder(c, false) || changed;
        }
        ++result.sweeps;
        if (!changed) {
            break;
        }
    }
    result.positions.resize(input.nodes);
    for (quint32 v = 0; v < input.nodes; ++v) {
        result.positions[v] =
            usePins && pinned[v] ? input.initial[v] : Point{result.column[v] * options.columnSpacing, layers.y(v)};
    }
    return result;
}

} // namespace awb::layout
