// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/parser.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

namespace awb {
class CaseStore;
}

namespace awb::import {

/** The fields a transfers-csv mapping may name (parser.h ColumnMapping), in the order the GUI lists them. */
QStringList mappingFields();

/** InvalidInput naming the first unknown field, or an empty column or fixed value. */
Result<void> validateMapping(const ColumnMapping &mapping);

/** Reads `--map FIELD=COLUMN` values; a field given twice keeps its last column. */
Result<ColumnMapping> parseMapArguments(const QStringList &pairs);

/** A mapping as the JSON object text stored in import_mappings ({"field": "column", …}). */
QString mappingToJson(const ColumnMapping &mapping);
Result<ColumnMapping> mappingFromJson(const QString &json);

/** The column names of a CSV file's first line (RFC 4180 quoting), from the first bytes of the file. */
QStringList csvHeader(const QByteArray &head);

/** A first guess at a mapping from a header: each field whose usual column name (ignoring case) is present. */
ColumnMapping guessMapping(const QStringList &header);

/** The index in @p header of the column a mapping value names: a 1-based number or a header name in any case;
 *  -1 when the header has no such column. */
int mappedColumn(const QStringList &header, const QString &value);

/**
 * @p mapping against a file's @p header: each column, named or numbered, becomes the header's own spelling of it;
 * fixed values stay. Columns the header lacks are left out and described in @p missing ("from → Sender").
 */
ColumnMapping resolveMapping(const ColumnMapping &mapping, const QStringList &header, QStringList &missing);

/** Every saved mapping of the case, by name. */
Result<std::map<QString, ColumnMapping>> loadMappings(CaseStore &store);

/** The named mapping of the case; NotFound naming it when there is none. */
Result<ColumnMapping> loadMapping(CaseStore &store, const QString &name);
Result<void> saveMapping(CaseStore &store, const QString &name, const ColumnMapping &mapping);

} // namespace awb::import
