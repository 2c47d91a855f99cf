// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bench/generators/transfergen.h"
#include "core/result.h"

namespace awb::bench {

/**
 * Writes the transfers as a new case at @p path through the CaseStore (addresses, then transfers, one
 * transaction), so a case with N transfers exists without going through a file importer.
 */
Result<void> writeTransferCase(const GeneratedTransfers &data, const QString &path);

} // namespace awb::bench
