// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartdata.h"

#include "core/model/validation.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <map>

namespace awb::ui::charts {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("awb::ui::charts", source);
}

/** Country rows largest first: by loss, then by incident count, then by code; Unknown after every country. */
bool ranksBefore(const CountryRow &a, const CountryRow &b)
{
    if (a.kind != b.kind) {
        return a.kind < b.kind;
    }
    if (a.lossUsd != b.lossUsd) {
        return a.lossUsd > b.lossUsd;
    }
    if (a.incidents != b.incidents) {
        return a.incidents > b.incidents;
    }
    return a.code < b.code;
}

} // namespace

qint64 LossByYear::maxYearLossUsd() const
{
    qint64 max = 0;
    for (int year = 0; year < yearCount; ++year) {
        qint64 total = 0;
        for (const GroupYears &group : groups) {
            total += group.years[static_cast<std::size_t>(year)].lossUsd;
        }
        max = std::max(max, total);
    }
    return max;
}

std::optional<QDate> incidentDate(const QString &startDate)
{
    // A date known only to the year or month counts from its first day.
    const auto period = isoPeriod(startDate);
    return period ? std::optional(period->first) : std::nullopt;
}

LossByYear lossByYearAndGroup(const std::vector<IncidentSummary> &incidents)
{
    LossByYear result;
    // Few groups and years against many incidents: the maps stay small, the pass over the incidents is linear.
    std::map<std::optional<GroupId>, std::map<int, YearCell>> cells;
    int firstYear = INT_MAX;
    int lastYear = INT_MIN;
    for (const IncidentSummary &incident : incidents) {
        const std::optional<QDate> date = incidentDate(incident.startDate);
        if (!date) {
            ++result.coverage.withoutDate;
            continue;
        }
        firstYear = std::min(firstYear, date->year());
        lastYear = std::max(lastYear, date->year());
        YearCell &cell = cells[incident.primaryGroup()][date->year()];
        ++cell.incidents;
        if (incident.lossUsd) {
            cell.lossUsd += *incident.lossUsd;
        } else {
            ++cell.withoutLoss;
            ++result.coverage.withoutLoss;
        }
        if (incident.synthetic) {
            ++result.coverage.synthetic;
        }
    }
    if (cells.empty()) {
        return result;
    }
    result.firstYear = firstYear;
    result.yearCount = lastYear - firstYear + 1;
    for (const auto &[group, years] : cells) {
        GroupYears row{group, std::vector<YearCell>(static_cast<std::size_t>(result.yearCount)), 0};
        for (const auto &[year, cell] : years) {
            row.years[static_cast<std::size_t>(year - firstYear)] = cell;
            row.totalLossUsd += cell.lossUsd;
        }
        result.groups.push_back(std::move(row));
    }
    std::ranges::stable_sort(result.groups, [](const GroupYears &a, const GroupYears &b) {
        if (a.group.has_value() != b.group.has_value()) {
            return a.group.has_value(); // the unattributed set last: on top of the stack, at the legend's end
        }
        return a.totalLossUsd > b.totalLossUsd;
    });
    return result;
}

CountryTotals countryTotals(const std::vector<IncidentSummary> &incidents)
{
    CountryTotals result;
    std::map<QString, CountryRow> rows; // the empty code collects the incidents without a country
    for (const IncidentSummary &incident : incidents) {
        const QString code = incident.victimCountry ? incident.victimCountry->trimmed() : QString();
        CountryRow &row = rows[code];
        ++row.incidents;
        if (incident.lossUsd) {
            row.lossUsd += *incident.lossUsd;
        } else {
            ++row.withoutLoss;
            ++result.coverage.withoutLoss;
        }
        if (incident.synthetic) {
            ++result.coverage.synthetic;
        }
    }
    result.rows.reserve(rows.size());
    for (auto &[code, row] : rows) {
        row.kind = code.isEmpty() ? CountryRow::Kind::Unknown : CountryRow::Kind::Country;
        row.code = code;
        result.rows.push_back(std::move(row));
    }
    std::ranges::sort(result.rows, ranksBefore);
    return result;
}

CountryTotals topCountries(const CountryTotals &totals, int topN)
{
    const auto keep = static_cast<std::size_t>(std::max(topN, 0));
    CountryTotals result;
    result.coverage = totals.coverage;
    CountryRow other{CountryRow::Kind::Other, {}, 0, 0, 0, 0};
    std::optional<CountryRow> unknown;
    for (const CountryRow &row : totals.rows) {
        if (row.kind == CountryRow::Kind::Unknown) {
            unknown = row; // a gap in the data, not a small country: never merged into Other
        } else if (row.kind == CountryRow::Kind::Country && result.rows.size() < keep) {
            result.rows.push_back(row);
        } else {
            other.incidents += row.incidents;
            other.withoutLoss += row.withoutLoss;
            other.lossUsd += row.lossUsd;
            other.countries += row.kind == CountryRow::Kind::Other ? row.countries : 1;
        }
    }
    if (unknown) {
        result.rows.push_back(*unknown);
    }
    if (other.countries > 0) {
        result.rows.push_back(other);
    }
    return result;
}

CountryTotals byCountry(const std::vector<IncidentSummary> &incidents, int topN)
{
    return topCountries(countryTotals(incidents), topN);
}

CumulativeLoss cumulativeLoss(const std::vector<IncidentSummary> &incidents)
{
    CumulativeLoss result;
    std::map<QDate, LossStep> days;
    for (const IncidentSummary &incident : incidents) {
        const std::optional<QDate> date = incidentDate(incident.startDate);
        if (!date) {
            ++result.coverage.withoutDate;
            continue;
        }
        if (!incident.lossUsd) {
            ++result.coverage.withoutLoss;
            continue;
        }
        LossStep &day = days[*date];
        day.cumulativeLossUsd += *incident.lossUsd; // the day's own loss until the running sum below
        ++day.incidents;
        if (incident.synthetic) {
            ++result.coverage.synthetic;
        }
    }
    result.steps.reserve(days.size());
    qint64 total = 0;
    for (const auto &[date, day] : days) {
        total += day.cumulativeLossUsd;
        result.steps.push_back(LossStep{date, total, day.incidents});
    }
    return result;
}

QString compactUsd(double dollars, int decimals)
{
    struct Unit
    {
        double scale;
        const char *format;
    };

    const std::array<Unit, 4> units{{{1.0, "$%1"}, {1e3, "$%1K"}, {1e6, "$%1M"}, {1e9, "$%1B"}}};
    const double magnitude = std::abs(dollars);
    std::size_t unit = 0;
    while (unit + 1 < units.size() && magnitude >= units[unit + 1].scale) {
        ++unit;
    }
    const auto rounded = [&](std::size_t u) {
        const double factor = std::pow(10.0, u == 0 ? 0 : decimals);
        return std::round(dollars / units[u].scale * factor) / factor;
    };
    // $999.96M rounds to 1000.0M: say $1B instead.
    if (unit + 1 < units.size() && std::abs(rounded(unit)) >= 1000.0) {
        ++unit;
    }
    QString number = QLocale().toString(rounded(unit), 'f', unit == 0 ? 0 : decimals);
    const QString point = QLocale().decimalPoint();
    if (number.contains(point)) {
        while (number.endsWith(u'0')) {
            number.chop(1);
        }
        if (number.endsWith(point)) {
            number.chop(point.size());
        }
    }
    return tr(units[unit].format).arg(number);
}

std::vector<double> axisTicks(double max)
{
    max = std::max(max, 1.0);
    constexpr int kIntervals = 5;
    const double raw = max / kIntervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (const double multiple : {1.0, 2.0, 2.5, 5.0}) {
        // Steps of 2.5 would put counts between whole numbers.
        if (multiple * magnitude >= raw && (multiple != 2.5 || magnitude >= 10)) {
            step = multiple * magnitude;
            break;
        }
    }
    step = std::max(step, 1.0);
    const auto count = static_cast<int>(std::ceil(max / step - 1e-9));
    std::vector<double> ticks;
    ticks.reserve(static_cast<std::size_t>(count) + 1);
    for (int i = 0; i <= count; ++i) {
        ticks.push_back(i * step);
    }
    return ticks;
}

} // namespace awb::ui::charts
