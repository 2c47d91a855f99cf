// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelineaxis.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <array>
#include <cmath>
#include <optional>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double kMinMinorSpacing = 4.0; // pixels between unlabelled ticks
constexpr std::size_t kMaxTicks = 4000;  // a guard against absurd arguments

constexpr std::array kUnits{TimelineTickUnit::Day,     TimelineTickUnit::Week, TimelineTickUnit::Month,
                            TimelineTickUnit::Quarter, TimelineTickUnit::Year, TimelineTickUnit::FiveYears,
                            TimelineTickUnit::Decade};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

qint64 yearStart(int year)
{
    return QDate(year, 1, 1).toJulianDay();
}

std::optional<TimelineTickUnit> minorUnit(TimelineTickUnit unit, double pixelsPerDay)
{
    const auto fits = [pixelsPerDay](TimelineTickUnit u) {
        return unitDays(u) * pixelsPerDay >= kMinMinorSpacing;
    };
    switch (unit) {
    case TimelineTickUnit::Decade:
        return fits(TimelineTickUnit::Year) ? TimelineTickUnit::Year : TimelineTickUnit::FiveYears;
    case TimelineTickUnit::FiveYears:
        return TimelineTickUnit::Year;
    case TimelineTickUnit::Year:
        return fits(TimelineTickUnit::Month) ? TimelineTickUnit::Month : TimelineTickUnit::Quarter;
    case TimelineTickUnit::Quarter:
        return TimelineTickUnit::Month;
    case TimelineTickUnit::Month:
    case TimelineTickUnit::Week:
        if (fits(TimelineTickUnit::Day)) {
            return TimelineTickUnit::Day;
        }
        return std::nullopt;
    case TimelineTickUnit::Day:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<TimelineTickUnit> contextUnit(TimelineTickUnit unit)
{
    switch (unit) {
    case TimelineTickUnit::Day:
    case TimelineTickUnit::Week:
        return TimelineTickUnit::Month;
    case TimelineTickUnit::Month:
    case TimelineTickUnit::Quarter:
        return TimelineTickUnit::Year;
    default:
        return std::nullopt;
    }
}

QString tickLabel(qint64 day, TimelineTickUnit unit, double spacing)
{
    const QDate date = QDate::fromJulianDay(day);
    const QLocale locale;
    switch (unit) {
    case TimelineTickUnit::Day:
        return locale.toString(date, spacing >= 56 ? u"ddd d"_s : u"d"_s);
    case TimelineTickUnit::Week:
        return locale.toString(date, u"d MMM"_s);
    case TimelineTickUnit::Month:
        return locale.toString(date, spacing >= 90 ? u"MMMM"_s : u"MMM"_s);
    case TimelineTickUnit::Quarter:
        return QCoreApplication::translate("awb::ui::TimelineView", "Q%1").arg((date.month() - 1) / 3 + 1);
    case TimelineTickUnit::Year:
    case TimelineTickUnit::FiveYears:
    case TimelineTickUnit::Decade:
        return QString::number(date.year());
    }
    return {};
}

QString contextLabel(qint64 day, TimelineTickUnit unit)
{
    const QDate date = QDate::fromJulianDay(day);
    return unit == TimelineTickUnit::Month ? QLocale().toString(date, u"MMMM yyyy"_s) : QString::number(date.year());
}

} // namespace

double unitDays(TimelineTickUnit unit)
{
    switch (unit) {
    case TimelineTickUnit::Day:
        return 1;
    case TimelineTickUnit::Week:
        return 7;
    case TimelineTickUnit::Month:
        return 365.25 / 12;
    case TimelineTickUnit::Quarter:
        return 365.25 / 4;
    case TimelineTickUnit::Year:
        return 365.25;
    case TimelineTickUnit::FiveYears:
        return 365.25 * 5;
    case TimelineTickUnit::Decade:
        return 365.25 * 10;
    }
    return 1;
}

qint64 floorToUnit(qint64 day, TimelineTickUnit unit)
{
    const QDate date = QDate::fromJulianDay(day);
    switch (unit) {
    case TimelineTickUnit::Day:
        return day;
    case TimelineTickUnit::Week:
        return floorDiv(day, 7) * 7; // Julian day 0 is a Monday
    case TimelineTickUnit::Month:
        return QDate(date.year(), date.month(), 1).toJulianDay();
    case TimelineTickUnit::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1).toJulianDay();
    case TimelineTickUnit::Year:
        return yearStart(date.year());
    case TimelineTickUnit::FiveYears:
        return yearStart(static_cast<int>(floorDiv(date.year(), 5) * 5));
    case TimelineTickUnit::Decade:
        return yearStart(static_cast<int>(floorDiv(date.year(), 10) * 10));
    }
    return day;
}

qint64 nextBoundary(qint64 boundary, TimelineTickUnit unit)
{
    const QDate date = QDate::fromJulianDay(boundary);
    switch (unit) {
    case TimelineTickUnit::Day:
        return boundary + 1;
    case TimelineTickUnit::Week:
        return boundary + 7;
    case TimelineTickUnit::Month:
        return date.addMonths(1).toJulianDay();
    case TimelineTickUnit::Quarter:
        return date.addMonths(3).toJulianDay();
    case TimelineTickUnit::Year:
        return date.addYears(1).toJulianDay();
    case TimelineTickUnit::FiveYears:
        return date.addYears(5).toJulianDay();
    case TimelineTickUnit::Decade:
        return date.addYears(10).toJulianDay();
    }
    return boundary + 1;
}

TimelineTicks timelineTicks(double firstDay, double lastDay, double pixelsPerDay, double minLabelSpacing)
{
    TimelineTicks ticks;
    ticks.unit = TimelineTickUnit::Decade;
    for (const TimelineTickUnit unit : kUnits) {
        if (unitDays(unit) * pixelsPerDay >= minLabelSpacing) {
            ticks.unit = unit;
            break;
        }
    }
    const double spacing = unitDays(ticks.unit) * pixelsPerDay;
    const auto first = static_cast<qint64>(std::floor(firstDay));

    for (qint64 d = floorToUnit(first, ticks.unit); static_cast<double>(d) < lastDay && ticks.major.size() < kMaxTicks;
         d = nextBoundary(d, ticks.unit)) {
        if (static_cast<double>(d) >= firstDay) {
            ticks.major.push_back({d, tickLabel(d, ticks.unit, spacing)});
        }
    }
    if (const auto minor = minorUnit(ticks.unit, pixelsPerDay)) {
        for (qint64 d = floorToUnit(first, *minor); static_cast<double>(d) < lastDay && ticks.minor.size() < kMaxTicks;
             d = nextBoundary(d, *minor)) {
            if (static_cast<double>(d) >= firstDay) {
                ticks.minor.push_back(d);
            }
        }
    }
    if (const auto context = contextUnit(ticks.unit)) {
        ticks.contextUnit = *context;
        for (qint64 d = floorToUnit(first, *context);
             static_cast<double>(d) < lastDay && ticks.context.size() < kMaxTicks; d = nextBoundary(d, *context)) {
            ticks.context.push_back({d, contextLabel(d, *context)});
        }
    }
    return ticks;
}

} // namespace awb::ui
