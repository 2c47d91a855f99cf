// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/sqlitecasestore.h"
#include "core/import/csvreader.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace awb::test {

/** Unwraps a Result in a test, failing with the error's message instead of crashing. */
template <typename T>
T ok(Result<T> result)
{
    if (!result) {
        ADD_FAILURE() << describe(result.error()).toStdString();
        throw std::runtime_error("unexpected error");
    }
    if constexpr (!std::is_void_v<T>) {
        return std::move(*result);
    }
}

/** CSV bytes read back with the project's RFC 4180 reader. */
inline std::vector<QStringList> readCsv(const QByteArray &bytes)
{
    import::CsvReader reader(bytes);
    std::vector<QStringList> rows;
    while (reader.next()) {
        QStringList row;
        for (std::string_view cell : reader.cells()) {
            row << QString::fromUtf8(cell.data(), qsizetype(cell.size()));
        }
        rows.push_back(row);
    }
    EXPECT_TRUE(reader.error().isEmpty()) << reader.error().toStdString();
    return rows;
}

inline std::unique_ptr<db::SqliteCaseStore> memoryStore()
{
    return ok(db::SqliteCaseStore::createInMemory());
}

inline Source makeSource(const QString &title)
{
    Source s;
    s.title = title;
    s.publisher = QStringLiteral("Test publisher");
    s.published = QStringLiteral("2024-01-02");
    s.url = QStringLiteral("https://example.org/") + title;
    s.kind = QStringLiteral("press");
    return s;
}

} // namespace awb::test
