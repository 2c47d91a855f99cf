// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/amount.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace awb::import {

/**
 * What a parser read from one file, before anything touches the case. Addresses and transaction hashes are
 * interned: rows refer to them by index, so a million transfers over a hundred thousand addresses hold each address
 * once. Addresses are already in their chain's canonical form (core/chain/address.h); a parser refuses a file
 * with an address whose checksum fails, naming the line.
 */
struct ImportedAddress
{
    QString chain;
    QString address; // canonical
};

enum class TransferKind : quint8 { Transfer, Normal, Internal, Token };

/** One value transfer on an account chain (Ethereum and its clones), or a generic CSV row. */
struct ImportedTransfer
{
    quint32 tx = 0;   // index into ImportData::txHashes
    quint32 from = 0; // index into ImportData::addresses
    quint32 to = 0;
    quint32 asset = 0; // index into ImportData::assets
    TransferKind kind = TransferKind::Transfer;
    Amount amount = 0;    // base units
    qint64 timestamp = 0; // Unix seconds, UTC
    std::optional<qint64> block;
    qint64 line = 0; // where it was read: line number (CSV) or line/record number (JSON lines, arrays)
};

struct ImportedAsset
{
    QString chain;
    QString symbol;                  // ETH, BTC, USDT …
    int decimals = 0;                // base units per whole unit = 10^decimals
    std::optional<QString> contract; // canonical token contract address; none for the chain's native asset
    bool operator==(const ImportedAsset &) const = default;
};

struct ImportedInput
{
    std::optional<quint32> address; // index into addresses; none when the spent output is not in the file
    std::optional<qint64> amount;   // satoshi; none when unknown (Bitcoin Core verbosity 1 does not carry it)
    QByteArray prevHash;            // hex, as the chain writes it; empty for coinbase
    std::optional<int> prevN;
};

struct ImportedOutput
{
    std::optional<quint32> address; // none for OP_RETURN and non-standard scripts
    qint64 amount = 0;              // satoshi
    QString scriptType;
};

struct ImportedUtxoTx
{
    QString chain;
    QByteArray txHash; // hex
    std::optional<qint64> timestamp;
    std::optional<qint64> block;
    bool coinbase = false;
    std::vector<ImportedInput> inputs;
    std::vector<ImportedOutput> outputs;
    qint64 line = 0;
};

/** The whole content of one file, as the importer writes it in one transaction. */
struct ImportData
{
    QString format; // etherscan, esplora, bitcoin-core, transfers-csv
    std::vector<ImportedAddress> addresses;
    std::vector<ImportedAsset> assets;
    std::vector<QByteArray> txHashes; // of transfers; adjacent rows of one transaction share an entry
    std::vector<ImportedTransfer> transfers;
    std::vector<ImportedUtxoTx> utxoTransactions;
    qint64 rowsRead = 0;    // data rows or JSON records seen
    qint64 rowsSkipped = 0; // rows deliberately not imported (failed transactions, zero-value rows …)
    QStringList warnings;   // what the user must be told: columns not read, rows skipped and why
};

/** What an import wrote into the case, for the user and for the import batch. */
struct ImportReport
{
    qint64 batchId = 0;
    QString fileName;
    QString format;
    qint64 rowsRead = 0;
    qint64 transfersImported = 0;
    qint64 utxoTransactionsImported = 0;
    qint64 addressesAdded = 0;
    qint64 duplicatesSkipped = 0; // rows already in the case (an overlapping export of another address)
    qint64 rowsSkipped = 0;
    qint64 inputsResolved = 0;   // earlier unresolved inputs whose spent output this import brought
    qint64 inputsUnresolved = 0; // inputs whose spent output the case still does not have
    QStringList warnings;
};

} // namespace awb::import
