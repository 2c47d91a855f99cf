// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TEMPORARY on main while the heuristics are written on the clustering branch: every address is its own cluster.
// The merge of that branch replaces this whole file.
#include "core/graph/clustering.h"

namespace awb::graph {

Clustering cluster(const GraphData &data, const ClusterOptions &options)
{
    Clustering c;
    c.m_options = options;
    const auto n = quint32(data.addresses.size());
    c.m_clusterOf.resize(n);
    c.m_members.resize(n);
    c.m_firstMember.resize(n + 1);
    c.m_serviceOf.assign(n, kNone);
    for (quint32 a = 0; a < n; ++a) {
        c.m_clusterOf[a] = a;
        c.m_members[a] = a;
        c.m_firstMember[a + 1] = a + 1;
    }
    for (const GraphTag &tag : data.tags) {
        if (tag.service != kNone) {
            c.m_serviceOf[tag.address] = tag.service;
        }
    }
    return c;
}

} // namespace awb::graph
