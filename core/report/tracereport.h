// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/trace.h"

#include <QJsonObject>
#include <QString>

namespace awb::report {

/** The JSON of `awb-cli trace --json` (docs/cli.md): endpoints, per-asset totals, peel chains and counts. */
QJsonObject
traceToJson(const graph::Snapshot &snapshot, const graph::TraceResult &result, const graph::TraceOptions &options);

/** A readable summary: totals per asset, the largest endpoints, peel chains. */
QString traceToText(const graph::Snapshot &snapshot, const graph::TraceResult &result, int maxEndpoints = 25);

} // namespace awb::report
