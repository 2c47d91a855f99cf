// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/flowlayout.h"

#include <queue>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
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

/** The strongly connected component of each node, over the flow edges. */
std::vector<int> components(const FlowLayoutInput &input)
{
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> g(input.nodes);
    for (const FlowEdge &e : input.edges) {
        if (e.from != e.to && e.from < input.nodes && e.to < input.nodes) {
            boost::add_edge(e.from, e.to, g);
        }
    }
    std::vector<int> component(input.nodes);
    boost::strong_components(g,
                             boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
    return component;
}

/**
 * Column of each node: 1 + the largest column of its senders over the edges that count, else 0. An edge counts
 * unless it closes a cycle: between strongly connected components always; inside one, only when its sender comes
 * earlier in @p order. A mixer's early deposits from elsewhere then cannot pull it ahead of the chain that pays it.
 */
std::vector<quint32> layer(const FlowLayoutInput &input, const std::vector<quint32> &order)
{
    std::vector<quint32> rank(input.nodes);
    for (quint32 i = 0; i < input.nodes; ++i) {
        rank[order[i]] = i;
    }
    const std::vector<int> component = components(input);
    std::vector<std::pair<quint32, quint32>> outgoing; // (sender, receiver)
    outgoing.reserve(input.edges.size());
    std::vector<quint32> waiting(input.nodes, 0); // counted senders not yet placed
    for (const FlowEdge &e : input.edges) {
        if (e.from != e.to && e.from < input.nodes && e.to < input.nodes &&
            (component[e.from] != component[e.to] || rank[e.from] < rank[e.to])) {
            outgoing.emplace_back(e.from, e.to);
            ++waiting[e.to];
        }
    }
    const Adjacency receivers = compress(input.nodes, outgoing);
    // The counted edges form a DAG; walk it in topological order, earliest in time first among the ready nodes.
    std::priority_queue<quint32, std::vector<quint32>, std::greater<>> ready; // by rank
    for (quint32 v = 0; v < input.nodes; ++v) {
        if (waiting[v] == 0) {
            ready.push(rank[v]);
        }
    }
    std::vector<quint32> column(input.nodes, 0);
    while (!ready.empty()) {
        const quint32 v = order[ready.top()];
        ready.pop();
        for (quint32 i = receivers.first[v]; i < receivers.first[v + 1]; ++i) {
            const quint32 w = receivers.adjacent[i];
            column[w] = std::max(column[w], column[v] + 1);
            if (--waiting[w] == 0) {
                ready.push(rank[w]);
            }
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

/**
 * The rows of the free nodes that take part in a flow, column by column, and every node's current position. A
 * column taller than the row limit is dealt into staggered lanes, so a fan-out of fifty does not make the drawing
 * fifty rows tall.
 */
class ColumnOrder
{
public:
    ColumnOrder(const std::vector<quint32> &column,
                const std::vector<quint32> &order,
                const std::vector<bool> &free,
                const std::vector<Point> &initial,
                const Adjacency &adjacent,
                const FlowLayoutOptions &options,
                quint32 maxRows)
        : m_column(column)
        , m_adjacent(adjacent)
        , m_rowSpacing(options.rowSpacing)
        , m_y(column.size(), 0.0)
    {
        m_layers.resize(column.empty() ? 0 : *std::max_element(column.begin(), column.end()) + 1);
        for (quint32 v : order) {
            if (free[v]) {
                m_layers[column[v]].push_back(v);
            } else if (!initial.empty()) {
                m_y[v] = initial[v].y; // a pinned node pulls its neighbours from where it is drawn
            }
        }
        m_lanes.resize(m_layers.size());
        m_left.resize(m_layers.size());
        double x = 0;
        for (quint32 c = 0; c < m_layers.size(); ++c) {
            m_lanes[c] = std::max<quint32>(1, (quint32(m_layers[c].size()) + maxRows - 1) / maxRows);
            m_left[c] = x;
            x += options.columnSpacing + (m_lanes[c] - 1) * laneSpacing(options);
            arrange(c);
        }
    }

    static double laneSpacing(const FlowLayoutOptions &options) { return options.columnSpacing / 2; }

    quint32 count() const { return quint32(m_layers.size()); }

    bool empty() const
    {
        return std::all_of(m_layers.begin(), m_layers.end(), [](const auto &nodes) { return nodes.empty(); });
    }

    double y(quint32 v) const { return m_y[v]; }

    /** Writes every free node's position: its column's left edge plus its lane, and its row. */
    void place(std::vector<Point> &positions, const FlowLayoutOptions &options) const
    {
        for (quint32 c = 0; c < m_layers.size(); ++c) {
            for (quint32 i = 0; i < m_layers[c].size(); ++i) {
                const quint32 v = m_layers[c][i];
                positions[v] = Point{m_left[c] + double(i % m_lanes[c]) * laneSpacing(options), m_y[v]};
            }
        }
    }

    /** x of the last column's last lane: how wide the drawing is. */
    double right(const FlowLayoutOptions &options) const
    {
        return m_layers.empty() ? 0 : m_left.back() + (m_lanes.back() - 1) * laneSpacing(options);
    }

    /** The lowest y of any free node, or 0. */
    double bottom() const
    {
        double low = 0;
        for (const auto &nodes : m_layers) {
            for (quint32 v : nodes) {
                low = std::max(low, m_y[v]);
            }
        }
        return low;
    }

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
        arrange(c);
        return changed;
    }

private:
    /** Rows centred on y = 0; with several lanes, consecutive nodes step down by a lane's share of a row. */
    void arrange(quint32 c)
    {
        const std::vector<quint32> &nodes = m_layers[c];
        const double step = m_rowSpacing / m_lanes[c];
        const double middle = (double(nodes.size()) - 1) / 2;
        for (size_t i = 0; i < nodes.size(); ++i) {
            m_y[nodes[i]] = (double(i) - middle) * step;
        }
    }

    const std::vector<quint32> &m_column;
    const Adjacency &m_adjacent;
    double m_rowSpacing = 0;
    std::vector<double> m_y;
    std::vector<std::vector<quint32>> m_layers;
    std::vector<quint32> m_lanes; // per column
    std::vector<double> m_left;   // per column: x of its first lane
};

/** Nodes without a flow in a grid below the drawing, as wide as the drawing (at least square), by index. */
void parkUnlinked(const std::vector<quint32> &unlinked,
                  const ColumnOrder &layers,
                  const FlowLayoutOptions &options,
                  std::vector<Point> &positions)
{
    if (unlinked.empty()) {
        return;
    }
    const double dx = options.columnSpacing / 2;
    const auto square = quint32(std::ceil(std::sqrt(double(unlinked.size()))));
    const auto wide = quint32(layers.right(options) / dx) + 1;
    const quint32 perRow = std::min<quint32>(quint32(unlinked.size()), std::max(square, wide));
    const double top = layers.empty() ? 0 : layers.bottom() + 2 * options.rowSpacing;
    for (quint32 i = 0; i < unlinked.size(); ++i) {
        positions[unlinked[i]] = Point{(i % perRow) * dx, top + (i / perRow) * options.rowSpacing};
    }
}

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
    const std::vector<quint32> order = timeOrder(input);
    result.column = layer(input, order);
    const Adjacency adjacent = neighbours(input);
    // Free nodes with a flow are laid out in columns; those without one are parked below.
    std::vector<bool> free(input.nodes, false);
    std::vector<quint32> unlinked;
    quint32 linked = 0;
    for (quint32 v = 0; v < input.nodes; ++v) {
        if (usePins && input.pinned[v]) {
            continue;
        }
        if (adjacent.first[v] == adjacent.first[v + 1]) {
            unlinked.push_back(v);
        } else {
            free[v] = true;
            ++linked;
        }
    }
    const quint32 maxRows = options.maxRows > 0 ? quint32(options.maxRows)
                                                : std::max(12u, quint32(std::ceil(2 * std::sqrt(double(linked)))));
    ColumnOrder layers(result.column, order, free, usePins ? input.initial : std::vector<Point>{}, adjacent, options,
                       maxRows);
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
    layers.place(result.positions, options);
    for (quint32 v = 0; v < input.nodes; ++v) {
        if (usePins && input.pinned[v]) {
            result.positions[v] = input.initial[v];
        }
    }
    parkUnlinked(unlinked, layers, options, result.positions);
    return result;
}

} // namespace awb::layout
