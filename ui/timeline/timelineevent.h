// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QString>

#include <optional>

namespace awb::ui {

/** One incident as the timeline shows it: a value snapshot, so the view never reaches back into the case. */
struct TimelineEvent
{
    IncidentId id;
    qint64 startDay = 0;          // QDate::toJulianDay()
    qint64 endDay = 0;            // == startDay for one-day incidents
    double lossUsd = -1;          // < 0 when unknown
    std::optional<GroupId> group; // the strongest attribution's group; nullopt = unattributed
    QString country;              // ISO alpha-2 or empty
    QString sector;
    QString title; // case text: plain text, never markup
    bool synthetic = false;
};

/** What the timeline's swimlanes are split by. */
enum class TimelineLaneMode { Group, Country, Sector };

} // namespace awb::ui
