// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/snapshot.h"

#include <vector>

namespace awb::graph {

struct TraceEndpoint;

/** A payout a bridge made on another chain: a transfer out of it, or an output of a transaction it spent in. */
struct BridgePayout
{
    quint32 flow = 0; // the transfer, or the transaction output
    NodeIndex to = 0; // the receiving address
    quint16 asset = 0;
    Amount amount = 0;
    qint64 timestamp = 0;
};

/**
 * A trace endpoint at a bridge, with the bridge's payouts on its other chains in the window after traced value
 * reached it: the candidates for where the value crossed to. They are candidates, not a continuation: the case
 * holds no exchange rate and no record of which deposit paid for which payout.
 */
struct BridgeCrossing
{
    std::size_t endpoint = 0;          // index into TraceResult::endpoints
    quint32 service = 0;               // index into GraphData::services
    std::vector<BridgePayout> payouts; // earliest first, at most kMaxBridgePayouts
    std::size_t morePayouts = 0;       // in the window beyond those listed
};

inline constexpr std::size_t kMaxBridgePayouts = 25;

/** The crossings of the forward-trace @p endpoints that stopped at a service of category "bridge". */
std::vector<BridgeCrossing>
findBridgeCrossings(const Snapshot &snapshot, const std::vector<TraceEndpoint> &endpoints, qint64 windowSeconds);

} // namespace awb::graph
