// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/pathreport.h"

#include "core/store/casestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <set>

namespace awb::report {

using namespace Qt::Literals::StringLiterals;
using namespace awb::graph;

namespace {

QString isoTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(Qt::ISODate);
}

/** The UTXO transaction (index) of an input or output flow: the transaction node is one of its ends. */
quint32 flowUtxoTx(const Snapshot &s, const Flow &flow)
{
    return s.local(flow.kind == FlowKind::Input ? flow.to : flow.from);
}

QString flowKindName(FlowKind kind)
{
    switch (kind) {
    case FlowKind::Transfer:
        return u"transfer"_s;
    case FlowKind::Input:
        return u"input"_s;
    case FlowKind::Output:
        break;
    }
    return u"output"_s;
}

QString hashOf(const std::map<qint64, QString> &hashes, qint64 rowId)
{
    const auto it = hashes.find(rowId);
    return it == hashes.end() ? QString() : it->second;
}

void markSynthetic(QJsonObject &o, bool synthetic)
{
    if (synthetic) {
        o.insert(u"synthetic"_s, true);
    }
}

QJsonObject tagToJson(const Snapshot &s, quint32 t)
{
    const GraphTag &tag = s.data().tags[t];
    QJsonObject o{{u"address"_s, s.data().address(tag.address)},
                  {u"label"_s, tag.label},
                  {u"category"_s, tag.category},
                  {u"confidence"_s, tag.confidence},
                  {u"confidence_level"_s, tag.confidenceLevel}};
    markSynthetic(o, tag.synthetic);
    return o;
}

QJsonObject attributionToJson(const GraphData &d, quint32 a)
{
    const GraphAttribution &attribution = d.attributions[a];
    QJsonObject o{{u"incident"_s, u"incident:%1"_s.arg(d.incidents[attribution.incident].rowId)},
                  {u"title"_s, d.incidents[attribution.incident].title},
                  {u"group"_s, d.groups[attribution.group].name},
                  {u"confidence"_s, attribution.confidence},
                  {u"rank"_s, attribution.rank},
                  {u"party"_s, attribution.party}};
    markSynthetic(o, attribution.synthetic);
    return o;
}

QJsonObject termToJson(const Snapshot &s, const EvidenceTerm &term)
{
    const GraphData &d = s.data();
    QJsonObject o{{u"component"_s, evidenceKindName(term.kind)},
                  {u"value"_s, term.value},
                  {u"weight"_s, term.weight},
                  {u"score"_s, term.score()}};
    if (term.kind == EvidenceKind::SharedCluster) {
        o.insert(u"attribution"_s, attributionToJson(d, term.attribution));
        o.insert(u"cluster"_s, s.nodeName(s.node(NodeKind::Cluster, term.cluster)));
        o.insert(u"shared_clusters"_s, qint64(term.sharedClusters));
        o.insert(u"address"_s, d.address(term.ownAddress));
        o.insert(u"other_address"_s, d.address(term.otherAddress));
    } else {
        o.insert(u"tag"_s, tagToJson(s, term.tag));
        o.insert(u"hops"_s, term.hops);
        o.insert(u"incident_address"_s, d.address(term.incidentAddress));
    }
    return o;
}

QString stepText(const Snapshot &s, const PathStep &step)
{
    const Link &link = s.link(step.link);
    QString label = linkKindName(link.kind);
    if (link.kind == LinkKind::Flow) {
        const Flow &flow = s.flow(link.ref);
        const GraphAsset &asset = s.data().assets[flow.asset];
        label += u" "_s + formatUnits(flow.amount, asset.decimals) + u" "_s + asset.symbol;
    } else if (link.kind == LinkKind::Role) {
        label += u" "_s + s.data().roles[link.ref].role;
    }
    return step.forward ? u" —%1→ "_s.arg(label) : u" ←%1— "_s.arg(label);
}

} // namespace

Result<TxHashes> fetchTxHashes(CaseStore &store, std::vector<qint64> transferRowIds, std::vector<qint64> utxoRowIds)
{
    for (auto *ids : {&transferRowIds, &utxoRowIds}) {
        std::sort(ids->begin(), ids->end());
        ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    }
    auto transferHashes = store.transferHashes(transferRowIds);
    if (!transferHashes) {
        return std::unexpected(transferHashes.error());
    }
    auto utxoHashes = store.utxoTransactionHashes(utxoRowIds);
    if (!utxoHashes) {
        return std::unexpected(utxoHashes.error());
    }
    const auto zip = [](const std::vector<qint64> &ids, const std::vector<QString> &hashes) {
        std::map<qint64, QString> byId;
        for (std::size_t i = 0; i < ids.size() && i < hashes.size(); ++i) {
            byId.emplace(ids[i], hashes[i]);
        }
        return byId;
    };
    return TxHashes{zip(transferRowIds, *transferHashes), zip(utxoRowIds, *utxoHashes)};
}

Result<TxHashes> fetchTxHashes(CaseStore &store, const Snapshot &snapshot, std::span<const Path> paths)
{
    std::set<qint64> transfers, utxo;
    for (const Path &path : paths) {
        for (NodeIndex n : path.nodes) {
            if (snapshot.kind(n) == NodeKind::Transaction) {
                utxo.insert(snapshot.data().utxoTxs[snapshot.local(n)].rowId);
            }
        }
        for (const PathStep &step : path.steps) {
            const Link &link = snapshot.link(step.link);
            if (link.kind != LinkKind::Flow) {
                continue;
            }
            const Flow &flow = snapshot.flow(link.ref);
            if (flow.kind == FlowKind::Transfer) {
                transfers.insert(snapshot.data().transfers[flow.ref].rowId);
            } else {
                utxo.insert(snapshot.data().utxoTxs[flowUtxoTx(snapshot, flow)].rowId);
            }
        }
    }
    return fetchTxHashes(store, {transfers.begin(), transfers.end()}, {utxo.begin(), utxo.end()});
}

QJsonObject nodeToJson(const Snapshot &s, NodeIndex node, const TxHashes &hashes)
{
    const GraphData &d = s.data();
    const quint32 i = s.local(node);
    QJsonObject o{{u"kind"_s, nodeKindName(s.kind(node))}, {u"name"_s, s.nodeName(node)}};
    switch (s.kind(node)) {
    case NodeKind::Address:
        o.insert(u"chain"_s, d.chains[d.addresses[i].chain]);
        markSynthetic(o, d.addresses[i].synthetic);
        break;
    case NodeKind::Transaction: {
        const GraphUtxoTx &tx = d.utxoTxs[i];
        o.insert(u"chain"_s, d.chains[tx.chain]);
        o.insert(u"tx"_s, hashOf(hashes.utxo, tx.rowId));
        if (tx.timestamp != 0) {
            o.insert(u"time"_s, isoTime(tx.timestamp));
        }
        markSynthetic(o, tx.synthetic);
        break;
    }
    case NodeKind::Cluster:
        o.insert(u"addresses"_s, qint64(s.clustering().members(i).size()));
        break;
    case NodeKind::Incident:
        o.insert(u"id"_s, d.incidents[i].rowId);
        o.insert(u"title"_s, d.incidents[i].title);
        markSynthetic(o, d.incidents[i].synthetic);
        break;
    case NodeKind::Group:
        o.insert(u"id"_s, d.groups[i].rowId);
        break;
    case NodeKind::Service:
        o.insert(u"category"_s, d.services[i].category);
        break;
    }
    return o;
}

QJsonObject stepToJson(const Snapshot &s, const PathStep &step, const TxHashes &hashes)
{
    const GraphData &d = s.data();
    const Link &link = s.link(step.link);
    QJsonObject o{{u"kind"_s, linkKindName(link.kind)},
                  {u"from"_s, s.nodeName(link.from)},
                  {u"to"_s, s.nodeName(link.to)},
                  {u"direction"_s, step.forward ? u"forward"_s : u"backward"_s}};
    switch (link.kind) {
    case LinkKind::Flow: {
        const Flow &flow = s.flow(link.ref);
        const GraphAsset &asset = d.assets[flow.asset];
        o.insert(u"flow"_s, flowKindName(flow.kind));
        o.insert(u"amount"_s, formatBaseUnits(flow.amount));
        o.insert(u"units"_s, formatUnits(flow.amount, asset.decimals));
        o.insert(u"asset"_s, asset.symbol);
        if (flow.timestamp != 0) {
            o.insert(u"time"_s, isoTime(flow.timestamp));
        }
        if (flow.kind == FlowKind::Transfer) {
            const GraphTransfer &t = d.transfers[flow.ref];
            o.insert(u"tx"_s, hashOf(hashes.transfers, t.rowId));
            markSynthetic(o, t.synthetic);
        } else {
            const GraphUtxoTx &tx = d.utxoTxs[flowUtxoTx(s, flow)];
            o.insert(u"tx"_s, hashOf(hashes.utxo, tx.rowId));
            markSynthetic(o, tx.synthetic);
        }
        break;
    }
    case LinkKind::Member:
        break;
    case LinkKind::Role:
        o.insert(u"role"_s, d.roles[link.ref].role);
        markSynthetic(o, d.roles[link.ref].synthetic);
        break;
    case LinkKind::Attribution: {
        const GraphAttribution &a = d.attributions[link.ref];
        o.insert(u"confidence"_s, a.confidence);
        o.insert(u"rank"_s, a.rank);
        o.insert(u"party"_s, a.party);
        markSynthetic(o, a.synthetic);
        break;
    }
    case LinkKind::GroupTag:
    case LinkKind::ServiceTag: {
        const GraphTag &tag = d.tags[link.ref];
        o.insert(u"label"_s, tag.label);
        o.insert(u"category"_s, tag.category);
        o.insert(u"confidence"_s, tag.confidence);
        o.insert(u"confidence_level"_s, tag.confidenceLevel);
        markSynthetic(o, tag.synthetic);
        break;
    }
    }
    return o;
}

QString stepToText(const QJsonObject &step)
{
    auto field = [&step](const QString &key) {
        return step.value(key).toVariant().toString();
    };
    const QString kind = field(u"kind"_s);
    QString what;
    if (kind == u"flow"_s) {
        what = u"%1 %2, %3"_s.arg(field(u"units"_s), field(u"asset"_s), field(u"flow"_s));
        if (step.contains(u"time"_s)) {
            what += u" at "_s + field(u"time"_s);
        }
        if (!field(u"tx"_s).isEmpty()) {
            what += u", tx "_s + field(u"tx"_s);
        }
    } else if (kind == u"role"_s) {
        what = u"role "_s + field(u"role"_s);
    } else if (kind == u"attribution"_s) {
        what = u"attribution claim, confidence %1, by %2"_s.arg(field(u"confidence"_s), field(u"party"_s));
    } else if (kind == u"group_tag"_s || kind == u"service_tag"_s) {
        what = u"tag \"%1\" (%2, confidence %3, %4/100)"_s.arg(field(u"label"_s), field(u"category"_s),
                                                               field(u"confidence"_s), field(u"confidence_level"_s));
    } else if (kind == u"member"_s) {
        what = u"sub-unit of"_s;
    } else {
        what = kind;
    }
    QString line = u"%1 → %2: %3"_s.arg(field(u"from"_s), field(u"to"_s), what);
    if (step.value(u"synthetic"_s).toBool()) {
        line += u" · SYNTHETIC"_s;
    }
    if (field(u"direction"_s) == u"backward"_s) {
        line += u" (followed backward)"_s;
    }
    return line;
}

QJsonObject pathToJson(const Snapshot &s, const Path &path, const TxHashes &hashes)
{
    QJsonArray nodes, edges;
    for (NodeIndex n : path.nodes) {
        nodes.append(nodeToJson(s, n, hashes));
    }
    for (const PathStep &step : path.steps) {
        edges.append(stepToJson(s, step, hashes));
    }
    return QJsonObject{{u"length"_s, qint64(path.length())}, {u"nodes"_s, nodes}, {u"edges"_s, edges}};
}

QJsonObject pathsToJson(const Snapshot &s,
                        NodeIndex from,
                        NodeIndex to,
                        const PathResult &result,
                        const PathOptions &options,
                        const TxHashes &hashes)
{
    QJsonArray paths;
    for (const Path &path : result.paths) {
        paths.append(pathToJson(s, path, hashes));
    }
    QJsonObject o{{u"from"_s, nodeToJson(s, from, hashes)},
                  {u"to"_s, nodeToJson(s, to, hashes)},
                  {u"k"_s, options.k},
                  {u"max_length"_s, options.maxLength},
                  {u"paths"_s, paths}};
    if (const QString note = result.boundNote(options); !note.isEmpty()) {
        o.insert(u"bound"_s, note);
    }
    return o;
}

QString
pathsToText(const Snapshot &s, NodeIndex from, NodeIndex to, const PathResult &result, const PathOptions &options)
{
    QString out;
    if (result.paths.empty()) {
        out +=
            u"No path from %1 to %2 within %3 links.\n"_s.arg(s.nodeName(from), s.nodeName(to)).arg(options.maxLength);
    }
    int number = 0;
    for (const Path &path : result.paths) {
        out += u"%1. (%2 links) "_s.arg(++number).arg(path.length()) + s.nodeName(path.nodes.front());
        for (std::size_t i = 0; i < path.steps.size(); ++i) {
            out += stepText(s, path.steps[i]) + s.nodeName(path.nodes[i + 1]);
        }
        out += u'\n';
    }
    if (const QString note = result.boundNote(options); !note.isEmpty()) {
        out += u"Note: "_s + note + u'\n';
    }
    return out;
}

QString suggestionNote()
{
    return u"suggestions are not attributions; nothing was written"_s;
}

QJsonObject
suggestionsToJson(const Snapshot &s, const SuggestResult &result, const SuggestOptions &options, const TxHashes &hashes)
{
    const GraphData &d = s.data();
    QJsonArray attributed, suggestions, ignored;
    for (quint32 a : result.alreadyAttributed) {
        attributed.append(attributionToJson(d, a));
    }
    for (const Suggestion &suggestion : result.suggestions) {
        QJsonArray breakdown, paths;
        for (const EvidenceTerm &term : suggestion.breakdown) {
            breakdown.append(termToJson(s, term));
        }
        for (const Path &path : suggestion.paths) {
            paths.append(pathToJson(s, path, hashes));
        }
        suggestions.append(QJsonObject{{u"group"_s, d.groups[suggestion.group].name},
                                       {u"score"_s, suggestion.score},
                                       {u"breakdown"_s, breakdown},
                                       {u"paths"_s, paths}});
    }
    for (const IgnoredCluster &cluster : result.ignoredClusters) {
        ignored.append(QJsonObject{{u"cluster"_s, s.nodeName(s.node(NodeKind::Cluster, cluster.cluster))},
                                   {u"service"_s, d.services[cluster.service].name},
                                   {u"reason"_s, u"a service's cluster joins unrelated customers"_s}});
    }
    QJsonObject o{{u"incident"_s, nodeToJson(s, s.node(NodeKind::Incident, result.incident), hashes)},
                  {u"hops"_s, options.hops},
                  {u"already_attributed"_s, attributed},
                  {u"suggestions"_s, suggestions},
                  {u"ignored_clusters"_s, ignored},
                  {u"note"_s, suggestionNote()}};
    if (result.stoppedByBudget) {
        o.insert(u"bound"_s, u"The flow search stopped at its node budget; evidence further out was not counted."_s);
    }
    return o;
}

QString suggestionsToText(const Snapshot &s, const SuggestResult &result)
{
    const GraphData &d = s.data();
    const GraphIncident &incident = d.incidents[result.incident];
    QString out = u"Incident %1: %2\n"_s.arg(incident.rowId).arg(incident.title);
    out += u"Already attributed:"_s;
    if (result.alreadyAttributed.empty()) {
        out += u" none"_s;
    }
    for (quint32 a : result.alreadyAttributed) {
        const GraphAttribution &attribution = d.attributions[a];
        out += u" %1 (%2, %3);"_s.arg(d.groups[attribution.group].name, attribution.confidence, attribution.party);
    }
    out += u'\n';
    if (result.suggestions.empty()) {
        out += u"No graph evidence points to a group.\n"_s;
    }
    for (const Suggestion &suggestion : result.suggestions) {
        out += u"%1  score %2\n"_s.arg(d.groups[suggestion.group].name).arg(suggestion.score, 0, 'f', 3);
        for (const EvidenceTerm &term : suggestion.breakdown) {
            out += u"    %1  %2 × %3 = %4"_s.arg(evidenceKindName(term.kind))
                       .arg(term.value, 0, 'f', 3)
                       .arg(term.weight, 0, 'f', 3)
                       .arg(term.score(), 0, 'f', 3);
            if (term.kind == EvidenceKind::SharedCluster) {
                const GraphAttribution &a = d.attributions[term.attribution];
                out += u"  (shares cluster:%1 with incident %2, attributed %3 by %4)\n"_s.arg(term.cluster)
                           .arg(d.incidents[a.incident].rowId)
                           .arg(a.confidence, a.party);
            } else {
                const GraphTag &tag = d.tags[term.tag];
                out += u"  (%1 tagged \"%2\", confidence %3, %4 hops)\n"_s.arg(d.address(tag.address), tag.label)
                           .arg(tag.confidenceLevel)
                           .arg(term.hops);
            }
        }
    }
    out += u"Note: "_s + suggestionNote() + u".\n"_s;
    return out;
}

} // namespace awb::report
