// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/casestats.h"

#include <QJsonObject>

namespace awb::report {

/** The stable JSON shape of `awb-cli stats --json` (docs/cli.md). */
QJsonObject statsToJson(const CaseStats &stats);

/** The same figures as aligned plain text for a terminal. */
QString statsToText(const CaseStats &stats);

} // namespace awb::report
