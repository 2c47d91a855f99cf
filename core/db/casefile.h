// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/result.h"

#include <memory>
#include <optional>

namespace awb::db {

/** A case file that passed every check on open and is at the latest schema version. */
struct OpenedCase
{
    std::unique_ptr<Database> db;
    bool readOnly = false;
    QString notice;                    // shown to the user, e.g. why the case is read-only
    std::optional<QString> backupPath; // the copy taken before an upgrade
};

/**
 * Opens an existing case. A file that is not a case, is damaged, comes from a newer build or carries
 * unexpected schema objects is refused before anything is written to it. A file the user may not write is
 * opened read-only, with a notice. An older case is backed up beside itself, then upgraded step by step.
 */
/**
 * @p progress (may be null) hears the checks and the upgrade as they run, which on a large case take seconds; a
 * cancel (Error::Code::Cancelled) leaves the file as it was: an upgrade is one transaction.
 */
Result<OpenedCase> openCaseFile(const QString &path, bool readOnly = false, const Progress *progress = nullptr);

/** Creates a new, empty case at @p path; refuses to overwrite an existing file. */
Result<OpenedCase> createCaseFile(const QString &path);

/** Refuses a schema that differs from the one this build writes at @p version (extra triggers, views, tables). */
Result<void> verifySchema(Database &db, int version);

/** Runs integrity_check and foreign_key_check; returns every problem found, empty when the case is sound. */
Result<QStringList> integrityProblems(Database &db);

} // namespace awb::db
