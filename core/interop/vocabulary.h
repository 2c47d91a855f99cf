// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <optional>

namespace awb::interop {

/**
 * The case's chain for a currency or network code as TagPacks and OFAC's lists write them ("BTC", "XBT", "ETH",
 * "TRX" …, any case), or for a chain name the case uses ("ethereum"). A code of a token that lives on several
 * chains (USDT, USDC) and an unknown upper-case code are refused with the reason; an unknown lower-case name
 * ("cardano") is taken as a chain whose addresses are kept as written.
 */
Result<QString> chainOfCode(const QString &code);

/** The code a TagPack writes for the case's @p chain ("bitcoin" → "BTC"); the chain's own name when none. */
QString codeOfChain(const QString &chain);

/** The 14 GraphSense confidence ids, strongest first, as the case's tag_confidence_levels table holds them. */
const QStringList &confidenceIds();

/**
 * The confidence id for @p text: an id in any case, or a level number that one id alone has ("60" →
 * authority_data); nullopt otherwise.
 */
std::optional<QString> confidenceId(const QString &text);

/** The tag types the case knows: actor (who controls it), event (something happened there), mention. */
const QStringList &tagTypes();

/** @p bytes without a leading UTF-8 byte order mark. */
QByteArray withoutBom(const QByteArray &bytes);

/** An InvalidInput error refusing a whole file: "FILE: problem". */
std::unexpected<Error> refuseFile(const QString &fileName, const QString &problem);

/** @p bytes as a JSON document, or a refusal naming the file, the problem and its byte offset. */
Result<QJsonDocument> jsonOfFile(const QByteArray &bytes, const QString &fileName);

/** "2024-05-01" for "2024-05-01", "2024-05-01T10:00:00Z" or "2024-05-01 10:00"; nullopt when not a date. */
std::optional<QString> isoDayOf(const QString &text);

} // namespace awb::interop
