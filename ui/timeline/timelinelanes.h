// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/timeline/timelineevent.h"

#include <QString>

#include <map>
#include <vector>

namespace awb::ui {

/**
 * One swimlane: its events sorted by start day, as parallel arrays (struct of arrays), so a frame can find its
 * visible slice by binary search and walk it without touching the TimelineEvent records.
 */
struct TimelineLane
{
    QString label;        // plain text: a group name, a country code, a sector
    QString description;  // plain text for the label's tooltip, e.g. "KR — Korea, Republic of"
    bool unknown = false; // the "Unattributed"/"Unknown" lane
    std::vector<qint64> start;
    std::vector<qint64> end;
    std::vector<float> loss;       // < 0 when unknown
    std::vector<int> color;        // index into TimelineLanes::colorGroups()
    std::vector<quint8> synthetic; // 1 for synthetic records
    std::vector<float> scale;      // markScale() of the loss: its place on the mark size scale
    std::vector<int> event;        // index into the events the lanes were built from
    qint64 maxDuration = 0;        // the longest end - start: how far before a window an event can still reach into it
    bool mixedColors = false;      // events of several groups (lanes by country or sector)

    int size() const { return static_cast<int>(event.size()); }
};

/** Where an event sits: lane and position in that lane's arrays. */
struct TimelineLanePos
{
    int lane = -1;
    int pos = -1;

    bool isValid() const { return lane >= 0; }
};

/**
 * The events split into lanes by group, victim country or sector. Lanes are ordered by event count, most first,
 * then by label; the lane for a missing value comes last.
 */
class TimelineLanes
{
public:
    TimelineLanes() = default;
    TimelineLanes(const std::vector<TimelineEvent> &events,
                  TimelineLaneMode mode,
                  const std::map<GroupId, QString> &groupNames);

    const std::vector<TimelineLane> &lanes() const { return m_lanes; }

    int count() const { return static_cast<int>(m_lanes.size()); }

    /** The groups behind the colour indices of TimelineLane::color; the last entry is nullopt (unattributed). */
    const std::vector<std::optional<GroupId>> &colorGroups() const { return m_colorGroups; }

    TimelineLanePos locate(int eventIndex) const;

    /** The first start day and the last end day over all events (0 when there are none). */
    qint64 firstDay() const { return m_firstDay; }

    qint64 lastDay() const { return m_lastDay; }

    static QString groupLabel(const std::map<GroupId, QString> &names, std::optional<GroupId> group);

private:
    std::vector<TimelineLane> m_lanes;
    std::vector<std::optional<GroupId>> m_colorGroups;
    std::vector<TimelineLanePos> m_positions; // by event index
    qint64 m_firstDay = 0;
    qint64 m_lastDay = 0;
};

} // namespace awb::ui
