// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/transferinserter.h"

#include <algorithm>
#include <string>

namespace awb::db {

namespace {

constexpr int kColumns = 12;

std::string insertSql(int rows)
{
    std::string sql = "INSERT INTO transfers(chain, tx_hash, from_id, to_id, asset, amount, decimals, timestamp, "
                      "block, batch_id, kind, contract) VALUES ";
    for (int r = 0; r < rows; ++r) {
        sql += r == 0 ? "(" : ", (";
        for (int c = 0; c < kColumns; ++c) {
            sql += c == 0 ? "?" : ", ?";
        }
        sql += ')';
    }
    return sql;
}

} // namespace

Result<TransferInserter> TransferInserter::prepare(Database &db, RowError onError)
{
    auto batch = db.prepare(insertSql(kRows));
    if (!batch) {
        return std::unexpected(batch.error());
    }
    auto single = db.prepare(insertSql(1));
    if (!single) {
        return std::unexpected(single.error());
    }
    return TransferInserter(std::move(*batch), std::move(*single), std::move(onError));
}

TransferInserter::TransferInserter(Statement batch, Statement single, RowError onError)
    : m_batch(std::move(batch))
    , m_single(std::move(single))
    , m_onError(std::move(onError))
{}

void TransferInserter::bindRow(Statement &stmt, int first, const TransferRow &row)
{
    stmt.bindStatic(first + 1, row.chain)
        .bindStatic(first + 2, row.txHash)
        .bind(first + 3, row.from)
        .bind(first + 4, row.to)
        .bindStatic(first + 5, row.asset)
        .bindStatic(first + 6, row.amount)
        .bind(first + 7, row.decimals)
        .bind(first + 8, row.timestamp)
        .bind(first + 9, row.block)
        .bind(first + 10, row.batch)
        .bindStatic(first + 11, row.kind);
    if (row.contract) {
        stmt.bindStatic(first + 12, *row.contract);
    } else {
        stmt.bindNull(first + 12);
    }
}

Result<void> TransferInserter::add(const TransferRow &row)
{
    std::array<char, 40> &digits = m_amounts[size_t(m_count)];
    const size_t length = std::min(row.amount.size(), digits.size());
    std::copy_n(row.amount.data(), length, digits.data());
    m_rows[size_t(m_count)] = row;
    m_rows[size_t(m_count)].amount = {digits.data(), length};
    if (++m_count < kRows) {
        return {};
    }
    for (int r = 0; r < kRows; ++r) {
        bindRow(m_batch, r * kColumns, m_rows[size_t(r)]);
    }
    if (auto written = m_batch.run(); !written) {
        // The statement undid its own rows; one at a time, the failing row shows itself.
        return replaySingly();
    }
    m_count = 0;
    return {};
}

Result<void> TransferInserter::flush()
{
    return replaySingly();
}

Result<void> TransferInserter::replaySingly()
{
    for (int r = 0; r < m_count; ++r) {
        const TransferRow &row = m_rows[size_t(r)];
        bindRow(m_single, 0, row);
        if (auto written = m_single.run(); !written) {
            m_count = 0;
            return std::unexpected(m_onError(written.error(), row.line));
        }
    }
    m_count = 0;
    return {};
}

} // namespace awb::db
