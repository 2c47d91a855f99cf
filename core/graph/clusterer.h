// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the clustering sources: the state one run of cluster() works on.
#pragma once

#include "core/graph/clustering.h"
#include "core/graph/coinjoin.h"
#include "core/graph/unionfind.h"

namespace awb::graph {

/** Ethereum deposit-address thresholds (docs/clustering.md, "Deposit address"). */
inline constexpr qint64 kDepositWindowSeconds = 12 * 3600; // Victor's 3,200 blocks at 13.5 s
inline constexpr int kDepositMinForwardPercent = 95;       // the forward is at least 95 % of the deposit

class Clusterer
{
public:
    Clusterer(const GraphData &data, const ClusterOptions &options);

    /** Runs every enabled heuristic and returns the clusters. */
    Clustering run();

private:
    /** Unions the sets of @p a and @p b, logging the merge, unless they are one set or the service guard refuses. */
    void link(quint32 a, quint32 b, Heuristic h, Evidence evidence);
    /** Joins the different roots @p ra and @p rb, logging @p merge, unless the service guard refuses; returns the
     *  root of @p ra's set afterwards. */
    quint32 join(quint32 ra, quint32 rb, const Merge &merge);
    void refuse(quint32 ra, quint32 rb, const Merge &merge);
    void skip(quint32 tx, const QString &reason);

    /** Records @p tx as the first appearance of its addresses not seen before (transactions come in case order). */
    void markSeen(quint32 tx);
    /** Asks the cache for the union-find slots of the inputs of transactions [@p firstTx, @p endTx). */
    void prefetchInputs(quint32 firstTx, quint32 endTx) const;
    void multiInput(quint32 tx);
    /** The known input addresses of @p tx, sorted and distinct, into m_txInputs. */
    void collectInputs(const GraphUtxoTx &tx);
    bool isInput(quint32 address) const;
    void oneTimeChange(quint32 tx);
    void addressReuse(quint32 tx);
    void optimalChange(quint32 tx);
    void depositAddresses();
    void finish(Clustering &out);

    const GraphData &m_data;
    const ClusterOptions &m_options;
    bool m_use[std::size(kAllHeuristics)] = {};
    UnionFind m_sets;
    bool m_guard = false;
    std::vector<qint32> m_rootService; // the service a root's set holds (-1: none); kept only when guarding
    std::vector<quint32> m_firstSeen;  // the first UTXO transaction an address appears in (one-time change)
    std::vector<quint32> m_txInputs;   // the current transaction's known input addresses, sorted, distinct
    quint32 m_spender = kNone;         // its first known input address, which change outputs are joined to
    CoinJoinDetector m_coinJoin;
    std::vector<Merge> m_merges;
    std::vector<RefusedMerge> m_refused;
    std::vector<SkippedTransaction> m_skipped;
};

} // namespace awb::graph
