// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelinebins.h"

#include "ui/timeline/timelinelanes.h"

#include <algorithm>
#include <cmath>

namespace awb::ui {

namespace {

constexpr double kLogLossMin = 4.0; // $10,000
constexpr double kLogLossMax = 9.5; // about $3 billion

} // namespace

int lowerBoundDay(const TimelineLane &lane, qint64 day)
{
    return static_cast<int>(std::ranges::lower_bound(lane.start, day) - lane.start.begin());
}

void binLane(const TimelineLane &lane,
             qint64 fromDay,
             qint64 toDay,
             double daysPerColumn,
             int colorCount,
             TimelineBinScratch &scratch,
             std::vector<TimelineBin> &out)
{
    if (static_cast<int>(scratch.colorCounts.size()) < colorCount) {
        scratch.colorCounts.assign(static_cast<std::size_t>(colorCount), 0);
    }
    std::vector<int> &counts = scratch.colorCounts;
    const int begin = lowerBoundDay(lane, fromDay);
    const int end = static_cast<int>(std::ranges::upper_bound(lane.start, toDay) - lane.start.begin());

    for (int p = begin; p < end;) {
        const double x = static_cast<double>(lane.start[p]) + 0.5;
        TimelineBin bin{static_cast<qint64>(std::floor(x / daysPerColumn)), p, 0, p, lane.color[p], 0};
        // The column's events are a run of the sorted starts: compare against its end instead of dividing each.
        const double columnEnd = static_cast<double>(bin.column + 1) * daysPerColumn;
        float largest = lane.loss[p];
        int synthetic = lane.synthetic[p];
        int q = p + 1;
        for (; q < end && static_cast<double>(lane.start[q]) + 0.5 < columnEnd; ++q) {
            if (lane.loss[q] > largest) {
                largest = lane.loss[q];
                bin.largest = q;
            }
            synthetic += lane.synthetic[q];
        }
        bin.count = q - p;
        bin.synthetic = synthetic;
        if (lane.mixedColors && bin.count > 1) {
            int best = 0;
            for (int i = p; i < q; ++i) {
                if (const int c = ++counts[lane.color[i]]; c > best) {
                    best = c;
                    bin.color = lane.color[i];
                }
            }
            for (int i = p; i < q; ++i) {
                counts[lane.color[i]] = 0;
            }
        }
        out.push_back(bin);
        p = q;
    }
}

double markScale(double lossUsd)
{
    if (!(lossUsd >= 0)) {
        return -1;
    }
    if (lossUsd <= 0) {
        return 0;
    }
    return std::clamp((std::log10(lossUsd) - kLogLossMin) / (kLogLossMax - kLogLossMin), 0.0, 1.0);
}

} // namespace awb::ui
