// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/db: the import's writer of transfer rows.
#pragma once

#include "core/db/database.h"
#include "core/result.h"

#include <array>
#include <functional>
#include <optional>
#include <string_view>

namespace awb::db {

/** One transfer row, as text and ids ready to bind. Views must outlive the next flush. */
struct TransferRow
{
    std::string_view chain;
    std::string_view txHash;
    qint64 from = 0; // addresses.id
    qint64 to = 0;
    std::string_view asset;
    std::string_view amount; // decimal base units; copied, so it may point into a caller's scratch buffer
    int decimals = 0;
    qint64 timestamp = 0;
    std::optional<qint64> block;
    qint64 batch = 0;
    std::string_view kind;
    std::optional<std::string_view> contract;
    qint64 line = 0; // the file line, for the error message
};

/**
 * Appends transfers in multi-row INSERTs. SQLite's setup of a statement (its transaction check, opening the
 * table and seeking its last rowid) costs as much as writing a row; one statement per kRows rows pays it once.
 * A batch that fails is replayed row by row, so the error still names the row's line.
 */
class TransferInserter
{
public:
    static constexpr int kRows = 64; // 12 parameters a row: 768, well below SQLite's 32,766

    /** @p onError turns a failed row into the error the import reports. */
    using RowError = std::function<Error(const Error &cause, qint64 line)>;

    static Result<TransferInserter> prepare(Database &db, RowError onError);

    Result<void> add(const TransferRow &row);
    /** Writes the rows still buffered. */
    Result<void> flush();

private:
    TransferInserter(Statement batch, Statement single, RowError onError);
    static void bindRow(Statement &stmt, int first, const TransferRow &row);
    Result<void> replaySingly();

    Statement m_batch;
    Statement m_single;
    RowError m_onError;
    std::array<TransferRow, kRows> m_rows{};
    std::array<std::array<char, 40>, kRows> m_amounts{}; // each buffered row's amount digits
    int m_count = 0;
};

} // namespace awb::db
