// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/forcelayout.h"

#include "core/layout/parallelfor.h"
#include "core/layout/quadtree.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <thread>

namespace awb::layout {

namespace {

constexpr double kRepulsion = 0.2; // Hu's C: with it one edge rests at C^(1/3) K
constexpr double kCooling = 0.9;   // Hu's t: the step shrinks by it when the energy rises
constexpr int kPatience = 5;       // steps of falling energy before the step grows again
constexpr int kMinCoarseNodes = 50;
constexpr double kMinShrink = 0.8; // a coarsening that keeps more than this share of the nodes is the last
// A finer level starts from its parent's shape, so a short first step and a looser stop keep that shape: on the
// bench graphs, stress stayed at 0.150-0.153 (sfdp: 0.154) while the time fell threefold (docs/performance.md).
constexpr double kRefineStep = 0.3;
constexpr quint32 kPolishNodes = 1000;
constexpr double kPolishTolerance = 0.15;
constexpr int kMaxThreads = 8;

/** A weighted graph in compressed rows: a level of the multilevel hierarchy. */
struct Level
{
    quint32 n = 0;
    std::vector<quint32> first; // n + 1 offsets into adjacent/weight
    std::vector<quint32> adjacent;
    std::vector<double> weight;  // how many finest edges a coarse edge stands for
    std::vector<double> mass;    // how many finest nodes a coarse node stands for
    std::vector<quint32> parent; // the node of the next coarser level (empty on the coarsest)
};

Level fromEdges(quint32 n, const std::vector<std::pair<quint32, quint32>> &edges)
{
    std::vector<std::pair<quint32, quint32>> both;
    both.reserve(edges.size() * 2);
    for (auto [a, b] : edges) {
        if (a != b && a < n && b < n) {
            both.emplace_back(a, b);
            both.emplace_back(b, a);
        }
    }
    std::sort(both.begin(), both.end());
    both.erase(std::unique(both.begin(), both.end()), both.end());
    Level level;
    level.n = n;
    level.first.assign(size_t(n) + 1, 0);
    for (auto [a, b] : both) {
        ++level.first[a + 1];
    }
    std::partial_sum(level.first.begin(), level.first.end(), level.first.begin());
    level.adjacent.reserve(both.size());
    for (auto [a, b] : both) {
        level.adjacent.push_back(b);
    }
    level.weight.assign(both.size(), 1.0);
    level.mass.assign(n, 1.0);
    return level;
}

/**
 * The next coarser level: each node is matched with its unmatched neighbour of least mass (visited in a seeded
 * order), and each pair becomes one node. Records the parent of every node of @p fine.
 */
Level coarsen(Level &fine, std::mt19937_64 &rng)
{
    std::vector<quint32> order(fine.n);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    constexpr quint32 kUnset = 0xffffffff;
    fine.parent.assign(fine.n, kUnset);
    quint32 coarseCount = 0;
    for (quint32 u : order) {
        if (fine.parent[u] != kUnset) {
            continue;
        }
        quint32 best = kUnset;
        for (quint32 e = fine.first[u]; e < fine.first[u + 1]; ++e) {
            const quint32 v = fine.adjacent[e];
            if (fine.parent[v] == kUnset && (best == kUnset || fine.mass[v] < fine.mass[best])) {
                best = v;
            }
        }
        fine.parent[u] = coarseCount;
        if (best != kUnset) {
            fine.parent[best] = coarseCount;
        }
        ++coarseCount;
    }
    Level coarse;
    coarse.n = coarseCount;
    coarse.mass.assign(coarseCount, 0.0);
    for (quint32 u = 0; u < fine.n; ++u) {
        coarse.mass[fine.parent[u]] += fine.mass[u];
    }
    // Coarse edges: the fine edges between different parents, weights summed.
    std::vector<std::tuple<quint32, quint32, double>> edges;
    edges.reserve(fine.adjacent.size());
    for (quint32 u = 0; u < fine.n; ++u) {
        for (quint32 e = fine.first[u]; e < fine.first[u + 1]; ++e) {
            const quint32 a = fine.parent[u], b = fine.parent[fine.adjacent[e]];
            if (a != b) {
                edges.emplace_back(a, b, fine.weight[e]);
            }
        }
    }
    std::sort(edges.begin(), edges.end());
    coarse.first.assign(size_t(coarseCount) + 1, 0);
    for (size_t i = 0; i < edges.size();) {
        const auto [a, b, w0] = edges[i];
        double w = 0;
        for (; i < edges.size() && std::get<0>(edges[i]) == a && std::get<1>(edges[i]) == b; ++i) {
            w += std::get<2>(edges[i]);
        }
        coarse.adjacent.push_back(b);
        coarse.weight.push_back(w);
        ++coarse.first[a + 1];
    }
    std::partial_sum(coarse.first.begin(), coarse.first.end(), coarse.first.begin());
    return coarse;
}

struct Relaxation
{
    double k = 1;    // Hu's natural length K
    double step = 1; // the first step
    double tolerance = 0.01;
    int maxIterations = 500;
    double theta = 1.2;
    const std::vector<bool> *pinned = nullptr;
    const std::atomic<bool> *cancel = nullptr;
    ParallelFor *workers = nullptr;
};

/** Moves @p pos to a minimum of the spring-electrical energy; returns the iterations, or -1 if cancelled. */
int relax(const Level &g, std::vector<Point> &pos, const Relaxation &r)
{
    QuadTree tree;
    std::vector<Point> force(g.n);
    const double repulsion = kRepulsion * r.k * r.k;
    double step = r.step;
    double energyBefore = std::numeric_limits<double>::max();
    int progress = 0;
    for (int it = 0; it < r.maxIterations; ++it) {
        if (r.cancel && r.cancel->load(std::memory_order_relaxed)) {
            return -1;
        }
        tree.build(pos, g.mass);
        tree.repulsion(r.theta, force, *r.workers);
        double energy = 0;
        double moved = 0;
        r.workers->run(g.n, [&](quint32 begin, quint32 end) {
            for (quint32 i = begin; i < end; ++i) {
                Point f{force[i].x * repulsion, force[i].y * repulsion};
                for (quint32 e = g.first[i]; e < g.first[i + 1]; ++e) {
                    const Point &q = pos[g.adjacent[e]];
                    const double dx = q.x - pos[i].x, dy = q.y - pos[i].y;
                    const double d = std::sqrt(dx * dx + dy * dy);
                    const double pull = g.weight[e] * d / r.k; // (d² / K) along the unit vector (dx, dy) / d
                    f.x += pull * dx;
                    f.y += pull * dy;
                }
                force[i] = f;
            }
        });
        // Jacobi-style update after all forces are known: the result does not depend on the order of nodes.
        for (quint32 i = 0; i < g.n; ++i) {
            const double norm = std::sqrt(force[i].x * force[i].x + force[i].y * force[i].y);
            energy += norm * norm;
            if (norm <= 0 || (r.pinned && (*r.pinned)[i])) {
                continue;
            }
            pos[i].x += step * force[i].x / norm;
            pos[i].y += step * force[i].y / norm;
            moved += step;
        }
        // Hu's adaptive step: grow after several steps of falling energy, shrink when it rises.
        if (energy < energyBefore) {
            if (++progress >= kPatience) {
                progress = 0;
                step /= kCooling;
            }
        } else {
            progress = 0;
            step *= kCooling;
        }
        energyBefore = energy;
        if (moved / std::max<quint32>(g.n, 1) < r.tolerance * r.k) {
            return it + 1;
        }
    }
    return r.maxIterations;
}

double meanEdgeLength(const Level &g, const std::vector<Point> &pos)
{
    double sum = 0;
    for (quint32 u = 0; u < g.n; ++u) {
        for (quint32 e = g.first[u]; e < g.first[u + 1]; ++e) {
            sum += std::hypot(pos[g.adjacent[e]].x - pos[u].x, pos[g.adjacent[e]].y - pos[u].y);
        }
    }
    return g.adjacent.empty() ? 0 : sum / double(g.adjacent.size());
}

} // namespace

LayoutResult forceLayout(const LayoutInput &input, const LayoutOptions &options)
{
    LayoutResult result;
    std::mt19937_64 rng(options.seed);
    std::vector<Level> levels;
    levels.push_back(fromEdges(input.nodes, input.edges));
    const bool incremental = input.initial.size() == input.nodes && input.nodes > 0;
    Relaxation r;
    r.tolerance = options.tolerance;
    r.maxIterations = options.maxIterations;
    r.theta = options.theta;
    r.cancel = options.cancel;
    ParallelFor workers(
        std::clamp(options.threads > 0 ? options.threads : int(std::thread::hardware_concurrency()), 1, kMaxThreads));
    r.workers = &workers;
    if (incremental) {
        // From where the nodes are, on their scale: one edge rests at C^(1/3) K, so K follows the edge length.
        result.positions = input.initial;
        r.k = options.edgeLength / std::cbrt(kRepulsion);
        r.step = 0.1 * r.k;
        r.pinned = input.pinned.size() == input.nodes ? &input.pinned : nullptr;
        const int it = relax(levels.front(), result.positions, r);
        result.levels = 1;
        result.cancelled = it < 0;
        result.iterations = std::max(it, 0);
        return result;
    }
    while (levels.back().n > kMinCoarseNodes) {
        Level coarse = coarsen(levels.back(), rng);
        if (coarse.n > kMinShrink * levels.back().n) {
            levels.back().parent.clear();
            break;
        }
        levels.push_back(std::move(coarse));
    }
    // The coarsest level from seeded random positions in a square of about the area it will take.
    const Level &coarsest = levels.back();
    const double side = std::sqrt(std::accumulate(coarsest.mass.begin(), coarsest.mass.end(), 0.0)) + 1;
    std::uniform_real_distribution<double> uniform(0, side);
    std::vector<Point> pos(coarsest.n);
    for (Point &p : pos) {
        p = {uniform(rng), uniform(rng)};
    }
    std::uniform_real_distribution<double> jitter(-0.05, 0.05);
    for (size_t l = levels.size(); l-- > 0;) {
        const Level &g = levels[l];
        if (l + 1 < levels.size()) {
            std::vector<Point> fine(g.n);
            for (quint32 u = 0; u < g.n; ++u) {
                fine[u] = {pos[g.parent[u]].x + jitter(rng), pos[g.parent[u]].y + jitter(rng)};
            }
            pos = std::move(fine);
        }
        r.step = l + 1 == levels.size() ? side / 4 : kRefineStep * r.k;
        // The coarse levels settle the drawing's shape and cost little; the large ones only polish it.
        r.tolerance = g.n > kPolishNodes ? std::max(options.tolerance, kPolishTolerance) : options.tolerance;
        const int it = relax(g, pos, r);
        ++result.levels;
        if (it < 0) {
            result.cancelled = true;
            break;
        }
        result.iterations += it;
    }
    if (result.cancelled) {
        return result;
    }
    // Scaled so the mean edge is as long as asked: the model's own scale is arbitrary.
    const double mean = meanEdgeLength(levels.front(), pos);
    const double scale = mean > 0 ? options.edgeLength / mean : options.edgeLength;
    for (Point &p : pos) {
        p.x *= scale;
        p.y *= scale;
    }
    result.positions = std::move(pos);
    return result;
}

} // namespace awb::layout
