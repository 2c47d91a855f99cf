// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress.h"
#include "core/report/summary/casesummary.h"
#include "core/result.h"

#include <memory>

class QIODevice;

namespace awb::pdf {
class ReportDocument;
} // namespace awb::pdf

namespace awb::ui {

class WorkProgress;

/**
 * Lays @p summary's pages out on a worker thread while @p work shows the progress, and hands the document to the
 * GUI thread; null when cancelled. Qt lays a long report out in a few long calls that hear no Cancel (setHtml and
 * the table layout: 1.7 s each for 1,500 incidents), so only a worker keeps the window painting and Cancel heard.
 */
std::shared_ptr<const pdf::ReportDocument> layOutReport(WorkProgress &work,
                                                        const awb::report::summary::CaseSummary &summary);

/** The GUI's PdfWriter: lays the pages out with layOutReport, then draws them here page by page, telling
 *  @p progress (may be null). */
Result<int> writeReportPdf(WorkProgress &work,
                           const awb::report::summary::CaseSummary &summary,
                           QIODevice &out,
                           const Progress *progress);

} // namespace awb::ui
