// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

namespace awb::graph {

/**
 * Disjoint sets over 0..n-1: one int32 array, union by size, path halving. A root stores minus its set's size
 * in place of a parent, so a find and the size check of the union that follows touch the same cache line: the
 * cost of clustering is almost all cache misses on this array (4 MB for a million addresses).
 */
class UnionFind
{
public:
    explicit UnionFind(quint32 n)
        : m_parent(n, -1)
    {}

    quint32 find(quint32 x)
    {
        qint32 i = qint32(x);
        for (;;) {
            const qint32 parent = m_parent[size_t(i)];
            if (parent < 0) {
                return quint32(i);
            }
            const qint32 grand = m_parent[size_t(parent)];
            if (grand < 0) {
                return quint32(parent);
            }
            m_parent[size_t(i)] = grand; // path halving: skip to the grandparent
            i = grand;
        }
    }

    /** Starts loading @p x's parent into the cache, for a find soon after. */
    void prefetch(quint32 x) const { __builtin_prefetch(m_parent.data() + x); }

    /** Joins the sets of roots @p ra and @p rb (both must be roots, and different); returns the new root. */
    quint32 joinRoots(quint32 ra, quint32 rb)
    {
        if (m_parent[ra] > m_parent[rb]) { // sizes are stored negated: the larger set has the smaller value
            std::swap(ra, rb);
        }
        m_parent[ra] += m_parent[rb];
        m_parent[rb] = qint32(ra);
        return ra;
    }

    /** The number of elements in the set of root @p root. */
    quint32 sizeOf(quint32 root) const { return quint32(-m_parent[root]); }

    quint32 count() const { return quint32(m_parent.size()); }

private:
    std::vector<qint32> m_parent; // parent index, or minus the set's size at a root
};

} // namespace awb::graph
