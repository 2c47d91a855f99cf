// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interop/interopdata.h"
#include "core/result.h"

namespace awb {
class CaseStore;
}

namespace awb::interop {

/**
 * Writes what a parser read into the case, all of it or nothing, in one transaction with an import batch made
 * from @p batch (file name, SHA-256, size, importer, start time) and the counts. First it plans against the
 * case: each ActorRecord is matched to one group (matchRecord) or creates one, and gains its alias claims,
 * external id and source; a record matching several groups is skipped, never merged. Each tag's address is
 * checked and canonicalised (core/chain), found or created; one failing its checksum is skipped and reported;
 * its actor is looked up (matchActorReference), and a tag the file or the case already holds is skipped.
 * Aliases the import added that now denote several groups are flagged. Fills @p report.
 */
Result<void> writeInterop(CaseStore &store, const InteropData &data, const ImportBatch &batch, InteropReport &report);

} // namespace awb::interop
