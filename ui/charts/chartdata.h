// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/query/incidentsummary.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

/**
 * The aggregation behind the incident charts: plain values computed in one pass over the filtered incidents,
 * so the chart widgets only render. Losses are the recorded figures (IncidentSummary::lossUsd); incidents
 * without one are counted where a chart counts incidents but never summed.
 */
namespace awb::ui::charts {

/** What a chart leaves out or has to mark, for its caption. */
struct ChartCoverage
{
    int withoutLoss = 0; // incidents the chart would sum but that have no recorded USD figure
    int withoutDate = 0; // incidents whose start date cannot be read: left out of the time charts
    int synthetic = 0;   // synthetic incidents the chart includes

    bool operator==(const ChartCoverage &) const = default;
};

/** The incidents of one group in one year. */
struct YearCell
{
    qint64 lossUsd = 0;
    int incidents = 0;   // including those without a USD figure
    int withoutLoss = 0; // of incidents

    bool operator==(const YearCell &) const = default;
};

/** One stacked bar set: a group (or no group) across every year of the chart. */
struct GroupYears
{
    std::optional<GroupId> group; // nullopt: incidents without an attribution
    std::vector<YearCell> years;  // years[i] is firstYear + i
    qint64 totalLossUsd = 0;

    bool operator==(const GroupYears &) const = default;
};

struct LossByYear
{
    int firstYear = 0;
    int yearCount = 0;              // firstYear … firstYear + yearCount - 1, without gaps
    std::vector<GroupYears> groups; // by total loss, largest first; the unattributed set last
    ChartCoverage coverage;

    bool isEmpty() const { return yearCount == 0; }

    /** The largest loss of any one year, all groups together. */
    qint64 maxYearLossUsd() const;

    bool operator==(const LossByYear &) const = default;
};

struct CountryRow
{
    enum class Kind { Country, Unknown, Other };

    Kind kind = Kind::Country;
    QString code; // ISO 3166-1 alpha-2 for Kind::Country, empty otherwise
    int incidents = 0;
    int withoutLoss = 0; // of incidents
    qint64 lossUsd = 0;
    int countries = 1; // how many countries an Other row merges

    bool operator==(const CountryRow &) const = default;
};

struct CountryTotals
{
    /** Countries by loss, then by incident count, largest first; then Unknown and Other, if there are any. */
    std::vector<CountryRow> rows;
    ChartCoverage coverage;

    bool isEmpty() const { return rows.empty(); }

    bool operator==(const CountryTotals &) const = default;
};

/** The loss recorded up to and including @p date. */
struct LossStep
{
    QDate date;
    qint64 cumulativeLossUsd = 0;
    int incidents = 0; // incidents with a USD figure on this date

    bool operator==(const LossStep &) const = default;
};

struct CumulativeLoss
{
    std::vector<LossStep> steps; // one per date with a loss, oldest first
    ChartCoverage coverage;

    bool isEmpty() const { return steps.empty(); }

    bool operator==(const CumulativeLoss &) const = default;
};

/** An incident's start date: "2022-03-23", or the first day of "2022-03" or "2022"; nullopt otherwise. */
std::optional<QDate> incidentDate(const QString &startDate);

/** Loss per year and primary (strongest) group; the years span every dated incident without gaps. */
LossByYear lossByYearAndGroup(const std::vector<IncidentSummary> &incidents);
/** Incident count and loss for every victim country (and Unknown), untruncated. */
CountryTotals countryTotals(const std::vector<IncidentSummary> &incidents);
/** The first @p topN countries of @p totals, Unknown (never merged), and one Other row merging the rest. */
CountryTotals topCountries(const CountryTotals &totals, int topN);
/** countryTotals() cut to the top @p topN plus Other. */
CountryTotals byCountry(const std::vector<IncidentSummary> &incidents, int topN);
/** The running total of recorded losses, one step per date. */
CumulativeLoss cumulativeLoss(const std::vector<IncidentSummary> &incidents);

/** "$0", "$12K", "$500M", "$1.2B": @p dollars with at most @p decimals digits after the point. */
QString compactUsd(double dollars, int decimals = 1);
/** Evenly spaced round axis values from 0 to at least @p max: 0, 250M, 500M, … (about five intervals). */
std::vector<double> axisTicks(double max);

} // namespace awb::ui::charts
