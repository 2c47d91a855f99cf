// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/snapshot.h"

#include "core/chain/address.h"
#include "core/store/casestore.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <algorithm>
#include <utility>

namespace awb::graph {

using namespace Qt::Literals::StringLiterals;

namespace {

// 32-bit vertex and edge indexes halve the graph's memory; a case has far fewer than 4 billion of either. The
// bundled edge property is the flow or link index, so the arrays of a node's edges are contiguous.
using Csr = boost::
    compressed_sparse_row_graph<boost::directedS, boost::no_property, quint32, boost::no_property, quint32, quint32>;

using EdgeList = std::vector<std::pair<quint32, quint32>>;

Csr buildCsr(const EdgeList &edges, const std::vector<quint32> &properties, quint32 nodeCount)
{
    // The unsorted multi-pass constructor counts, then places edges in input order: each node's edges keep the
    // order they were given in, which is time order for flows.
    return Csr(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), properties.begin(), nodeCount);
}

std::span<const quint32> edgesOf(const Csr &g, quint32 node)
{
    const auto [first, last] = boost::out_edges(node, g);
    if (first == last) {
        return {};
    }
    return {&g[*first], std::size_t(std::distance(first, last))};
}

std::span<const NodeIndex> neighboursOf(const Csr &g, quint32 node)
{
    const auto [first, last] = boost::adjacent_vertices(node, g);
    if (first == last) {
        return {};
    }
    return {&*first, std::size_t(last - first)};
}

} // namespace

struct Snapshot::Graphs
{
    Csr forward;  // flows by source
    Csr backward; // flows by target
    Csr entities; // links, from both ends
};

Result<std::shared_ptr<const Snapshot>> Snapshot::load(CaseStore &store, const ClusterOptions &options)
{
    auto data = store.graphData();
    if (!data) {
        return std::unexpected(data.error());
    }
    return build(std::move(*data), options);
}

std::shared_ptr<const Snapshot> Snapshot::build(GraphData data, const ClusterOptions &options)
{
    Clustering clusters = cluster(data, options);
    return std::shared_ptr<const Snapshot>(new Snapshot(std::move(data), std::move(clusters)));
}

Snapshot::Snapshot(GraphData data, Clustering clustering)
    : m_data(std::move(data))
    , m_clustering(std::move(clustering))
{
    m_firstTx = quint32(m_data.addresses.size());
    m_firstCluster = m_firstTx + quint32(m_data.utxoTxs.size());
    m_firstIncident = m_firstCluster + m_clustering.clusterCount();
    m_firstGroup = m_firstIncident + quint32(m_data.incidents.size());
    m_firstService = m_firstGroup + quint32(m_data.groups.size());
    m_nodeCount = m_firstService + quint32(m_data.services.size());
    m_graphs = std::make_unique<Graphs>();
    buildFlowGraph();
}

Snapshot::~Snapshot() = default;

void Snapshot::buildFlowGraph()
{
    // Flows in global time order: transfers and UTXO transactions are each sorted, so merge them; a transaction's
    // inputs come before its outputs.
    const auto &transfers = m_data.transfers;
    const auto &txs = m_data.utxoTxs;
    std::size_t flowEstimate = transfers.size();
    for (const GraphUtxoTx &tx : txs) {
        flowEstimate += tx.inputCount + tx.outputCount;
    }
    m_flows.reserve(flowEstimate);
    std::size_t t = 0;
    std::size_t u = 0;
    while (t < transfers.size() || u < txs.size()) {
        if (u == txs.size() || (t < transfers.size() && transfers[t].timestamp <= txs[u].timestamp)) {
            const GraphTransfer &tr = transfers[t];
            m_flows.push_back(Flow{tr.from, tr.to, FlowKind::Transfer, tr.asset, quint32(t), tr.timestamp, tr.amount});
            ++t;
            continue;
        }
        const GraphUtxoTx &tx = txs[u];
        const NodeIndex txNode = m_firstTx + quint32(u);
        for (quint32 i = tx.firstInput; i < tx.firstInput + tx.inputCount; ++i) {
            const GraphInput &in = m_data.inputs[i];
            if (in.address != kNone && in.amount >= 0) {
                m_flows.push_back(
                    Flow{in.address, txNode, FlowKind::Input, tx.asset, i, tx.timestamp, Amount(quint64(in.amount))});
            }
        }
        for (quint32 o = tx.firstOutput; o < tx.firstOutput + tx.outputCount; ++o) {
            const GraphOutput &out = m_data.outputs[o];
            if (out.address != kNone) {
                m_flows.push_back(Flow{txNode, out.address, FlowKind::Output, tx.asset, o, tx.timestamp,
                                       Amount(quint64(out.amount))});
            }
        }
        ++u;
    }

    EdgeList edges(m_flows.size());
    std::vector<quint32> ids(m_flows.size());
    for (quint32 i = 0; i < m_flows.size(); ++i) {
        edges[i] = {m_flows[i].from, m_flows[i].to};
        ids[i] = i;
    }
    m_graphs->forward = buildCsr(edges, ids, m_nodeCount);
    for (auto &e : edges) {
        std::swap(e.first, e.second);
    }
    m_graphs->backward = buildCsr(edges, ids, m_nodeCount);
}

void Snapshot::buildEntityGraph() const
{
    // The entity graph: every flow, every address's cluster, and the records that tie addresses, incidents, groups
    // and services together.
    m_links.reserve(m_flows.size() + m_data.addresses.size() + m_data.roles.size() + m_data.attributions.size() +
                    m_data.tags.size());
    for (quint32 i = 0; i < m_flows.size(); ++i) {
        m_links.push_back(Link{m_flows[i].from, m_flows[i].to, LinkKind::Flow, i});
    }
    for (quint32 a = 0; a < m_data.addresses.size(); ++a) {
        m_links.push_back(Link{a, m_firstCluster + m_clustering.clusterOf(a), LinkKind::Member, a});
    }
    for (quint32 i = 0; i < m_data.roles.size(); ++i) {
        const GraphRole &r = m_data.roles[i];
        m_links.push_back(Link{m_firstIncident + r.incident, r.address, LinkKind::Role, i});
    }
    for (quint32 i = 0; i < m_data.attributions.size(); ++i) {
        const GraphAttribution &a = m_data.attributions[i];
        m_links.push_back(Link{m_firstIncident + a.incident, m_firstGroup + a.group, LinkKind::Attribution, i});
    }
    for (quint32 i = 0; i < m_data.tags.size(); ++i) {
        const GraphTag &tag = m_data.tags[i];
        if (tag.group != kNone) {
            m_links.push_back(Link{tag.address, m_firstGroup + tag.group, LinkKind::GroupTag, i});
        }
        if (tag.service != kNone) {
            m_links.push_back(Link{tag.address, m_firstService + tag.service, LinkKind::ServiceTag, i});
        }
    }
    EdgeList both(m_links.size() * 2);
    std::vector<quint32> linkIds(m_links.size() * 2);
    for (quint32 i = 0; i < m_links.size(); ++i) {
        both[2 * i] = {m_links[i].from, m_links[i].to};
        both[2 * i + 1] = {m_links[i].to, m_links[i].from};
        linkIds[2 * i] = i;
        linkIds[2 * i + 1] = i;
    }
    m_graphs->entities = buildCsr(both, linkIds, m_nodeCount);
}

std::size_t Snapshot::nodeCount() const
{
    return m_nodeCount;
}

NodeKind Snapshot::kind(NodeIndex node) const
{
    if (node < m_firstTx) {
        return NodeKind::Address;
    }
    if (node < m_firstCluster) {
        return NodeKind::Transaction;
    }
    if (node < m_firstIncident) {
        return NodeKind::Cluster;
    }
    if (node < m_firstGroup) {
        return NodeKind::Incident;
    }
    return node < m_firstService ? NodeKind::Group : NodeKind::Service;
}

quint32 Snapshot::local(NodeIndex node) const
{
    switch (kind(node)) {
    case NodeKind::Address:
        return node;
    case NodeKind::Transaction:
        return node - m_firstTx;
    case NodeKind::Cluster:
        return node - m_firstCluster;
    case NodeKind::Incident:
        return node - m_firstIncident;
    case NodeKind::Group:
        return node - m_firstGroup;
    case NodeKind::Service:
        break;
    }
    return node - m_firstService;
}

NodeIndex Snapshot::node(NodeKind kind, quint32 local) const
{
    switch (kind) {
    case NodeKind::Address:
        return local;
    case NodeKind::Transaction:
        return m_firstTx + local;
    case NodeKind::Cluster:
        return m_firstCluster + local;
    case NodeKind::Incident:
        return m_firstIncident + local;
    case NodeKind::Group:
        return m_firstGroup + local;
    case NodeKind::Service:
        break;
    }
    return m_firstService + local;
}

QString Snapshot::nodeName(NodeIndex node) const
{
    const quint32 i = local(node);
    switch (kind(node)) {
    case NodeKind::Address:
        return m_data.address(i);
    case NodeKind::Transaction:
        return u"tx:%1"_s.arg(m_data.utxoTxs[i].rowId);
    case NodeKind::Cluster:
        return u"cluster:%1"_s.arg(i);
    case NodeKind::Incident:
        return u"incident:%1"_s.arg(m_data.incidents[i].rowId);
    case NodeKind::Group:
        return u"group:"_s + m_data.groups[i].name;
    case NodeKind::Service:
        break;
    }
    return u"service:"_s + m_data.services[i].name;
}

std::optional<NodeIndex> Snapshot::resolve(const QString &text) const
{
    const QString t = text.trimmed();
    const auto number = [&](qsizetype prefix) -> std::optional<qint64> {
        bool ok = false;
        const qint64 v = t.mid(prefix).toLongLong(&ok);
        return ok ? std::optional(v) : std::nullopt;
    };
    if (t.startsWith(u"incident:"_s)) {
        const auto id = number(9);
        for (quint32 i = 0; id && i < m_data.incidents.size(); ++i) {
            if (m_data.incidents[i].rowId == *id) {
                return m_firstIncident + i;
            }
        }
        return std::nullopt;
    }
    if (t.startsWith(u"cluster:"_s)) {
        const auto n = number(8);
        return n && *n >= 0 && *n < qint64(m_clustering.clusterCount()) ? std::optional(m_firstCluster + quint32(*n))
                                                                        : std::nullopt;
    }
    if (t.startsWith(u"tx:"_s)) {
        const auto id = number(3);
        for (quint32 i = 0; id && i < m_data.utxoTxs.size(); ++i) {
            if (m_data.utxoTxs[i].rowId == *id) {
                return m_firstTx + i;
            }
        }
        return std::nullopt;
    }
    if (t.startsWith(u"service:"_s)) {
        const QString name = t.mid(8);
        for (quint32 i = 0; i < m_data.services.size(); ++i) {
            if (m_data.services[i].name.compare(name, Qt::CaseInsensitive) == 0) {
                return m_firstService + i;
            }
        }
        return std::nullopt;
    }
    const QString groupName = t.startsWith(u"group:"_s) ? t.mid(6) : t;
    for (quint32 i = 0; i < m_data.groups.size(); ++i) {
        if (m_data.groups[i].name.compare(groupName, Qt::CaseInsensitive) == 0) {
            return m_firstGroup + i;
        }
    }
    if (t.startsWith(u"group:"_s)) {
        return std::nullopt;
    }
    // An address: its canonical form differs by chain (EIP-55 case, Bech32 lower case), so try each chain.
    for (const QString &chainName : m_data.chains) {
        const auto canonical = chain::normalizeAddress(chainName, t);
        if (!canonical) {
            continue;
        }
        if (auto a = m_data.findAddress(chainName, *canonical)) {
            return *a;
        }
    }
    // Chains without address rules keep addresses exactly as written.
    return m_data.findAddress({}, t);
}

std::span<const quint32> Snapshot::outFlows(NodeIndex node) const
{
    return edgesOf(m_graphs->forward, node);
}

std::span<const quint32> Snapshot::inFlows(NodeIndex node) const
{
    return edgesOf(m_graphs->backward, node);
}

std::span<const NodeIndex> Snapshot::outTargets(NodeIndex node) const
{
    return neighboursOf(m_graphs->forward, node);
}

std::span<const NodeIndex> Snapshot::inSources(NodeIndex node) const
{
    return neighboursOf(m_graphs->backward, node);
}

const std::vector<Link> &Snapshot::entityLinks() const
{
    std::call_once(m_entitiesBuilt, [this] { buildEntityGraph(); });
    return m_links;
}

std::size_t Snapshot::linkCount() const
{
    return entityLinks().size();
}

const Link &Snapshot::link(quint32 index) const
{
    return entityLinks()[index];
}

std::span<const quint32> Snapshot::links(NodeIndex node) const
{
    entityLinks();
    return edgesOf(m_graphs->entities, node);
}

NodeIndex Snapshot::clusterNode(NodeIndex address) const
{
    return m_firstCluster + m_clustering.clusterOf(address);
}

quint32 Snapshot::serviceOfAddress(quint32 address) const
{
    return m_clustering.serviceOf(m_clustering.clusterOf(address));
}

} // namespace awb::graph
