// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/incident.h"
#include "core/model/records.h"
#include "core/result.h"

namespace awb {

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real calendar date. */
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
