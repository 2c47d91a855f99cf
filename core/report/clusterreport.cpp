// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/clusterreport.h"

#include "core/report/pathreport.h"

#include <QJsonArray>

#include <algorithm>

namespace awb::report {

using namespace Qt::Literals::StringLiterals;
using graph::Clustering;
using graph::Evidence;
using graph::GraphData;
using graph::Merge;

namespace {

/** The exchange that deposit address @p deposit pays, by the first of its transfers to an exchange's address. */
QString exchangePaidBy(const GraphData &data, quint32 deposit)
{
    for (const graph::GraphTransfer &t : data.transfers) {
        if (t.from != deposit) {
            continue;
        }
        for (const graph::GraphService &s : data.services) {
            if (s.category.compare(u"exchange"_s, Qt::CaseInsensitive) == 0 &&
                std::binary_search(s.addresses.begin(), s.addresses.end(), t.to)) {
                return s.name;
            }
        }
    }
    return u"an exchange"_s;
}

QJsonValue hashValue(const EvidenceHashes &hashes, Evidence evidence)
{
    const QString hash = hashes.of(evidence);
    return hash.isEmpty() ? QJsonValue() : QJsonValue(hash);
}

QString hashText(const EvidenceHashes &hashes, Evidence evidence)
{
    const QString hash = hashes.of(evidence);
    if (!hash.isEmpty()) {
        return hash;
    }
    return evidence.kind == Evidence::Kind::UtxoTx ? u"transaction #%1"_s.arg(evidence.index)
                                                   : u"transfer #%1"_s.arg(evidence.index);
}

QJsonObject mergeJson(const GraphData &data, const Merge &m, const EvidenceHashes &hashes)
{
    return QJsonObject{{u"a"_s, data.address(m.a)},
                       {u"b"_s, data.address(m.b)},
                       {u"heuristic"_s, graph::heuristicName(m.heuristic)},
                       {u"tx"_s, hashValue(hashes, m.evidence)},
                       {u"reason"_s, mergeReason(data, m)}};
}

QString mergeLine(const GraphData &data, const Merge &m, const EvidenceHashes &hashes)
{
    return u"%1 + %2 [%3, %4]: %5"_s.arg(data.address(m.a), data.address(m.b), graph::heuristicName(m.heuristic),
                                         hashText(hashes, m.evidence), mergeReason(data, m));
}

bool anySynthetic(const GraphData &data, std::span<const quint32> members)
{
    return std::any_of(members.begin(), members.end(), [&](quint32 a) { return data.addresses[a].synthetic; });
}

QJsonValue serviceName(const GraphData &data, const Clustering &c, quint32 cluster)
{
    const quint32 s = c.serviceOf(cluster);
    return s == graph::kNone ? QJsonValue() : QJsonValue(data.services[s].name);
}

QStringList heuristicNames(const Clustering &c)
{
    QStringList names;
    for (graph::Heuristic h : graph::kAllHeuristics) {
        if (c.options().uses(h)) {
            names << graph::heuristicName(h);
        }
    }
    return names;
}

} // namespace

QString EvidenceHashes::of(Evidence evidence) const
{
    const auto &map = evidence.kind == Evidence::Kind::UtxoTx ? utxo : transfer;
    const auto it = map.find(evidence.index);
    return it == map.end() ? QString() : it->second;
}

std::vector<Evidence> reportedEvidence(const Clustering &clustering, std::span<const graph::ClusterSplit> splits)
{
    std::vector<Evidence> out;
    for (const graph::RefusedMerge &r : clustering.refused()) {
        out.push_back(r.merge.evidence);
    }
    for (const graph::SkippedTransaction &s : clustering.skipped()) {
        out.push_back(Evidence{Evidence::Kind::UtxoTx, s.utxoTx});
    }
    for (const graph::ClusterSplit &s : splits) {
        for (const Merge &m : s.lostMerges) {
            out.push_back(m.evidence);
        }
    }
    return out;
}

std::vector<Evidence> reportedEvidence(const PairExplanation &explanation)
{
    std::vector<Evidence> out;
    for (const Merge &m : explanation.chain) {
        out.push_back(m.evidence);
    }
    for (const graph::RefusedMerge &r : explanation.refused) {
        out.push_back(r.merge.evidence);
    }
    return out;
}

QString mergeReason(const GraphData &data, const Merge &m)
{
    const QString a = data.address(m.a);
    const QString b = data.address(m.b);
    switch (m.heuristic) {
    case graph::Heuristic::MultiInput:
        return u"%1 and %2 are inputs of one transaction (common-input ownership)"_s.arg(a, b);
    case graph::Heuristic::OneTimeChange: {
        const bool aIsChange = m.evidence.kind == Evidence::Kind::UtxoTx && [&] {
            const graph::GraphUtxoTx &t = data.utxoTxs[m.evidence.index];
            for (quint32 i = t.firstInput; i < t.firstInput + t.inputCount; ++i) {
                if (data.inputs[i].address == m.b) {
                    return true;
                }
            }
            return false;
        }();
        const QString change = aIsChange ? a : b;
        const QString spender = aIsChange ? b : a;
        return u"%1 receives the only output to a never-before-seen address of a transaction spending from %2: "
               "one-time change"_s.arg(change, spender);
    }
    case graph::Heuristic::AddressReuse:
        return u"a transaction spending from %1 and %2 pays change back to one of them: direct change"_s.arg(a, b);
    case graph::Heuristic::OptimalChange:
        return u"one of %1 and %2 receives the only output smaller than every input of a transaction spending from "
               "the other: optimal change"_s.arg(a, b);
    case graph::Heuristic::DepositAddress: {
        const quint32 deposit = data.transfers[m.evidence.index].to;
        return u"%1 and %2 both pay %3, a deposit address forwarding to %4: one customer"_s.arg(
            a, b, data.address(deposit), exchangePaidBy(data, deposit));
    }
    }
    return {};
}

QJsonObject clustersToJson(const GraphData &data,
                           const Clustering &clustering,
                           std::span<const graph::ClusterSplit> splits,
                           const EvidenceHashes &hashes,
                           bool omitSingletons)
{
    QJsonArray clusters;
    for (quint32 c = 0; c < clustering.clusterCount(); ++c) {
        const auto members = clustering.members(c);
        if (omitSingletons && members.size() < 2) {
            continue;
        }
        QJsonArray addresses;
        for (quint32 a : members) {
            addresses.append(data.address(a));
        }
        clusters.append(QJsonObject{{u"id"_s, qint64(c)},
                                    {u"size"_s, qint64(members.size())},
                                    {u"chain"_s, data.chains[data.addresses[members.front()].chain]},
                                    {u"addresses"_s, addresses},
                                    {u"service"_s, serviceName(data, clustering, c)},
                                    {u"synthetic"_s, anySynthetic(data, members)}});
    }
    QJsonArray refused;
    for (const graph::RefusedMerge &r : clustering.refused()) {
        QJsonObject o = mergeJson(data, r.merge, hashes);
        o[u"reason"_s] = r.reason;
        refused.append(o);
    }
    QJsonArray skipped;
    for (const graph::SkippedTransaction &s : clustering.skipped()) {
        skipped.append(QJsonObject{{u"tx"_s, hashValue(hashes, Evidence{Evidence::Kind::UtxoTx, s.utxoTx})},
                                   {u"reason"_s, s.reason},
                                   {u"synthetic"_s, data.utxoTxs[s.utxoTx].synthetic}});
    }
    QJsonArray splitArray;
    for (const graph::ClusterSplit &s : splits) {
        QJsonArray into;
        for (quint32 c : s.after) {
            into.append(qint64(c));
        }
        QJsonArray lost;
        for (const Merge &m : s.lostMerges) {
            lost.append(mergeJson(data, m, hashes));
        }
        qint64 size = 0;
        for (quint32 c : s.after) {
            size += qint64(clustering.members(c).size());
        }
        splitArray.append(QJsonObject{
            {u"full_cluster"_s, qint64(s.before)}, {u"size"_s, size}, {u"into"_s, into}, {u"lost_merges"_s, lost}});
    }
    return QJsonObject{{u"heuristics"_s, QJsonArray::fromStringList(heuristicNames(clustering))},
                       {u"service_guard"_s, clustering.options().guardServices},
                       {u"clusters"_s, clusters},
                       {u"refused_merges"_s, refused},
                       {u"skipped_transactions"_s, skipped},
                       {u"splits"_s, splitArray}};
}

QString clustersToText(const GraphData &data,
                       const Clustering &clustering,
                       std::span<const graph::ClusterSplit> splits,
                       const EvidenceHashes &hashes,
                       bool omitSingletons)
{
    QString out = u"Heuristics: %1%2\n"_s.arg(heuristicNames(clustering).join(u", "_s),
                                              clustering.options().guardServices ? u" (service guard on)"_s
                                                                                 : u" (service guard off)"_s);
    quint32 multi = 0;
    for (quint32 c = 0; c < clustering.clusterCount(); ++c) {
        multi += clustering.members(c).size() > 1 ? 1 : 0;
    }
    out += u"%1 clusters of %2 addresses; %3 with more than one address\n"_s.arg(clustering.clusterCount())
               .arg(data.addresses.size())
               .arg(multi);
    for (quint32 c = 0; c < clustering.clusterCount(); ++c) {
        const auto members = clustering.members(c);
        if (omitSingletons && members.size() < 2) {
            continue;
        }
        QStringList addresses;
        for (quint32 a : members) {
            addresses << data.address(a);
        }
        const quint32 s = clustering.serviceOf(c);
        out += u"cluster %1 (%2 address%3%4%5): %6\n"_s.arg(c)
                   .arg(members.size())
                   .arg(members.size() == 1 ? QString() : u"es"_s,
                        s == graph::kNone ? QString() : u", service "_s + data.services[s].name,
                        anySynthetic(data, members) ? u", synthetic"_s : QString(), addresses.join(u", "_s));
    }
    if (!clustering.refused().empty()) {
        out += u"\nRefused by the service guard:\n"_s;
        for (const graph::RefusedMerge &r : clustering.refused()) {
            out += u"  %1 + %2 [%3, %4]: %5\n"_s.arg(data.address(r.merge.a), data.address(r.merge.b),
                                                     graph::heuristicName(r.merge.heuristic),
                                                     hashText(hashes, r.merge.evidence), r.reason);
        }
    }
    if (!clustering.skipped().empty()) {
        out += u"\nSkipped transactions:\n"_s;
        for (const graph::SkippedTransaction &s : clustering.skipped()) {
            out += u"  %1: %2\n"_s.arg(hashText(hashes, Evidence{Evidence::Kind::UtxoTx, s.utxoTx}), s.reason);
        }
    }
    if (!splits.empty()) {
        out += u"\nClusters of the full heuristic set that this set splits:\n"_s;
        for (const graph::ClusterSplit &s : splits) {
            QStringList into;
            for (quint32 c : s.after) {
                into << QString::number(c);
            }
            out += u"  full cluster %1 falls into clusters %2; merges lost:\n"_s.arg(s.before).arg(into.join(u", "_s));
            for (const Merge &m : s.lostMerges) {
                out += u"    "_s + mergeLine(data, m, hashes) + u'\n';
            }
        }
    }
    return out;
}

PairExplanation explainPair(const Clustering &clustering, quint32 a, quint32 b)
{
    PairExplanation e{a, b, clustering.clusterOf(a) == clustering.clusterOf(b), clustering.explain(a, b), {}};
    const quint32 ca = clustering.clusterOf(a);
    const quint32 cb = clustering.clusterOf(b);
    for (const graph::RefusedMerge &r : clustering.refused()) {
        const quint32 x = clustering.clusterOf(r.merge.a);
        const quint32 y = clustering.clusterOf(r.merge.b);
        if (!e.sameCluster && ((x == ca && y == cb) || (x == cb && y == ca))) {
            e.refused.push_back(r);
        }
    }
    return e;
}

QJsonObject explanationToJson(const GraphData &data,
                              const Clustering &clustering,
                              const PairExplanation &e,
                              const EvidenceHashes &hashes)
{
    QJsonArray steps;
    for (const Merge &m : e.chain) {
        steps.append(mergeJson(data, m, hashes));
    }
    QJsonArray refused;
    for (const graph::RefusedMerge &r : e.refused) {
        QJsonObject o = mergeJson(data, r.merge, hashes);
        o[u"reason"_s] = r.reason;
        refused.append(o);
    }
    return QJsonObject{{u"a"_s, data.address(e.a)},
                       {u"b"_s, data.address(e.b)},
                       {u"heuristics"_s, QJsonArray::fromStringList(heuristicNames(clustering))},
                       {u"same_cluster"_s, e.sameCluster},
                       {u"cluster_a"_s, qint64(clustering.clusterOf(e.a))},
                       {u"cluster_b"_s, qint64(clustering.clusterOf(e.b))},
                       {u"steps"_s, steps},
                       {u"refused_merges"_s, refused}};
}

QString explanationToText(const GraphData &data,
                          const Clustering &clustering,
                          const PairExplanation &e,
                          const EvidenceHashes &hashes)
{
    const QString a = data.address(e.a);
    const QString b = data.address(e.b);
    if (e.a == e.b) {
        return u"%1 and %2 are the same address.\n"_s.arg(a, b);
    }
    if (!e.sameCluster) {
        QString out = u"%1 and %2 are not in one cluster (clusters %3 and %4, heuristics %5).\n"_s.arg(
            a, b, QString::number(clustering.clusterOf(e.a)), QString::number(clustering.clusterOf(e.b)),
            heuristicNames(clustering).join(u", "_s));
        for (const graph::RefusedMerge &r : e.refused) {
            out += u"The service guard refused a merge between their clusters: %1 + %2 [%3, %4]: %5\n"_s.arg(
                data.address(r.merge.a), data.address(r.merge.b), graph::heuristicName(r.merge.heuristic),
                hashText(hashes, r.merge.evidence), r.reason);
        }
        return out;
    }
    QString out = u"%1 and %2 are in cluster %3, linked by %4 merge%5:\n"_s.arg(
        a, b, QString::number(clustering.clusterOf(e.a)), QString::number(e.chain.size()),
        e.chain.size() == 1 ? QString() : u"s"_s);
    for (size_t i = 0; i < e.chain.size(); ++i) {
        out += u"  %1. "_s.arg(i + 1) + mergeLine(data, e.chain[i], hashes) + u'\n';
    }
    return out;
}

Result<EvidenceHashes>
fetchEvidenceHashes(CaseStore &store, const graph::GraphData &data, const std::vector<graph::Evidence> &evidence)
{
    std::vector<qint64> transferIds, utxoIds;
    for (const graph::Evidence &e : evidence) {
        if (e.kind == graph::Evidence::Kind::UtxoTx) {
            utxoIds.push_back(data.utxoTxs[e.index].rowId);
        } else {
            transferIds.push_back(data.transfers[e.index].rowId);
        }
    }
    auto byRowId = fetchTxHashes(store, std::move(transferIds), std::move(utxoIds));
    if (!byRowId) {
        return std::unexpected(byRowId.error());
    }
    EvidenceHashes hashes;
    for (const graph::Evidence &e : evidence) {
        if (e.kind == graph::Evidence::Kind::UtxoTx) {
            hashes.utxo.emplace(e.index, byRowId->utxo[data.utxoTxs[e.index].rowId]);
        } else {
            hashes.transfer.emplace(e.index, byRowId->transfers[data.transfers[e.index].rowId]);
        }
    }
    return hashes;
}

} // namespace awb::report
