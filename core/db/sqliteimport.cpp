// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteCaseStore: imports. PLACEHOLDER until the importer lands (issue #4); every call refuses.
#include "core/db/sqlitecasestore.h"

namespace awb::db {

namespace {
Error notYet()
{
    return Error{Error::Code::InvalidInput, QStringLiteral("Importing is not available yet."), {}};
}
} // namespace

Result<import::ImportReport> SqliteCaseStore::importRecords(const import::ImportData &, const ImportBatch &)
{
    return std::unexpected(notYet());
}

Result<std::optional<ImportBatch>> SqliteCaseStore::batchWithSha256(const QString &)
{
    return std::unexpected(notYet());
}

Result<std::optional<QString>> SqliteCaseStore::importMapping(const QString &)
{
    return std::unexpected(notYet());
}

Result<void> SqliteCaseStore::saveImportMapping(const QString &, const QString &, const QString &)
{
    return std::unexpected(notYet());
}

} // namespace awb::db
