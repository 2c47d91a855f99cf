// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelineframe.h"

#include <algorithm>
#include <cmath>

namespace awb::ui {

namespace {

constexpr double kLanePadding = 3;  // between a lane's edge and its marks
constexpr double kStackGap = 1;     // between stacked marks
constexpr double kMinHitRadius = 5; // small marks are still easy to hit
constexpr double kMinSpanExtra = 2; // a span is drawn when it is this much wider than its mark

bool drawnBefore(const TimelineMark &a, const TimelineMark &b)
{
    if (a.selected != b.selected) {
        return b.selected;
    }
    if (a.radius != b.radius) {
        return a.radius > b.radius;
    }
    if (a.lane != b.lane) {
        return a.lane < b.lane;
    }
    return a.first < b.first;
}

bool contains(const TimelineMark &mark, QPointF point)
{
    const double r = std::max(mark.radius, kMinHitRadius);
    const QPointF d = point - mark.center;
    return d.x() * d.x() + d.y() * d.y() <= r * r;
}

} // namespace

void TimelineFrame::build(const TimelineLanes &lanes, const TimelineGeometry &geometry, TimelineLanePos selected)
{
    m_geometry = geometry;
    m_selected = selected;
    m_marks.clear();
    m_spans.clear();
    m_firstLane = 0;
    m_lastLane = -1;
    if (lanes.count() == 0 || geometry.plot.isEmpty() || geometry.laneHeight <= 0) {
        return;
    }
    m_firstLane = std::clamp(geometry.scrollY / geometry.laneHeight, 0, lanes.count() - 1);
    m_lastLane =
        std::clamp((geometry.scrollY + geometry.plot.height() - 1) / geometry.laneHeight, 0, lanes.count() - 1);

    // Start days whose marks can reach into the plot; whole columns, so edge bins do not change while panning.
    const double columnDays = geometry.columnWidth() * geometry.daysPerPixel;
    const double margin = geometry.maxRadius * geometry.daysPerPixel;
    const auto fromDay =
        static_cast<qint64>(std::floor(std::floor((geometry.firstDay - margin) / columnDays) * columnDays));
    const auto toDay =
        static_cast<qint64>(std::ceil(std::ceil((geometry.lastDay() + margin) / columnDays) * columnDays));
    const int colorCount = static_cast<int>(lanes.colorGroups().size());

    for (int l = m_firstLane; l <= m_lastLane; ++l) {
        const TimelineLane &lane = lanes.lanes()[l];
        const double y = geometry.laneTop(l) + geometry.laneHeight / 2.0;
        const double inner = geometry.laneHeight - 2 * kLanePadding;
        m_bins.clear();
        binLane(lane, fromDay, toDay, columnDays, colorCount, m_scratch, m_bins);
        for (const TimelineBin &bin : m_bins) {
            if (bin.count == 1) {
                addSingle(lane, l, bin.first, y, geometry.maxRadius);
            } else if (fitsStacked(lane, bin, inner)) {
                const double slot = inner / bin.count;
                const double top = geometry.laneTop(l) + kLanePadding;
                for (int i = 0; i < bin.count; ++i) {
                    addSingle(lane, l, bin.first + i, top + (i + 0.5) * slot, (slot - kStackGap) / 2);
                }
            } else {
                addBin(lane, l, bin, y);
            }
        }
        // Incidents that start before the window but last into it show as a bar from the left edge.
        const int spanBegin = lowerBoundDay(lane, fromDay - lane.maxDuration);
        const int spanEnd = lowerBoundDay(lane, fromDay);
        for (int p = spanBegin; p < spanEnd; ++p) {
            if (lane.end[p] >= fromDay) {
                const double x0 = geometry.xOfDay(static_cast<double>(lane.start[p]));
                const double x1 = geometry.xOfDay(static_cast<double>(lane.end[p] + 1));
                const bool isSelected = m_selected.lane == l && m_selected.pos == p;
                m_spans.push_back(
                    {QRectF(x0, y - 2, x1 - x0, 4), l, p, lane.color[p], lane.synthetic[p] != 0, isSelected});
            }
        }
    }
    std::ranges::sort(m_marks, drawnBefore);
}

bool TimelineFrame::fitsStacked(const TimelineLane &lane, const TimelineBin &bin, double height) const
{
    // Stack only when every mark keeps its own size: shrinking them would misstate the losses.
    const double perMark = 2 * m_geometry.minRadius + kStackGap;
    if (bin.count * perMark > height) {
        return false;
    }
    double needed = 0;
    for (int p = bin.first; p < bin.first + bin.count && needed <= height; ++p) {
        needed += 2 * markRadiusAt(lane.scale[p], m_geometry.minRadius, m_geometry.maxRadius) + kStackGap;
    }
    return needed <= height;
}

void TimelineFrame::addSingle(const TimelineLane &lane, int laneIndex, int pos, double y, double radiusCap)
{
    const double x = m_geometry.xOfDay(static_cast<double>(lane.start[pos]) + 0.5);
    const double radius =
        std::min(markRadiusAt(lane.scale[pos], m_geometry.minRadius, m_geometry.maxRadius), radiusCap);
    const bool isSelected = m_selected.lane == laneIndex && m_selected.pos == pos;
    const bool synthetic = lane.synthetic[pos] != 0;
    m_marks.push_back(
        {QPointF(x, y), radius, laneIndex, pos, 1, pos, lane.color[pos], synthetic, lane.loss[pos] < 0, isSelected});
    if (lane.end[pos] > lane.start[pos]) {
        const double x0 = m_geometry.xOfDay(static_cast<double>(lane.start[pos]));
        const double x1 = m_geometry.xOfDay(static_cast<double>(lane.end[pos] + 1));
        if (x1 - x0 >= 2 * radius + kMinSpanExtra) {
            m_spans.push_back({QRectF(x0, y - 2, x1 - x0, 4), laneIndex, pos, lane.color[pos], synthetic, isSelected});
        }
    }
}

void TimelineFrame::addBin(const TimelineLane &lane, int laneIndex, const TimelineBin &bin, double laneMiddle)
{
    const double columnDays = m_geometry.columnWidth() * m_geometry.daysPerPixel;
    const double x = m_geometry.xOfDay((static_cast<double>(bin.column) + 0.5) * columnDays);
    const float loss = lane.loss[bin.largest];
    const double radius = markRadiusAt(lane.scale[bin.largest], m_geometry.minRadius, m_geometry.maxRadius);
    const bool isSelected =
        m_selected.lane == laneIndex && m_selected.pos >= bin.first && m_selected.pos < bin.first + bin.count;
    // A little lower than single marks when the lane has room, so the count badge fits above it.
    const double top = m_geometry.laneTop(laneIndex);
    const double y = std::clamp(top + m_geometry.badgeHeight - 1 + radius, laneMiddle,
                                std::max(laneMiddle, top + m_geometry.laneHeight - radius - kLanePadding));
    m_marks.push_back({QPointF(x, y), radius, laneIndex, bin.first, bin.count, bin.largest, bin.color,
                       bin.synthetic == bin.count, loss<0, isSelected, bin.synthetic> 0 && bin.synthetic < bin.count});
}

const TimelineMark *TimelineFrame::markAt(QPointF point) const
{
    if (!m_geometry.plot.contains(point.toPoint())) {
        return nullptr;
    }
    for (auto it = m_marks.rbegin(); it != m_marks.rend(); ++it) { // topmost first
        if (contains(*it, point)) {
            return &*it;
        }
    }
    return nullptr;
}

const TimelineSpan *TimelineFrame::spanAt(QPointF point) const
{
    if (!m_geometry.plot.contains(point.toPoint())) {
        return nullptr;
    }
    for (auto it = m_spans.rbegin(); it != m_spans.rend(); ++it) {
        if (it->rect.adjusted(0, -2, 0, 2).contains(point)) {
            return &*it;
        }
    }
    return nullptr;
}

const TimelineMark *TimelineFrame::markOf(TimelineLanePos pos) const
{
    for (const TimelineMark &mark : m_marks) {
        if (mark.lane == pos.lane && pos.pos >= mark.first && pos.pos < mark.first + mark.count) {
            return &mark;
        }
    }
    return nullptr;
}

} // namespace awb::ui
