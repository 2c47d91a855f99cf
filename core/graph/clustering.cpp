// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/clustering.h"

#include "core/graph/clusterer.h"

#include <algorithm>
#include <deque>
#include <numeric>
#include <unordered_map>

namespace awb::graph {

using namespace Qt::Literals::StringLiterals;

namespace {

// Transactions whose input slots are asked for together: enough misses in flight to overlap, few enough that the
// lines are still cached when their finds come.
inline constexpr quint32 kPrefetchBatch = 16;

size_t slot(Heuristic h)
{
    return size_t(h);
}

} // namespace

QString heuristicName(Heuristic h)
{
    switch (h) {
    case Heuristic::MultiInput:
        return u"multi-input"_s;
    case Heuristic::OneTimeChange:
        return u"one-time-change"_s;
    case Heuristic::AddressReuse:
        return u"address-reuse"_s;
    case Heuristic::OptimalChange:
        return u"optimal-change"_s;
    case Heuristic::DepositAddress:
        return u"deposit-address"_s;
    }
    return {};
}

std::optional<Heuristic> heuristicFromName(const QString &name)
{
    for (Heuristic h : kAllHeuristics) {
        if (heuristicName(h).compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return h;
        }
    }
    return std::nullopt;
}

bool ClusterOptions::uses(Heuristic h) const
{
    return std::find(heuristics.begin(), heuristics.end(), h) != heuristics.end();
}

Clusterer::Clusterer(const GraphData &data, const ClusterOptions &options)
    : m_data(data)
    , m_options(options)
    , m_sets(quint32(data.addresses.size()))
{
    for (Heuristic h : kAllHeuristics) {
        m_use[slot(h)] = options.uses(h);
    }
    m_guard = options.guardServices && !data.services.empty();
    if (m_guard) {
        m_rootService.assign(data.addresses.size(), -1);
        // An address tagged for two services keeps the first: the guard then keeps the other service's away.
        for (size_t s = 0; s < data.services.size(); ++s) {
            for (quint32 a : data.services[s].addresses) {
                if (m_rootService[a] < 0) {
                    m_rootService[a] = qint32(s);
                }
            }
        }
    }
    // Merges join two sets each, so a forest over n addresses has at most n - 1 of them.
    m_merges.reserve(data.addresses.empty() ? 0 : data.addresses.size() - 1);
}

void Clusterer::link(quint32 a, quint32 b, Heuristic h, Evidence evidence)
{
    const quint32 ra = m_sets.find(a);
    const quint32 rb = m_sets.find(b);
    if (ra != rb) {
        join(ra, rb, Merge{a, b, h, evidence});
    }
}

quint32 Clusterer::join(quint32 ra, quint32 rb, const Merge &merge)
{
    if (m_guard && m_rootService[ra] != m_rootService[rb]) {
        refuse(ra, rb, merge);
        return ra;
    }
    m_merges.push_back(merge);
    return m_sets.joinRoots(ra, rb);
}

void Clusterer::refuse(quint32 ra, quint32 rb, const Merge &merge)
{
    const qint32 sa = m_rootService[ra];
    const qint32 sb = m_rootService[rb];
    const auto service = [this](qint32 s) -> QString {
        const GraphService &svc = m_data.services[size_t(s)];
        return u"%1 '%2'"_s.arg(svc.category, svc.name);
    };
    QString reason;
    if (sa >= 0 && sb >= 0) {
        reason = u"would join %1 with %2"_s.arg(service(sa), service(sb));
    } else {
        const quint32 serviceRoot = sa >= 0 ? ra : rb;
        const quint32 otherRoot = sa >= 0 ? rb : ra;
        const quint32 outside = m_sets.sizeOf(otherRoot);
        reason = u"would join %1 (a cluster of %2 addresses) with %3 address%4 outside it"_s.arg(
            service(std::max(sa, sb)), QString::number(m_sets.sizeOf(serviceRoot)), QString::number(outside),
            outside == 1 ? QString() : u"es"_s);
    }
    m_refused.push_back(RefusedMerge{merge, reason});
}

void Clusterer::skip(quint32 tx, const QString &reason)
{
    m_skipped.push_back(SkippedTransaction{tx, reason});
}

[[gnu::always_inline]] inline void Clusterer::multiInput(quint32 tx)
{
    const GraphUtxoTx &t = m_data.utxoTxs[tx];
    const GraphInput *input = m_data.inputs.data() + t.firstInput;
    const GraphInput *const end = input + t.inputCount;
    while (input != end && input->address == kNone) {
        ++input;
    }
    if (input == end) {
        return;
    }
    // The set of the inputs joined so far: one find per input, not two per link. A repeated input finds this root
    // and joins nothing. Straight-line code here matters: this loop is most of the time clustering takes.
    const quint32 first = input->address;
    quint32 root = m_sets.find(first);
    for (++input; input != end; ++input) {
        const quint32 address = input->address;
        if (address == kNone) {
            continue;
        }
        if (const quint32 other = m_sets.find(address); other != root) {
            if (m_guard) {
                root = join(root, other, Merge{first, address, Heuristic::MultiInput, {Evidence::Kind::UtxoTx, tx}});
            } else {
                // Built in place: a Merge built on the stack and copied would be read back before its field stores
                // land, and that stall cost more than the find.
                m_merges.emplace_back(first, address, Heuristic::MultiInput, Evidence{Evidence::Kind::UtxoTx, tx});
                root = m_sets.joinRoots(root, other);
            }
        }
    }
}

[[gnu::always_inline]] inline void Clusterer::prefetchInputs(quint32 firstTx, quint32 endTx) const
{
    const quint32 begin = m_data.utxoTxs[firstTx].firstInput;
    const GraphUtxoTx &last = m_data.utxoTxs[endTx - 1];
    for (quint32 i = begin; i < last.firstInput + last.inputCount; ++i) {
        if (const quint32 a = m_data.inputs[i].address; a != kNone) {
            m_sets.prefetch(a);
        }
    }
}

void Clusterer::markSeen(quint32 tx)
{
    const GraphUtxoTx &t = m_data.utxoTxs[tx];
    for (quint32 i = t.firstInput; i < t.firstInput + t.inputCount; ++i) {
        if (const quint32 a = m_data.inputs[i].address; a != kNone && m_firstSeen[a] == kNone) {
            m_firstSeen[a] = tx;
        }
    }
    for (quint32 o = t.firstOutput; o < t.firstOutput + t.outputCount; ++o) {
        if (const quint32 a = m_data.outputs[o].address; a != kNone && m_firstSeen[a] == kNone) {
            m_firstSeen[a] = tx;
        }
    }
}

Clustering Clusterer::run()
{
    const bool multi = m_use[slot(Heuristic::MultiInput)];
    const bool change = m_use[slot(Heuristic::OneTimeChange)] || m_use[slot(Heuristic::AddressReuse)] ||
                        m_use[slot(Heuristic::OptimalChange)];
    const bool oneTime = m_use[slot(Heuristic::OneTimeChange)];
    if (oneTime) {
        // A pass of its own: these independent writes overlap their misses, unlike the finds' dependent reads.
        m_firstSeen.assign(m_data.addresses.size(), kNone);
        for (quint32 tx = 0; tx < m_data.utxoTxs.size(); ++tx) {
            markSeen(tx);
        }
    }
    if (multi || change) {
        const quint32 txCount = quint32(m_data.utxoTxs.size());
        for (quint32 tx = 0; tx < txCount; ++tx) {
            // The finds miss the cache; asking for a batch's slots at once lets those misses overlap.
            if (multi && tx % kPrefetchBatch == 0) {
                prefetchInputs(tx, std::min(tx + kPrefetchBatch, txCount));
            }
            const GraphUtxoTx &t = m_data.utxoTxs[tx];
            if (t.coinbase) {
                skip(tx, u"coinbase: newly minted coins have no spender to cluster"_s);
                continue;
            }
            // Below 2 inputs or 3 outputs neither CoinJoin rule can hold: the common case skips the call.
            if (t.inputCount >= 2 && t.outputCount >= 3) {
                if (auto coinJoin = m_coinJoin.check(m_data, t)) {
                    skip(tx, *coinJoin + u"; its inputs and outputs are not clustered"_s);
                    continue;
                }
            }
            if (multi) {
                multiInput(tx);
            }
            if (change && t.outputCount >= 2) {
                collectInputs(t);
                if (m_txInputs.empty()) {
                    continue;
                }
                if (m_use[slot(Heuristic::OneTimeChange)]) {
                    oneTimeChange(tx);
                }
                if (m_use[slot(Heuristic::AddressReuse)]) {
                    addressReuse(tx);
                }
                if (m_use[slot(Heuristic::OptimalChange)]) {
                    optimalChange(tx);
                }
            }
        }
    }
    if (m_use[slot(Heuristic::DepositAddress)]) {
        depositAddresses();
    }
    Clustering out;
    finish(out);
    return out;
}

void Clusterer::finish(Clustering &out)
{
    const quint32 n = m_sets.count();
    out.m_options = m_options;
    out.m_clusterOf.resize(n);
    // Numbered by smallest member: the first address met of each set names its cluster.
    std::vector<quint32> sizes;
    const quint32 clusters = m_sets.numberSets(out.m_clusterOf.data(), sizes);
    out.m_firstMember.resize(size_t(clusters) + 1);
    out.m_firstMember[0] = 0;
    std::partial_sum(sizes.begin(), sizes.end(), out.m_firstMember.begin() + 1);
    out.m_members.resize(n);
    std::vector<quint32> &fill = sizes; // reused: each cluster's next free slot in m_members
    std::copy(out.m_firstMember.begin(), out.m_firstMember.end() - 1, fill.begin());
    // Runs of consecutive addresses share a cluster (a big cluster holds most addresses): keeping the run's cursor
    // in a register spares a load and store of fill[] per address.
    quint32 current = kNone;
    quint32 cursor = 0;
    for (quint32 a = 0; a < n; ++a) {
        if (const quint32 c = out.m_clusterOf[a]; c != current) {
            if (current != kNone) {
                fill[current] = cursor;
            }
            current = c;
            cursor = fill[c];
        }
        out.m_members[cursor++] = a;
    }
    out.m_serviceOf.assign(clusters, kNone);
    for (quint32 s = 0; s < m_data.services.size(); ++s) {
        for (quint32 a : m_data.services[s].addresses) {
            if (out.m_serviceOf[out.m_clusterOf[a]] == kNone) {
                out.m_serviceOf[out.m_clusterOf[a]] = s;
            }
        }
    }
    out.m_merges = std::move(m_merges);
    out.m_refused = std::move(m_refused);
    out.m_skipped = std::move(m_skipped);
}

Clustering cluster(const GraphData &data, const ClusterOptions &options)
{
    return Clusterer(data, options).run();
}

std::vector<Merge> Clustering::explain(quint32 a, quint32 b) const
{
    if (a == b || a >= m_clusterOf.size() || b >= m_clusterOf.size() || m_clusterOf[a] != m_clusterOf[b]) {
        return {};
    }
    // The logged merges of one cluster form a tree over its members: the chain is the tree path from a to b.
    const quint32 c = m_clusterOf[a];
    std::unordered_map<quint32, std::vector<quint32>> edges; // address → merges touching it
    for (quint32 m = 0; m < m_merges.size(); ++m) {
        if (m_clusterOf[m_merges[m].a] == c) {
            edges[m_merges[m].a].push_back(m);
            edges[m_merges[m].b].push_back(m);
        }
    }
    std::unordered_map<quint32, quint32> via; // address → the merge it was reached by
    via.emplace(a, kNone);
    std::deque<quint32> queue{a};
    while (!queue.empty() && !via.contains(b)) {
        const quint32 at = queue.front();
        queue.pop_front();
        for (quint32 m : edges[at]) {
            const quint32 next = m_merges[m].a == at ? m_merges[m].b : m_merges[m].a;
            if (via.emplace(next, m).second) {
                queue.push_back(next);
            }
        }
    }
    std::vector<Merge> chain;
    for (quint32 at = b; at != a;) {
        Merge m = m_merges[via.at(at)];
        if (m.b != at) {
            std::swap(m.a, m.b);
        }
        at = m.a;
        chain.push_back(m);
    }
    std::reverse(chain.begin(), chain.end());
    return chain;
}

std::vector<ClusterSplit> compareClusterings(const Clustering &before, const Clustering &after)
{
    std::vector<ClusterSplit> splits;
    std::vector<quint32> splitOf(before.clusterCount(), kNone);
    for (quint32 c = 0; c < before.clusterCount(); ++c) {
        const auto members = before.members(c);
        if (members.size() < 2) {
            continue;
        }
        std::vector<quint32> parts;
        for (quint32 a : members) {
            parts.push_back(after.clusterOf(a));
        }
        std::sort(parts.begin(), parts.end());
        parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
        if (parts.size() > 1) {
            splitOf[c] = quint32(splits.size());
            splits.push_back(ClusterSplit{c, std::move(parts), {}});
        }
    }
    for (const Merge &m : before.merges()) {
        if (after.clusterOf(m.a) != after.clusterOf(m.b)) {
            splits[splitOf[before.clusterOf(m.a)]].lostMerges.push_back(m);
        }
    }
    return splits;
}

} // namespace awb::graph
