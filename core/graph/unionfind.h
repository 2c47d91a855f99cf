// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <numeric>
#include <vector>

namespace awb::graph {

/**
 * Disjoint sets over 0..n-1: int32 arrays, union by size, path halving. Two arrays of n integers and nothing else,
 * so a million addresses fit in 8 MB and no union allocates.
 */
class UnionFind
{
public:
    explicit UnionFind(quint32 n)
        : m_parent(n)
        , m_size(n, 1)
    {
        std::iota(m_parent.begin(), m_parent.end(), qint32(0));
    }

    quint32 find(quint32 x)
    {
        qint32 i = qint32(x);
        while (m_parent[size_t(i)] != i) {
            // Path halving: every other node on the path skips to its grandparent.
            const qint32 grand = m_parent[size_t(m_parent[size_t(i)])];
            m_parent[size_t(i)] = grand;
            i = grand;
        }
        return quint32(i);
    }

    /** Starts loading @p x's parent into the cache, for a find soon after (random access is the whole cost). */
    void prefetch(quint32 x) const { __builtin_prefetch(m_parent.data() + x); }

    /** Joins the sets of roots @p ra and @p rb (both must be roots, and different); returns the new root. */
    quint32 joinRoots(quint32 ra, quint32 rb)
    {
        if (m_size[ra] < m_size[rb]) {
            std::swap(ra, rb);
        }
        m_parent[rb] = qint32(ra);
        m_size[ra] += m_size[rb];
        return ra;
    }

    /** The number of elements in the set of root @p root. */
    quint32 sizeOf(quint32 root) const { return quint32(m_size[root]); }

    quint32 count() const { return quint32(m_parent.size()); }

private:
    std::vector<qint32> m_parent;
    std::vector<qint32> m_size;
};

} // namespace awb::graph
