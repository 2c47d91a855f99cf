// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace awb::chain {

/** How a chain writes addresses, which decides how they are compared and checked. */
enum class AddressFamily {
    Evm,   // 0x + 40 hex digits; compared case-insensitively, shown with the EIP-55 checksum
    Utxo,  // Base58Check (case-sensitive) or Bech32/Bech32m (lower case by rule)
    Tron,  // Base58Check with version byte 0x41
    Other, // kept exactly as written
};

AddressFamily addressFamily(const QString &chain);

/**
 * The canonical form of @p address on @p chain: EIP-55 for EVM chains, lower-case Bech32, Base58 untouched.
 * An address whose checksum fails is refused, never "corrected".
 */
Result<QString> normalizeAddress(const QString &chain, const QString &address);

/** The EIP-55 mixed-case checksum form of 40 hex digits (with or without 0x). */
QString eip55(QStringView hex);

/** Decodes Base58Check; nullopt when the text is not Base58 or its checksum fails. Returns the payload. */
std::optional<QByteArray> decodeBase58Check(QStringView text);

/** True for a valid Bech32 (BIP-173) or Bech32m (BIP-350) string in one case. */
bool isValidBech32(QStringView text);

/** Encodes @p payload with a version byte as Base58Check (used by generators and tests). */
QString encodeBase58Check(const QByteArray &versionAndPayload);

/** Encodes a segwit v0 address (Bech32) for a 20- or 32-byte program (used by generators and tests). */
QString encodeSegwitV0(const QString &hrp, const QByteArray &program);

} // namespace awb::chain
