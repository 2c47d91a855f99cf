// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/incident.h"
#include "core/model/records.h"
#include "core/result.h"

#include <QDate>

#include <optional>
#include <utility>

namespace awb {

/**
 * The days an ISO date stands for: "2015" is the whole year, "2015-01" the month, "2015-01-26" one day.
 * Sources often date an incident only to the year or month, so every reader of dates goes through here.
 */
std::optional<std::pair<QDate, QDate>> isoPeriod(const QString &text);
/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real calendar date, from 1900 on. */
bool isIsoDate(const QString &text);
/** An assigned ISO 3166-1 alpha-2 code in upper case ("KP", "JP"). */
bool isCountryCode(const QString &code);
/** Non-negative exact decimal text ("401346", "4502.9"). */
bool isDecimalAmount(const QString &text);
/** An http or https URL with a host. */
bool isWebUrl(const QString &text);

/** Checks the fields a user types; the message names the field and says what is expected. */
Result<void> validate(const Incident &incident);
Result<void> validate(const Source &source);
Result<void> validate(const ActorGroup &group);
Result<void> validate(const Attribution &attribution);

} // namespace awb
