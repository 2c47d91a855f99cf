// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/summary/casesummary.h"

#include <functional>

class QIODevice;

namespace awb::report::summary {

/**
 * Writes through @p write to a temporary file beside @p path (QSaveFile) that replaces it only once @p write
 * succeeded: @p path is the old file or the whole new one, never half of one. Returns what @p write returned.
 */
Result<QString> writeFileAtomically(const QString &path, const std::function<Result<QString>(QIODevice &)> &write);

/** The formats a case summary is written in (docs/reports.md). */
enum class ReportFormat { Pdf, Html, Markdown };

/** "pdf", "html", "md" → the format; nullopt for any other name. */
std::optional<ReportFormat> reportFormat(const QString &name);

/** Writes a summary as PDF to the device and returns its page count, hearing the progress (may be null) page by
 *  page. Core has no painter: the caller brings one (pdf::writePdfReport). */
using PdfWriter = std::function<Result<int>(const CaseSummary &, QIODevice &, const Progress *)>;

/**
 * Writes @p summary to @p path in @p format, each file whole or not at all (QSaveFile), and returns what it wrote
 * ("report.pdf (3 pages)"). Markdown's figures go to a directory beside it (report.md → report-figures/), written
 * before the Markdown that refers to them. A cancel of @p progress (may be null) leaves @p path as it was.
 */
Result<QString> writeReportFile(const CaseSummary &summary,
                                ReportFormat format,
                                const QString &path,
                                const PdfWriter &writePdf,
                                const Progress *progress = nullptr);

} // namespace awb::report::summary
