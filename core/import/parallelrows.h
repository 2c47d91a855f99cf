// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/csvreader.h"
#include "core/import/importdata.h"
#include "core/result.h"

#include <functional>

namespace awb::import {

class Interner;

/** Reads the records of one chunk into an ImportData through that ImportData's Interner. */
using ReadRows = std::function<Result<void>(const CsvChunk &chunk, ImportData &out, Interner &interner)>;

/**
 * Reads @p rows into @p data with @p readRows: in @p threads chunks at once (0: one per core, for a file large
 * enough to gain), each into its own ImportData, then renumbered into @p data in file order. The result is what one
 * reader over the whole text gives. If any chunk fails, the text is read again in one go, so the error is the one a
 * single reader meets first. @p rowBytes, a typical record's length, sizes the indexes.
 */
Result<void>
readInParallel(ImportData &data, const CsvChunk &rows, size_t rowBytes, int threads, const ReadRows &readRows);

} // namespace awb::import
