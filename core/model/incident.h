// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace awb {

/** A loss in native units, as exact decimal text. */
struct NativeLoss
{
    QString chain;
    QString asset;
    QString amount;
    SourceId source;
    bool operator==(const NativeLoss &) const = default;
};

/** One source's figure or date for an incident; competing claims coexist. */
struct Claim
{
    QString field; // loss_usd | start_date | end_date | victim_country | loss_native
    QString value;
    SourceId source;
    QString note;
    bool operator==(const Claim &) const = default;
};

struct Incident
{
    IncidentId id;
    QString title;
    QString startDate;
    std::optional<QString> endDate;
    QString victim;
    std::optional<QString> victimCountry; // ISO 3166-1 alpha-2
    QString sector = QStringLiteral("other");
    QString status = QStringLiteral("reported"); // confirmed | reported | attempted
    std::optional<qint64> lossUsd;               // whole US dollars at the time
    std::optional<SourceId> lossUsdSource;
    std::optional<SourceId> usdRateSource;
    QString description;
    bool synthetic = false;
    QStringList chains;
    QStringList assets;
    std::vector<NativeLoss> losses;
    std::vector<SourceId> sources;
    std::vector<Claim> claims;
    bool operator==(const Incident &) const = default;
};

struct Attribution
{
    AttributionId id;
    IncidentId incident;
    GroupId group;
    QString confidence; // low | moderate | high
    QString party;
    std::optional<QString> date;
    QString evidence;
    SourceId source;
    bool synthetic = false;
    bool operator==(const Attribution &) const = default;
};

} // namespace awb
