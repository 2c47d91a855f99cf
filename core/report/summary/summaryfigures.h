// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/summary/casesummary.h"

namespace awb::report::summary {

/**
 * The figures of a case summary as standalone SVG 1.1 (an <svg> element with its namespace, no XML declaration):
 * deterministic for the same data, every text XML-escaped, no script, no foreignObject, no link and no reference
 * outside the document. A synthetic figure says SYNTHETIC in its corner; synthetic points and nodes are dashed.
 */
QString timelineSvg(const TimelineFigure &figure);
QString flowSvg(const FlowFigure &figure);

/** A summary's figures in the order the reports number them: the timeline, then the fund flow. */
struct NumberedFigure
{
    const Figure *figure = nullptr;
    QString fileName; // "timeline.svg", "fund-flow.svg"
    QString svg;
};

std::vector<NumberedFigure> numberedFigures(const CaseSummary &summary);

} // namespace awb::report::summary
