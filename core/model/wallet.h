// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QString>

#include <optional>
#include <vector>

namespace awb {

struct Address
{
    AddressId id;
    QString chain;
    QString address; // canonical form for its chain
    QString label;
    bool synthetic = false;
    std::optional<BatchId> batch;
    bool operator==(const Address &) const = default;
};

struct Transfer
{
    TransferId id;
    QString chain;
    QString txHash;
    AddressId from;
    AddressId to;
    QString asset;
    QString amount; // integer base units, decimal text
    int decimals = 0;
    qint64 timestamp = 0; // seconds since the Unix epoch, UTC
    std::optional<qint64> block;
    bool synthetic = false;
    std::optional<BatchId> batch;
    QString kind = QStringLiteral("transfer"); // transfer, normal, internal or token (explorer export kinds)
    std::optional<QString> contract;           // the token contract (canonical address); none for the native asset
    bool operator==(const Transfer &) const = default;
};

/** A UTXO input: the output it spends, and that output's address and amount once the case knows them. */
struct UtxoInput
{
    int n = 0;
    std::optional<AddressId> address;
    std::optional<qint64> amount; // base units (satoshi)
    QString prevHash;
    std::optional<int> prevN;
    bool operator==(const UtxoInput &) const = default;
};

struct UtxoOutput
{
    int n = 0;
    std::optional<AddressId> address; // none for OP_RETURN and non-standard scripts
    qint64 amount = 0;                // base units (satoshi)
    QString scriptType;               // e.g. v0_p2wpkh, p2pkh, p2sh, op_return
    bool operator==(const UtxoOutput &) const = default;
};

/** A Bitcoin-like transaction with its inputs and outputs (clustering needs to know what was spent together). */
struct UtxoTransaction
{
    qint64 id = 0;
    QString chain;
    QString txHash;
    std::optional<qint64> timestamp; // none while unconfirmed
    std::optional<qint64> block;
    bool coinbase = false;
    std::vector<UtxoInput> inputs;
    std::vector<UtxoOutput> outputs;
    bool synthetic = false;
    std::optional<BatchId> batch;
    bool operator==(const UtxoTransaction &) const = default;
};

/** An address's role in an incident: victim, exploiter, laundering, cash-out or holding. */
struct IncidentAddress
{
    qint64 id = 0;
    IncidentId incident;
    AddressId address;
    QString role;
    SourceId source;
    QString note;
    bool synthetic = false;
    bool operator==(const IncidentAddress &) const = default;
};

/** A claim about an address, with the meaning of a GraphSense TagPack tag. */
struct Tag
{
    TagId id;
    AddressId address;
    QString label;
    QString category;
    QString abuse;
    std::optional<GroupId> group;
    QString confidence = QStringLiteral("unknown"); // a GraphSense confidence id
    QString tagType = QStringLiteral("actor");
    QString context;
    SourceId source;
    bool synthetic = false;
    std::optional<BatchId> batch;
    bool operator==(const Tag &) const = default;
};

/** An address with its role in one incident and every tag claimed about it. */
struct IncidentWallet
{
    IncidentAddress role;
    Address address;
    std::vector<Tag> tags;
};

struct ImportBatch
{
    BatchId id;
    QString fileName;
    QString sha256;
    qint64 sizeBytes = 0;
    QString importer;
    QString startedAt;
    std::optional<QString> finishedAt;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsSkipped = 0;
    QString note;
    bool operator==(const ImportBatch &) const = default;
};

} // namespace awb
