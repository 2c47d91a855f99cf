// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/records.h"
#include "core/model/wallet.h"
#include "core/result.h"
#include "core/stix/stiximportplan.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

class QIODevice;

namespace awb {
class CaseStore;
}

namespace awb::stix {

/** One name an intrusion-set lists; the note says which source in the bundle claims it, when the bundle says. */
struct StixAlias
{
    QString alias;
    QString note;
    bool operator==(const StixAlias &) const = default;
};

/** An intrusion-set as read from a bundle, before it meets the case. */
struct StixGroup
{
    QString stixId;
    qint64 index = 0; // its position in the bundle's "objects", counted from 1
    QString modified;
    QString name;
    QString description;
    std::optional<QString> kind;    // from our property extension (group, sub-unit, cluster, unnamed)
    std::optional<QString> country; // from our property extension
    bool synthetic = false;
    std::vector<StixAlias> aliases;
    std::vector<ExternalId> externalIds; // every external reference with an external_id; source not set
};

/** A revoked or deprecated object: skipped, and named in the report. */
struct StixWithdrawn
{
    QString type;
    QString stixId;
    QString name;
    bool revoked = false; // else x_mitre_deprecated
};

struct StixReadOptions
{
    QString fileName; // for messages and the source's title; importStix() uses the file's name when empty
    std::function<void(qint64 bytesRead)> progress;
    std::function<bool()> cancelled; // polled between chunks; true stops the read with Error::Cancelled
};

/** What a bundle holds that the case can take, read as a stream: only intrusion-sets are kept. */
struct StixBundle
{
    QString bundleId;
    QString fileName;
    QString sha256; // of every byte read
    qint64 sizeBytes = 0;
    qint64 objectsRead = 0;
    std::vector<StixGroup> groups;
    std::map<QString, qint64> skippedByType; // every object not mapped, withdrawn ones included
    std::vector<StixWithdrawn> withdrawn;
    QStringList issues; // properties not read, and why
    Source source;      // the bundle as the source of every claim it brings (id not set)
};

/** What importStix() wrote, or the earlier batch of the same file when it wrote nothing. */
struct StixImportReport
{
    QString fileName;
    QString sha256;
    qint64 sizeBytes = 0;
    std::optional<ImportBatch> earlier; // a batch with the same SHA-256 exists: nothing was written
    qint64 batchId = 0;
    SourceId source; // unset when the bundle brought no group
    qint64 objectsRead = 0;
    qint64 groupsAdded = 0;
    qint64 groupsMatched = 0;
    qint64 aliasesAdded = 0;
    qint64 externalIdsAdded = 0;
    qint64 groupsNotImported = 0;
    std::map<QString, qint64> skippedByType;
    std::vector<StixWithdrawn> withdrawn;
    std::vector<StixSharedName> sharedNames;
    QStringList notices; // the plan's notices, then the reader's issues

    bool alreadyImported() const { return earlier.has_value(); }
};

/**
 * Reads a STIX 2.0 or 2.1 bundle from @p in as a stream: one object at a time, keeping only the intrusion-sets and
 * counts, so memory stays near the largest single object whatever the file's size. Writes nothing. Malformed JSON,
 * a top level that is not a bundle object, an object without type or id, nesting deeper than 64 levels, or invalid
 * UTF-8 fail with InvalidInput naming the byte offset or the object's position; a failing device fails with Io.
 */
Result<StixBundle> readStixBundle(QIODevice &in, const StixReadOptions &options = {});

/**
 * Imports the bundle at @p path: refuses a file imported before (same SHA-256, reported in `earlier`, nothing read
 * or written), else reads it with readStixBundle() and writes it with importStixBundle().
 */
Result<StixImportReport> importStix(CaseStore &store, const QString &path, const StixReadOptions &options = {});

/**
 * Writes a read bundle in one transaction: an import batch (importer "stix"), one source for the bundle, and the
 * groups of planStixImport() against the case's groups. All of it, or nothing.
 */
Result<StixImportReport> importStixBundle(CaseStore &store, const StixBundle &bundle);

/** One paragraph for the user: what was written, or the earlier batch; then skipped objects and notices. */
QString stixImportText(const StixImportReport &report);

} // namespace awb::stix
