// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/parser.h"

namespace awb::import {

/** Reads Bitcoin transactions in Esplora's JSON (one object, an array, or JSON lines). */
Result<ImportData> parseEsploraJson(const QByteArray &bytes, const QString &fileName, const ParseOptions &options);

} // namespace awb::import
