// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/amount.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace awb::graph {

/**
 * Everything the graph engine reads from a case, as plain arrays indexed from 0 (CaseStore::graphData() reads it
 * in a fixed number of queries). Records refer to each other by array index; rowId is the case database's id,
 * for output and for looking up what the arrays leave out (transaction hashes, long texts).
 */
inline constexpr quint32 kNone = 0xffffffffu;

struct GraphAddress
{
    qint64 rowId = 0;
    quint16 chain = 0; // index into GraphData::chains
    bool synthetic = false;
};

struct GraphAsset
{
    quint16 chain = 0;
    QString symbol;
    int decimals = 0;
    QString contract; // empty for the chain's native asset
};

enum class TransferKind : quint8 { Transfer, Normal, Internal, Token };

/** A value transfer on an account chain. */
struct GraphTransfer
{
    quint32 from = 0; // address index
    quint32 to = 0;
    quint16 asset = 0;
    TransferKind kind = TransferKind::Transfer;
    bool synthetic = false;
    Amount amount = 0;
    qint64 timestamp = 0;
    qint64 rowId = 0;
};

/** A UTXO transaction; its inputs are inputs[firstInput, firstInput + inputCount), likewise its outputs. */
struct GraphUtxoTx
{
    qint64 rowId = 0;
    qint64 timestamp = 0; // 0 when unconfirmed
    quint16 chain = 0;
    quint16 asset = 0; // the chain's native asset
    bool coinbase = false;
    bool synthetic = false;
    quint32 firstInput = 0;
    quint32 inputCount = 0;
    quint32 firstOutput = 0;
    quint32 outputCount = 0;
};

struct GraphInput
{
    quint32 address = kNone; // kNone when the spent output is not in the case
    qint64 amount = -1;      // -1 when unknown
};

struct GraphOutput
{
    quint32 address = kNone; // kNone for OP_RETURN and non-standard scripts
    qint64 amount = 0;
    QString scriptType;
};

/** A tag: a source's claim about an address (GraphSense meaning). */
struct GraphTag
{
    qint64 rowId = 0;
    quint32 address = 0;
    quint32 group = kNone;   // index into groups when the tag names an actor group
    quint32 service = kNone; // index into services when the tag names a service (exchange, mixer, bridge …)
    QString label;
    QString category;
    QString confidence;      // GraphSense confidence id
    int confidenceLevel = 0; // 0..100 from tag_confidence_levels
    bool synthetic = false;
};

/**
 * A service (exchange, mixer, bridge …): the addresses whose tags have a service category and the same label. The
 * label names the service ("Exchange A"), so its hot wallet and deposit addresses share one service.
 */
struct GraphService
{
    QString name;
    QString category;
    std::vector<quint32> addresses;
};

struct GraphIncident
{
    qint64 rowId = 0;
    QString title;
    QString startDate;
    bool synthetic = false;
};

struct GraphGroup
{
    qint64 rowId = 0;
    QString name;
};

struct GraphRole
{
    qint64 rowId = 0;
    quint32 incident = 0;
    quint32 address = 0;
    QString role; // victim, exploiter, laundering, cash-out, holding
    bool synthetic = false;
};

struct GraphAttribution
{
    qint64 rowId = 0;
    quint32 incident = 0;
    quint32 group = 0;
    QString confidence; // low, moderate, high
    int rank = 0;       // 1, 2, 3
    QString party;
    bool synthetic = false;
};

struct GraphData
{
    std::vector<QString> chains;
    std::vector<GraphAddress> addresses;
    std::string addressText;                 // canonical addresses, concatenated (Latin-1)
    std::vector<quint32> addressTextOffsets; // addresses.size() + 1 offsets into addressText
    std::vector<GraphAsset> assets;
    std::vector<GraphTransfer> transfers; // ordered by (timestamp, rowId)
    std::vector<GraphUtxoTx> utxoTxs;     // ordered by (timestamp, rowId)
    std::vector<GraphInput> inputs;
    std::vector<GraphOutput> outputs;
    std::vector<GraphTag> tags;
    std::vector<GraphService> services;
    std::vector<GraphIncident> incidents;
    std::vector<GraphGroup> groups;
    std::vector<GraphRole> roles;
    std::vector<GraphAttribution> attributions;

    /** The canonical text of address @p address. */
    QString address(quint32 address) const;
    /** Appends an address (for builders and tests); returns its index. */
    quint32 addAddress(quint16 chain, const QString &canonical, qint64 rowId, bool synthetic = false);
    /** The index of the chain named @p name, added when missing. */
    quint16 chainIndex(const QString &name);
    /** The address with canonical text @p canonical on @p chain, by linear search (for command-line lookups). */
    std::optional<quint32> findAddress(const QString &chain, const QString &canonical) const;

    /**
     * Fills services from tags: a tag whose category is a service category (isServiceCategory) joins the service
     * named by its label; sets GraphTag::service. Called by the loader; builders call it after adding tags.
     */
    void deriveServices();
};

/** Exchange, mixer, bridge and the other categories of custodial or pooled services (GraphSense tag categories). */
bool isServiceCategory(const QString &category);

} // namespace awb::graph
