// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/generators/layoutgen.h"

#include "bench/generators/writer.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace awb::bench {

using namespace Qt::Literals::StringLiterals;

namespace {

/** A node below @p n with weight about 1 / (k + 1): log-uniform, so node 0 is the likeliest, node 1 half as likely. */
quint32 zipfBelow(quint32 n, std::mt19937_64 &rng)
{
    const double u = std::uniform_real_distribution<double>(0, 1)(rng);
    const auto k = static_cast<quint32>(std::exp(u * std::log(double(n) + 1))) - 1;
    return std::min(k, n - 1);
}

LayoutGraph heavyGraph(quint32 nodes, std::mt19937_64 &rng)
{
    LayoutGraph g;
    g.nodes = nodes;
    for (quint32 v = 1; v < g.nodes; ++v) {
        g.edges.emplace_back(zipfBelow(v, rng), v); // a tree by the same weights: connected, heavy-tailed
    }
    auto below = [&](quint32 n) {
        return std::uniform_int_distribution<quint32>(0, n - 1)(rng);
    };
    const auto extra = std::size_t(g.nodes / 2);
    for (std::size_t i = 0; i < extra; ++i) {
        const quint32 a = below(g.nodes);
        // One in five goes to the hub (node 0), on top of its Zipf share: one node stands out, as an exchange does.
        const quint32 b = below(5) == 0 ? 0 : zipfBelow(g.nodes, rng);
        if (a != b) {
            g.edges.emplace_back(a, b);
        }
    }
    return g;
}

} // namespace

std::optional<GraphShape> graphShapeFromName(const QString &name)
{
    if (name == u"case"_s) {
        return GraphShape::Case;
    }
    if (name == u"heavy"_s) {
        return GraphShape::Heavy;
    }
    return std::nullopt;
}

LayoutGraph generateLayoutGraph(quint32 nodes, std::uint64_t seed, GraphShape shape)
{
    std::mt19937_64 rng(seed);
    if (shape == GraphShape::Heavy) {
        return heavyGraph(std::max<quint32>(nodes, 4), rng);
    }
    LayoutGraph g;
    g.nodes = std::max<quint32>(nodes, 4);
    const quint32 community = 50;
    const quint32 hubs = std::max<quint32>(1, g.nodes / 1000);
    auto below = [&](quint32 n) {
        return std::uniform_int_distribution<quint32>(0, n - 1)(rng);
    };
    for (quint32 v = 1; v < g.nodes; ++v) {
        const quint32 start = v - v % community;
        // The first node of a community links to an earlier community, which keeps the graph connected.
        const quint32 parent = v == start ? below(start) : start + below(v - start);
        g.edges.emplace_back(parent, v);
    }
    const auto extra = std::size_t(g.nodes / 2);
    for (std::size_t i = 0; i < extra; ++i) {
        const quint32 a = below(g.nodes);
        quint32 b = 0;
        const quint32 kind = below(10);
        if (kind < 6) { // a chord inside the community
            const quint32 start = a - a % community;
            b = start + below(std::min(community, g.nodes - start));
        } else if (kind < 9) { // a hub
            b = below(hubs) * 997 % g.nodes;
        } else {
            b = below(g.nodes);
        }
        if (a != b) {
            g.edges.emplace_back(a, b);
        }
    }
    return g;
}

Result<void> writeDot(const LayoutGraph &graph, const QString &path)
{
    BufferedWriter out(path);
    out.write("graph G {\n  node [shape=point];\n");
    for (const auto &[a, b] : graph.edges) {
        out.write("  n" + QByteArray::number(a) + " -- n" + QByteArray::number(b) + ";\n");
    }
    out.write("}\n");
    return out.finish();
}

Result<void> writeLayoutEdges(const LayoutGraph &graph, const QString &path)
{
    BufferedWriter out(path);
    for (const auto &[a, b] : graph.edges) {
        out.write(QByteArray::number(a) + ' ' + QByteArray::number(b) + '\n');
    }
    return out.finish();
}

} // namespace awb::bench
