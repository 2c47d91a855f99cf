// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The operations the crash driver repeats, generated deterministically so the test can tell from the number of
// acknowledged commits exactly what the case must hold, and read back what it does hold.
#pragma once

#include "core/db/database.h"
#include "core/model/incident.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <map>

namespace awb {
class CaseStore;
}

namespace awb::reliability {

// --- imports: batch i is a transfers CSV of its own (no row of it is in the case before) ---

/** Rows of batch @p i: mostly small, every fourth one large enough (10,000) for the rollback-journal path. */
int importRows(int batch);
QString importFileName(int batch);
QByteArray importCsv(int batch);
/** Imports batch @p i through the normal path (importBytes with the transfers-csv parser). */
Result<void> runImport(CaseStore &store, int batch);
/**
 * The number of batches in the case. Error unless they are exactly batches 0..n-1, each with all of its
 * transfers, and every address in the case is used by a transfer (none left over from a rolled-back import).
 */
Result<int> importState(db::Database &db);

// --- edits: add incident k, update it, remove the one before (each one transaction) ---

struct EditStep
{
    enum class Kind { Add, Update, Remove } kind;
    int key;
};

EditStep editStep(int step);
/** Incident @p key as it is after being added (version 0) or updated (version 1). */
Incident incidentVersion(int key, int version, SourceId source);
/** Runs step @p step; @p ids maps keys to the incidents added so far. */
Result<void> runEditStep(CaseStore &store, int step, SourceId source, std::map<int, IncidentId> &ids);
/** Key → version after the first @p steps steps. */
std::map<int, int> editModel(int steps);
/** Key → version found in the case; Error when an incident matches neither of its versions (half applied). */
Result<std::map<int, int>> editState(CaseStore &store, SourceId source);

// --- migration: a version-1 case, made large enough that its upgrade takes a while ---

/**
 * A QTemporaryDir template in /dev/shm when there is one: the tests sync on every commit (synchronous = FULL), and
 * on a busy disk the syncs, not the work, would set the run time. A SIGKILL keeps the page cache either way, so
 * what survives a kill is the same as on a disk.
 */
QString scratchTemplate();

/** Writes a schema-1 case (tests/data/case_v1.sql) with @p extraNotes notes added, to be upgraded. */
Result<void> writeVersion1Case(const QString &sourceDir, const QString &path, int extraNotes);

} // namespace awb::reliability
