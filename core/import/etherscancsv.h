// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/parser.h"

namespace awb::import {

/**
 * Reads an Etherscan-style explorer CSV export (normal, internal or token transfers; Etherscan, BscScan,
 * PolygonScan, Snowtrace, FtmScan …). Columns are matched by meaning, so older and newer header spellings work.
 */
Result<ImportData> parseEtherscanCsv(const QByteArray &bytes, const QString &fileName, const ParseOptions &options);

/** The decimals of a well-known token contract (canonical address) on @p chain; nullopt when not in the table. */
std::optional<int> knownTokenDecimals(const QString &chain, const QString &contract);

} // namespace awb::import
