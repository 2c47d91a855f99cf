// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteCaseStore: what an import looks up before it parses: earlier batches of the same file, saved mappings.
#include "core/db/sqlitecasestore.h"

namespace awb::db {

Result<std::optional<ImportBatch>> SqliteCaseStore::batchWithSha256(const QString &sha256)
{
    return list<ImportBatch>(
               "SELECT id, file_name, sha256, size_bytes, importer, started_at, finished_at, rows_read, "
               "rows_imported, rows_skipped, note FROM import_batches WHERE sha256 = ?1 "
               "ORDER BY id LIMIT 1",
               [](const Statement &row) {
                   return ImportBatch{BatchId{row.int64(0)}, row.text(1),  row.text(2),    row.int64(3),
                                      row.text(4),           row.text(5),  row.optText(6), row.int64(7),
                                      row.int64(8),          row.int64(9), row.text(10)};
               },
               sha256.toLower())
        .transform([](const std::vector<ImportBatch> &rows) {
            return rows.empty() ? std::nullopt : std::optional<ImportBatch>(rows.front());
        });
}

Result<std::optional<QString>> SqliteCaseStore::importMapping(const QString &name)
{
    return list<QString>(
               "SELECT mapping FROM import_mappings WHERE name = ?1", [](const Statement &row) { return row.text(0); },
               name)
        .transform([](const std::vector<QString> &rows) {
            return rows.empty() ? std::nullopt : std::optional<QString>(rows.front());
        });
}

Result<void> SqliteCaseStore::saveImportMapping(const QString &name, const QString &format, const QString &mappingJson)
{
    return write([&]() -> Result<void> {
        return insert("INSERT INTO import_mappings(name, format, mapping) VALUES (?1, ?2, ?3) "
                      "ON CONFLICT (name) DO UPDATE SET format = excluded.format, mapping = excluded.mapping",
                      name, format, mappingJson)
            .transform([](qint64) {});
    });
}

Result<QStringList> SqliteCaseStore::importMappingNames()
{
    return list<QString>("SELECT name FROM import_mappings ORDER BY name",
                         [](const Statement &row) { return row.text(0); })
        .transform([](const std::vector<QString> &names) { return QStringList(names.begin(), names.end()); });
}

} // namespace awb::db
