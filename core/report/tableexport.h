// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress.h"
#include "core/query/incidentfilter.h"
#include "core/result.h"

#include <QStringList>

#include <optional>

class QIODevice;

namespace awb {
class CaseStore;
} // namespace awb

namespace awb::report {

/** The tables `awb-cli export --format csv` writes; docs/export.md lists their columns. */
enum class ExportTable { Incidents, Attributions, Wallets, Transfers };

/** "incidents" → Incidents, …; nullopt for any other name. */
std::optional<ExportTable> exportTable(const QString &name);
/** The names exportTable() knows, in the order docs/export.md gives them. */
QStringList exportTableNames();

/**
 * What an export covers: the incidents a filter kept, in the filter's order. Wallets and transfers are those of
 * the kept incidents; with @c wholeCase (no filter was given) they are every address and transfer of the case,
 * including those no incident names.
 */
struct ExportScope
{
    const FilterResult &filtered;
    const GroupDirectory &directory;
    bool wholeCase = false;
    const Progress *progress = nullptr; // hears the rows written; a cancel ends the table with Error::Code::Cancelled
};

/**
 * Writes @p table of @p scope to @p out as RFC 4180 CSV (see CsvWriter), header first, row by row, and returns
 * the number of data rows. Every row has a `synthetic` column, true when any record it draws on is synthetic.
 * Transfers are read as the graph's compact arrays and their hashes in chunks, so a million of them stay in
 * bounded memory. On an error part of the table may already be written: write to a QSaveFile and discard it.
 */
Result<qint64> writeCsvTable(CaseStore &store, ExportTable table, const ExportScope &scope, QIODevice &out);

} // namespace awb::report
