// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "ui/timeline/timelineevent.h"
#include "ui/timeline/timelineframe.h"
#include "ui/timeline/timelinelanes.h"
#include "ui/timeline/timelinerenderer.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <map>
#include <optional>
#include <utility>
#include <vector>

class QHelpEvent;
class QScrollBar;

namespace awb::ui {

class GroupPalette;

/**
 * Incidents on a time axis in swimlanes (by group, victim country or sector), like the theme lines of an analyst's
 * notebook. Painted by hand and binned per pixel column, so a frame costs the same for 100 or 100,000 incidents.
 * Wheel, pinch and +/- zoom; dragging the lanes or Left/Right pans; Home fits; dragging the date strip selects a
 * date range.
 */
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    using LaneMode = TimelineLaneMode;

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    /** Shows @p events. The first call fits the view to them; later calls (a new filter) keep the visible range. */
    void
    setEvents(std::vector<TimelineEvent> events, const GroupPalette &palette, std::map<GroupId, QString> groupNames);
    void setLaneMode(LaneMode mode);

    LaneMode laneMode() const { return m_mode; }

    /** Highlights @p id and scrolls it into view when it is off-screen; an invalid id clears. Emits nothing. */
    void setSelectedIncident(IncidentId id);

    IncidentId selectedIncident() const { return m_selected; }

    /** The shaded filter band (inclusive days); emits nothing. */
    void setSelectedRange(std::optional<std::pair<QDate, QDate>> range);
    std::optional<std::pair<QDate, QDate>> selectedRange() const;

    void zoomToFit();
    void setVisibleRange(QDate from, QDate to);
    std::pair<QDate, QDate> visibleRange() const;
    /** Zooms in by @p factor (> 1 in, < 1 out) keeping the day under @p anchorX in place. */
    void zoomBy(double factor, int anchorX);

    /** The incident whose mark (or bin, then its largest loss) is under @p pos, if any. */
    std::optional<IncidentId> incidentAt(QPoint pos) const;
    /** The rich text shown as tooltip at @p pos; all case text in it is escaped. */
    QString toolTipAt(QPoint pos) const;
    /** The day under x (pixel centre), and the x where a day starts. */
    qint64 dayAt(int x) const;
    int xOfDay(qint64 day) const;
    /** The centre of the mark that shows @p id (its own or its bin's), when it is in view. */
    std::optional<QPointF> markCenter(IncidentId id) const;

    /** The date strip (drag to select a range) and the lanes' plot area. */
    QRect axisRect() const { return geometry().axis; }

    QRect plotRect() const { return geometry().plot; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void incidentSelected(IncidentId id);
    void rangeSelected(QDate from, QDate to);
    void rangeCleared();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag { None, Press, Pan, Range };

    const TimelineGeometry &geometry() const;
    const TimelineFrame &frame() const;
    void relayout() const;
    void rebuildLanes();
    void setView(double firstDay, double spanDays);
    void panByPixels(double dx);
    void scrollBy(int dy);
    void ensureVisible(int eventIndex);
    void invalidate();
    int laneAt(int y) const;
    QString laneTitle() const;
    QString totalText() const;
    int selectedIndex() const;
    TimelineLanePos selectedPos() const;
    bool showToolTip(QHelpEvent *event);
    void finishDrag(QPoint pos);

    std::vector<TimelineEvent> m_events;
    std::map<GroupId, QString> m_groupNames;
    QHash<qint64, int> m_indexOf; // incident id → index in m_events
    TimelineLanes m_lanes;
    TimelineRenderer m_renderer;
    LaneMode m_mode = LaneMode::Group;
    IncidentId m_selected;
    std::optional<std::pair<qint64, qint64>> m_range;
    double m_firstDay = 0;
    double m_spanDays = 365;
    bool m_viewSet = false;

    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    double m_pressFirstDay = 0;
    int m_pressScroll = 0;
    qint64 m_rangeAnchor = 0;
    qint64 m_rangeCurrent = 0;

    QScrollBar *m_scrollBar = nullptr;
    // Caches of the const accessors: the layout for the current size, the frame for the current view.
    mutable TimelineGeometry m_geometry;
    mutable QSize m_layoutSize;
    mutable bool m_layoutDirty = true;
    mutable TimelineFrame m_frame;
    mutable bool m_frameDirty = true;
};

} // namespace awb::ui
