// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress.h"
#include "core/report/summary/casesummary.h"
#include "core/result.h"

class QIODevice;

namespace awb::pdf {

class ReportDocument;

/**
 * Writes @p summary as a paginated A4 PDF to @p out and returns the number of pages. Every page has a header (the
 * case name and the report's title) and a footer (the report date and "Page N of M"). The text is the HTML
 * report's, laid out by QTextDocument with its resource loading closed: nothing named in case data is ever
 * loaded; the figures are drawn as vectors from their SVG. Needs a QGuiApplication (awb-cli makes an offscreen
 * one for the commands that render). @p progress (may be null) hears the layout and each page; a cancel returns
 * Cancelled, with whatever reached @p out left for the caller to discard.
 */
Result<int>
writePdfReport(const awb::report::summary::CaseSummary &summary, QIODevice &out, const Progress *progress = nullptr);

/** Writes the pages of a document already laid out (the report dialog's preview), as writePdfReport does. */
Result<int> writePdfPages(const ReportDocument &document, QIODevice &out, const Progress *progress = nullptr);

} // namespace awb::pdf
