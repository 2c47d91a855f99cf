// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteCaseStore: the incident browser's reads. Whole tables are streamed once each and joined in memory, so
// the cost is a fixed number of queries however many incidents the case holds.
#include "core/db/sqlitecasestore.h"
#include "core/search/ftsquery.h"

#include <unordered_map>

namespace awb::db {

Result<std::vector<IncidentSummary>> SqliteCaseStore::incidentSummaries()
{
    auto rows = list<IncidentSummary>(
        "SELECT id, title, start_date, end_date, victim, victim_country, sector, status, loss_usd, synthetic "
        "FROM incidents ORDER BY start_date, id",
        [](const Statement &row) {
            IncidentSummary s;
            s.id = IncidentId{row.int64(0)};
            s.title = row.text(1);
            s.startDate = row.text(2);
            s.endDate = row.optText(3);
            s.victim = row.text(4);
            s.victimCountry = row.optText(5);
            s.sector = row.text(6);
            s.status = row.text(7);
            s.lossUsd = row.optInt64(8);
            s.lossUsdLow = s.lossUsd;
            s.lossUsdHigh = s.lossUsd;
            s.synthetic = row.int64(9) != 0;
            return s;
        });
    if (!rows) {
        return rows;
    }
    std::unordered_map<qint64, IncidentSummary *> byId;
    byId.reserve(rows->size());
    for (IncidentSummary &s : *rows) {
        byId.emplace(s.id.value, &s);
    }
    // Another process may commit between these queries; a child row whose incident is not in the first result
    // is skipped, so the summaries never point at an incident they do not hold.
    auto each = [&](std::string_view sql, auto &&apply) -> Result<void> {
        auto stmt = m_db->prepare(sql);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        return stmt->forEach([&](const Statement &row) {
            if (const auto it = byId.find(row.int64(0)); it != byId.end()) {
                apply(*it->second, row);
            }
        });
    };
    Result<void> r =
        each("SELECT incident_id, chain FROM incident_chains ORDER BY incident_id, chain",
             [](IncidentSummary &s, const Statement &row) { s.chains << row.text(1); })
            .and_then([&] {
                // The CHECK on incident_claims keeps loss_usd values to plain digits, so the casts are exact.
                return each("SELECT incident_id, min(CAST(value AS INTEGER)), max(CAST(value AS INTEGER)) "
                            "FROM incident_claims WHERE field = 'loss_usd' GROUP BY incident_id",
                            [](IncidentSummary &s, const Statement &row) {
                                const qint64 low = row.int64(1);
                                const qint64 high = row.int64(2);
                                s.lossUsdLow = s.lossUsdLow ? std::min(*s.lossUsdLow, low) : low;
                                s.lossUsdHigh = s.lossUsdHigh ? std::max(*s.lossUsdHigh, high) : high;
                            });
            })
            .and_then([&] {
                return each(
                    "SELECT incident_id, count(*) FROM incident_sources GROUP BY incident_id",
                    [](IncidentSummary &s, const Statement &row) { s.sourceCount = static_cast<int>(row.int64(1)); });
            })
            .and_then([&] {
                return each("SELECT a.incident_id, a.group_id, c.rank FROM attributions a "
                            "JOIN confidence_levels c ON c.name = a.confidence "
                            "ORDER BY a.incident_id, c.rank DESC, a.id",
                            [](IncidentSummary &s, const Statement &row) {
                                s.attributions.push_back({GroupId{row.int64(1)}, static_cast<int>(row.int64(2))});
                            });
            });
    if (!r) {
        return std::unexpected(r.error());
    }
    return rows;
}

Result<std::vector<IncidentId>> SqliteCaseStore::searchIncidents(const QString &text)
{
    const QString query = search::literalFtsQuery(text);
    if (query.isEmpty()) {
        return std::vector<IncidentId>{};
    }
    // Incident entries have rowid = id * 8 + 1 (schema v2).
    return list<IncidentId>(
        "SELECT rowid / 8 FROM search_index WHERE search_index MATCH ?1 AND rowid % 8 = 1 ORDER BY rowid",
        [](const Statement &row) { return IncidentId{row.int64(0)}; }, query);
}

} // namespace awb::db
