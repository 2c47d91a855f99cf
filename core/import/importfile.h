// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importdata.h"
#include "core/import/parser.h"
#include "core/model/wallet.h"
#include "core/progress.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace awb {
class CaseStore;
}

namespace awb::import {

/** What importing one file did: wrote one batch, or found the same bytes imported before and wrote nothing. */
struct ImportOutcome
{
    QString fileName; // as given, for messages
    QString sha256;   // lower-case hex
    qint64 sizeBytes = 0;
    std::optional<ImportBatch> earlier; // set when a batch with the same SHA-256 exists: nothing was parsed or written
    ImportReport report;                // what was written, when earlier is not set

    bool alreadyImported() const { return earlier.has_value(); }
};

using ParseFunction = std::function<Result<ImportData>(
    const QByteArray &bytes, const QString &fileName, const QString &format, const ParseOptions &options)>;

/**
 * Reads @p path once, and unless a file with the same SHA-256 was imported before, parses it as @p format and
 * writes it in one transaction with an import batch. Errors name the file and the line, row or byte offset.
 * @p progress (may be null) hears each stage and is asked between them; a cancel (Error::Code::Cancelled) leaves
 * the case as it was. To interrupt the write itself, give the store's connection the same stop token
 * (db::Database::setStopToken).
 */
Result<ImportOutcome> importFile(CaseStore &store,
                                 const QString &path,
                                 const QString &format,
                                 const ParseOptions &options,
                                 const Progress *progress = nullptr);

/** importFile() on bytes already read; @p parse is the parser (parseBytes, or a test's). */
Result<ImportOutcome> importBytes(CaseStore &store,
                                  const QByteArray &bytes,
                                  const QString &fileName,
                                  const QString &format,
                                  const ParseOptions &options,
                                  const ParseFunction &parse,
                                  const Progress *progress = nullptr);

QString sha256Hex(const QByteArray &bytes);

/**
 * The format a file most likely has, from its name and first bytes: etherscan for an explorer CSV (Txhash and
 * Blockno columns), transfers-csv for another CSV, esplora or bitcoin-core for JSON by their field names; empty
 * when it cannot tell.
 */
QString guessFormat(const QString &fileName, const QByteArray &head);

/** One paragraph for the user: the batch and its counts, or the earlier batch of a re-import; then warnings. */
QString outcomeText(const ImportOutcome &outcome);

} // namespace awb::import
