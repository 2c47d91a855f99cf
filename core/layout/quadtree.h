// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the layout sources.
#pragma once

#include "core/layout/forcelayout.h"

#include <vector>

namespace awb::layout {

class ParallelFor;

/**
 * A Barnes-Hut quadtree over weighted points, rebuilt each iteration. Cells are split until they hold a few points,
 * and a leaf's points are stored contiguously. Forces are summed leaf by leaf: one walk of the tree per leaf lists
 * the cells far enough from the whole leaf to count as their centres of mass and the leaves near it, and every
 * point of the leaf then runs down those two flat lists. That walks the tree an eighth as often as a walk per point.
 */
class QuadTree
{
public:
    void build(const std::vector<Point> &points, const std::vector<double> &mass);

    /**
     * For each point i, the sum over the other points j of m_i·m_j·(p_i − p_j)/|p_i − p_j|², into @p out: a cell
     * whose side is below @p theta times its distance from a leaf counts as its centre of mass for that leaf.
     */
    void repulsion(double theta, std::vector<Point> &out, ParallelFor &workers) const;

private:
    struct Cell
    {
        double x = 0; // centre of mass
        double y = 0;
        double mass = 0;
        double x0 = 0; // the cell's square
        double y0 = 0;
        double size = 0;
        quint32 firstChild = 0; // four consecutive cells; 0: a leaf
        quint32 begin = 0;      // its points, in m_order / m_x / m_y / m_mass
        quint32 end = 0;
    };

    struct Far
    {
        double x, y, mass;
    };

    void split(quint32 cell, quint32 begin, quint32 end, double x0, double y0, double size, int depth);
    void leafForces(
        quint32 leaf, double theta2, std::vector<Far> &far, std::vector<quint32> &near, std::vector<Point> &out) const;

    std::vector<Cell> m_cells;
    std::vector<quint32> m_leaves;        // cells without children that hold points
    std::vector<quint32> m_order;         // point indices, grouped by leaf
    std::vector<double> m_x, m_y, m_mass; // the points in m_order's order
    const std::vector<Point> *m_points = nullptr;
};

} // namespace awb::layout
