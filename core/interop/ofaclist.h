// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interop/interopdata.h"
#include "core/result.h"

#include <QByteArray>

namespace awb::interop {

struct OfacOptions
{
    QString chain;    // --chain: a chain name or a currency code; empty: from the file name or the JSON's keys
    QString listDate; // --list-date YYYY-MM-DD; empty: a date the file gives
};

/**
 * Reads a list of OFAC SDN digital-currency addresses. Accepted shapes (docs/interop.md):
 *  - plain text, one address per line (sanctioned_addresses_ETH.txt); blank lines and `#` comments ignored, and the
 *    first ISO date in a comment is the list's date;
 *  - a JSON array of address strings (sanctioned_addresses_ETH.json);
 *  - a JSON object mapping currency codes to such arrays ({"XBT": [...], "ETH": [...]});
 *  - a JSON object {"date": "YYYY-MM-DD", "addresses": <an array or an object as above>}.
 * Each address becomes an "event" tag with abuse "sanction" (a designation, never a claim of who controls the
 * address) citing one Source per chain with the list's date. Refused (InvalidInput): bytes that are not UTF-8
 * text, malformed JSON, a non-text item, no date (neither --list-date nor one in the file), no chain.
 */
Result<InteropData> parseOfacList(const QByteArray &bytes, const QString &fileName, const OfacOptions &options);

} // namespace awb::interop
