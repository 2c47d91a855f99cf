// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/result.h"

#include <QStringList>

#include <string>

namespace awb::reliability {

/**
 * What a case holds, table by table: a line "name rows sha256" for every table (FTS shadow tables included, so an index
 * that drifted from its rows shows), plus user_version and application_id. Two equal digests mean the same rows,
 * in any order. Plain text, so a test failure shows which tables differ.
 */
Result<std::string> caseDigest(db::Database &db);

/** integrityProblems() plus the FTS5 index's own integrity check, as one list; empty when the case is sound. */
Result<QStringList> caseProblems(db::Database &db);

} // namespace awb::reliability
