// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <span>
#include <string_view>

namespace awb::db {

class Database;

/** 'AWBC' in the SQLite header's application_id field marks a file as an Attribution Workbench case. */
inline constexpr qint32 kApplicationId = 0x41574243;

/** The migration steps: kMigrations()[i] upgrades a case from user_version i to i + 1. */
std::span<const std::string_view> migrations();

/** The newest schema version this build writes (= migrations().size()). */
int latestSchemaVersion();

/**
 * Upgrades @p db step by step up to @p target (default: the latest). All steps run in one transaction (each step
 * a SAVEPOINT) that also sets user_version, so an interrupted upgrade leaves the old version with its old data.
 */
Result<void> migrate(Database &db, int target = -1);

} // namespace awb::db
