// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/clustering.h"
#include "core/graph/graphdata.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <span>
#include <unordered_map>
#include <vector>

namespace awb {
class CaseStore;
}

namespace awb::report {

/** Transaction hashes of the evidence a report names (the graph keeps row ids only), by GraphData index. */
struct EvidenceHashes
{
    std::unordered_map<quint32, QString> utxo;     // index into GraphData::utxoTxs → hash
    std::unordered_map<quint32, QString> transfer; // index into GraphData::transfers → hash

    /** The hash, or an empty string when it was not looked up. */
    QString of(graph::Evidence evidence) const;
};

/** Looks up the transaction hashes of @p evidence in the case. */
Result<EvidenceHashes>
fetchEvidenceHashes(CaseStore &store, const graph::GraphData &data, const std::vector<graph::Evidence> &evidence);

/** Every piece of evidence that a report of @p clustering with @p splits names, for looking up hashes. */
std::vector<graph::Evidence> reportedEvidence(const graph::Clustering &clustering,
                                              std::span<const graph::ClusterSplit> splits);

/** One sentence saying why @p merge joined its two addresses. */
QString mergeReason(const graph::GraphData &data, const graph::Merge &merge);

/**
 * `awb-cli cluster` as JSON: heuristics, clusters (id, size, addresses, service, synthetic), refused merges,
 * skipped transactions and the clusters of the full heuristic set that @p splits says this set divides.
 */
QJsonObject clustersToJson(const graph::GraphData &data,
                           const graph::Clustering &clustering,
                           std::span<const graph::ClusterSplit> splits,
                           const EvidenceHashes &hashes,
                           bool omitSingletons);
QString clustersToText(const graph::GraphData &data,
                       const graph::Clustering &clustering,
                       std::span<const graph::ClusterSplit> splits,
                       const EvidenceHashes &hashes,
                       bool omitSingletons);

/** Why @p a and @p b are, or are not, in one cluster. */
struct PairExplanation
{
    quint32 a = 0;
    quint32 b = 0;
    bool sameCluster = false;
    std::vector<graph::Merge> chain;          // from a to b
    std::vector<graph::RefusedMerge> refused; // merges between their two clusters that the guard refused
};

PairExplanation explainPair(const graph::Clustering &clustering, quint32 a, quint32 b);
std::vector<graph::Evidence> reportedEvidence(const PairExplanation &explanation);
QJsonObject explanationToJson(const graph::GraphData &data,
                              const graph::Clustering &clustering,
                              const PairExplanation &explanation,
                              const EvidenceHashes &hashes);
QString explanationToText(const graph::GraphData &data,
                          const graph::Clustering &clustering,
                          const PairExplanation &explanation,
                          const EvidenceHashes &hashes);

} // namespace awb::report
