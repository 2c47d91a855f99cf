// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/graphdata.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace awb::graph {

class Clusterer;

/** The address-clustering heuristics; each can be switched off. docs/clustering.md states every rule. */
enum class Heuristic : quint8 {
    MultiInput,     // common-input ownership (UTXO), skipping coinbase and CoinJoin-like transactions
    OneTimeChange,  // Meiklejohn: the only output to a never-before-seen address is change
    AddressReuse,   // direct change: an output pays back an input address
    OptimalChange,  // the only output smaller than every input is change
    DepositAddress, // Victor (Ethereum): senders to one exchange deposit address are one customer
};

inline constexpr Heuristic kAllHeuristics[] = {Heuristic::MultiInput, Heuristic::OneTimeChange, Heuristic::AddressReuse,
                                               Heuristic::OptimalChange, Heuristic::DepositAddress};

/** The command-line name: multi-input, one-time-change, address-reuse, optimal-change, deposit-address. */
QString heuristicName(Heuristic h);
std::optional<Heuristic> heuristicFromName(const QString &name);

struct ClusterOptions
{
    std::vector<Heuristic> heuristics{std::begin(kAllHeuristics), std::end(kAllHeuristics)};
    /** Refuse (and report) a merge that would join a tagged service's cluster with anything outside the service. */
    bool guardServices = true;

    bool uses(Heuristic h) const;
};

/** What a merge rests on: a UTXO transaction (index into GraphData::utxoTxs) or a transfer (index into transfers). */
struct Evidence
{
    enum class Kind : quint8 { UtxoTx, Transfer };
    Kind kind = Kind::UtxoTx;
    quint32 index = 0;
    bool operator==(const Evidence &) const = default;
};

/** One union of two addresses, with the heuristic and the transaction that justify it. */
struct Merge
{
    quint32 a = 0; // address indexes
    quint32 b = 0;
    Heuristic heuristic = Heuristic::MultiInput;
    Evidence evidence;
};

/** A merge the service guard refused: it would have swallowed a service (the BlockSci super-cluster problem). */
struct RefusedMerge
{
    Merge merge;
    QString reason; // "would join exchange 'Exchange A' with 14 addresses outside it"
};

/** Why a transaction was not used by a heuristic (a CoinJoin, coinbase, an ambiguous change output). */
struct SkippedTransaction
{
    quint32 utxoTx = 0;
    QString reason;
};

/**
 * The clusters of every address: union-find in which every union records its heuristic and transaction, so any
 * two addresses in one cluster can be explained by a chain of merges.
 */
class Clustering
{
public:
    /** The cluster index of @p address (0..clusterCount()-1, dense, ordered by the cluster's smallest address). */
    quint32 clusterOf(quint32 address) const { return m_clusterOf[address]; }

    quint32 clusterCount() const { return quint32(m_firstMember.size()) - 1; }

    /** The addresses of cluster @p cluster, ascending. */
    std::span<const quint32> members(quint32 cluster) const
    {
        return {m_members.data() + m_firstMember[cluster], m_members.data() + m_firstMember[cluster + 1]};
    }

    /** The service whose addresses the cluster contains, if any (kNone otherwise). */
    quint32 serviceOf(quint32 cluster) const { return m_serviceOf[cluster]; }

    const std::vector<Merge> &merges() const { return m_merges; }

    const std::vector<RefusedMerge> &refused() const { return m_refused; }

    const std::vector<SkippedTransaction> &skipped() const { return m_skipped; }

    const ClusterOptions &options() const { return m_options; }

    /**
     * The merges that put @p a and @p b in one cluster, in order along the chain from a to b (each merge shares an
     * address with the next). Empty when they are in different clusters or a == b. Each returned merge is
     * oriented along the chain: its a is the address nearer to @p a (the first merge's a is @p a, the last's b is
     * @p b).
     */
    std::vector<Merge> explain(quint32 a, quint32 b) const;

private:
    friend Clustering cluster(const GraphData &data, const ClusterOptions &options);
    friend class Clusterer;
    ClusterOptions m_options;
    std::vector<quint32> m_clusterOf;
    std::vector<quint32> m_members;
    std::vector<quint32> m_firstMember{0};
    std::vector<quint32> m_serviceOf;
    std::vector<Merge> m_merges;
    std::vector<RefusedMerge> m_refused;
    std::vector<SkippedTransaction> m_skipped;
};

/** Runs the heuristics of @p options over @p data. Deterministic: the same data and options give the same result. */
Clustering cluster(const GraphData &data, const ClusterOptions &options = {});

/** A cluster of @p before that @p after divides (switching a heuristic off splits clusters). */
struct ClusterSplit
{
    quint32 before = 0;            // cluster index in before
    std::vector<quint32> after;    // the clusters of after that its addresses fall into
    std::vector<Merge> lostMerges; // merges of before that after does not have, which held them together
};

std::vector<ClusterSplit> compareClusterings(const Clustering &before, const Clustering &after);

} // namespace awb::graph
