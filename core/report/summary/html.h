// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/summary/casesummary.h"

namespace awb::report::summary {

/** How renderHtml embeds the figures. */
enum class HtmlFigures {
    InlineSvg,
    /** `<img src="awb-figure:N">`, N the figure's number (figureSvgs' order), for a renderer that draws the
     *  figures itself: the PDF report, whose QTextDocument knows no SVG. Tables span the page. */
    Placeholders,
};

/**
 * The summary as one self-contained HTML5 document: inline CSS, the figures as inline SVG, no script, no event
 * handler, a Content-Security-Policy that forbids loading anything; every case text HTML-escaped; the only links
 * are the sources' http/https URLs and the citations' anchors into the source list.
 */
QString renderHtml(const CaseSummary &summary, HtmlFigures figures = HtmlFigures::InlineSvg);

} // namespace awb::report::summary
