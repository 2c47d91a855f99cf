// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineView, part two: mouse, wheel, pinch, keyboard and tooltips. (Its API, layout and painting are in
// timelineview.cpp; the class is split along that line to keep each file readable.)
#include "ui/timeline/timelinetooltip.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double kKeyZoom = 1.5;
constexpr double kKeyPan = 0.125;      // of the plot width
constexpr double kWheelZoomBase = 1.2; // per 120 units (one notch)

} // namespace

bool TimelineView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip:
        return showToolTip(static_cast<QHelpEvent *>(event));
    case QEvent::NativeGesture: {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), qRound(gesture->position().x()));
            return true;
        }
        break;
    }
    case QEvent::Gesture: {
        auto *gestureEvent = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestureEvent->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint()).toPoint().x());
            }
            gestureEvent->accept(pinch);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

int TimelineView::laneAt(int y) const
{
    const TimelineGeometry &g = geometry();
    if (y < g.plot.top() || y > g.plot.bottom()) {
        return -1;
    }
    const int lane = (y - g.plot.top() + g.scrollY) / g.laneHeight;
    return lane < m_lanes.count() ? lane : -1;
}

QString TimelineView::toolTipAt(QPoint pos) const
{
    const TimelineGeometry &g = geometry();
    const TimelineFrame &f = frame();
    if (m_events.empty()) {
        return {};
    }
    if (g.axis.contains(pos)) {
        return u"<b>%1</b><br>%2"_s.arg(timelineDateText(dayAt(pos.x()), 0).toHtmlEscaped(),
                                        tr("Drag to select a date range; click to clear it.").toHtmlEscaped());
    }
    if (g.labels.contains(pos)) {
        const int lane = laneAt(pos.y());
        if (lane < 0) {
            return {};
        }
        const TimelineLane &l = m_lanes.lanes()[lane];
        return u"<b>%1</b><br>%2"_s.arg(l.description.toHtmlEscaped(),
                                        tr("%Ln incident(s)", nullptr, l.size()).toHtmlEscaped());
    }
    if (const TimelineMark *mark = f.markAt(pos)) {
        const TimelineLane &lane = m_lanes.lanes()[mark->lane];
        if (mark->aggregated()) {
            return timelineBinToolTip(m_events, lane, mark->first, mark->count, m_groupNames);
        }
        return timelineIncidentToolTip(m_events[lane.event[mark->first]], m_groupNames);
    }
    if (const TimelineSpan *span = f.spanAt(pos)) {
        return timelineIncidentToolTip(m_events[m_lanes.lanes()[span->lane].event[span->pos]], m_groupNames);
    }
    return {};
}

bool TimelineView::showToolTip(QHelpEvent *event)
{
    const QString text = toolTipAt(event->pos());
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    // Shown until the pointer leaves the mark (or the lane label, or moves along the axis).
    QRect area(event->pos() - QPoint(4, 4), QSize(8, 8));
    if (const TimelineMark *mark = frame().markAt(event->pos())) {
        const int r = qCeil(std::max(mark->radius, 5.0));
        area = QRect(mark->center.toPoint() - QPoint(r, r), QSize(2 * r, 2 * r));
    }
    QToolTip::showText(event->globalPos(), text, this, area);
    return true;
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_events.empty()) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const TimelineGeometry &g = geometry();
    m_pressPos = pos;
    if (g.axis.contains(pos)) {
        m_drag = Drag::Range;
        m_rangeAnchor = dayAt(pos.x());
        m_rangeCurrent = m_rangeAnchor;
        update();
    } else {
        m_drag = Drag::Press;
        m_pressFirstDay = m_firstDay;
        m_pressScroll = m_scrollBar->value();
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const TimelineGeometry &g = geometry();
    switch (m_drag) {
    case Drag::Range:
        m_rangeCurrent = dayAt(std::clamp(pos.x(), g.plot.left(), g.plot.right()));
        update();
        return;
    case Drag::Press:
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
            return;
        }
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Drag::Pan: {
        const QPoint delta = pos - m_pressPos;
        setView(m_pressFirstDay - delta.x() * g.daysPerPixel, m_spanDays);
        m_scrollBar->setValue(m_pressScroll - delta.y());
        return;
    }
    case Drag::None:
        break;
    }
    if (g.axis.contains(pos)) {
        setCursor(Qt::IBeamCursor);
    } else if (incidentAt(pos)) {
        setCursor(Qt::PointingHandCursor);
    } else {
        unsetCursor();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    finishDrag(event->position().toPoint());
    event->accept();
}

void TimelineView::finishDrag(QPoint pos)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    const TimelineGeometry &g = geometry();
    if (drag == Drag::Range) {
        if (std::abs(pos.x() - m_pressPos.x()) < QApplication::startDragDistance()) {
            m_range.reset();
            update();
            emit rangeCleared();
            return;
        }
        const qint64 end = dayAt(std::clamp(pos.x(), g.plot.left(), g.plot.right()));
        m_range = std::pair{std::min(m_rangeAnchor, end), std::max(m_rangeAnchor, end)};
        update();
        emit rangeSelected(QDate::fromJulianDay(m_range->first), QDate::fromJulianDay(m_range->second));
    } else if (drag == Drag::Press) {
        if (const std::optional<IncidentId> id = incidentAt(pos)) {
            m_selected = *id;
            invalidate();
            emit incidentSelected(*id);
        }
    } else if (drag == Drag::Pan) {
        unsetCursor();
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QPoint delta = event->angleDelta();
    const TimelineGeometry &g = geometry();
    if (m_events.empty() || delta.isNull()) {
        event->ignore();
        return;
    }
    if (g.labels.contains(pos)) {
        scrollBy(-delta.y() * g.laneHeight / 120); // over the labels the wheel scrolls the lanes
    } else if (std::abs(delta.x()) > std::abs(delta.y())) {
        panByPixels(-delta.x() / 2.0); // a horizontal swipe pans
    } else if (event->modifiers() & Qt::ShiftModifier) {
        panByPixels(-delta.y() / 2.0);
    } else {
        zoomBy(std::pow(kWheelZoomBase, delta.y() / 120.0), pos.x());
    }
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const TimelineGeometry &g = geometry();
    const int centerX = g.plot.left() + g.plot.width() / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: // Ctrl+= and the unshifted "+" key
        zoomBy(kKeyZoom, centerX);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(1 / kKeyZoom, centerX);
        break;
    case Qt::Key_Left:
        panByPixels(-g.plot.width() * kKeyPan);
        break;
    case Qt::Key_Right:
        panByPixels(g.plot.width() * kKeyPan);
        break;
    case Qt::Key_Up:
        scrollBy(-g.laneHeight);
        break;
    case Qt::Key_Down:
        scrollBy(g.laneHeight);
        break;
    case Qt::Key_PageUp:
        scrollBy(-g.plot.height());
        break;
    case Qt::Key_PageDown:
        scrollBy(g.plot.height());
        break;
    case Qt::Key_Home:
        zoomToFit();
        break;
    case Qt::Key_Escape:
        if (m_drag == Drag::Range) {
            m_drag = Drag::None; // cancels the drag; the range stays as it was
            update();
        } else if (m_range) {
            m_range.reset();
            update();
            emit rangeCleared();
        } else {
            event->ignore();
        }
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace awb::ui
