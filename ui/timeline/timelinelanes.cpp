// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelinelanes.h"

#include "ui/displaytext.h"
#include "ui/timeline/timelinebins.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace awb::ui {

namespace {

/** The strings of this file, in the context lupdate files them under. */
struct LanesTr
{
    Q_DECLARE_TR_FUNCTIONS(awb::ui::TimelineLanes)
};

/** The lane key of @p event: empty for a missing value. */
QString laneKey(const TimelineEvent &event, TimelineLaneMode mode)
{
    switch (mode) {
    case TimelineLaneMode::Group:
        return event.group ? QString::number(event.group->value) : QString();
    case TimelineLaneMode::Country:
        return event.country.trimmed().toUpper();
    case TimelineLaneMode::Sector:
        return event.sector.trimmed();
    }
    return {};
}

struct LaneDraft
{
    QString key;
    std::optional<GroupId> group;
    std::vector<std::pair<qint64, int>> events; // start day, index
};

void describe(TimelineLane &lane,
              const LaneDraft &draft,
              TimelineLaneMode mode,
              const std::map<GroupId, QString> &groupNames)
{
    lane.unknown = draft.key.isEmpty();
    switch (mode) {
    case TimelineLaneMode::Group:
        lane.label = TimelineLanes::groupLabel(groupNames, draft.group);
        lane.description = lane.label;
        break;
    case TimelineLaneMode::Country:
        lane.label = lane.unknown ? LanesTr::tr("Unknown") : draft.key;
        lane.description = lane.unknown ? LanesTr::tr("Victim country unknown") : text::country(draft.key);
        break;
    case TimelineLaneMode::Sector:
        lane.label = lane.unknown ? LanesTr::tr("Unknown") : draft.key;
        lane.description = lane.unknown ? LanesTr::tr("Sector unknown") : draft.key;
        break;
    }
}

/** The fields a lane keeps of one event, read in input order: the lanes then gather them in date order. */
struct Packed
{
    qint64 start = 0;
    qint64 end = 0;
    float loss = -1;
    float scale = -1;
    int color = 0;
    quint8 synthetic = 0;
};

std::vector<LaneDraft> draftLanes(const std::vector<TimelineEvent> &events, TimelineLaneMode mode)
{
    std::vector<LaneDraft> drafts;
    QHash<QString, int> draftOfKey;
    std::map<std::optional<GroupId>, int> draftOfGroup; // lanes by group need no string keys
    const auto draftOf = [&](const TimelineEvent &e) {
        const auto add = [&](QString key) {
            drafts.push_back({std::move(key), mode == TimelineLaneMode::Group ? e.group : std::nullopt, {}});
            return static_cast<int>(drafts.size()) - 1;
        };
        if (mode == TimelineLaneMode::Group) {
            const auto it = draftOfGroup.find(e.group);
            return it != draftOfGroup.end() ? it->second : draftOfGroup[e.group] = add(laneKey(e, mode));
        }
        const QString key = laneKey(e, mode);
        const auto it = draftOfKey.constFind(key);
        return it != draftOfKey.cend() ? *it : *draftOfKey.insert(key, add(key));
    };
    for (int i = 0; i < static_cast<int>(events.size()); ++i) {
        drafts[draftOf(events[i])].events.emplace_back(events[i].startDay, i);
    }
    std::ranges::sort(drafts, [](const LaneDraft &a, const LaneDraft &b) {
        if (a.key.isEmpty() != b.key.isEmpty()) {
            return b.key.isEmpty();
        }
        if (a.events.size() != b.events.size()) {
            return a.events.size() > b.events.size();
        }
        return a.key < b.key;
    });
    for (LaneDraft &draft : drafts) {
        std::ranges::sort(draft.events); // by start day, then input order
    }
    return drafts;
}

} // namespace

TimelineLanes::TimelineLanes(const std::vector<TimelineEvent> &events,
                             TimelineLaneMode mode,
                             const std::map<GroupId, QString> &groupNames)
{
    // Dense colour indices: groups in id order (as GroupPalette assigns them), unattributed last.
    std::map<GroupId, int> colorOf;
    for (const TimelineEvent &e : events) {
        if (e.group) {
            colorOf.emplace(*e.group, 0);
        }
    }
    for (auto &[group, index] : colorOf) {
        index = static_cast<int>(m_colorGroups.size());
        m_colorGroups.emplace_back(group);
    }
    const int unattributedColor = static_cast<int>(m_colorGroups.size());
    m_colorGroups.emplace_back(std::nullopt);

    std::vector<Packed> packed;
    packed.reserve(events.size());
    for (const TimelineEvent &e : events) {
        packed.push_back({e.startDay, std::max(e.startDay, e.endDay),
                          e.lossUsd < 0 ? -1.0F : static_cast<float>(e.lossUsd),
                          static_cast<float>(markScale(e.lossUsd)), e.group ? colorOf[*e.group] : unattributedColor,
                          static_cast<quint8>(e.synthetic ? 1 : 0)});
    }
    if (!packed.empty()) {
        m_firstDay = std::ranges::min(packed, {}, &Packed::start).start;
        m_lastDay = std::ranges::max(packed, {}, &Packed::end).end;
    }

    const std::vector<LaneDraft> drafts = draftLanes(events, mode);
    m_positions.resize(events.size());
    m_lanes.resize(drafts.size());
    for (std::size_t l = 0; l < drafts.size(); ++l) {
        TimelineLane &lane = m_lanes[l];
        describe(lane, drafts[l], mode, groupNames);
        const std::size_t n = drafts[l].events.size();
        lane.start.reserve(n);
        lane.end.reserve(n);
        lane.loss.reserve(n);
        lane.color.reserve(n);
        lane.synthetic.reserve(n);
        lane.scale.reserve(n);
        lane.event.reserve(n);
        for (std::size_t p = 0; p < n; ++p) {
            const int index = drafts[l].events[p].second;
            const Packed &e = packed[static_cast<std::size_t>(index)];
            lane.event.push_back(index);
            lane.start.push_back(e.start);
            lane.end.push_back(e.end);
            lane.loss.push_back(e.loss);
            lane.color.push_back(e.color);
            lane.synthetic.push_back(e.synthetic);
            lane.scale.push_back(e.scale);
            lane.maxDuration = std::max(lane.maxDuration, e.end - e.start);
            lane.mixedColors = lane.mixedColors || e.color != lane.color.front();
            m_positions[index] = {static_cast<int>(l), static_cast<int>(p)};
        }
    }
}

TimelineLanePos TimelineLanes::locate(int eventIndex) const
{
    if (eventIndex < 0 || eventIndex >= static_cast<int>(m_positions.size())) {
        return {};
    }
    return m_positions[eventIndex];
}

QString TimelineLanes::groupLabel(const std::map<GroupId, QString> &names, std::optional<GroupId> group)
{
    if (!group) {
        return LanesTr::tr("Unattributed");
    }
    const auto it = names.find(*group);
    if (it != names.end() && !it->second.trimmed().isEmpty()) {
        return it->second.simplified();
    }
    return LanesTr::tr("Group %1").arg(group->value);
}

} // namespace awb::ui
