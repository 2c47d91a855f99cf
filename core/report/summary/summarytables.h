// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/summary/casesummary.h"

#include <QStringList>

namespace awb::report::summary {

/** A table of a summary as every renderer lays it out: the same headings, columns and cells (unescaped). */
struct SummaryTable
{
    QString heading;
    QString intro; // a sentence under the heading, may be empty
    QStringList columns;

    struct Row
    {
        QStringList cells;
        std::vector<int> citations; // shown in a last "Sources" column
        bool synthetic = false;     // shown as a SYNTHETIC mark after the first cell
    };

    std::vector<Row> rows;
};

struct SummaryTables
{
    SummaryTable keyFacts;
    std::optional<SummaryTable> incidents; // group and filter scopes
    SummaryTable claims;
    std::optional<SummaryTable> cashOut; // when there is a fund flow
};

SummaryTables summaryTables(const CaseSummary &summary);

/** The lines under the title: scope, case and date. */
QStringList headerLines(const CaseSummary &summary);

/** The note at the top when anything in the report is synthetic. */
QString syntheticNote();

/** One source-list entry without its URL: "Title. Publisher, 2025-02-26 (press)". */
QString sourceText(const Source &source);

} // namespace awb::report::summary
