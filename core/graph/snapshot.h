// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/clustering.h"
#include "core/graph/graphdata.h"
#include "core/result.h"

#include <memory>
#include <mutex>
#include <optional>
#include <span>

namespace awb {
class CaseStore;
}

namespace awb::graph {

using NodeIndex = quint32;

enum class NodeKind : quint8 { Address, Transaction, Cluster, Incident, Group, Service };

/** A movement of value: a transfer between addresses, a UTXO input (address → transaction) or output. */
enum class FlowKind : quint8 { Transfer, Input, Output };

struct Flow
{
    NodeIndex from = 0;
    NodeIndex to = 0;
    FlowKind kind = FlowKind::Transfer;
    quint16 asset = 0;
    quint32 ref = 0; // index into GraphData::transfers, inputs or outputs
    qint64 timestamp = 0;
    Amount amount = 0; // an input whose amount is unknown has no flow
};

/** An edge of the entity graph: a flow, or a relation between records. */
enum class LinkKind : quint8 {
    Flow,        // ref: flow index
    Member,      // address — cluster; ref: address index
    Role,        // incident — address; ref: index into GraphData::roles
    Attribution, // incident — group; ref: index into GraphData::attributions
    GroupTag,    // address — group; ref: index into GraphData::tags
    ServiceTag,  // address — service; ref: index into GraphData::tags
};

struct Link
{
    NodeIndex from = 0;
    NodeIndex to = 0;
    LinkKind kind = LinkKind::Flow;
    quint32 ref = 0;
};

/**
 * An immutable graph of one case, built once and shared by every analysis: the money-flow graph (addresses and
 * UTXO transactions, edges in time order) and the entity graph (every node kind, every typed link, both
 * directions). Both are compressed sparse rows built with Boost.Graph; no Boost type appears here.
 *
 * Nodes are numbered addresses first, then UTXO transactions, clusters, incidents, groups and services.
 */
class Snapshot
{
public:
    /** Reads the case and builds the snapshot with the clustering of @p options. */
    static Result<std::shared_ptr<const Snapshot>> load(CaseStore &store, const ClusterOptions &options = {});
    static std::shared_ptr<const Snapshot> build(GraphData data, const ClusterOptions &options = {});

    ~Snapshot();
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;

    const GraphData &data() const { return m_data; }

    const Clustering &clustering() const { return m_clustering; }

    std::size_t nodeCount() const;
    NodeKind kind(NodeIndex node) const;
    /** The node's index within its kind (address index, utxo tx index, cluster index …). */
    quint32 local(NodeIndex node) const;
    NodeIndex node(NodeKind kind, quint32 local) const;

    /**
     * A stable, readable name of the node, which resolve() reads back: the address itself,
     * "tx:<chain>:<hash-row-id>", "cluster:<n>", "incident:<row id>", "group:<name>", "service:<name>".
     */
    QString nodeName(NodeIndex node) const;
    /**
     * The node a user means by @p text: an address (any case for EVM chains), "cluster:N", "incident:ID",
     * "group:NAME" (or a group name), "service:NAME". nullopt when nothing matches.
     */
    std::optional<NodeIndex> resolve(const QString &text) const;

    // The money-flow graph. Flows of a node are ordered by (timestamp, flow index).
    std::size_t flowCount() const { return m_flows.size(); }

    const Flow &flow(quint32 index) const { return m_flows[index]; }

    std::span<const quint32> outFlows(NodeIndex node) const;
    std::span<const quint32> inFlows(NodeIndex node) const;
    /** The receiving node of each of outFlows(node), in the same order: reachability reads 4 bytes per edge. */
    std::span<const NodeIndex> outTargets(NodeIndex node) const;
    /** The sending node of each of inFlows(node), in the same order. */
    std::span<const NodeIndex> inSources(NodeIndex node) const;

    // The entity graph: every link appears in the lists of both its ends. It is built on first use (thread-safe),
    // because tracing and clustering never need it and it is the larger of the two graphs.
    std::size_t linkCount() const;
    const Link &link(quint32 index) const;
    std::span<const quint32> links(NodeIndex node) const;

    /** The cluster node of an address node. */
    NodeIndex clusterNode(NodeIndex address) const;
    /** The service of the address's cluster (index into GraphData::services), or kNone. */
    quint32 serviceOfAddress(quint32 address) const;

private:
    Snapshot(GraphData data, Clustering clustering);
    void buildFlowGraph();
    void buildEntityGraph() const;
    const std::vector<Link> &entityLinks() const;

    struct Graphs;
    GraphData m_data;
    Clustering m_clustering;
    std::vector<Flow> m_flows;
    mutable std::vector<Link> m_links;
    mutable std::once_flag m_entitiesBuilt;
    std::unique_ptr<Graphs> m_graphs;
    quint32 m_firstTx = 0, m_firstCluster = 0, m_firstIncident = 0, m_firstGroup = 0, m_firstService = 0,
            m_nodeCount = 0;
};

} // namespace awb::graph
