// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/viewmetrics.h"

#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <system_error>
#include <thread>
#include <utility>

namespace awb::graph {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr size_t kBlocks = 16;
constexpr int kMaxThreads = 8;
constexpr double kParallelWork = 4e6; // node and edge visits below which a thread costs more than it saves

constexpr std::array kAllMetrics{ViewMetric::None, ViewMetric::Degree, ViewMetric::Betweenness, ViewMetric::AmountIn,
                                 ViewMetric::AmountOut};

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

std::vector<double> degrees(const ViewGraph &graph)
{
    const size_t n = graph.nodes.size();
    std::vector<double> degree(n, 0.0);
    for (const ViewEdge &e : graph.edges) {
        if (e.a < n) {
            ++degree[e.a];
        }
        if (e.b < n && e.b != e.a) {
            ++degree[e.b];
        }
    }
    return degree;
}

std::vector<double> amounts(const ViewGraph &graph, quint16 asset, bool in)
{
    const size_t n = graph.nodes.size();
    // Summed exactly as Amount: a double sum of 18-decimal token amounts would lose the low digits.
    std::vector<Amount> sum(n, 0);
    for (const ViewEdge &e : graph.edges) {
        const quint32 node = in ? e.b : e.a;
        if (e.kind == LinkKind::Flow && e.asset == asset && node < n) {
            sum[node] += e.amount;
        }
    }
    std::vector<double> value(n);
    std::transform(sum.begin(), sum.end(), value.begin(), [](Amount a) { return toDouble(a); });
    return value;
}

/** A simple undirected graph in compressed rows: the neighbours of v are adjacent[first[v], first[v + 1]). */
struct Adjacency
{
    std::vector<quint32> first;
    std::vector<quint32> adjacent;

    quint32 degree(quint32 v) const { return first[v + 1] - first[v]; }
};

/** @p pairs holds both directions of every edge; repeats are dropped. */
Adjacency compress(quint32 n, std::vector<std::pair<quint32, quint32>> pairs)
{
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    Adjacency g;
    g.first.assign(size_t(n) + 1, 0);
    for (auto [a, b] : pairs) {
        ++g.first[a + 1];
    }
    std::partial_sum(g.first.begin(), g.first.end(), g.first.begin());
    g.adjacent.resize(pairs.size());
    std::transform(pairs.begin(), pairs.end(), g.adjacent.begin(), [](auto pair) { return pair.second; });
    return g;
}

/**
 * Brandes (2001) with weighted nodes: one breadth-first search per source counts the shortest paths (sigma), then
 * the dependencies (delta) are accumulated from the deepest nodes back, each target counting its weight.
 */
class Brandes
{
public:
    Brandes(const Adjacency &g, const std::vector<double> &weight)
        : m_g(g)
        , m_weight(weight)
        , m_distance(weight.size(), -1)
        , m_sigma(weight.size(), 0.0)
        , m_share(weight.size(), 0.0)
        , m_order(weight.size() + 1) // the search writes one past the last node reached
    {}

    /** Adds the weight of @p s times its dependencies to @p centrality; returns the weight @p s reaches. */
    double search(quint32 s, std::vector<double> &centrality)
    {
        // Both passes use selects rather than branches on the graph's shape: everything is in cache, and
        // mispredicted branches were the cost.
        m_order[0] = s;
        m_distance[s] = 0;
        m_sigma[s] = 1;
        quint32 tail = 1;
        for (quint32 head = 0; head < tail; ++head) {
            const quint32 u = m_order[head];
            const int next = m_distance[u] + 1;
            const double paths = m_sigma[u];
            for (quint32 i = m_g.first[u]; i < m_g.first[u + 1]; ++i) {
                const quint32 v = m_g.adjacent[i];
                const int d = m_distance[v];
                const bool fresh = d < 0;
                m_order[tail] = v;
                tail += fresh ? 1 : 0;
                m_distance[v] = fresh ? next : d;
                m_sigma[v] += fresh || d == next ? paths : 0.0;
            }
        }
        // The successors of v (neighbours one step further from s) are complete before v: pull from them.
        double reach = 0;
        for (quint32 i = tail; i-- > 0;) {
            const quint32 v = m_order[i];
            const int next = m_distance[v] + 1;
            double sum = 0;
            for (quint32 j = m_g.first[v]; j < m_g.first[v + 1]; ++j) {
                const quint32 w = m_g.adjacent[j];
                sum += m_distance[w] == next ? m_share[w] : 0.0;
            }
            const double delta = m_sigma[v] * sum;
            m_share[v] = (m_weight[v] + delta) / m_sigma[v];
            centrality[v] += v == s ? 0.0 : m_weight[s] * delta;
            reach += m_weight[v];
        }
        for (quint32 i = 0; i < tail; ++i) {
            m_distance[m_order[i]] = -1;
            m_sigma[m_order[i]] = 0;
        }
        return reach;
    }

private:
    const Adjacency &m_g;
    const std::vector<double> &m_weight;
    std::vector<int> m_distance;
    std::vector<double> m_sigma; // path counts overflow any integer on wide, layered graphs
    std::vector<double> m_share; // (weight(w) + delta(w)) / sigma(w), once w is complete
    std::vector<quint32> m_order;
};

/**
 * The drawn graph prepared for the searches. Leaves (degree 1, next to a node of higher degree) are folded into
 * their neighbour: a leaf is between no pair, and its paths are its neighbour's plus one step, so it becomes a weight
 * on its neighbour instead of a search of its own. Drawn neighbourhoods are mostly leaves (a hub's one-off
 * counterparties), so this often saves most of the searches.
 */
struct Folded
{
    Adjacency core;               // the edges between nodes that are not leaves, once per pair
    std::vector<double> hanging;  // the leaves folded into each node
    std::vector<double> weight;   // 1 + hanging
    std::vector<quint32> sources; // the nodes searched from: not leaves, with an edge; ascending
};

Folded fold(const ViewGraph &graph)
{
    const quint32 n = quint32(graph.nodes.size());
    // Once per pair: folded edges of several kinds or assets between two nodes are one road for a path.
    std::vector<std::pair<quint32, quint32>> pairs;
    pairs.reserve(graph.edges.size() * 2);
    for (const ViewEdge &e : graph.edges) {
        if (e.a != e.b && e.a < n && e.b < n) {
            pairs.emplace_back(e.a, e.b);
            pairs.emplace_back(e.b, e.a);
        }
    }
    const Adjacency full = compress(n, pairs);
    Folded f;
    std::vector<bool> leaf(n, false);
    f.hanging.assign(n, 0.0);
    for (quint32 v = 0; v < n; ++v) {
        if (full.degree(v) == 1 && full.degree(full.adjacent[full.first[v]]) > 1) {
            leaf[v] = true;
            ++f.hanging[full.adjacent[full.first[v]]];
        }
    }
    std::erase_if(pairs, [&leaf](auto pair) { return leaf[pair.first] || leaf[pair.second]; });
    f.core = compress(n, std::move(pairs));
    f.weight.resize(n);
    std::transform(f.hanging.begin(), f.hanging.end(), f.weight.begin(), [](double k) { return 1 + k; });
    for (quint32 v = 0; v < n; ++v) {
        if (!leaf[v] && full.degree(v) > 0) {
            f.sources.push_back(v);
        }
    }
    return f;
}

/**
 * Adds the dependencies of sources[begin, end) to @p sum; false when cancelled. With weights w, a source s adds
 * w(s) × its weighted dependencies, and the paths from and to its own k leaves add k (2 (reach − w(s)) + k − 1) to s.
 */
bool accumulate(const Folded &f, size_t begin, size_t end, std::vector<double> &sum, const std::atomic<bool> *cancel)
{
    Brandes brandes(f.core, f.weight);
    for (size_t i = begin; i < end; ++i) {
        if (cancelled(cancel)) {
            return false;
        }
        const quint32 s = f.sources[i];
        const double reach = brandes.search(s, sum);
        sum[s] += f.hanging[s] * (2 * (reach - f.weight[s]) + f.hanging[s] - 1);
    }
    return true;
}

/** Brandes' betweenness in O(V E) on the folded graph, the sources split over a few threads. */
std::vector<double> betweenness(const ViewGraph &graph, const std::atomic<bool> *cancel)
{
    const quint32 n = quint32(graph.nodes.size());
    std::vector<double> centrality(n, 0.0);
    if (n < 3) {
        return centrality;
    }
    const Folded f = fold(graph);
    // The sources go in a fixed number of blocks, each summed on its own and the blocks added in order, so the
    // result is the same to the bit whatever the number of threads.
    const size_t blocks = std::min<size_t>(kBlocks, f.sources.size());
    const double visits = double(f.sources.size()) * double(f.core.adjacent.size() + n);
    const int most = std::max(1, std::min(kMaxThreads, int(blocks)));
    const int threads = visits < kParallelWork ? 1 : std::clamp(int(std::thread::hardware_concurrency()), 1, most);
    std::vector<std::vector<double>> partial(blocks);
    std::atomic<size_t> next = 0;
    std::atomic<bool> stopped = false;
    auto run = [&] {
        for (size_t b = next++; b < blocks; b = next++) {
            partial[b].assign(n, 0.0);
            const size_t count = f.sources.size();
            if (!accumulate(f, count * b / blocks, count * (b + 1) / blocks, partial[b], cancel)) {
                stopped = true;
                return;
            }
        }
    };
    {
        std::vector<std::jthread> helpers;
        for (int t = 1; t < threads; ++t) {
            try {
                helpers.emplace_back(run);
            } catch (const std::system_error &) {
                break; // no more threads: the ones running take the remaining blocks
            }
        }
        run();
    } // joins the helpers
    if (stopped) {
        return {};
    }
    // Every unordered pair was counted from both ends, which cancels the 2 of 2 / ((n - 1)(n - 2)).
    const double scale = 1.0 / (double(n - 1) * double(n - 2));
    for (quint32 v = 0; v < n; ++v) {
        for (const std::vector<double> &p : partial) {
            centrality[v] += p[v];
        }
        centrality[v] *= scale;
    }
    return centrality;
}

} // namespace

QString viewMetricName(ViewMetric metric)
{
    switch (metric) {
    case ViewMetric::None:
        return u"none"_s;
    case ViewMetric::Degree:
        return u"degree"_s;
    case ViewMetric::Betweenness:
        return u"betweenness"_s;
    case ViewMetric::AmountIn:
        return u"amount-in"_s;
    case ViewMetric::AmountOut:
        return u"amount-out"_s;
    }
    return {};
}

std::optional<ViewMetric> viewMetricFromName(const QString &name)
{
    for (ViewMetric m : kAllMetrics) {
        if (viewMetricName(m).compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return m;
        }
    }
    return std::nullopt;
}

std::vector<double>
viewMetric(const ViewGraph &graph, ViewMetric metric, quint16 asset, const std::atomic<bool> *cancel)
{
    if (cancelled(cancel)) {
        return {};
    }
    switch (metric) {
    case ViewMetric::None:
        break;
    case ViewMetric::Degree:
        return degrees(graph);
    case ViewMetric::Betweenness:
        return betweenness(graph, cancel);
    case ViewMetric::AmountIn:
        return amounts(graph, asset, true);
    case ViewMetric::AmountOut:
        return amounts(graph, asset, false);
    }
    return std::vector<double>(graph.nodes.size(), 0.0);
}

quint16 dominantAsset(const ViewGraph &graph)
{
    std::map<quint16, quint32> count; // ordered, so the first of equal counts is the lower id
    for (const ViewEdge &e : graph.edges) {
        if (e.kind == LinkKind::Flow) {
            ++count[e.asset];
        }
    }
    quint16 best = 0;
    quint32 bestCount = 0;
    for (auto [asset, c] : count) {
        if (c > bestCount) {
            best = asset;
            bestCount = c;
        }
    }
    return best;
}

} // namespace awb::graph
