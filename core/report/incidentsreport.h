// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/incidentfilter.h"
#include "core/report/csv.h"

#include <QJsonObject>
#include <QString>

namespace awb::report {

/** "$4.88B", "$620M", "$950K", "$312": three significant figures, for a rollup line. */
QString compactUsd(qint64 dollars);
/**
 * The rollup as a panel report states it: "43 incidents · 18 countries · $4.67B–$5.00B total". Where the
 * sources disagree the total is a range; incidents without a figure and synthetic incidents are counted aloud.
 */
QString rollupText(const Rollup &rollup);
/** How a group name resolved, when that needs saying: ambiguous aliases, names other groups also claim. */
QString resolutionText(const GroupResolution &resolution, const GroupDirectory &directory);

/** The JSON of `awb-cli incidents --json` (docs/cli.md): {"incidents": […], "rollup": {…}, "groups": […]}. */
QJsonObject incidentsToJson(const FilterResult &result, const GroupDirectory &directory);
/** RFC 4180 CSV with CRLF line ends; cells a spreadsheet would run as a formula are prefixed with '. */
QString incidentsToCsv(const FilterResult &result, const GroupDirectory &directory);
/** The same rows written to @p csv, header first (`awb-cli export --table incidents`). */
void writeIncidentsCsv(CsvWriter &csv, const FilterResult &result, const GroupDirectory &directory);
/** A plain-text table for a terminal, the resolution notes and the rollup line. */
QString incidentsToText(const FilterResult &result, const GroupDirectory &directory);

} // namespace awb::report
