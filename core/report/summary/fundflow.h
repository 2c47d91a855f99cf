// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/summary/casesummary.h"

namespace awb::report::summary {

/** An incident's fund flow for its summary: the figure's data and the cash-out rows, with the sources they rest on. */
struct FundFlow
{
    std::optional<FlowFigure> figure; // none when the case has no wallet data to trace from
    std::vector<SourceId> figureSources;
    QString basis;
    std::vector<CashOutRow> cashOut;                   // citations left empty: the caller numbers the sources
    std::vector<std::vector<SourceId>> cashOutSources; // one per cash-out row
};

/**
 * The forward trace from the incident's exploiter addresses with `awb-cli trace`'s default options (graph::trace):
 * the services it reaches with the haircut, FIFO and poison amounts (one row per service and asset), and the
 * traced part of the money-flow graph (the first @p maxNodes nodes breadth first) laid out by layout::flowLayout.
 */
Result<FundFlow> fundFlow(CaseStore &store, IncidentId incident, int maxNodes);

} // namespace awb::report::summary
