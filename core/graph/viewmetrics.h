// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/neighbourhood.h"

#include <QString>

#include <atomic>
#include <optional>
#include <vector>

namespace awb::graph {

/** What the graph canvas sizes or colours its nodes by. */
enum class ViewMetric : quint8 { None, Degree, Betweenness, AmountIn, AmountOut };

/** "none", "degree", "betweenness", "amount-in", "amount-out": stable, for settings and the command line. */
QString viewMetricName(ViewMetric metric);
/** The metric named @p name (any case, surrounding spaces ignored); nullopt for anything else. */
std::optional<ViewMetric> viewMetricFromName(const QString &name);

/**
 * One value per node of @p graph, for the drawn neighbourhood only (not the whole case):
 *
 * - None: 0 everywhere.
 * - Degree: the drawn edges touching the node; a folded edge counts once however many links it stands for.
 * - Betweenness: Brandes' algorithm over the drawn edges, unweighted and undirected (edges once per pair of nodes,
 *   self-loops ignored), normalised to [0, 1] by 2 / ((n - 1)(n - 2)); 0 everywhere when n < 3.
 * - AmountIn, AmountOut: the sum of the flow edges (LinkKind::Flow) of @p asset into (b) or out of (a) the node, in
 *   base units. Amounts of different assets are never added. Summed exactly, then converted to double.
 *
 * Empty when @p cancel is set (checked first, and between the breadth-first searches of Betweenness). Pure and
 * deterministic: safe to run off the GUI thread. Betweenness on large graphs spreads its searches over a few
 * threads of its own; the result does not depend on their number.
 */
std::vector<double>
viewMetric(const ViewGraph &graph, ViewMetric metric, quint16 asset = 0, const std::atomic<bool> *cancel = nullptr);

/** The asset carrying the most flow edges of @p graph (ties: the lower id); 0 when there are none. */
quint16 dominantAsset(const ViewGraph &graph);

} // namespace awb::graph
