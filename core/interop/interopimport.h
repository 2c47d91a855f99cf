// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interop/interopdata.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace awb {
class CaseStore;
}

namespace awb::interop {

/** Options of the interop formats (`awb-cli import --chain --list-date`). */
struct InteropOptions
{
    QString chain;    // ofac: the list's chain (a chain name or a currency code)
    QString listDate; // ofac: YYYY-MM-DD
};

/** The attribution formats `awb-cli import --format` reads besides transaction files. */
QStringList interopFormatNames(); // misp-galaxy, tagpack, actorpack, ofac

/**
 * The attribution format a file most likely has, from its name and first bytes: stix for a STIX bundle,
 * misp-galaxy for a MISP galaxy, ofac for an OFAC address list (sanctioned_addresses_*.txt, or JSON with
 * "addresses"), actorpack or tagpack for YAML with top-level "actors:" or "tags:"; empty when it is none of them.
 */
QString guessAttributionFormat(const QString &fileName, const QByteArray &head);

/** Parses @p bytes as @p format; nothing is written anywhere. */
Result<InteropData>
parseInterop(const QByteArray &bytes, const QString &fileName, const QString &format, const InteropOptions &options);

/**
 * Reads @p path once; unless a file with the same SHA-256 was imported before (then nothing is parsed or written
 * and the report names the earlier batch), parses it and writes it with an import batch, all or nothing.
 */
Result<InteropReport>
importInteropFile(CaseStore &store, const QString &path, const QString &format, const InteropOptions &options);

/** importInteropFile() on bytes already read. */
Result<InteropReport> importInteropBytes(CaseStore &store,
                                         const QByteArray &bytes,
                                         const QString &fileName,
                                         const QString &format,
                                         const InteropOptions &options);

/** The report for a person: counts, then every flag, skip and warning on a line of its own. */
QString reportText(const InteropReport &report);

/** An import batch as `awb-cli import --json` shows the earlier batch of a re-import. */
QJsonObject batchJson(const ImportBatch &batch);

/** The report as JSON (docs/interop.md describes the keys). */
QJsonObject reportJson(const InteropReport &report);

} // namespace awb::interop
