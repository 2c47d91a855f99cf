// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelineview.h"

#include "ui/style/grouppalette.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double kMinSpanDays = 3;
constexpr double kMaxSpanDays = 60 * 365.25;
constexpr int kMinLaneHeight = 30;
constexpr int kMaxLaneHeight = 72;
constexpr int kMinLabelWidth = 90;
constexpr int kMaxLabelWidth = 200;

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    setObjectName(u"timelineView"_s);
    setAccessibleName(tr("Incident timeline"));
    setAccessibleDescription(tr("Incidents over time in lanes. Plus and minus zoom, Left and Right pan, Home shows "
                                "everything, Escape clears the date range."));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    grabGesture(Qt::PinchGesture);
    m_scrollBar->setObjectName(u"timelineScrollBar"_s);
    m_scrollBar->hide();
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        m_geometry.scrollY = value;
        invalidate();
    });
}

TimelineView::~TimelineView() = default;

void TimelineView::setEvents(std::vector<TimelineEvent> events,
                             const GroupPalette &palette,
                             std::map<GroupId, QString> groupNames)
{
    m_events = std::move(events);
    m_groupNames = std::move(groupNames);
    m_indexOf.clear();
    m_indexOf.reserve(static_cast<qsizetype>(m_events.size()));
    for (int i = 0; i < static_cast<int>(m_events.size()); ++i) {
        m_indexOf.insert(m_events[i].id.value, i);
    }
    if (selectedIndex() < 0) {
        m_selected = {};
    }
    rebuildLanes();
    std::vector<QColor> colors;
    for (const std::optional<GroupId> &group : m_lanes.colorGroups()) {
        colors.push_back(palette.color(group));
    }
    m_renderer.setColors(std::move(colors));
    if (!m_viewSet) {
        zoomToFit();
    } else {
        setView(m_firstDay, m_spanDays);
    }
}

void TimelineView::setLaneMode(LaneMode mode)
{
    if (mode == m_mode) {
        return;
    }
    m_mode = mode;
    rebuildLanes();
    m_scrollBar->setValue(0);
}

void TimelineView::rebuildLanes()
{
    m_lanes = TimelineLanes(m_events, m_mode, m_groupNames);
    m_renderer.invalidate();
    m_layoutDirty = true;
    invalidate();
}

void TimelineView::setSelectedIncident(IncidentId id)
{
    m_selected = id.isValid() && m_indexOf.contains(id.value) ? id : IncidentId{};
    if (const int index = selectedIndex(); index >= 0) {
        ensureVisible(index);
    }
    invalidate();
}

void TimelineView::setSelectedRange(std::optional<std::pair<QDate, QDate>> range)
{
    if (range && range->first.isValid() && range->second.isValid()) {
        const qint64 a = range->first.toJulianDay();
        const qint64 b = range->second.toJulianDay();
        m_range = std::pair{std::min(a, b), std::max(a, b)};
    } else {
        m_range.reset();
    }
    update();
}

std::optional<std::pair<QDate, QDate>> TimelineView::selectedRange() const
{
    if (!m_range) {
        return std::nullopt;
    }
    return std::pair{QDate::fromJulianDay(m_range->first), QDate::fromJulianDay(m_range->second)};
}

void TimelineView::zoomToFit()
{
    if (m_events.empty()) {
        return;
    }
    const double span = static_cast<double>(m_lanes.lastDay() - m_lanes.firstDay() + 1);
    const double pad = std::max(1.0, span * 0.02);
    setView(static_cast<double>(m_lanes.firstDay()) - pad, span + 2 * pad);
}

void TimelineView::setVisibleRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid()) {
        return;
    }
    const qint64 a = std::min(from.toJulianDay(), to.toJulianDay());
    const qint64 b = std::max(from.toJulianDay(), to.toJulianDay());
    setView(static_cast<double>(a), static_cast<double>(b - a + 1));
}

std::pair<QDate, QDate> TimelineView::visibleRange() const
{
    const auto from = static_cast<qint64>(std::floor(m_firstDay));
    const auto to = static_cast<qint64>(std::ceil(m_firstDay + m_spanDays)) - 1;
    return {QDate::fromJulianDay(from), QDate::fromJulianDay(std::max(from, to))};
}

void TimelineView::zoomBy(double factor, int anchorX)
{
    if (!(factor > 0)) {
        return;
    }
    const TimelineGeometry &g = geometry();
    const double x = std::clamp(anchorX + 0.5, static_cast<double>(g.plot.left()),
                                static_cast<double>(g.plot.left() + g.plot.width()));
    const double anchorDay = g.dayOfX(x);
    const double fraction = (x - g.plot.left()) / std::max(1, g.plot.width());
    const double span = std::clamp(m_spanDays / factor, kMinSpanDays, kMaxSpanDays);
    setView(anchorDay - fraction * span, span);
}

void TimelineView::setView(double firstDay, double spanDays)
{
    m_spanDays = std::clamp(spanDays, kMinSpanDays, kMaxSpanDays);
    if (!m_events.empty()) {
        // Keep at least a tenth of the view on the data, so panning cannot lose it.
        const double lo = static_cast<double>(m_lanes.firstDay()) - 0.9 * m_spanDays;
        const double hi = static_cast<double>(m_lanes.lastDay() + 1) - 0.1 * m_spanDays;
        firstDay = std::clamp(firstDay, std::min(lo, hi), std::max(lo, hi));
    }
    m_firstDay = std::max(1.0, firstDay);
    m_viewSet = true;
    const TimelineGeometry &g = geometry();
    m_geometry.firstDay = m_firstDay;
    m_geometry.daysPerPixel = m_spanDays / std::max(1, g.plot.width());
    invalidate();
}

void TimelineView::panByPixels(double dx)
{
    setView(m_firstDay + dx * geometry().daysPerPixel, m_spanDays);
}

void TimelineView::scrollBy(int dy)
{
    m_scrollBar->setValue(m_scrollBar->value() + dy);
}

void TimelineView::ensureVisible(int eventIndex)
{
    const TimelineEvent &event = m_events[eventIndex];
    const double day = static_cast<double>(event.startDay) + 0.5;
    const TimelineGeometry &g = geometry();
    const double margin = g.maxRadius * g.daysPerPixel;
    if (day < m_firstDay + margin || day > m_firstDay + m_spanDays - margin) {
        setView(day - m_spanDays / 2, m_spanDays);
    }
    const TimelineLanePos pos = m_lanes.locate(eventIndex);
    const int top = pos.lane * g.laneHeight;
    if (top < m_scrollBar->value()) {
        m_scrollBar->setValue(top);
    } else if (top + g.laneHeight > m_scrollBar->value() + g.plot.height()) {
        m_scrollBar->setValue(top + g.laneHeight - g.plot.height());
    }
}

void TimelineView::invalidate()
{
    m_frameDirty = true;
    update();
}

const TimelineGeometry &TimelineView::geometry() const
{
    if (m_layoutDirty || m_layoutSize != size()) {
        relayout();
    }
    return m_geometry;
}

void TimelineView::relayout() const
{
    m_layoutDirty = false;
    m_layoutSize = size();
    m_frameDirty = true;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(font());
    int labelWidth = std::max({kMinLabelWidth, QFontMetrics(bold).horizontalAdvance(laneTitle()) + 20,
                               metrics.horizontalAdvance(totalText()) + 20});
    for (const TimelineLane &lane : m_lanes.lanes()) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(lane.label) + 20);
    }
    labelWidth = std::min({labelWidth, kMaxLabelWidth, width() / 3});

    const int axisHeight = TimelineRenderer::kAxisHeight;
    const int areaHeight = std::max(0, height() - axisHeight);
    const int lanes = std::max(1, m_lanes.count());
    const int laneHeight = std::clamp(areaHeight / lanes, kMinLaneHeight, kMaxLaneHeight);
    const int total = laneHeight * m_lanes.count();
    const bool scrolls = total > areaHeight;
    const int barWidth = scrolls ? m_scrollBar->sizeHint().width() : 0;
    const int plotWidth = std::max(1, width() - labelWidth - barWidth);

    m_geometry.axis = QRect(labelWidth, 0, plotWidth, axisHeight);
    m_geometry.labels = QRect(0, axisHeight, labelWidth, areaHeight);
    m_geometry.plot = QRect(labelWidth, axisHeight, plotWidth, areaHeight);
    m_geometry.laneHeight = laneHeight;
    m_geometry.maxRadius = std::clamp(laneHeight * 0.3, 5.0, 12.0);
    m_geometry.minRadius = 3;
    m_geometry.binWidth = TimelineRenderer::binWidth(font(), m_geometry.maxRadius);
    m_geometry.badgeHeight = TimelineRenderer::badgeHeight(font());
    m_geometry.firstDay = m_firstDay;
    m_geometry.daysPerPixel = m_spanDays / plotWidth;

    m_scrollBar->setGeometry(width() - barWidth, axisHeight, barWidth, areaHeight);
    m_scrollBar->setRange(0, std::max(0, total - areaHeight));
    m_scrollBar->setPageStep(areaHeight);
    m_scrollBar->setSingleStep(laneHeight);
    m_scrollBar->setVisible(scrolls);
    m_geometry.scrollY = m_scrollBar->value();
}

const TimelineFrame &TimelineView::frame() const
{
    const TimelineGeometry &g = geometry();
    if (m_frameDirty) {
        m_frame.build(m_lanes, g, selectedPos());
        m_frameDirty = false;
    }
    return m_frame;
}

QString TimelineView::laneTitle() const
{
    switch (m_mode) {
    case LaneMode::Group:
        return tr("Group");
    case LaneMode::Country:
        return tr("Victim country");
    case LaneMode::Sector:
        return tr("Sector");
    }
    return {};
}

QString TimelineView::totalText() const
{
    return tr("%Ln incident(s)", nullptr, static_cast<int>(m_events.size()));
}

int TimelineView::selectedIndex() const
{
    return m_selected.isValid() ? m_indexOf.value(m_selected.value, -1) : -1;
}

TimelineLanePos TimelineView::selectedPos() const
{
    return m_lanes.locate(selectedIndex());
}

std::optional<IncidentId> TimelineView::incidentAt(QPoint pos) const
{
    const TimelineFrame &f = frame();
    if (const TimelineMark *mark = f.markAt(pos)) {
        return m_events[m_lanes.lanes()[mark->lane].event[mark->largest]].id;
    }
    if (const TimelineSpan *span = f.spanAt(pos)) {
        return m_events[m_lanes.lanes()[span->lane].event[span->pos]].id;
    }
    return std::nullopt;
}

qint64 TimelineView::dayAt(int x) const
{
    return static_cast<qint64>(std::floor(geometry().dayOfX(x + 0.5)));
}

int TimelineView::xOfDay(qint64 day) const
{
    return qRound(geometry().xOfDay(static_cast<double>(day)));
}

std::optional<QPointF> TimelineView::markCenter(IncidentId id) const
{
    const int index = id.isValid() ? m_indexOf.value(id.value, -1) : -1;
    if (index < 0) {
        return std::nullopt;
    }
    if (const TimelineMark *mark = frame().markOf(m_lanes.locate(index))) {
        return mark->center;
    }
    return std::nullopt;
}

QSize TimelineView::sizeHint() const
{
    return {900, 360};
}

QSize TimelineView::minimumSizeHint() const
{
    return {320, TimelineRenderer::kAxisHeight + 2 * kMinLaneHeight};
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    if (m_events.empty()) {
        m_renderer.paintEmpty(painter, palette(), rect(), tr("No incidents match the filter"));
        return;
    }
    const TimelineGeometry &g = geometry();
    // Always rebuilt here (about a millisecond), so a frame's cost includes its binning.
    m_frame.build(m_lanes, g, selectedPos());
    m_frameDirty = false;

    TimelineScene scene;
    scene.geometry = &g;
    scene.lanes = &m_lanes;
    scene.frame = &m_frame;
    const double labelSpacing = fontMetrics().horizontalAdvance(u"0000"_s) + 28;
    scene.ticks = timelineTicks(g.firstDay, g.lastDay(), 1 / g.daysPerPixel, labelSpacing);
    scene.range = m_range;
    if (m_drag == Drag::Range) {
        scene.rubberBand = std::pair{std::min(m_rangeAnchor, m_rangeCurrent), std::max(m_rangeAnchor, m_rangeCurrent)};
    }
    scene.laneTitle = laneTitle();
    scene.totalText = totalText();
    if (!m_scrollBar->isHidden()) {
        painter.fillRect(QRect(g.plot.right() + 1, 0, width() - g.plot.right(), g.axis.height()),
                         palette().color(QPalette::Window));
    }
    m_renderer.paint(painter, palette(), font(), scene);
    if (hasFocus()) {
        painter.setPen(palette().color(QPalette::Highlight));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
    invalidate();
}

void TimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::StyleChange) {
        m_renderer.invalidate();
        m_layoutDirty = true;
        invalidate();
    }
}

} // namespace awb::ui
