// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteCaseStore: incidents with their lists, and attributions.
#include "core/db/sqlitecasestore.h"
#include "core/model/validation.h"

#include <QCoreApplication>

namespace awb::db {

namespace {

Incident readIncident(const Statement &row)
{
    Incident i;
    i.id = IncidentId{row.int64(0)};
    i.title = row.text(1);
    i.startDate = row.text(2);
    i.endDate = row.optText(3);
    i.victim = row.text(4);
    i.victimCountry = row.optText(5);
    i.sector = row.text(6);
    i.status = row.text(7);
    i.lossUsd = row.optInt64(8);
    if (auto s = row.optInt64(9)) {
        i.lossUsdSource = SourceId{*s};
    }
    if (auto s = row.optInt64(10)) {
        i.usdRateSource = SourceId{*s};
    }
    i.description = row.text(11);
    i.synthetic = row.int64(12) != 0;
    return i;
}

constexpr std::string_view kIncidentColumns =
    "SELECT id, title, start_date, end_date, victim, victim_country, sector, status, loss_usd, loss_usd_source_id, "
    "usd_rate_source_id, description, synthetic FROM incidents ";

Attribution readAttribution(const Statement &row)
{
    Attribution a;
    a.id = AttributionId{row.int64(0)};
    a.incident = IncidentId{row.int64(1)};
    a.group = GroupId{row.int64(2)};
    a.confidence = row.text(3);
    a.party = row.text(4);
    a.date = row.optText(5);
    a.evidence = row.text(6);
    a.source = SourceId{row.int64(7)};
    a.synthetic = row.int64(8) != 0;
    return a;
}

// Child tables rewritten as a whole when an incident is saved.
constexpr std::array<std::string_view, 5> kIncidentChildTables{"incident_chains", "incident_assets", "incident_losses",
                                                               "incident_sources", "incident_claims"};

} // namespace

Result<void> SqliteCaseStore::writeIncidentChildren(const Incident &incident)
{
    Result<qint64> r = 0;
    for (const QString &chain : incident.chains) {
        r = r.and_then([&](qint64) {
            return insert("INSERT INTO incident_chains(incident_id, chain) VALUES (?1, ?2)", incident.id, chain);
        });
    }
    for (const QString &asset : incident.assets) {
        r = r.and_then([&](qint64) {
            return insert("INSERT INTO incident_assets(incident_id, asset) VALUES (?1, ?2)", incident.id, asset);
        });
    }
    for (const NativeLoss &loss : incident.losses) {
        r = r.and_then([&](qint64) {
            return insert("INSERT INTO incident_losses(incident_id, chain, asset, amount, source_id) "
                          "VALUES (?1, ?2, ?3, ?4, ?5)",
                          incident.id, loss.chain, loss.asset, loss.amount, loss.source);
        });
    }
    for (SourceId source : incident.sources) {
        r = r.and_then([&](qint64) {
            return insert("INSERT INTO incident_sources(incident_id, source_id) VALUES (?1, ?2)", incident.id, source);
        });
    }
    for (const Claim &claim : incident.claims) {
        r = r.and_then([&](qint64) {
            return insert("INSERT INTO incident_claims(incident_id, field, value, source_id, note) "
                          "VALUES (?1, ?2, ?3, ?4, ?5)",
                          incident.id, claim.field, claim.value, claim.source, claim.note);
        });
    }
    return r.transform([](qint64) {});
}

Result<void> SqliteCaseStore::readIncidentChildren(Incident &incident)
{
    auto text = [](const Statement &row) {
        return row.text(0);
    };
    auto chains = list<QString>("SELECT chain FROM incident_chains WHERE incident_id = ?1", text, incident.id);
    auto assets = list<QString>("SELECT asset FROM incident_assets WHERE incident_id = ?1", text, incident.id);
    auto losses = list<NativeLoss>(
        "SELECT chain, asset, amount, source_id FROM incident_losses WHERE incident_id = ?1 ORDER BY id",
        [](const Statement &row) {
            return NativeLoss{row.text(0), row.text(1), row.text(2), SourceId{row.int64(3)}};
        },
        incident.id);
    auto sources = list<SourceId>(
        "SELECT source_id FROM incident_sources WHERE incident_id = ?1 ORDER BY source_id",
        [](const Statement &row) { return SourceId{row.int64(0)}; }, incident.id);
    auto claims = list<Claim>(
        "SELECT field, value, source_id, note FROM incident_claims WHERE incident_id = ?1 ORDER BY id",
        [](const Statement &row) {
            return Claim{row.text(0), row.text(1), SourceId{row.int64(2)}, row.text(3)};
        },
        incident.id);
    for (const Error *e :
         {chains ? nullptr : &chains.error(), assets ? nullptr : &assets.error(), losses ? nullptr : &losses.error(),
          sources ? nullptr : &sources.error(), claims ? nullptr : &claims.error()}) {
        if (e) {
            return std::unexpected(*e);
        }
    }
    incident.chains = QStringList(chains->begin(), chains->end());
    incident.assets = QStringList(assets->begin(), assets->end());
    incident.losses = std::move(*losses);
    incident.sources = std::move(*sources);
    incident.claims = std::move(*claims);
    return {};
}

Result<IncidentId> SqliteCaseStore::addIncident(const Incident &incident)
{
    if (auto r = validate(incident); !r) {
        return std::unexpected(r.error());
    }
    Incident stored = incident;
    auto r = write([&]() -> Result<void> {
        // An unset id binds NULL, which lets SQLite assign one.
        auto id = insert("INSERT INTO incidents(id, title, start_date, end_date, victim, victim_country, sector, "
                         "status, loss_usd, loss_usd_source_id, usd_rate_source_id, description, synthetic) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                         incident.id, incident.title, incident.startDate, incident.endDate, incident.victim,
                         incident.victimCountry, incident.sector, incident.status, incident.lossUsd,
                         incident.lossUsdSource, incident.usdRateSource, incident.description, incident.synthetic);
        if (!id) {
            return std::unexpected(id.error());
        }
        stored.id = IncidentId{*id};
        return writeIncidentChildren(stored);
    });
    return r.transform([&] { return stored.id; });
}

Result<void> SqliteCaseStore::updateIncident(const Incident &incident)
{
    if (auto r = validate(incident); !r) {
        return r;
    }
    return write([&]() -> Result<void> {
        auto r = change("UPDATE incidents SET title = ?2, start_date = ?3, end_date = ?4, victim = ?5, "
                        "victim_country = ?6, sector = ?7, status = ?8, loss_usd = ?9, loss_usd_source_id = ?10, "
                        "usd_rate_source_id = ?11, description = ?12, synthetic = ?13 WHERE id = ?1",
                        incident.id, incident.title, incident.startDate, incident.endDate, incident.victim,
                        incident.victimCountry, incident.sector, incident.status, incident.lossUsd,
                        incident.lossUsdSource, incident.usdRateSource, incident.description, incident.synthetic);
        for (std::string_view table : kIncidentChildTables) {
            r = r.and_then([&] {
                return m_db->prepare("DELETE FROM " + std::string(table) + " WHERE incident_id = ?1")
                    .and_then([&](Statement s) { return s.bindAll(incident.id).run(); });
            });
        }
        return r.and_then([&] { return writeIncidentChildren(incident); });
    });
}

Result<void> SqliteCaseStore::removeIncident(IncidentId id)
{
    return write([&] { return change("DELETE FROM incidents WHERE id = ?1", id); });
}

Result<Incident> SqliteCaseStore::incident(IncidentId id)
{
    auto i = one<Incident>(std::string(kIncidentColumns) + "WHERE id = ?1",
                           QT_TRANSLATE_NOOP("awb::db", "The incident no longer exists."), readIncident, id);
    return i.and_then(
        [&](Incident incident) { return readIncidentChildren(incident).transform([&] { return incident; }); });
}

Result<std::vector<Incident>> SqliteCaseStore::incidents()
{
    auto rows = list<Incident>(std::string(kIncidentColumns) + "ORDER BY start_date, id", readIncident);
    if (!rows) {
        return rows;
    }
    for (Incident &i : *rows) {
        if (auto r = readIncidentChildren(i); !r) {
            return std::unexpected(r.error());
        }
    }
    return rows;
}

Result<AttributionId> SqliteCaseStore::addAttribution(const Attribution &a)
{
    if (auto r = validate(a); !r) {
        return std::unexpected(r.error());
    }
    AttributionId id;
    auto r = write([&]() -> Result<void> {
        // An unset id binds NULL, which lets SQLite assign one.
        return insert("INSERT INTO attributions(id, incident_id, group_id, confidence, party, attributed_on, "
                      "evidence, source_id, synthetic) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                      a.id, a.incident, a.group, a.confidence, a.party, a.date, a.evidence, a.source, a.synthetic)
            .transform([&](qint64 rowid) { id = AttributionId{rowid}; });
    });
    return r.transform([&] { return id; });
}

Result<void> SqliteCaseStore::updateAttribution(const Attribution &a)
{
    if (auto r = validate(a); !r) {
        return r;
    }
    return write([&] {
        return change("UPDATE attributions SET incident_id = ?2, group_id = ?3, confidence = ?4, party = ?5, "
                      "attributed_on = ?6, evidence = ?7, source_id = ?8, synthetic = ?9 WHERE id = ?1",
                      a.id, a.incident, a.group, a.confidence, a.party, a.date, a.evidence, a.source, a.synthetic);
    });
}

Result<void> SqliteCaseStore::removeAttribution(AttributionId id)
{
    return write([&] { return change("DELETE FROM attributions WHERE id = ?1", id); });
}

Result<std::vector<Attribution>> SqliteCaseStore::attributions(std::optional<IncidentId> incident)
{
    constexpr std::string_view columns = "SELECT a.id, a.incident_id, a.group_id, a.confidence, a.party, "
                                         "a.attributed_on, a.evidence, a.source_id, a.synthetic FROM attributions a "
                                         "JOIN confidence_levels c ON c.name = a.confidence ";
    if (incident) {
        return list<Attribution>(std::string(columns) + "WHERE a.incident_id = ?1 ORDER BY c.rank DESC, a.id",
                                 readAttribution, *incident);
    }
    return list<Attribution>(std::string(columns) + "ORDER BY a.incident_id, c.rank DESC, a.id", readAttribution);
}

} // namespace awb::db
