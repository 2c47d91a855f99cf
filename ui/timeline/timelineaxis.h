// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace awb::ui {

/** The calendar steps of the time axis, finest first. */
enum class TimelineTickUnit { Day, Week, Month, Quarter, Year, FiveYears, Decade };

struct TimelineTick
{
    qint64 day = 0; // Julian day of the boundary (a tick sits at the start of that day)
    QString label;  // plain text
};

/** The ticks of one axis: labelled ticks, finer unlabelled ones, and coarser context labels above them. */
struct TimelineTicks
{
    TimelineTickUnit unit = TimelineTickUnit::Year;
    TimelineTickUnit contextUnit = TimelineTickUnit::Year; // of the context labels, when there are any
    std::vector<TimelineTick> major;                       // labelled, in [firstDay, lastDay)
    std::vector<qint64> minor; // unlabelled, in [firstDay, lastDay); none when they would be too dense
    // Coarser labels (the year above months, "March 2021" above days), starting with the last boundary at or
    // before firstDay, so the partly visible first period can keep its label at the left edge. Empty for years.
    std::vector<TimelineTick> context;
};

/**
 * Adaptive ticks for the days [@p firstDay, @p lastDay) shown at @p pixelsPerDay: the finest unit whose labels
 * are at least @p minLabelSpacing pixels apart (decades, 5 years, years, quarters, months, weeks, days).
 */
TimelineTicks timelineTicks(double firstDay, double lastDay, double pixelsPerDay, double minLabelSpacing);

/** The boundary of @p unit at or before @p day (weeks start on Monday). */
qint64 floorToUnit(qint64 day, TimelineTickUnit unit);
/** The first boundary of @p unit after @p boundary. */
qint64 nextBoundary(qint64 boundary, TimelineTickUnit unit);
/** The typical length of @p unit in days. */
double unitDays(TimelineTickUnit unit);

} // namespace awb::ui
