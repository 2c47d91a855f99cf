// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteCaseStore: addresses, transfers, incident roles, tags and import batches.
#include "core/chain/address.h"
#include "core/db/sqlitecasestore.h"

#include <QCoreApplication>

#include <map>

namespace awb::db {

namespace {

/** Reads the six address columns starting at column @p first. */
Address readAddressAt(const Statement &row, int first)
{
    Address a{AddressId{row.int64(first)}, row.text(first + 1),       row.text(first + 2),
              row.text(first + 3),         row.int64(first + 4) != 0, {}};
    if (auto batch = row.optInt64(first + 5)) {
        a.batch = BatchId{*batch};
    }
    return a;
}

Address readAddress(const Statement &row)
{
    return readAddressAt(row, 0);
}

constexpr std::string_view kAddressColumns = "SELECT id, chain, address, label, synthetic, batch_id FROM addresses ";

IncidentAddress readIncidentAddress(const Statement &row)
{
    return IncidentAddress{row.int64(0),     IncidentId{row.int64(1)}, AddressId{row.int64(2)},
                           row.text(3),      SourceId{row.int64(4)},   row.text(5),
                           row.int64(6) != 0};
}

Tag readTag(const Statement &row)
{
    Tag t;
    t.id = TagId{row.int64(0)};
    t.address = AddressId{row.int64(1)};
    t.label = row.text(2);
    t.category = row.text(3);
    t.abuse = row.text(4);
    if (auto g = row.optInt64(5)) {
        t.group = GroupId{*g};
    }
    t.confidence = row.text(6);
    t.tagType = row.text(7);
    t.context = row.text(8);
    t.source = SourceId{row.int64(9)};
    t.synthetic = row.int64(10) != 0;
    if (auto batch = row.optInt64(11)) {
        t.batch = BatchId{*batch};
    }
    return t;
}

constexpr std::string_view kTagColumns = "SELECT id, address_id, label, category, abuse, group_id, confidence, "
                                         "tag_type, context, source_id, synthetic, batch_id FROM tags ";

} // namespace

Result<AddressId> SqliteCaseStore::addAddress(const Address &address)
{
    auto canonical = chain::normalizeAddress(address.chain, address.address);
    if (!canonical) {
        return std::unexpected(canonical.error());
    }
    AddressId id;
    auto r = write([&]() -> Result<void> {
        return insert("INSERT INTO addresses(chain, address, label, synthetic, batch_id) VALUES (?1, ?2, ?3, ?4, ?5)",
                      address.chain, *canonical, address.label, address.synthetic, address.batch)
            .transform([&](qint64 rowid) { id = AddressId{rowid}; });
    });
    return r.transform([&] { return id; });
}

Result<Address> SqliteCaseStore::address(AddressId id)
{
    return one<Address>(std::string(kAddressColumns) + "WHERE id = ?1",
                        QT_TRANSLATE_NOOP("awb::db", "The address no longer exists."), readAddress, id);
}

Result<std::optional<Address>> SqliteCaseStore::findAddress(const QString &chainName, const QString &text)
{
    auto canonical = chain::normalizeAddress(chainName, text);
    if (!canonical) {
        return std::unexpected(canonical.error());
    }
    return list<Address>(std::string(kAddressColumns) + "WHERE chain = ?1 AND address = ?2", readAddress, chainName,
                         *canonical)
        .transform([](const std::vector<Address> &rows) {
            return rows.empty() ? std::nullopt : std::optional<Address>(rows.front());
        });
}

Result<std::vector<Address>> SqliteCaseStore::addresses()
{
    return list<Address>(std::string(kAddressColumns) + "ORDER BY id", readAddress);
}

Result<TransferId> SqliteCaseStore::addTransfer(const Transfer &t)
{
    TransferId id;
    auto r = write([&]() -> Result<void> {
        return insert("INSERT INTO transfers(chain, tx_hash, from_id, to_id, asset, amount, decimals, timestamp, "
                      "block, synthetic, batch_id, kind, contract) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                      t.chain, t.txHash, t.from, t.to, t.asset, t.amount, t.decimals, t.timestamp, t.block, t.synthetic,
                      t.batch, t.kind, t.contract)
            .transform([&](qint64 rowid) { id = TransferId{rowid}; });
    });
    return r.transform([&] { return id; });
}

Result<std::vector<Transfer>> SqliteCaseStore::transfers()
{
    return list<Transfer>("SELECT id, chain, tx_hash, from_id, to_id, asset, amount, decimals, timestamp, block, "
                          "synthetic, batch_id, kind, contract FROM transfers ORDER BY timestamp, id",
                          [](const Statement &row) {
                              Transfer t;
                              t.id = TransferId{row.int64(0)};
                              t.chain = row.text(1);
                              t.txHash = row.text(2);
                              t.from = AddressId{row.int64(3)};
                              t.to = AddressId{row.int64(4)};
                              t.asset = row.text(5);
                              t.amount = row.text(6);
                              t.decimals = int(row.int64(7));
                              t.timestamp = row.int64(8);
                              t.block = row.optInt64(9);
                              t.synthetic = row.int64(10) != 0;
                              if (auto batch = row.optInt64(11)) {
                                  t.batch = BatchId{*batch};
                              }
                              t.kind = row.text(12);
                              t.contract = row.optText(13);
                              return t;
                          });
}

Result<qint64> SqliteCaseStore::addIncidentAddress(const IncidentAddress &role)
{
    qint64 id = 0;
    // An unset id (0) binds NULL, which lets SQLite assign one.
    const auto explicitId = role.id > 0 ? std::optional<qint64>(role.id) : std::nullopt;
    auto r = write([&]() -> Result<void> {
        return insert("INSERT INTO incident_addresses(id, incident_id, address_id, role, source_id, note, synthetic) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                      explicitId, role.incident, role.address, role.role, role.source, role.note, role.synthetic)
            .transform([&](qint64 rowid) { id = rowid; });
    });
    return r.transform([&] { return id; });
}

Result<std::vector<IncidentAddress>> SqliteCaseStore::incidentAddresses(std::optional<IncidentId> incident)
{
    constexpr std::string_view columns =
        "SELECT id, incident_id, address_id, role, source_id, note, synthetic FROM incident_addresses ";
    if (incident) {
        return list<IncidentAddress>(std::string(columns) + "WHERE incident_id = ?1 ORDER BY id", readIncidentAddress,
                                     *incident);
    }
    return list<IncidentAddress>(std::string(columns) + "ORDER BY id", readIncidentAddress);
}

Result<TagId> SqliteCaseStore::addTag(const Tag &t)
{
    TagId id;
    auto r = write([&]() -> Result<void> {
        return insert("INSERT INTO tags(address_id, label, category, abuse, group_id, confidence, tag_type, context, "
                      "source_id, synthetic, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                      t.address, t.label, t.category, t.abuse, t.group, t.confidence, t.tagType, t.context, t.source,
                      t.synthetic, t.batch)
            .transform([&](qint64 rowid) { id = TagId{rowid}; });
    });
    return r.transform([&] { return id; });
}

Result<std::vector<Tag>> SqliteCaseStore::tags(std::optional<AddressId> address)
{
    if (address) {
        return list<Tag>(std::string(kTagColumns) + "WHERE address_id = ?1 ORDER BY id", readTag, *address);
    }
    return list<Tag>(std::string(kTagColumns) + "ORDER BY id", readTag);
}

Result<std::vector<IncidentWallet>> SqliteCaseStore::incidentWallets(IncidentId incident)
{
    auto wallets = list<IncidentWallet>(
        "SELECT r.id, r.incident_id, r.address_id, r.role, r.source_id, r.note, r.synthetic, "
        "a.id, a.chain, a.address, a.label, a.synthetic, a.batch_id "
        "FROM incident_addresses r JOIN addresses a ON a.id = r.address_id WHERE r.incident_id = ?1 ORDER BY r.id",
        [](const Statement &row) {
            IncidentWallet w;
            w.role = readIncidentAddress(row);
            w.address = readAddressAt(row, 7);
            return w;
        },
        incident);
    auto tags = list<Tag>(std::string(kTagColumns) +
                              "WHERE address_id IN (SELECT address_id FROM incident_addresses WHERE incident_id = ?1) "
                              "ORDER BY id",
                          readTag, incident);
    if (!wallets || !tags) {
        return std::unexpected(!wallets ? wallets.error() : tags.error());
    }
    std::map<qint64, std::vector<Tag>> byAddress;
    for (Tag &tag : *tags) {
        byAddress[tag.address.value].push_back(std::move(tag));
    }
    for (IncidentWallet &w : *wallets) {
        if (auto it = byAddress.find(w.address.id.value); it != byAddress.end()) {
            w.tags = it->second; // an address with two roles shows its tags under both
        }
    }
    return wallets;
}

Result<BatchId> SqliteCaseStore::addBatch(const ImportBatch &b)
{
    BatchId id;
    auto r = write([&]() -> Result<void> {
        return insert("INSERT INTO import_batches(file_name, sha256, size_bytes, importer, started_at, finished_at, "
                      "rows_read, rows_imported, rows_skipped, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                      b.fileName, b.sha256, b.sizeBytes, b.importer, b.startedAt, b.finishedAt, b.rowsRead,
                      b.rowsImported, b.rowsSkipped, b.note)
            .transform([&](qint64 rowid) { id = BatchId{rowid}; });
    });
    return r.transform([&] { return id; });
}

Result<std::vector<ImportBatch>> SqliteCaseStore::batches()
{
    return list<ImportBatch>("SELECT id, file_name, sha256, size_bytes, importer, started_at, finished_at, rows_read, "
                             "rows_imported, rows_skipped, note FROM import_batches ORDER BY id",
                             [](const Statement &row) {
                                 return ImportBatch{BatchId{row.int64(0)}, row.text(1),  row.text(2),    row.int64(3),
                                                    row.text(4),           row.text(5),  row.optText(6), row.int64(7),
                                                    row.int64(8),          row.int64(9), row.text(10)};
                             });
}

} // namespace awb::db
