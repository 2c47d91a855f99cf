// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteCaseStore: imports. One file is one transaction and one import batch; a failure leaves the case untouched.
#include "core/db/sqlitecasestore.h"
#include "core/db/transferinserter.h"

#include <QDateTime>
#include <QThread>

#include <array>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

namespace awb::db {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::db", text);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

/** Base units as decimal digits, written into @p buffer without allocating (a million rows per import). */
std::string_view digits(Amount amount, std::array<char, 40> &buffer)
{
    char *const end = buffer.data() + buffer.size();
    char *p = end;
    // 64-bit division is much cheaper than the 128-bit helper, and almost every amount fits.
    while (amount > Amount(UINT64_MAX)) {
        *--p = char('0' + int(amount % 10));
        amount /= 10;
    }
    auto small = quint64(amount);
    do {
        *--p = char('0' + int(small % 10));
        small /= 10;
    } while (small != 0);
    return {p, size_t(end - p)};
}

std::string_view kindName(import::TransferKind kind)
{
    switch (kind) {
    case import::TransferKind::Normal:
        return "normal";
    case import::TransferKind::Internal:
        return "internal";
    case import::TransferKind::Token:
        return "token";
    case import::TransferKind::Transfer:
        break;
    }
    return "transfer";
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

/** An asset's columns as UTF-8, converted once per file rather than once per row. */
struct AssetText
{
    QByteArray chain;
    QByteArray symbol;
    std::optional<QByteArray> contract;
    int decimals = 0;
};

/** What makes two transfers of one transaction the same row (the overlap of two explorer exports). */
std::string transferKey(qint64 from,
                        qint64 to,
                        std::string_view kind,
                        std::string_view asset,
                        std::string_view contract,
                        std::string_view amount)
{
    std::string key = std::to_string(from) + '/' + std::to_string(to) + '/';
    key.append(kind).append(1, '\0').append(asset).append(1, '\0').append(contract).append(1, '\0').append(amount);
    return key;
}

Error rowError(const Error &cause, const QString &file, qint64 line, const QString &what)
{
    Error e = cause;
    e.message = tr("%1:%2: the %3 could not be written to the case: %4")
                    .arg(file)
                    .arg(line)
                    .arg(what, cause.detail.isEmpty() ? cause.message : cause.detail);
    return e;
}

constexpr int kMaxDecimals = 36;     // the transfers.decimals CHECK
constexpr size_t kBulkRows = 10'000; // from here an import is written with a rollback journal

/** Writes one ImportData inside the caller's transaction. */
class ImportWriter
{
public:
    ImportWriter(Database &db,
                 const import::ImportData &data,
                 const QString &fileName,
                 qint64 batchId,
                 import::ImportReport &report)
        : m_db(db)
        , m_data(data)
        , m_file(fileName)
        , m_batch(batchId)
        , m_report(report)
    {}

    Result<void> run()
    {
        if (auto r = checkReferences(); !r) {
            return r;
        }
        if (auto r = internAddresses(); !r) {
            return r;
        }
        if (auto r = writeTransfers(); !r) {
            return r;
        }
        return writeUtxoTransactions();
    }

private:
    Error invalid(qint64 line, const QString &what) const
    {
        return Error{Error::Code::InvalidInput, tr("%1:%2: %3").arg(m_file).arg(line).arg(what), {}};
    }

    bool isAddress(std::optional<quint32> index) const { return !index || *index < m_data.addresses.size(); }

    /** A parser bug must not become a crash or a wrong row: every index is checked before anything is written. */
    Result<void> checkReferences() const
    {
        for (const import::ImportedTransfer &t : m_data.transfers) {
            if (t.tx >= m_data.txHashes.size() || !isAddress(t.from) || !isAddress(t.to) ||
                t.asset >= m_data.assets.size()) {
                return std::unexpected(invalid(t.line, tr("the row refers to a value the file does not hold.")));
            }
            // Transfers are written without SQLite's CHECK on decimals (see writeTransfers), so it is made here.
            if (const import::ImportedAsset &a = m_data.assets[t.asset]; a.decimals < 0 || a.decimals > kMaxDecimals) {
                return std::unexpected(invalid(t.line, tr("the asset %1 has %2 decimals; at most %3 are allowed.")
                                                           .arg(a.symbol)
                                                           .arg(a.decimals)
                                                           .arg(kMaxDecimals)));
            }
        }
        for (const import::ImportedUtxoTx &tx : m_data.utxoTransactions) {
            for (const import::ImportedInput &in : tx.inputs) {
                if (!isAddress(in.address)) {
                    return std::unexpected(
                        invalid(tx.line, tr("an input refers to an address the file does not hold.")));
                }
            }
            for (const import::ImportedOutput &out : tx.outputs) {
                if (!isAddress(out.address)) {
                    return std::unexpected(
                        invalid(tx.line, tr("an output refers to an address the file does not hold.")));
                }
            }
        }
        return {};
    }

    Result<void> internAddresses()
    {
        // Insert-or-find through the UNIQUE (chain, address) index: the cost follows the file, not the case. No
        // RETURNING: SQLite buffers a returned row in a table of its own, which cost as much as the insert.
        auto insert = m_db.prepare("INSERT INTO addresses(chain, address, batch_id) VALUES (?1, ?2, ?3) "
                                   "ON CONFLICT (chain, address) DO NOTHING");
        auto find = m_db.prepare("SELECT id FROM addresses WHERE chain = ?1 AND address = ?2");
        if (!insert || !find) {
            return std::unexpected(!insert ? insert.error() : find.error());
        }
        m_addressIds.reserve(m_data.addresses.size());
        QString lastChain;
        QByteArray chain;
        for (const import::ImportedAddress &a : m_data.addresses) {
            if (a.chain != lastChain) {
                lastChain = a.chain;
                chain = a.chain.toUtf8();
            }
            const QByteArray address = a.address.toUtf8();
            insert->bindStatic(1, view(chain)).bindStatic(2, view(address)).bind(3, m_batch);
            auto added = insert->run().transform([this] { return m_db.changes() > 0; });
            if (!added) {
                Error e = added.error();
                e.message = tr("%1: the address \"%2\" on %3 could not be written to the case.")
                                .arg(m_file, a.address, a.chain);
                return std::unexpected(e);
            }
            if (*added) {
                m_addressIds.push_back(m_db.lastInsertId());
                ++m_report.addressesAdded;
                continue;
            }
            find->bindStatic(1, view(chain)).bindStatic(2, view(address));
            auto found = find->step();
            if (!found || !*found) {
                return std::unexpected(
                    !found ? found.error()
                           : Error{Error::Code::Sql, tr("An address vanished during the import."), a.address});
            }
            m_addressIds.push_back(find->int64(0));
            find->reset();
        }
        return {};
    }

    /** Existing transfers of the file's transactions, as keys with how often each occurs. */
    Result<void> loadOverlap()
    {
        auto lookup = m_db.prepare("SELECT from_id, to_id, kind, asset, coalesce(contract, ''), amount "
                                   "FROM transfers WHERE chain = ?1 AND tx_hash = ?2");
        if (!lookup) {
            return std::unexpected(lookup.error());
        }
        std::set<std::pair<QByteArray, quint32>> seen; // (chain, tx)
        for (const import::ImportedTransfer &t : m_data.transfers) {
            const QByteArray &chain = m_assets[t.asset].chain;
            if (!seen.emplace(chain, t.tx).second) {
                continue;
            }
            lookup->bindStatic(1, view(chain)).bindStatic(2, view(m_data.txHashes[t.tx]));
            auto r = lookup->forEach([&](const Statement &row) {
                m_overlap[{chain, t.tx}][transferKey(row.int64(0), row.int64(1), row.utf8(2), row.utf8(3), row.utf8(4),
                                                     row.utf8(5))] += 1;
            });
            if (!r) {
                return r;
            }
        }
        return {};
    }

    /** True when @p t is already in the case; each row there matches one row of the file at most. */
    bool alreadyInCase(const import::ImportedTransfer &t, std::string_view amount)
    {
        const AssetText &asset = m_assets[t.asset];
        const auto tx = m_overlap.find({asset.chain, t.tx});
        if (tx == m_overlap.end()) {
            return false;
        }
        const auto key =
            tx->second.find(transferKey(m_addressIds[t.from], m_addressIds[t.to], kindName(t.kind), view(asset.symbol),
                                        view(asset.contract.value_or(QByteArray())), amount));
        if (key == tx->second.end() || key->second == 0) {
            return false;
        }
        --key->second;
        return true;
    }

    Result<void> writeTransfers()
    {
        if (m_data.transfers.empty()) {
            return {};
        }
        for (const import::ImportedAsset &a : m_data.assets) {
            m_assets.push_back(AssetText{a.chain.toUtf8(), a.symbol.toUtf8(),
                                         a.contract ? std::optional(a.contract->toUtf8()) : std::nullopt, a.decimals});
        }
        auto existing = m_db.queryInt("SELECT count(*) FROM transfers");
        if (!existing) {
            return std::unexpected(existing.error());
        }
        if (*existing > 0) {
            if (auto r = loadOverlap(); !r) {
                return r;
            }
        }
        // Building an index once over sorted keys beats updating it row by row, once the file outweighs the table.
        std::vector<std::string> indexSql;
        if (qint64(m_data.transfers.size()) > *existing) {
            auto dropped = dropTransferIndexes();
            if (!dropped) {
                return std::unexpected(dropped.error());
            }
            indexSql = std::move(*dropped);
        }
        // The rows' CHECK constraints (decimal digits, a known kind, decimals 0–36) hold by construction: amounts
        // come from formatting an integer, kinds from an enum, decimals were checked above. SQLite tests them with
        // GLOB patterns at over a microsecond a row, so the inserts are compiled without them.
        const PragmaScope checksOff(m_db, "ignore_check_constraints", 1);
        auto inserter = TransferInserter::prepare(
            m_db, [this](const Error &cause, qint64 line) { return rowError(cause, m_file, line, tr("transfer")); });
        if (!inserter) {
            return std::unexpected(inserter.error());
        }
        std::array<char, 40> buffer{};
        for (const import::ImportedTransfer &t : m_data.transfers) {
            const std::string_view amount = digits(t.amount, buffer);
            if (!m_overlap.empty() && alreadyInCase(t, amount)) {
                ++m_report.duplicatesSkipped;
                continue;
            }
            const AssetText &asset = m_assets[t.asset];
            const TransferRow row{view(asset.chain),
                                  view(m_data.txHashes[t.tx]),
                                  m_addressIds[t.from],
                                  m_addressIds[t.to],
                                  view(asset.symbol),
                                  amount,
                                  asset.decimals,
                                  t.timestamp,
                                  t.block,
                                  m_batch,
                                  kindName(t.kind),
                                  asset.contract ? std::optional(view(*asset.contract)) : std::nullopt,
                                  t.line};
            if (auto r = inserter->add(row); !r) {
                return r;
            }
            ++m_report.transfersImported;
        }
        if (auto r = inserter->flush(); !r) {
            return r;
        }
        // SQLite sorts an index's keys in runs; with helper threads it sorts one run while it reads the next.
        const PragmaScope sortThreads(m_db, "threads", std::max(1, QThread::idealThreadCount()));
        for (const std::string &sql : indexSql) {
            if (auto r = m_db.exec(sql); !r) {
                return r;
            }
        }
        return {};
    }

    /**
     * Drops the transfer indexes and returns their CREATE statements as the case stores them, so they come back
     * byte for byte identical (the case-file check compares schema text).
     */
    Result<std::vector<std::string>> dropTransferIndexes()
    {
        auto stmt = m_db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'transfers' "
                                 "AND name IN ('transfers_from', 'transfers_to', 'transfers_tx') ORDER BY name");
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        std::vector<std::pair<std::string, std::string>> indexes;
        auto r = stmt->forEach(
            [&](const Statement &row) { indexes.emplace_back(std::string(row.utf8(0)), std::string(row.utf8(1))); });
        if (!r) {
            return std::unexpected(r.error());
        }
        std::vector<std::string> sql;
        for (const auto &[name, create] : indexes) {
            if (auto dropped = m_db.exec("DROP INDEX \"" + name + '"'); !dropped) {
                return std::unexpected(dropped.error());
            }
            sql.push_back(create);
        }
        return sql;
    }

    /** The output (chain, hash, n) spends, from the file or else from the case; nullopt when neither has it. */
    Result<std::optional<std::pair<std::optional<qint64>, qint64>>>
    spentOutput(Statement &caseLookup, const QByteArray &chain, const import::ImportedInput &in)
    {
        using Spent = std::optional<std::pair<std::optional<qint64>, qint64>>;
        if (const auto it = m_fileTx.find(utxoKey(chain, in.prevHash)); it != m_fileTx.end()) {
            const auto &outputs = m_data.utxoTransactions[it->second].outputs;
            if (*in.prevN >= 0 && size_t(*in.prevN) < outputs.size()) {
                const import::ImportedOutput &out = outputs[size_t(*in.prevN)];
                return Spent{{out.address ? std::optional(m_addressIds[*out.address]) : std::nullopt, out.amount}};
            }
            return Spent{};
        }
        caseLookup.bindStatic(1, view(chain)).bindStatic(2, view(in.prevHash)).bind(3, qint64{*in.prevN});
        auto row = caseLookup.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        Spent spent;
        if (*row) {
            spent = {caseLookup.optInt64(0), caseLookup.int64(1)};
        }
        caseLookup.reset();
        return spent;
    }

    static std::string utxoKey(const QByteArray &chain, const QByteArray &hash)
    {
        std::string key(view(chain));
        key.append(1, '\0').append(view(hash));
        return key;
    }

    Result<void> writeUtxoTransactions()
    {
        if (m_data.utxoTransactions.empty()) {
            return {};
        }
        auto find = m_db.prepare("SELECT 1 FROM utxo_transactions WHERE chain = ?1 AND tx_hash = ?2");
        auto insertTx = m_db.prepare("INSERT INTO utxo_transactions(chain, tx_hash, timestamp, block, coinbase, "
                                     "batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        auto insertIn = m_db.prepare("INSERT INTO utxo_inputs(tx_id, n, address_id, amount, prev_hash, prev_n) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        auto insertOut = m_db.prepare(
            "INSERT INTO utxo_outputs(tx_id, n, address_id, amount, script_type) VALUES (?1, ?2, ?3, ?4, ?5)");
        auto spent = m_db.prepare("SELECT o.address_id, o.amount FROM utxo_transactions t "
                                  "JOIN utxo_outputs o ON o.tx_id = t.id "
                                  "WHERE t.chain = ?1 AND t.tx_hash = ?2 AND o.n = ?3");
        for (auto *s : {&find, &insertTx, &insertIn, &insertOut, &spent}) {
            if (!*s) {
                return std::unexpected(s->error());
            }
        }
        std::vector<QByteArray> chains;
        chains.reserve(m_data.utxoTransactions.size());
        for (size_t i = 0; i < m_data.utxoTransactions.size(); ++i) {
            const import::ImportedUtxoTx &tx = m_data.utxoTransactions[i];
            chains.push_back(tx.chain.toUtf8());
            m_fileTx.emplace(utxoKey(chains.back(), tx.txHash), i); // the first copy wins
        }
        for (size_t i = 0; i < m_data.utxoTransactions.size(); ++i) {
            const import::ImportedUtxoTx &tx = m_data.utxoTransactions[i];
            const QByteArray &chain = chains[i];
            find->bindStatic(1, view(chain)).bindStatic(2, view(tx.txHash));
            auto present = find->step();
            if (!present) {
                return std::unexpected(present.error());
            }
            find->reset();
            if (*present) {
                ++m_report.duplicatesSkipped;
                continue;
            }
            insertTx->bindStatic(1, view(chain))
                .bindStatic(2, view(tx.txHash))
                .bind(3, tx.timestamp)
                .bind(4, tx.block)
                .bind(5, tx.coinbase)
                .bind(6, m_batch);
            if (auto r = insertTx->run(); !r) {
                return std::unexpected(rowError(r.error(), m_file, tx.line, tr("transaction")));
            }
            const qint64 txId = m_db.lastInsertId();
            ++m_report.utxoTransactionsImported;
            for (size_t n = 0; n < tx.outputs.size(); ++n) {
                const import::ImportedOutput &out = tx.outputs[n];
                const QByteArray script = out.scriptType.toUtf8();
                insertOut->bind(1, txId)
                    .bind(2, qint64(n))
                    .bind(3, out.address ? std::optional(m_addressIds[*out.address]) : std::nullopt)
                    .bind(4, out.amount)
                    .bindStatic(5, view(script));
                if (auto r = insertOut->run(); !r) {
                    return std::unexpected(rowError(r.error(), m_file, tx.line, tr("transaction output")));
                }
            }
            for (size_t n = 0; n < tx.inputs.size(); ++n) {
                const import::ImportedInput &in = tx.inputs[n];
                std::optional<qint64> address = in.address ? std::optional(m_addressIds[*in.address]) : std::nullopt;
                std::optional<qint64> amount = in.amount;
                const bool spends = !in.prevHash.isEmpty() && in.prevN;
                if (spends && (!address || !amount)) {
                    auto from = spentOutput(*spent, chain, in);
                    if (!from) {
                        return std::unexpected(from.error());
                    }
                    if (*from) {
                        address = address ? address : (*from)->first;
                        amount = amount ? amount : std::optional((*from)->second);
                    }
                }
                if (spends && !amount) {
                    ++m_report.inputsUnresolved;
                }
                insertIn->bind(1, txId)
                    .bind(2, qint64(n))
                    .bind(3, address)
                    .bind(4, amount)
                    .bind(5, in.prevHash.isEmpty() ? std::nullopt : std::optional(view(in.prevHash)))
                    .bind(6, in.prevN ? std::optional(qint64{*in.prevN}) : std::nullopt);
                if (auto r = insertIn->run(); !r) {
                    return std::unexpected(rowError(r.error(), m_file, tx.line, tr("transaction input")));
                }
            }
        }
        return resolveEarlierInputs();
    }

    /** Earlier imports' inputs whose spent output this file brought get its address and amount. */
    Result<void> resolveEarlierInputs()
    {
        if (m_report.utxoTransactionsImported == 0) {
            return {};
        }
        auto update = m_db.prepare(
            "UPDATE utxo_inputs SET address_id = coalesce(utxo_inputs.address_id, o.address_id), amount = o.amount "
            "FROM utxo_transactions s, utxo_transactions t, utxo_outputs o "
            "WHERE utxo_inputs.amount IS NULL AND s.id = utxo_inputs.tx_id AND s.batch_id IS NOT ?1 "
            "AND t.chain = s.chain AND t.tx_hash = utxo_inputs.prev_hash AND t.batch_id = ?1 "
            "AND o.tx_id = t.id AND o.n = utxo_inputs.prev_n");
        if (!update) {
            return std::unexpected(update.error());
        }
        update->bind(1, m_batch);
        if (auto r = update->run(); !r) {
            return r;
        }
        m_report.inputsResolved = m_db.changes();
        return {};
    }

    Database &m_db;
    const import::ImportData &m_data;
    const QString &m_file;
    const qint64 m_batch;
    import::ImportReport &m_report;
    std::vector<qint64> m_addressIds; // by index in m_data.addresses
    std::vector<AssetText> m_assets;  // by index in m_data.assets
    std::map<std::pair<QByteArray, quint32>, std::unordered_map<std::string, int>> m_overlap;
    std::unordered_map<std::string, size_t> m_fileTx; // (chain, hash) → index in m_data.utxoTransactions
};

} // namespace

Result<import::ImportReport> SqliteCaseStore::importRecords(const import::ImportData &data, const ImportBatch &batch)
{
    import::ImportReport report;
    report.fileName = batch.fileName;
    report.format = batch.importer.isEmpty() ? data.format : batch.importer;
    report.rowsRead = data.rowsRead;
    report.rowsSkipped = data.rowsSkipped;
    report.warnings = data.warnings;
    // Every id a written row refers to was read or written by this import itself, so SQLite's per-row
    // foreign-key lookups prove nothing here and cost a third of a large import. The pragma is a no-op inside a
    // transaction: an import nested in a caller's transaction keeps the checks.
    const bool ownTransaction = !m_db->inTransaction() && !m_readOnly;
    std::optional<PragmaScope> foreignKeysOff;
    std::optional<RollbackJournalScope> journal;
    if (ownTransaction) {
        foreignKeysOff.emplace(*m_db, "foreign_keys", 0);
        // A large file's rows and index builds skip the write-ahead log: a tenth of a million-row import.
        if (data.transfers.size() + data.utxoTransactions.size() >= kBulkRows) {
            journal.emplace(*m_db);
        }
    }
    auto r = write([&]() -> Result<void> {
        auto batchId = insert("INSERT INTO import_batches(file_name, sha256, size_bytes, importer, started_at, note) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                              batch.fileName, batch.sha256, batch.sizeBytes, report.format,
                              batch.startedAt.isEmpty() ? nowUtc() : batch.startedAt, batch.note);
        if (!batchId) {
            Error e = batchId.error();
            e.message = tr("%1: the import batch could not be recorded.").arg(batch.fileName);
            return std::unexpected(e);
        }
        report.batchId = *batchId;
        if (auto written = ImportWriter(*m_db, data, batch.fileName, *batchId, report).run(); !written) {
            return written;
        }
        return change("UPDATE import_batches SET finished_at = ?2, rows_read = ?3, rows_imported = ?4, "
                      "rows_skipped = ?5 WHERE id = ?1",
                      *batchId, nowUtc(), data.rowsRead, report.transfersImported + report.utxoTransactionsImported,
                      data.rowsSkipped + report.duplicatesSkipped);
    });
    if (!r) {
        return std::unexpected(r.error());
    }
    return report;
}

} // namespace awb::db
