// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteCaseStore: the counts and totals behind `awb-cli stats` and the status bar.
#include "core/db/sqlitecasestore.h"

namespace awb::db {

namespace {

// Per real incident: its recorded figure, and the lowest and highest sourced figure among its loss claims.
constexpr std::string_view kLossRanges = R"sql(
    WITH claimed AS (
        SELECT i.loss_usd AS recorded, min(CAST(c.value AS INTEGER)) AS cmin, max(CAST(c.value AS INTEGER)) AS cmax
        FROM incidents i LEFT JOIN incident_claims c ON c.incident_id = i.id AND c.field = 'loss_usd'
        WHERE i.synthetic = 0
        GROUP BY i.id
    ), figures AS (
        SELECT recorded,
               CASE WHEN cmin IS NULL THEN recorded WHEN recorded IS NULL THEN cmin ELSE min(cmin, recorded) END AS low,
               CASE WHEN cmax IS NULL THEN recorded WHEN recorded IS NULL THEN cmax ELSE max(cmax, recorded) END AS high
        FROM claimed
    )
    SELECT coalesce(sum(recorded), 0), coalesce(sum(low), 0), coalesce(sum(high), 0),
           count(*) FILTER (WHERE low IS NULL) FROM figures
)sql";

} // namespace

Result<CaseStats> SqliteCaseStore::stats()
{
    CaseStats s;
    const std::pair<std::string_view, qint64 *> counts[] = {
        {"SELECT count(*) FROM incidents", &s.incidents},
        {"SELECT count(*) FROM incidents WHERE synthetic = 1", &s.syntheticIncidents},
        {"SELECT count(*) FROM incidents i WHERE NOT EXISTS "
         "(SELECT 1 FROM incident_sources s WHERE s.incident_id = i.id)",
         &s.incidentsWithoutSource},
        {"SELECT count(*) FROM actor_groups", &s.groups},
        {"SELECT count(*) FROM group_aliases", &s.aliases},
        {"SELECT count(*) FROM attributions", &s.attributions},
        {"SELECT count(DISTINCT victim_country) FROM incidents", &s.countries},
        {"SELECT count(*) FROM sources", &s.sources},
        {"SELECT count(*) FROM addresses", &s.wallets},
        {"SELECT count(*) FROM addresses WHERE synthetic = 1", &s.syntheticWallets},
        {"SELECT count(*) FROM transfers", &s.transfers},
        {"SELECT count(*) FROM transfers WHERE synthetic = 1", &s.syntheticTransfers},
        {"SELECT count(*) FROM utxo_transactions", &s.utxoTransactions},
        {"SELECT count(*) FROM utxo_transactions WHERE synthetic = 1", &s.syntheticUtxoTransactions},
        {"SELECT count(*) FROM tags", &s.tags},
        {"SELECT count(*) FROM incident_claims", &s.claims},
        {"SELECT count(*) FROM notes", &s.notes},
    };
    for (const auto &[sql, target] : counts) {
        auto value = m_db->queryInt(sql);
        if (!value) {
            return std::unexpected(value.error());
        }
        *target = *value;
    }
    auto totals = m_db->prepare(kLossRanges);
    if (!totals) {
        return std::unexpected(totals.error());
    }
    auto r = totals->forEach([&](const Statement &row) {
        s.lossUsdTotal = row.int64(0);
        s.lossUsdMin = row.int64(1);
        s.lossUsdMax = row.int64(2);
        s.incidentsWithoutLoss = row.int64(3);
    });
    auto byYear = m_db->prepare("SELECT substr(start_date, 1, 4), count(*), coalesce(sum(loss_usd), 0) "
                                "FROM incidents WHERE synthetic = 0 GROUP BY 1 ORDER BY 1");
    if (!r || !byYear) {
        return std::unexpected(!r ? r.error() : byYear.error());
    }
    r = byYear->forEach([&](const Statement &row) {
        s.incidentsByYear[row.text(0)] = row.int64(1);
        s.lossUsdByYear[row.text(0)] = row.int64(2);
    });
    return r.transform([&] { return s; });
}

} // namespace awb::db
