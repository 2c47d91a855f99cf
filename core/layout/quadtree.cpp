// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/quadtree.h"

#include "core/layout/parallelfor.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace awb::layout {

namespace {

constexpr quint32 kLeafPoints = 8;
constexpr int kMaxDepth = 40;           // coincident points end in one leaf instead of splitting forever
constexpr double kMinDistance2 = 1e-12; // two points at one place push apart along x, by index

} // namespace

void QuadTree::build(const std::vector<Point> &points, const std::vector<double> &mass)
{
    m_points = &points;
    const auto n = quint32(points.size());
    m_order.resize(n);
    std::iota(m_order.begin(), m_order.end(), 0);
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (const Point &p : points) {
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
    }
    const double size = n == 0 ? 1 : std::max({maxX - minX, maxY - minY, 1e-9}) * 1.0001;
    m_cells.clear();
    m_cells.reserve(size_t(n) / 2 + 16);
    m_leaves.clear();
    m_cells.emplace_back();
    split(0, 0, n, minX, minY, size, 0);
    m_x.resize(n);
    m_y.resize(n);
    m_mass.resize(n);
    for (quint32 k = 0; k < n; ++k) {
        m_x[k] = points[m_order[k]].x;
        m_y[k] = points[m_order[k]].y;
        m_mass[k] = mass[m_order[k]];
    }
    // Centres of mass, children before parents: children always come after their parent in m_cells.
    for (size_t c = m_cells.size(); c-- > 0;) {
        Cell &cell = m_cells[c];
        double m = 0, x = 0, y = 0;
        if (cell.firstChild == 0) {
            for (quint32 k = cell.begin; k < cell.end; ++k) {
                m += m_mass[k];
                x += m_mass[k] * m_x[k];
                y += m_mass[k] * m_y[k];
            }
        } else {
            for (quint32 q = cell.firstChild; q < cell.firstChild + 4; ++q) {
                m += m_cells[q].mass;
                x += m_cells[q].mass * m_cells[q].x;
                y += m_cells[q].mass * m_cells[q].y;
            }
        }
        cell.mass = m;
        cell.x = m > 0 ? x / m : 0;
        cell.y = m > 0 ? y / m : 0;
    }
}

void QuadTree::split(quint32 cell, quint32 begin, quint32 end, double x0, double y0, double size, int depth)
{
    m_cells[cell].x0 = x0;
    m_cells[cell].y0 = y0;
    m_cells[cell].size = size;
    m_cells[cell].begin = begin;
    m_cells[cell].end = end;
    if (end - begin <= kLeafPoints || depth >= kMaxDepth) {
        if (end > begin) {
            m_leaves.push_back(cell);
        }
        return;
    }
    const std::vector<Point> &p = *m_points;
    const double half = size / 2, midX = x0 + half, midY = y0 + half;
    auto *first = m_order.data() + begin, *last = m_order.data() + end;
    auto *midRow = std::partition(first, last, [&](quint32 i) { return p[i].y < midY; });
    auto *lowMid = std::partition(first, midRow, [&](quint32 i) { return p[i].x < midX; });
    auto *highMid = std::partition(midRow, last, [&](quint32 i) { return p[i].x < midX; });
    const auto child = quint32(m_cells.size());
    m_cells[cell].firstChild = child;
    m_cells.resize(m_cells.size() + 4);
    const auto at = [&](const quint32 *q) {
        return quint32(q - m_order.data());
    };
    split(child, begin, at(lowMid), x0, y0, half, depth + 1);
    split(child + 1, at(lowMid), at(midRow), midX, y0, half, depth + 1);
    split(child + 2, at(midRow), at(highMid), x0, midY, half, depth + 1);
    split(child + 3, at(highMid), end, midX, midY, half, depth + 1);
}

void QuadTree::repulsion(double theta, std::vector<Point> &out, ParallelFor &workers) const
{
    out.assign(m_order.size(), Point{});
    const double theta2 = theta * theta;
    workers.run(quint32(m_leaves.size()), [&](quint32 begin, quint32 end) {
        std::vector<Far> far;
        std::vector<quint32> near;
        for (quint32 l = begin; l < end; ++l) {
            leafForces(m_leaves[l], theta2, far, near, out);
        }
    });
}

void QuadTree::leafForces(
    quint32 leaf, double theta2, std::vector<Far> &far, std::vector<quint32> &near, std::vector<Point> &out) const
{
    const Cell &self = m_cells[leaf];
    far.clear();
    near.clear();
    quint32 stack[4 * kMaxDepth + 8];
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const quint32 c = stack[--top];
        const Cell &cell = m_cells[c];
        if (cell.mass <= 0) {
            continue;
        }
        // An ancestor holds the leaf's own points in its centre of mass, so it is always opened.
        const bool ancestor = cell.begin <= self.begin && self.end <= cell.end;
        if (!ancestor) {
            // The distance from the cell's centre of mass to the nearest point of the leaf's square.
            const double dx = std::max({self.x0 - cell.x, 0.0, cell.x - (self.x0 + self.size)});
            const double dy = std::max({self.y0 - cell.y, 0.0, cell.y - (self.y0 + self.size)});
            if (cell.size * cell.size < theta2 * (dx * dx + dy * dy)) {
                far.push_back({cell.x, cell.y, cell.mass});
                continue;
            }
        }
        if (cell.firstChild == 0) {
            near.push_back(c);
            continue;
        }
        for (quint32 q = cell.firstChild; q < cell.firstChild + 4; ++q) {
            stack[top++] = q;
        }
    }
    for (quint32 k = self.begin; k < self.end; ++k) {
        const double px = m_x[k], py = m_y[k];
        double fx = 0, fy = 0;
        for (const Far &f : far) {
            const double dx = px - f.x, dy = py - f.y;
            const double inv = f.mass / (dx * dx + dy * dy);
            fx += dx * inv;
            fy += dy * inv;
        }
        for (quint32 c : near) {
            const Cell &cell = m_cells[c];
            for (quint32 j = cell.begin; j < cell.end; ++j) {
                if (j == k) {
                    continue;
                }
                double dx = px - m_x[j], dy = py - m_y[j];
                double d2 = dx * dx + dy * dy;
                if (d2 < kMinDistance2) {
                    dx = m_order[k] < m_order[j] ? -1e-6 : 1e-6;
                    dy = 0;
                    d2 = kMinDistance2;
                }
                fx += m_mass[j] * dx / d2;
                fy += m_mass[j] * dy / d2;
            }
        }
        out[m_order[k]] = {fx * m_mass[k], fy * m_mass[k]};
    }
}

} // namespace awb::layout
