// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/bridges.h"
#include "core/graph/peelchains.h"
#include "core/graph/snapshot.h"
#include "core/graph/taint.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <span>
#include <vector>

namespace awb::graph {

enum class TraceDirection : quint8 { Forward, Backward };

struct TraceOptions
{
    TraceDirection direction = TraceDirection::Forward;
    int maxHops = 10; // -1: no limit
    TimeWindow window;
    /** Flows below this many whole units of their own asset are not followed ("0.5"); empty: all are. */
    QString minAmount;
    /** Service categories value passes through as if they were ordinary addresses ("mixer", "bridge"). */
    QStringList through;
    /** How long after traced value reaches a bridge its payouts on other chains are candidates (forward). */
    qint64 bridgeWindowSeconds = 48 * 3600;
};

/** Where a trace starts and what it counts as the traced value. */
struct TraceSeeds
{
    std::vector<NodeIndex> nodes;     // the seed addresses
    std::vector<quint32> sourceFlows; // the flows whose whole value is traced
    QString basis;                    // how the traced value was chosen, for the reader
};

/**
 * Seeds from one address (@p text: canonical form, any case on EVM chains). The traced value is everything the
 * address received inside the window (forward and backward alike).
 */
Result<TraceSeeds> addressSeeds(const Snapshot &snapshot, const QString &text, const TraceOptions &options);

/**
 * Seeds from the incident with database id @p incidentRowId. Forward: its exploiter addresses, tracing what they
 * received from its victim addresses (without victims: all they received); without exploiters, its victims and
 * their outflows. Backward: its cash-out addresses (else its exploiters), tracing all they received.
 */
Result<TraceSeeds> incidentSeeds(const Snapshot &snapshot, qint64 incidentRowId, const TraceOptions &options);

/** Why the trace stopped at an endpoint. */
enum class StopReason : quint8 { Service, HopLimit, Holding };

struct TraceEndpoint
{
    NodeIndex node = 0;
    quint16 asset = 0;
    int hops = 0;
    StopReason reason = StopReason::Holding;
    TaintAmounts taint;
    qint64 reachedAt = 0; // when the first traced value arrived (backward: the first flow of it, walking back)
};

/** Per asset: the traced value and where it went, so that endpoints + held + belowMin + fees == traced. */
struct AssetTotals
{
    quint16 asset = 0;
    Amount traced = 0;
    TaintAmounts endpoints; // sum over the endpoints
    TaintAmounts held;      // still held by addresses the trace passed through (part of the residual)
    TaintAmounts belowMin;  // carried by flows below --min-amount, not followed (part of the residual)
    TaintAmounts fees;      // left in UTXO transactions as fees

    TaintAmounts residual() const
    {
        TaintAmounts r = held;
        return r += belowMin;
    }
};

struct TraceResult
{
    TraceDirection direction = TraceDirection::Forward;
    TraceSeeds seeds;
    std::vector<TraceEndpoint> endpoints; // largest haircut first
    std::vector<AssetTotals> totals;      // assets in index order, only those traced
    std::vector<PeelChain> peelChains;
    std::vector<BridgeCrossing> bridges; // forward only: endpoints at bridges, with candidate payouts elsewhere
    std::size_t flowsVisited = 0;
    std::size_t nodesVisited = 0;
};

/**
 * Runs traces on one snapshot, keeping its per-node work arrays between runs (reset by epoch), so a trace costs
 * in proportion to what it reaches, not to the case.
 */
class Tracer
{
public:
    explicit Tracer(std::shared_ptr<const Snapshot> snapshot);
    ~Tracer();
    Tracer(const Tracer &) = delete;
    Tracer &operator=(const Tracer &) = delete;

    /** Fails only on a malformed --min-amount. */
    Result<TraceResult> run(const TraceSeeds &seeds, const TraceOptions &options);

private:
    struct Work;
    std::shared_ptr<const Snapshot> m_snapshot;
    std::unique_ptr<Work> m_work;
};

Result<TraceResult>
trace(std::shared_ptr<const Snapshot> snapshot, const TraceSeeds &seeds, const TraceOptions &options);

/**
 * The nodes reachable from @p seeds along flows (seeds included), within @p maxHops flows (-1: the full closure);
 * UTXO transaction nodes count as nodes and hops like addresses. With @p stopAtServices, addresses in a service's
 * cluster are reached but not followed, unless their category is one of @p through. Order: breadth-first.
 */
std::vector<NodeIndex> downstream(const Snapshot &snapshot,
                                  std::span<const NodeIndex> seeds,
                                  int maxHops,
                                  bool stopAtServices = false,
                                  const QStringList &through = {});

/** Base units of @p text (decimal whole units) in an asset of @p decimals, rounded up; nullopt when malformed. */
std::optional<Amount> minAmountUnits(const QString &text, int decimals);

} // namespace awb::graph
