// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/summary/casesummary.h"

namespace awb::report::summary {

/** A Markdown report and the SVG files it refers to. */
struct MarkdownReport
{
    QString text;

    struct FigureFile
    {
        QString name; // "timeline.svg", inside the figure directory
        QString svg;  // a whole SVG document
    };

    std::vector<FigureFile> figures;
};

/**
 * The summary as CommonMark with GitHub tables. Case text is escaped (markdownEscape), so it can create no markup,
 * raw HTML or link; the only links are the sources' http/https URLs and the figures, referred to as
 * @p figureDir/NAME (relative to the .md file; written by the caller).
 */
MarkdownReport renderMarkdown(const CaseSummary &summary, const QString &figureDir);

} // namespace awb::report::summary
