// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/amount.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awb::import {

/** The InvalidInput error "FILE:WHERE: what". */
std::unexpected<Error> inputError(const QString &fileName, qint64 line, const QString &what);
std::unexpected<Error> inputError(const QString &fileName, const QString &where, const QString &what);

QString toQString(std::string_view bytes);
std::string_view trimmed(std::string_view text);
bool equalsIgnoringCase(std::string_view a, std::string_view b);

/** Unix seconds, or ISO 8601 ("2024-01-02T03:04:05Z", "+02:00", fractions dropped); a naive date-time only when
 * @p naiveIsUtc (a column that says UTC in its header). */
std::optional<qint64> parseTimestamp(std::string_view text, bool naiveIsUtc);

std::optional<qint64> parseInteger(std::string_view text);

/** "1,234,567.5" → "1234567.5" when every group after the first has three digits; the text itself when it has no
 * comma; nullopt when the grouping is not a valid thousands grouping. */
std::optional<std::string> withoutGrouping(std::string_view text);

/** Digits after the decimal point, trailing zeros included. */
int fractionDigits(std::string_view text);

/** A decimal in whole units to base units (see parseDecimalUnits). */
std::optional<Amount> parseDecimal(std::string_view text, int decimals);

/** One JSON object of a file: a single object, an element of an array, or a line of JSON lines. */
struct JsonRecord
{
    QJsonObject object;
    qint64 number = 0; // 1-based record number; the line number for JSON lines
    QString where;     // "record 3" or "line 3", for messages
};

/**
 * Reads a single object, an array of objects or JSON lines; an empty file is refused, and a syntax error names the
 * byte offset.
 */
Result<std::vector<JsonRecord>> readJsonRecords(const QByteArray &bytes, const QString &fileName);

} // namespace awb::import
