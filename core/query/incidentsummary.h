// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace awb {

/** One attribution of an incident, reduced to what filters, rollups and charts need. */
struct AttributionSummary
{
    GroupId group;
    int confidence = 0; // the rank in confidence_levels: 1 low, 2 moderate, 3 high
    bool operator==(const AttributionSummary &) const = default;
};

/**
 * An incident as the browser lists it: every column of the table, the spread of the sources' USD figures and
 * the attributions, without the claim and source lists. Read in a fixed number of queries, so a case with
 * 100,000 incidents loads in well under a second.
 */
struct IncidentSummary
{
    IncidentId id;
    QString title;
    QString startDate; // ISO 8601 date
    std::optional<QString> endDate;
    QString victim;
    std::optional<QString> victimCountry; // ISO 3166-1 alpha-2
    QString sector;
    QString status;
    QStringList chains;
    std::optional<qint64> lossUsd; // the recorded figure
    /** The lowest and highest USD figure of the recorded value and every source's loss_usd claim. */
    std::optional<qint64> lossUsdLow;
    std::optional<qint64> lossUsdHigh;
    bool synthetic = false;
    int sourceCount = 0;
    std::vector<AttributionSummary> attributions; // strongest confidence first, then oldest first

    /** The group of the strongest attribution: the one the timeline colours the incident by. */
    std::optional<GroupId> primaryGroup() const
    {
        return attributions.empty() ? std::nullopt : std::optional(attributions.front().group);
    }

    bool operator==(const IncidentSummary &) const = default;
};

} // namespace awb
