// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstdlib>
#include <limits>
#include <memory>
#include <new>
#include <sys/mman.h>
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
        : m_parent(allocate(n))
        , m_count(n)
    {
        std::fill_n(m_parent.get(), n, -1);
    }

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
    void prefetch(quint32 x) const { __builtin_prefetch(m_parent.get() + x); }

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

    quint32 count() const { return m_count; }

    /**
     * Numbers the sets 0, 1, … in the order of their smallest element: writes each element's number to
     * @p numberOf (count() entries) and appends each set's size to @p sizes, in number order; returns the number
     * of sets. This spends the structure: a root's slot then holds its set's number in place of its size, so no
     * side table of roots is needed.
     */
    quint32 numberSets(quint32 *numberOf, std::vector<quint32> &sizes)
    {
        Q_ASSERT(m_count < (1u << 30)); // numbers sit below every negated size: kNumbered + number < -count()
        const qint32 unnumbered = -qint32(m_count);
        for (quint32 x = 0; x < m_count; ++x) {
            qint32 &slot = m_parent[find(x)];
            if (slot >= unnumbered) {
                sizes.push_back(quint32(-slot));
                slot = kNumbered + qint32(sizes.size() - 1);
            }
            numberOf[x] = quint32(slot - kNumbered);
        }
        return quint32(sizes.size());
    }

private:
    struct Free
    {
        void operator()(qint32 *p) const { std::free(p); }
    };

    static constexpr qint32 kNumbered = std::numeric_limits<qint32>::min();
    static constexpr size_t kHugePage = size_t(2) << 20;

    /** A large array goes on huge pages (where the kernel allows): its random finds then rarely miss the TLB. */
    static qint32 *allocate(quint32 n)
    {
        size_t bytes = std::max<size_t>(n, 1) * sizeof(qint32);
        const bool huge = bytes >= kHugePage;
        if (huge) {
            bytes = (bytes + kHugePage - 1) / kHugePage * kHugePage; // aligned_alloc wants a multiple
        }
        void *p = huge ? std::aligned_alloc(kHugePage, bytes) : std::malloc(bytes);
        if (!p) {
            throw std::bad_alloc();
        }
        if (huge) {
            madvise(p, bytes, MADV_HUGEPAGE);
        }
        return static_cast<qint32 *>(p);
    }

    std::unique_ptr<qint32[], Free> m_parent; // parent index, or minus the set's size at a root
    quint32 m_count = 0;
};

} // namespace awb::graph
