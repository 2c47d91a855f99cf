// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/parser.h"

namespace awb::import {

/**
 * Reads Bitcoin Core `getrawtransaction <txid> true` output (bare, or in its JSON-RPC envelope; one object, an
 * array, or JSON lines). Inputs carry no value or address: they are resolved from outputs of other transactions in
 * the same file, and left unset otherwise.
 */
Result<ImportData> parseBitcoinCoreJson(const QByteArray &bytes, const QString &fileName, const ParseOptions &options);

/**
 * A JSON number of BTC as exact satoshi. The parser hands us a double; a decimal with at most 8 fractional digits
 * and at most 21e6 is the only one that lands on its double (the double's spacing there is below 4e-9, under half
 * of 1e-8), so printing the double with 8 decimals gives the written decimal back. A value that is negative, above
 * 21e6, or does not survive that round trip (more than 8 decimals) is refused.
 */
std::optional<qint64> btcToSatoshi(double value);

} // namespace awb::import
