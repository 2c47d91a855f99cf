// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importdata.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <map>

namespace awb::import {

/** The formats `awb-cli import --format` and File ▸ Import accept. */
QStringList formatNames(); // etherscan, esplora, bitcoin-core, transfers-csv

/**
 * How to read a transfers CSV: which column holds each field. Keys: tx_hash, from, to, amount (base units) or
 * value (decimal whole units; needs decimals), asset, decimals (a column, or a fixed number in "fixed_decimals"),
 * timestamp (Unix seconds or ISO 8601), block, chain (a column, or a fixed chain in "fixed_chain"), contract.
 * Values are column headers (matched case-insensitively) or 1-based column numbers.
 */
using ColumnMapping = std::map<QString, QString>;

struct ParseOptions
{
    QString chain;         // the chain of an explorer export (ethereum, bsc, polygon …); empty: the format's default
    ColumnMapping mapping; // transfers-csv only
    int threads = 0;       // readers of a large CSV at once; 0: one per core (tests pin it to compare)
};

/**
 * Reads @p path as @p format. Nothing is written anywhere: a parse error (InvalidInput) names the file and the
 * line, row or byte offset, and the whole file is refused.
 */
Result<ImportData> parseFile(const QString &path, const QString &format, const ParseOptions &options = {});
Result<ImportData>
parseBytes(const QByteArray &bytes, const QString &fileName, const QString &format, const ParseOptions &options = {});

} // namespace awb::import
