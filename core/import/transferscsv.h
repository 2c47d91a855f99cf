// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/parser.h"

namespace awb::import {

/**
 * Reads a generic CSV of transfers through a ColumnMapping. A field the mapping does not name is read from a
 * column with the field's own name when the header has one ("tx_hash", "from" …).
 */
Result<ImportData> parseTransfersCsv(const QByteArray &bytes, const QString &fileName, const ParseOptions &options);

} // namespace awb::import
