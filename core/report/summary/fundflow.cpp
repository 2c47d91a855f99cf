// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/summary/fundflow.h"

#include "core/graph/trace.h"
#include "core/layout/flowlayout.h"
#include "core/store/casestore.h"

#include <algorithm>
#include <map>
#include <set>

namespace awb::report::summary {

using namespace Qt::Literals::StringLiterals;
using graph::NodeIndex;
using graph::NodeKind;
using graph::Snapshot;

namespace {

bool isSynthetic(const Snapshot &s, NodeIndex node)
{
    return s.kind(node) == NodeKind::Address ? s.data().addresses[s.local(node)].synthetic
                                             : s.data().utxoTxs[s.local(node)].synthetic;
}

QString shortAddress(const QString &address)
{
    return address.size() <= 14 ? address : address.left(8) + u"…"_s + address.right(6);
}

/** The sources of the tags that name @p service on the address with database id @p rowId. */
Result<std::vector<SourceId>> serviceTagSources(CaseStore &store, qint64 rowId, const QString &service)
{
    auto tags = store.tags(AddressId{rowId});
    if (!tags) {
        return std::unexpected(tags.error());
    }
    std::vector<SourceId> ids;
    for (const Tag &t : *tags) {
        if (t.label == service) {
            ids.push_back(t.source);
        }
    }
    return ids;
}

FlowFigure figureOf(const Snapshot &s, const graph::TraceSeeds &seeds, int maxNodes)
{
    std::vector<NodeIndex> nodes = graph::downstream(s, seeds.nodes, graph::TraceOptions{}.maxHops, true);
    FlowFigure figure;
    if (int(nodes.size()) > maxNodes) {
        figure.omittedNodes = int(nodes.size()) - maxNodes;
        nodes.resize(std::size_t(maxNodes));
    }
    std::map<NodeIndex, quint32> index;
    for (NodeIndex n : nodes) {
        index.emplace(n, quint32(index.size()));
    }
    layout::FlowLayoutInput input;
    input.nodes = quint32(nodes.size());
    std::set<std::pair<int, int>> pairs;
    for (NodeIndex n : nodes) {
        for (quint32 f : s.outFlows(n)) {
            const auto to = index.find(s.flow(f).to);
            if (to != index.end()) {
                input.edges.push_back({index.at(n), to->second, s.flow(f).timestamp});
                pairs.emplace(int(index.at(n)), int(to->second));
            }
        }
    }
    const layout::FlowLayoutResult laid = layout::flowLayout(input);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const NodeIndex n = nodes[i];
        FlowNode node;
        node.x = laid.positions[i].x;
        node.y = laid.positions[i].y;
        node.synthetic = isSynthetic(s, n);
        const bool seed = std::find(seeds.nodes.begin(), seeds.nodes.end(), n) != seeds.nodes.end();
        if (s.kind(n) == NodeKind::Address) {
            const quint32 service = s.serviceOfAddress(s.local(n));
            node.kind = seed ? u"seed"_s : service != graph::kNone ? u"service"_s : u"address"_s;
            node.label = service != graph::kNone ? s.data().services[service].name : shortAddress(s.nodeName(n));
        } else {
            node.kind = u"transaction"_s;
            node.label = u"transaction"_s;
        }
        figure.synthetic = figure.synthetic || node.synthetic;
        figure.nodes.push_back(std::move(node));
    }
    for (auto [from, to] : pairs) {
        figure.links.push_back({from, to});
    }
    figure.caption = u"Fund flow from the exploiter addresses (%1)"_s.arg(seeds.basis);
    return figure;
}

} // namespace

Result<FundFlow> fundFlow(CaseStore &store, IncidentId incident, int maxNodes)
{
    auto snapshot = Snapshot::load(store);
    if (!snapshot) {
        return std::unexpected(snapshot.error());
    }
    const Snapshot &s = **snapshot;
    const graph::TraceOptions options;
    auto seeds = graph::incidentSeeds(s, incident.value, options);
    if (!seeds) { // an incident without exploiter or victim addresses has no fund flow to show
        return seeds.error().code == Error::Code::InvalidInput ? Result<FundFlow>(FundFlow{})
                                                               : std::unexpected(seeds.error());
    }
    auto traced = graph::trace(*snapshot, *seeds, options);
    if (!traced) {
        return std::unexpected(traced.error());
    }
    FundFlow out;
    if (traced->totals.empty()) {
        return out;
    }
    out.basis = u"Forward trace of %1, up to %2 hops, stopping at services (as `awb-cli trace --incident %3`)"_s
                    .arg(seeds->basis)
                    .arg(options.maxHops)
                    .arg(incident.value);
    auto roles = store.incidentAddresses(incident);
    if (!roles) {
        return std::unexpected(roles.error());
    }
    for (const IncidentAddress &r : *roles) {
        out.figureSources.push_back(r.source);
    }
    // One row per service and asset, in the order of the largest endpoint (the trace's order: haircut first).
    std::map<std::pair<quint32, quint16>, std::size_t> rowOf;
    for (const graph::TraceEndpoint &e : traced->endpoints) {
        const quint32 address = s.local(e.node);
        const quint32 service = s.serviceOfAddress(address);
        if (e.reason != graph::StopReason::Service || service == graph::kNone) {
            continue;
        }
        auto [it, added] = rowOf.emplace(std::pair{service, e.asset}, out.cashOut.size());
        if (added) {
            const graph::GraphAsset &asset = s.data().assets[e.asset];
            out.cashOut.push_back({s.data().services[service].name,
                                   s.data().services[service].category,
                                   s.data().chains[asset.chain],
                                   asset.symbol,
                                   {},
                                   {},
                                   {},
                                   {},
                                   false});
            out.cashOutSources.emplace_back();
        }
        CashOutRow &row = out.cashOut[it->second];
        row.synthetic = row.synthetic || isSynthetic(s, e.node);
        auto tagSources = serviceTagSources(store, s.data().addresses[address].rowId, row.service);
        if (!tagSources) {
            return std::unexpected(tagSources.error());
        }
        auto &ids = out.cashOutSources[it->second];
        ids.insert(ids.end(), tagSources->begin(), tagSources->end());
    }
    for (auto [key, at] : rowOf) {
        graph::TaintAmounts sum;
        for (const graph::TraceEndpoint &e : traced->endpoints) {
            if (e.reason == graph::StopReason::Service && e.asset == key.second &&
                s.serviceOfAddress(s.local(e.node)) == key.first) {
                sum += e.taint;
            }
        }
        const int decimals = s.data().assets[key.second].decimals;
        CashOutRow &row = out.cashOut[at];
        row.haircut = formatUnits(sum.haircut, decimals);
        row.fifo = formatUnits(sum.fifo, decimals);
        row.poison = formatUnits(sum.poison, decimals);
        if (out.cashOutSources[at].empty()) {
            out.cashOutSources[at] = out.figureSources;
        }
    }
    out.figure = figureOf(s, *seeds, maxNodes);
    return out;
}

} // namespace awb::report::summary
