// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteCaseStore: UTXO transactions, and the plain arrays the graph engine is built from.
#include "core/db/sqlitecasestore.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <unordered_map>

namespace awb::db {

using namespace Qt::Literals::StringLiterals;

namespace {

/** The native asset of a UTXO chain: symbol and decimals (all in use have 8). */
QString utxoSymbol(const QString &chain)
{
    static const std::map<QString, QString> kSymbols{
        {u"bitcoin"_s, u"BTC"_s},          {u"litecoin"_s, u"LTC"_s}, {u"bitcoin-cash"_s, u"BCH"_s},
        {u"dogecoin"_s, u"DOGE"_s},        {u"zcash"_s, u"ZEC"_s},    {u"dash"_s, u"DASH"_s},
        {u"bitcoin-testnet"_s, u"tBTC"_s},
    };
    const auto it = kSymbols.find(chain);
    return it != kSymbols.end() ? it->second : chain.toUpper();
}

/** Maps case row ids to array indexes: a dense vector when ids are compact, else a hash map. */
class RowIndex
{
public:
    void reserve(qint64 maxId, size_t count)
    {
        m_dense = maxId >= 0 && maxId <= qint64(count) * 2 + 1024;
        if (m_dense) {
            m_vector.assign(size_t(maxId) + 1, graph::kNone);
        }
    }

    void add(qint64 rowId, quint32 index)
    {
        if (!m_dense) {
            m_map.emplace(rowId, index);
        } else if (rowId >= 0 && size_t(rowId) < m_vector.size()) {
            m_vector[size_t(rowId)] = index;
        } else {
            throw std::out_of_range("row id beyond max(id)"); // a damaged index disagrees with its table
        }
    }

    /** The index of a row another row refers to; a dangling reference means the file is damaged. */
    quint32 at(qint64 rowId) const
    {
        quint32 index = graph::kNone;
        if (m_dense) {
            index = rowId >= 0 && size_t(rowId) < m_vector.size() ? m_vector[size_t(rowId)] : graph::kNone;
        } else if (const auto it = m_map.find(rowId); it != m_map.end()) {
            index = it->second;
        }
        if (index == graph::kNone) {
            throw std::out_of_range("dangling row reference");
        }
        return index;
    }

private:
    bool m_dense = true;
    std::vector<quint32> m_vector;
    std::unordered_map<qint64, quint32> m_map;
};

Result<void> forEachRow(Database &db, std::string_view sql, const std::function<void(const Statement &)> &onRow)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    // The loaders look up referenced rows with at(): in a damaged file (foreign keys are not checked on read) a
    // reference can dangle, which must end as an error, never as an exception out of core or a wild index.
    try {
        return stmt->forEach(onRow);
    } catch (const std::out_of_range &e) {
        return std::unexpected(
            Error{Error::Code::Corrupt,
                  QCoreApplication::translate("awb::db::SqliteCaseStore",
                                              "The case file is damaged: a record refers to one that does not exist."),
                  QString::fromLatin1(e.what()) + u" in: "_s + QString::fromUtf8(sql.data(), qsizetype(sql.size()))});
    }
}

} // namespace

Result<qint64> SqliteCaseStore::addUtxoTransaction(const UtxoTransaction &tx)
{
    qint64 id = 0;
    auto r = write([&]() -> Result<void> {
        auto row = tx.id > 0
                       ? insert("INSERT INTO utxo_transactions(id, chain, tx_hash, timestamp, block, coinbase, "
                                "synthetic, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                tx.id, tx.chain, tx.txHash, tx.timestamp, tx.block, tx.coinbase, tx.synthetic, tx.batch)
                       : insert("INSERT INTO utxo_transactions(chain, tx_hash, timestamp, block, coinbase, "
                                "synthetic, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                tx.chain, tx.txHash, tx.timestamp, tx.block, tx.coinbase, tx.synthetic, tx.batch);
        if (!row) {
            return std::unexpected(row.error());
        }
        id = *row;
        for (const UtxoInput &in : tx.inputs) {
            auto ok = insert("INSERT INTO utxo_inputs(tx_id, n, address_id, amount, prev_hash, prev_n) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                             id, in.n, in.address, in.amount, in.prevHash, in.prevN);
            if (!ok) {
                return std::unexpected(ok.error());
            }
        }
        for (const UtxoOutput &out : tx.outputs) {
            auto ok = insert("INSERT INTO utxo_outputs(tx_id, n, address_id, amount, script_type) "
                             "VALUES (?1, ?2, ?3, ?4, ?5)",
                             id, out.n, out.address, out.amount, out.scriptType);
            if (!ok) {
                return std::unexpected(ok.error());
            }
        }
        return {};
    });
    return r.transform([&] { return id; });
}

Result<std::vector<UtxoTransaction>> SqliteCaseStore::utxoTransactions()
{
    auto txs = list<UtxoTransaction>(
        "SELECT id, chain, tx_hash, timestamp, block, coinbase, synthetic, batch_id FROM utxo_transactions "
        "ORDER BY id",
        [](const Statement &row) {
            UtxoTransaction t;
            t.id = row.int64(0);
            t.chain = row.text(1);
            t.txHash = row.text(2);
            t.timestamp = row.optInt64(3);
            t.block = row.optInt64(4);
            t.coinbase = row.int64(5) != 0;
            t.synthetic = row.int64(6) != 0;
            if (auto batch = row.optInt64(7)) {
                t.batch = BatchId{*batch};
            }
            return t;
        });
    if (!txs) {
        return txs;
    }
    std::unordered_map<qint64, size_t> byId;
    for (size_t i = 0; i < txs->size(); ++i) {
        byId.emplace((*txs)[i].id, i);
    }
    auto inputs = forEachRow(*m_db, "SELECT tx_id, n, address_id, amount, prev_hash, prev_n FROM utxo_inputs",
                             [&](const Statement &row) {
                                 UtxoInput in;
                                 in.n = int(row.int64(1));
                                 if (auto a = row.optInt64(2)) {
                                     in.address = AddressId{*a};
                                 }
                                 in.amount = row.optInt64(3);
                                 in.prevHash = row.text(4);
                                 if (auto p = row.optInt64(5)) {
                                     in.prevN = int(*p);
                                 }
                                 (*txs)[byId.at(row.int64(0))].inputs.push_back(in);
                             });
    auto outputs = inputs.and_then([&] {
        return forEachRow(*m_db, "SELECT tx_id, n, address_id, amount, script_type FROM utxo_outputs",
                          [&](const Statement &row) {
                              UtxoOutput out;
                              out.n = int(row.int64(1));
                              if (auto a = row.optInt64(2)) {
                                  out.address = AddressId{*a};
                              }
                              out.amount = row.int64(3);
                              out.scriptType = row.text(4);
                              (*txs)[byId.at(row.int64(0))].outputs.push_back(out);
                          });
    });
    if (!outputs) {
        return std::unexpected(outputs.error());
    }
    return txs;
}

namespace {

Result<std::vector<QString>> hashesById(Database &db, std::string_view sql, const std::vector<qint64> &ids)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<QString> out;
    out.reserve(ids.size());
    const ReadScope snapshot(db); // thousands of lookups: one read transaction, not one each
    for (qint64 id : ids) {
        stmt->bind(1, id);
        QString hash;
        auto r = stmt->forEach([&](const Statement &row) { hash = row.text(0); });
        if (!r) {
            return std::unexpected(r.error());
        }
        out.push_back(hash);
    }
    return out;
}

} // namespace

Result<std::vector<QString>> SqliteCaseStore::transferHashes(const std::vector<qint64> &transferIds)
{
    return hashesById(*m_db, "SELECT tx_hash FROM transfers WHERE id = ?1", transferIds);
}

Result<std::vector<QString>> SqliteCaseStore::utxoTransactionHashes(const std::vector<qint64> &txIds)
{
    return hashesById(*m_db, "SELECT tx_hash FROM utxo_transactions WHERE id = ?1", txIds);
}

namespace {

/** Reads the case into graph arrays; one query per table, rows mapped to indexes through RowIndex. */
class GraphLoader
{
public:
    explicit GraphLoader(Database &db)
        : m_db(db)
    {}

    Result<graph::GraphData> run()
    {
        auto r = addresses()
                     .and_then([&] { return transfers(); })
                     .and_then([&] { return utxo(); })
                     .and_then([&] { return records(); })
                     .and_then([&] { return tags(); });
        if (!r) {
            return std::unexpected(r.error());
        }
        m_data.deriveServices();
        return std::move(m_data);
    }

private:
    quint16 chain(std::string_view name)
    {
        auto it = m_chains.find(std::string(name));
        if (it == m_chains.end()) {
            it = m_chains.emplace(std::string(name), m_data.chainIndex(QString::fromUtf8(name))).first;
        }
        return it->second;
    }

    Result<void> addresses()
    {
        auto count = m_db.queryInt("SELECT count(*) FROM addresses");
        auto maxId =
            count.and_then([&](qint64) { return m_db.queryInt("SELECT coalesce(max(id), 0) FROM addresses"); });
        if (!maxId) {
            return std::unexpected(maxId.error());
        }
        m_addressIndex.reserve(*maxId, size_t(*count));
        m_data.addresses.reserve(size_t(*count));
        m_data.addressTextOffsets.reserve(size_t(*count) + 1);
        m_data.addressTextOffsets.push_back(0);
        return forEachRow(m_db, "SELECT id, chain, address, synthetic FROM addresses ORDER BY id",
                          [&](const Statement &row) {
                              const qint64 id = row.int64(0);
                              m_addressIndex.add(id, quint32(m_data.addresses.size()));
                              m_data.addresses.push_back({id, chain(row.utf8(1)), row.int64(3) != 0});
                              m_data.addressText += row.utf8(2);
                              m_data.addressTextOffsets.push_back(quint32(m_data.addressText.size()));
                          });
    }

    quint16 asset(quint16 chainIndex, std::string_view symbol, int decimals, std::string_view contract)
    {
        std::string key = std::to_string(chainIndex) + '\x1f' + std::string(symbol) + '\x1f' +
                          std::to_string(decimals) + '\x1f' + std::string(contract);
        auto it = m_assets.find(key);
        if (it == m_assets.end()) {
            m_data.assets.push_back({chainIndex, QString::fromUtf8(symbol), decimals, QString::fromUtf8(contract)});
            it = m_assets.emplace(std::move(key), quint16(m_data.assets.size() - 1)).first;
        }
        return it->second;
    }

    Result<void> transfers()
    {
        auto count = m_db.queryInt("SELECT count(*) FROM transfers");
        if (!count) {
            return std::unexpected(count.error());
        }
        m_data.transfers.reserve(size_t(*count));
        // The previous row's asset columns: consecutive rows almost always share the asset, so the lookup is skipped.
        std::string lastKey;
        quint16 lastAsset = 0;
        auto r = forEachRow(
            m_db,
            "SELECT id, from_id, to_id, chain, asset, decimals, coalesce(contract, ''), kind, amount, timestamp, "
            "synthetic FROM transfers",
            [&](const Statement &row) {
                graph::GraphTransfer t;
                t.rowId = row.int64(0);
                t.from = m_addressIndex.at(row.int64(1));
                t.to = m_addressIndex.at(row.int64(2));
                const std::string_view chainName = row.utf8(3);
                const std::string_view symbol = row.utf8(4);
                const int decimals = int(row.int64(5));
                const std::string_view contract = row.utf8(6);
                std::string key;
                key.reserve(chainName.size() + symbol.size() + contract.size() + 8);
                key.append(chainName).append(1, '\x1f').append(symbol).append(1, '\x1f').append(contract);
                key.append(1, char(decimals));
                if (key != lastKey || m_data.transfers.empty()) {
                    lastAsset = asset(chain(chainName), symbol, decimals, contract);
                    lastKey = std::move(key);
                }
                t.asset = lastAsset;
                const std::string_view kind = row.utf8(7);
                t.kind = kind == "normal"     ? graph::TransferKind::Normal
                         : kind == "internal" ? graph::TransferKind::Internal
                         : kind == "token"    ? graph::TransferKind::Token
                                              : graph::TransferKind::Transfer;
                const std::string_view amount = row.utf8(8);
                t.amount = parseBaseUnits(amount.data(), amount.data() + amount.size()).value_or(0);
                t.timestamp = row.int64(9);
                t.synthetic = row.int64(10) != 0;
                m_data.transfers.push_back(t);
            });
        if (!r) {
            return r;
        }
        const auto byTime = [](const graph::GraphTransfer &a, const graph::GraphTransfer &b) {
            return a.timestamp != b.timestamp ? a.timestamp < b.timestamp : a.rowId < b.rowId;
        };
        // Imports are usually in time order already; sorting is then skipped.
        if (!std::is_sorted(m_data.transfers.begin(), m_data.transfers.end(), byTime)) {
            std::sort(m_data.transfers.begin(), m_data.transfers.end(), byTime);
        }
        return {};
    }

    Result<void> utxo()
    {
        RowIndex txIndex;
        auto maxId = m_db.queryInt("SELECT coalesce(max(id), 0) FROM utxo_transactions");
        auto count = maxId.and_then([&](qint64) { return m_db.queryInt("SELECT count(*) FROM utxo_transactions"); });
        if (!count) {
            return std::unexpected(count.error());
        }
        txIndex.reserve(*maxId, size_t(*count));
        auto &txs = m_data.utxoTxs;
        auto r = forEachRow(m_db,
                            "SELECT id, chain, coalesce(timestamp, 0), coinbase, synthetic FROM utxo_transactions "
                            "ORDER BY id",
                            [&](const Statement &row) {
                                graph::GraphUtxoTx t;
                                t.rowId = row.int64(0);
                                t.chain = chain(row.utf8(1));
                                t.asset = asset(t.chain, utxoSymbol(m_data.chains[t.chain]).toStdString(), 8, {});
                                t.timestamp = row.int64(2);
                                t.coinbase = row.int64(3) != 0;
                                t.synthetic = row.int64(4) != 0;
                                txIndex.add(t.rowId, quint32(txs.size()));
                                txs.push_back(t);
                            });
        // Inputs and outputs come in primary-key order (tx_id, n), so each transaction's rows are contiguous.
        r = r.and_then([&] {
            return forEachRow(m_db, "SELECT tx_id, address_id, amount FROM utxo_inputs ORDER BY tx_id, n",
                              [&](const Statement &row) {
                                  auto &tx = txs[txIndex.at(row.int64(0))];
                                  if (tx.inputCount++ == 0) {
                                      tx.firstInput = quint32(m_data.inputs.size());
                                  }
                                  graph::GraphInput in;
                                  if (!row.isNull(1)) {
                                      in.address = m_addressIndex.at(row.int64(1));
                                  }
                                  if (!row.isNull(2)) {
                                      in.amount = row.int64(2);
                                  }
                                  m_data.inputs.push_back(in);
                              });
        });
        r = r.and_then([&] {
            return forEachRow(m_db, "SELECT tx_id, address_id, amount, script_type FROM utxo_outputs ORDER BY tx_id, n",
                              [&](const Statement &row) {
                                  auto &tx = txs[txIndex.at(row.int64(0))];
                                  if (tx.outputCount++ == 0) {
                                      tx.firstOutput = quint32(m_data.outputs.size());
                                  }
                                  graph::GraphOutput out;
                                  if (!row.isNull(1)) {
                                      out.address = m_addressIndex.at(row.int64(1));
                                  }
                                  out.amount = row.int64(2);
                                  out.scriptType = row.text(3);
                                  m_data.outputs.push_back(out);
                              });
        });
        if (!r) {
            return r;
        }
        const auto byTime = [](const graph::GraphUtxoTx &a, const graph::GraphUtxoTx &b) {
            return a.timestamp != b.timestamp ? a.timestamp < b.timestamp : a.rowId < b.rowId;
        };
        std::stable_sort(txs.begin(), txs.end(), byTime);
        return {};
    }

    Result<void> records()
    {
        auto r = forEachRow(m_db, "SELECT id, title, start_date, synthetic FROM incidents ORDER BY id",
                            [&](const Statement &row) {
                                m_incidentIndex.emplace(row.int64(0), quint32(m_data.incidents.size()));
                                m_data.incidents.push_back({row.int64(0), row.text(1), row.text(2), row.int64(3) != 0});
                            });
        r = r.and_then([&] {
            return forEachRow(m_db, "SELECT id, name FROM actor_groups ORDER BY id", [&](const Statement &row) {
                m_groupIndex.emplace(row.int64(0), quint32(m_data.groups.size()));
                m_data.groups.push_back({row.int64(0), row.text(1)});
            });
        });
        r = r.and_then([&] {
            return forEachRow(
                m_db, "SELECT id, incident_id, address_id, role, synthetic FROM incident_addresses ORDER BY id",
                [&](const Statement &row) {
                    m_data.roles.push_back({row.int64(0), m_incidentIndex.at(row.int64(1)),
                                            m_addressIndex.at(row.int64(2)), row.text(3), row.int64(4) != 0});
                });
        });
        return r.and_then([&] {
            return forEachRow(m_db,
                              "SELECT a.id, a.incident_id, a.group_id, a.confidence, c.rank, a.party, a.synthetic "
                              "FROM attributions a JOIN confidence_levels c ON c.name = a.confidence ORDER BY a.id",
                              [&](const Statement &row) {
                                  m_data.attributions.push_back({row.int64(0), m_incidentIndex.at(row.int64(1)),
                                                                 m_groupIndex.at(row.int64(2)), row.text(3),
                                                                 int(row.int64(4)), row.text(5), row.int64(6) != 0});
                              });
        });
    }

    Result<void> tags()
    {
        return forEachRow(m_db,
                          "SELECT t.id, t.address_id, t.group_id, t.label, t.category, t.confidence, "
                          "coalesce(c.level, 0), t.synthetic FROM tags t "
                          "LEFT JOIN tag_confidence_levels c ON c.name = t.confidence ORDER BY t.id",
                          [&](const Statement &row) {
                              graph::GraphTag t;
                              t.rowId = row.int64(0);
                              t.address = m_addressIndex.at(row.int64(1));
                              if (!row.isNull(2)) {
                                  t.group = m_groupIndex.at(row.int64(2));
                              }
                              t.label = row.text(3);
                              t.category = row.text(4);
                              t.confidence = row.text(5);
                              t.confidenceLevel = int(row.int64(6));
                              t.synthetic = row.int64(7) != 0;
                              m_data.tags.push_back(t);
                          });
    }

    Database &m_db;
    graph::GraphData m_data;
    RowIndex m_addressIndex;
    std::map<qint64, quint32> m_incidentIndex;
    std::map<qint64, quint32> m_groupIndex;
    std::unordered_map<std::string, quint16> m_chains;
    std::unordered_map<std::string, quint16> m_assets;
};

} // namespace

Result<graph::GraphData> SqliteCaseStore::graphData()
{
    return GraphLoader(*m_db).run();
}

} // namespace awb::db
