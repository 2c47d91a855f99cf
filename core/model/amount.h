// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace awb {

/**
 * An exact amount in a chain's base units (satoshi, wei, token units). 128 bits: 18-decimal tokens overflow 64 bits
 * after 9.2 units, while 2^128 wei is 3.4e20 ETH. Never a double.
 */
__extension__ typedef unsigned __int128 Amount;

/** Parses base units written as decimal digits ("1500000000000000000"); nullopt on anything else or overflow. */
std::optional<Amount> parseBaseUnits(QStringView text);
std::optional<Amount> parseBaseUnits(const char *begin, const char *end);

/**
 * Parses a decimal amount in whole units ("1.5", "0.00012345", "1,234.5" is refused) into base units with
 * @p decimals places. nullopt when it has more fractional digits than @p decimals, a sign, or overflows.
 */
std::optional<Amount> parseDecimalUnits(QStringView text, int decimals);

/** Base units as decimal digits. */
QString formatBaseUnits(Amount amount);

/** Base units as a decimal in whole units with trailing zeros dropped ("1.5"; "0" for zero). */
QString formatUnits(Amount amount, int decimals);

/** The nearest double, for ratios and charts only; never for stored or summed amounts. */
inline double toDouble(Amount amount)
{
    return double(amount);
}

} // namespace awb
