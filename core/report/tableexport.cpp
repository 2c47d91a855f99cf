// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/tableexport.h"

#include "core/graph/graphdata.h"
#include "core/report/csv.h"
#include "core/report/incidentsreport.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace awb::report {

using namespace Qt::Literals::StringLiterals;

namespace {

// Transfer hashes are looked up this many at a time, so only one chunk of them is in memory.
constexpr std::size_t kHashChunk = 8192;

constexpr std::array<std::pair<ExportTable, const char16_t *>, 4> kTables{{
    {ExportTable::Incidents, u"incidents"},
    {ExportTable::Attributions, u"attributions"},
    {ExportTable::Wallets, u"wallets"},
    {ExportTable::Transfers, u"transfers"},
}};

/** Groups @p rows by the key @p keyOf gives, keeping their order. */
template <typename Key, typename Row, typename KeyOf>
std::map<Key, std::vector<const Row *>> groupBy(const std::vector<Row> &rows, KeyOf keyOf)
{
    std::map<Key, std::vector<const Row *>> out;
    for (const Row &row : rows) {
        out[keyOf(row)].push_back(&row);
    }
    return out;
}

/** The rows groupBy() gave @p key; none when it gave it none. */
template <typename Key, typename Row>
const std::vector<const Row *> &rowsOf(const std::map<Key, std::vector<const Row *>> &groups, Key key)
{
    static const std::vector<const Row *> none;
    const auto it = groups.find(key);
    return it == groups.end() ? none : it->second;
}

/** @p rows by their id. */
template <typename Row>
std::map<decltype(Row::id), const Row *> byId(const std::vector<Row> &rows)
{
    std::map<decltype(Row::id), const Row *> out;
    for (const Row &row : rows) {
        out.emplace(row.id, &row);
    }
    return out;
}

Result<qint64> writeAttributions(CaseStore &store, const ExportScope &scope, CsvWriter &csv)
{
    auto attributions = store.attributions(std::nullopt);
    auto sources = attributions.and_then([&](const auto &) { return store.sources(); });
    if (!sources) {
        return std::unexpected(sources.error());
    }
    const auto sourceById = byId(*sources);
    const auto byIncident = groupBy<IncidentId>(*attributions, [](const Attribution &a) { return a.incident; });
    csv.header({u"attribution_id"_s, u"incident_id"_s, u"incident_title"_s, u"group_id"_s, u"group"_s, u"confidence"_s,
                u"party"_s, u"date"_s, u"source_id"_s, u"source_title"_s, u"source_url"_s, u"evidence"_s,
                u"synthetic"_s});
    // Competing claims stay separate rows, in the store's order: the strongest confidence first.
    for (const IncidentSummary *incident : scope.filtered.incidents) {
        for (const Attribution *a : rowsOf(byIncident, incident->id)) {
            const auto source = sourceById.find(a->source);
            const Source *cited = source == sourceById.end() ? nullptr : source->second;
            csv.number(a->id.value)
                .number(incident->id.value)
                .text(incident->title)
                .number(a->group.value)
                .text(scope.directory.name(a->group))
                .text(a->confidence)
                .text(a->party)
                .text(a->date)
                .number(a->source.value)
                .text(cited ? cited->title : QString())
                .text(cited ? cited->url : std::nullopt)
                .text(a->evidence)
                .flag(a->synthetic || incident->synthetic || (cited && cited->synthetic))
                .endRow();
        }
    }
    return csv.rows();
}

/** One wallet row: an address with its role in an incident (both may be missing) and its tags. */
void writeWallet(CsvWriter &csv,
                 const ExportScope &scope,
                 const Address &address,
                 const std::vector<const Tag *> &tags,
                 const IncidentSummary *incident,
                 const IncidentAddress *role)
{
    QStringList labels;
    QStringList categories;
    QStringList groups;
    bool synthetic = address.synthetic || (incident && incident->synthetic) || (role && role->synthetic);
    for (const Tag *t : tags) {
        labels << t->label;
        categories << t->category;
        if (t->group && !groups.contains(scope.directory.name(*t->group))) {
            groups << scope.directory.name(*t->group);
        }
        synthetic = synthetic || t->synthetic;
    }
    csv.number(incident ? std::optional(incident->id.value) : std::nullopt)
        .text(incident ? incident->title : QString())
        .text(role ? role->role : QString())
        .text(address.chain)
        .text(address.address)
        .text(address.label)
        .text(labels.join(u';'))
        .text(categories.join(u';'))
        .text(groups.join(u';'))
        .number(role ? std::optional(role->source.value) : std::nullopt)
        .text(role ? role->note : QString())
        .flag(synthetic)
        .endRow();
}

Result<qint64> writeWallets(CaseStore &store, const ExportScope &scope, CsvWriter &csv)
{
    auto roles = store.incidentAddresses(std::nullopt);
    auto addresses = roles.and_then([&](const auto &) { return store.addresses(); });
    auto tags = addresses.and_then([&](const auto &) { return store.tags(std::nullopt); });
    if (!tags) {
        return std::unexpected(tags.error());
    }
    const auto addressById = byId(*addresses);
    const auto tagsOf = groupBy<AddressId>(*tags, [](const Tag &t) { return t.address; });
    const auto rolesOf = groupBy<IncidentId>(*roles, [](const IncidentAddress &r) { return r.incident; });
    csv.header({u"incident_id"_s, u"incident_title"_s, u"role"_s, u"chain"_s, u"address"_s, u"address_label"_s,
                u"tags"_s, u"tag_categories"_s, u"tag_groups"_s, u"source_id"_s, u"note"_s, u"synthetic"_s});
    for (const IncidentSummary *incident : scope.filtered.incidents) {
        for (const IncidentAddress *role : rowsOf(rolesOf, incident->id)) {
            const Address &address = *addressById.at(role->address);
            writeWallet(csv, scope, address, rowsOf(tagsOf, address.id), incident, role);
        }
    }
    if (scope.wholeCase) {
        // The whole case: also the addresses no incident names (exchanges' wallets, imported counterparties).
        std::set<AddressId> named;
        for (const IncidentAddress &role : *roles) {
            named.insert(role.address);
        }
        for (const Address &address : *addresses) {
            if (!named.contains(address.id)) {
                writeWallet(csv, scope, address, rowsOf(tagsOf, address.id), nullptr, nullptr);
            }
        }
    }
    return csv.rows();
}

QString kindName(graph::TransferKind kind)
{
    switch (kind) {
    case graph::TransferKind::Normal:
        return u"normal"_s;
    case graph::TransferKind::Internal:
        return u"internal"_s;
    case graph::TransferKind::Token:
        return u"token"_s;
    case graph::TransferKind::Transfer:
        break;
    }
    return u"transfer"_s;
}

/** The transfers to export, as indexes into data.transfers: all, or those touching a kept incident's wallet. */
std::vector<quint32> selectedTransfers(const graph::GraphData &data, const ExportScope &scope)
{
    std::vector<quint32> out;
    std::vector<bool> wallet(data.addresses.size(), scope.wholeCase);
    if (!scope.wholeCase) {
        std::set<IncidentId> kept;
        for (const IncidentSummary *s : scope.filtered.incidents) {
            kept.insert(s->id);
        }
        for (const graph::GraphRole &role : data.roles) {
            if (kept.contains(IncidentId{data.incidents[role.incident].rowId})) {
                wallet[role.address] = true;
            }
        }
    }
    for (std::size_t i = 0; i < data.transfers.size(); ++i) {
        if (wallet[data.transfers[i].from] || wallet[data.transfers[i].to]) {
            out.push_back(quint32(i));
        }
    }
    return out;
}

void writeTransfer(CsvWriter &csv, const graph::GraphData &data, const graph::GraphTransfer &t, const QString &hash)
{
    const graph::GraphAsset &asset = data.assets[t.asset];
    csv.number(t.rowId)
        .text(data.chains[asset.chain])
        .text(hash)
        .number(t.timestamp)
        .text(QDateTime::fromSecsSinceEpoch(t.timestamp, Qt::UTC).toString(Qt::ISODate))
        .text(data.address(t.from))
        .text(data.address(t.to))
        .text(asset.symbol)
        .text(asset.contract)
        .number(asset.decimals)
        .baseUnits(t.amount)
        .text(kindName(t.kind))
        .flag(t.synthetic || data.addresses[t.from].synthetic || data.addresses[t.to].synthetic)
        .endRow();
}

Result<qint64> writeTransfers(CaseStore &store, const ExportScope &scope, CsvWriter &csv)
{
    if (scope.progress) {
        scope.progress->step(QCoreApplication::translate("awb::report", "Reading transfers"));
    }
    auto data = store.graphData();
    if (!data) {
        return std::unexpected(data.error());
    }
    const std::vector<quint32> selected = selectedTransfers(*data, scope);
    csv.header({u"transfer_id"_s, u"chain"_s, u"tx_hash"_s, u"timestamp"_s, u"time_utc"_s, u"from"_s, u"to"_s,
                u"asset"_s, u"contract"_s, u"decimals"_s, u"amount_base_units"_s, u"kind"_s, u"synthetic"_s});
    std::vector<qint64> ids;
    for (std::size_t begin = 0; begin < selected.size(); begin += kHashChunk) {
        const std::size_t end = std::min(selected.size(), begin + kHashChunk);
        ids.clear();
        for (std::size_t i = begin; i < end; ++i) {
            ids.push_back(data->transfers[selected[i]].rowId);
        }
        auto hashes = store.transferHashes(ids);
        if (!hashes) {
            return std::unexpected(hashes.error());
        }
        for (std::size_t i = begin; i < end; ++i) {
            writeTransfer(csv, *data, data->transfers[selected[i]], (*hashes)[i - begin]);
        }
        if (!carryOn(scope.progress, QCoreApplication::translate("awb::report", "Writing transfers"), qint64(end),
                     qint64(selected.size()))) {
            return std::unexpected(cancelledError(QCoreApplication::translate("awb::report", "The transfers table")));
        }
    }
    return csv.rows();
}

} // namespace

std::optional<ExportTable> exportTable(const QString &name)
{
    for (const auto &[table, tableName] : kTables) {
        if (name == QStringView(tableName)) {
            return table;
        }
    }
    return std::nullopt;
}

QStringList exportTableNames()
{
    QStringList names;
    for (const auto &entry : kTables) {
        names << QString::fromUtf16(entry.second);
    }
    return names;
}

Result<qint64> writeCsvTable(CaseStore &store, ExportTable table, const ExportScope &scope, QIODevice &out)
{
    CsvWriter csv(out);
    Result<qint64> rows = 0;
    switch (table) {
    case ExportTable::Incidents:
        writeIncidentsCsv(csv, scope.filtered, scope.directory);
        rows = csv.rows();
        break;
    case ExportTable::Attributions:
        rows = writeAttributions(store, scope, csv);
        break;
    case ExportTable::Wallets:
        rows = writeWallets(store, scope, csv);
        break;
    case ExportTable::Transfers:
        rows = writeTransfers(store, scope, csv);
        break;
    }
    return rows.and_then([&](qint64 n) { return csv.finish().transform([n] { return n; }); });
}

} // namespace awb::report
