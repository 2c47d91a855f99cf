// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace awb::ui {

struct TimelineLane;

/**
 * The events of one lane that fall into one column of the time axis: a contiguous run of the lane's
 * start-sorted arrays. Columns are fixed in day space (not screen space), so bins stay put while panning.
 */
struct TimelineBin
{
    qint64 column = 0; // floor((startDay + 0.5) / daysPerColumn)
    int first = 0;     // position of the first event in the lane
    int count = 0;
    int largest = 0;   // position of the event with the largest loss; the first when no loss is known
    int color = 0;     // the colour index most events of the bin have (the first to get there on a tie)
    int synthetic = 0; // how many of its events are synthetic
};

/** Reusable buffers for binLane(), so a frame does not allocate per lane. */
struct TimelineBinScratch
{
    std::vector<int> colorCounts;
};

/** The first position in @p lane whose start day is >= @p day. */
int lowerBoundDay(const TimelineLane &lane, qint64 day);

/**
 * Appends to @p out the bins of the events of @p lane that start in [@p fromDay, @p toDay], one pass over
 * that slice (found by binary search). @p colorCount is the number of colour indices in use.
 */
void binLane(const TimelineLane &lane,
             qint64 fromDay,
             qint64 toDay,
             double daysPerColumn,
             int colorCount,
             TimelineBinScratch &scratch,
             std::vector<TimelineBin> &out);

/**
 * Where a loss in USD falls on the fixed log scale of mark sizes: 0 for $10,000 or less, 1 for $3 billion or more,
 * -1 when unknown. Fixed, so a mark means the same amount in every filter.
 */
double markScale(double lossUsd);

/** The radius of a mark of markScale() @p scale: unknown losses get the smallest. */
inline double markRadiusAt(double scale, double minRadius, double maxRadius)
{
    return scale > 0 ? minRadius + scale * (maxRadius - minRadius) : minRadius;
}

inline double markRadius(double lossUsd, double minRadius, double maxRadius)
{
    return markRadiusAt(markScale(lossUsd), minRadius, maxRadius);
}

} // namespace awb::ui
