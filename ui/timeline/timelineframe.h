// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/timeline/timelinebins.h"
#include "ui/timeline/timelinelanes.h"

#include <QPointF>
#include <QRect>
#include <QRectF>

#include <vector>

namespace awb::ui {

/** Where things are on screen: the view's rectangles and its day ↔ x mapping. */
struct TimelineGeometry
{
    QRect axis;          // the date strip above the plot; dragging there selects a range
    QRect labels;        // lane labels, left of the plot
    QRect plot;          // the lanes
    double firstDay = 0; // the (fractional) Julian day at plot.left()
    double daysPerPixel = 1;
    int laneHeight = 40;
    int scrollY = 0; // pixels of lanes scrolled off the top
    double minRadius = 3;
    double maxRadius = 11;

    double xOfDay(double day) const { return plot.left() + (day - firstDay) / daysPerPixel; }

    double dayOfX(double x) const { return firstDay + (x - plot.left()) * daysPerPixel; }

    double lastDay() const { return dayOfX(plot.left() + plot.width()); }

    int laneTop(int lane) const { return plot.top() + lane * laneHeight - scrollY; }

    double binWidth = 28;    // marks closer than this would overlap (or their count badges would)
    double badgeHeight = 14; // of a bin's count badge, which sits on the mark's top edge

    double columnWidth() const { return binWidth; }
};

/** One circle to draw: a single incident, or a bin of several drawn as one mark with a count badge. */
struct TimelineMark
{
    QPointF center;
    double radius = 0;
    int lane = 0;
    int first = 0; // positions [first, first + count) in the lane
    int count = 1;
    int largest = 0; // the position whose loss sizes the mark; selected by a click
    int color = 0;
    bool synthetic = false; // every incident of the mark is synthetic
    bool hollow = false;    // no loss known
    bool selected = false;
    bool partlySynthetic = false; // a bin mixing synthetic and real incidents

    bool aggregated() const { return count > 1; }
};

/** The bar of an incident that lasts several days (drawn only when it is wider than its mark). */
struct TimelineSpan
{
    QRectF rect;
    int lane = 0;
    int pos = 0;
    int color = 0;
    bool synthetic = false;
    bool selected = false;
};

/**
 * The marks and spans of one frame for the visible lanes and days: one binning pass per visible lane over the
 * slice found by binary search, so the cost depends on the visible events and the widget size, not the total.
 */
class TimelineFrame
{
public:
    void build(const TimelineLanes &lanes, const TimelineGeometry &geometry, TimelineLanePos selected);

    /** In drawing order: larger marks first, the selected one last. */
    const std::vector<TimelineMark> &marks() const { return m_marks; }

    const std::vector<TimelineSpan> &spans() const { return m_spans; }

    int firstLane() const { return m_firstLane; }

    int lastLane() const { return m_lastLane; }

    /** The topmost mark under @p point, or nullptr. */
    const TimelineMark *markAt(QPointF point) const;
    const TimelineSpan *spanAt(QPointF point) const;
    /** The mark that shows the event at @p pos (itself or its bin), or nullptr when it is not in view. */
    const TimelineMark *markOf(TimelineLanePos pos) const;

private:
    void addSingle(const TimelineLane &lane, int laneIndex, int pos, double y, double radiusCap);
    void addBin(const TimelineLane &lane, int laneIndex, const TimelineBin &bin, double laneMiddle);
    bool fitsStacked(const TimelineLane &lane, const TimelineBin &bin, double height) const;

    TimelineGeometry m_geometry;
    TimelineLanePos m_selected;
    std::vector<TimelineMark> m_marks;
    std::vector<TimelineSpan> m_spans;
    std::vector<TimelineBin> m_bins;
    TimelineBinScratch m_scratch;
    int m_firstLane = 0;
    int m_lastLane = -1;
};

} // namespace awb::ui
