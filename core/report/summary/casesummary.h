// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/records.h"
#include "core/progress.h"
#include "core/query/incidentfilter.h"
#include "core/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace awb {
class CaseStore;
} // namespace awb

namespace awb::report::summary {

/**
 * A case summary report as plain data (docs/reports.md): what the Markdown, HTML and (later) PDF renderers show.
 * Every text is case text, unescaped; renderers escape it for their format. Every fact, row and figure carries
 * the numbers of the sources it rests on (citations, 1-based, into CaseSummary::sources).
 */

/** What a report is about: one incident, the incidents attributed to one group (and its sub-units), or a filter. */
struct SummaryScope
{
    enum class Kind { Incident, Group, Filter };
    Kind kind = Kind::Filter;
    IncidentId incident;   // Kind::Incident
    QString group;         // Kind::Group: a name or alias, resolved as the incident filter resolves it
    IncidentFilter filter; // Kind::Filter
};

struct SummaryOptions
{
    QString caseName;
    QString reportDate; // ISO 8601; the caller's clock, so a report can be reproduced
    /** The fund-flow figure draws at most this many nodes (the seeds and those nearest to them). */
    int maxFlowNodes = 60;
    /** Hears each incident gathered; a cancel returns Cancelled. May be null. */
    const Progress *progress = nullptr;
};

/** One numbered entry of the source list. */
struct CitedSource
{
    int number = 0;
    Source source;
};

/** A row of the key-facts table. */
struct Fact
{
    QString label;
    QString value;
    std::vector<int> citations;
    bool synthetic = false;
};

/** One attribution claim, as recorded: claims are never merged. */
struct ClaimRow
{
    IncidentId incident;
    QString incidentTitle;
    QString group;
    QString confidence;
    QString party;
    QString date;
    QString evidence;
    std::vector<int> citations;
    bool synthetic = false;
};

/** An incident of a group or filter report. */
struct IncidentRow
{
    IncidentId id;
    QString date;
    QString title;
    QString victim;
    QString country;
    QString loss; // "$100,000,000" or "$100,000,000 (sources: $35,000,000–$121,000,000)"
    QString attributedTo;
    std::vector<int> citations;
    bool synthetic = false;
};

/** The value of the trace that reached one service (an exchange, a mixer, a bridge) in one asset. */
struct CashOutRow
{
    QString service;
    QString category;
    QString chain;
    QString asset;
    QString haircut; // whole units, exact ("79.92")
    QString fifo;
    QString poison;
    std::vector<int> citations;
    bool synthetic = false;
};

/** An incident on the timeline figure. */
struct TimelinePoint
{
    QString date; // ISO 8601, possibly only a year or a month
    QString title;
    std::optional<qint64> lossUsd;
    bool synthetic = false;
};

/** A node of the fund-flow figure at its flow-layout position. */
struct FlowNode
{
    double x = 0;
    double y = 0;
    QString label; // a shortened address, or the service's name
    QString kind;  // "seed", "service" or "address"
    bool synthetic = false;
};

struct FlowLink
{
    int from = 0;
    int to = 0;
};

struct Figure
{
    QString caption;
    std::vector<int> citations;
    bool synthetic = false;
};

/** The most incidents the timeline figure draws one to a row; beyond that the rows would be too thin to read. */
inline constexpr std::size_t kTimelineRows = 60;

struct TimelineFigure : Figure
{
    std::vector<TimelinePoint> points; // by date
    bool byYear = false;               // more than kTimelineRows points: drawn as counts and losses per year
};

struct FlowFigure : Figure
{
    std::vector<FlowNode> nodes;
    std::vector<FlowLink> links; // one per pair of nodes with flows between them
    int omittedNodes = 0;        // nodes of the trace not drawn (beyond maxFlowNodes)
};

struct CaseSummary
{
    SummaryScope::Kind kind = SummaryScope::Kind::Incident;
    QString title;     // "Bybit Ethereum cold-wallet theft"
    QString scopeText; // what was selected: "Incident 42", "Group TraderTraitor (with sub-units)", "Filter: …"
    QString caseName;
    QString reportDate;
    bool anySynthetic = false; // a note at the top says so
    std::vector<Fact> keyFacts;
    std::vector<IncidentRow> incidents; // group and filter scopes
    std::vector<ClaimRow> claims;
    std::optional<TimelineFigure> timeline;
    std::optional<FlowFigure> flow;
    QString cashOutBasis; // how the trace behind the cash-out table was run
    std::vector<CashOutRow> cashOut;
    std::vector<CitedSource> sources; // numbered in order of first citation
};

/**
 * Builds the summary of @p scope from the case: NotFound for an unknown incident id or a group name no group bears,
 * InvalidInput for a bad filter, Cancelled when options.progress was cancelled. Reads the case only; deterministic
 * for the same case and options.
 */
Result<CaseSummary> buildCaseSummary(CaseStore &store, const SummaryScope &scope, const SummaryOptions &options);

/** What a cancelled report returns, however far it got: "The report was cancelled; nothing was written." */
Error reportCancelledError();

/** "$1,500,000,000". */
QString usdText(qint64 usd);

} // namespace awb::report::summary
