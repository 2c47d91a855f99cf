// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/graphdata.h"
#include "core/result.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace awb::bench {

/**
 * How transfers pick their ends. Uniform: any address, equally likely. Zipf: degrees follow 1/rank, and one hub
 * takes part in 100,000 transfers (a tenth of N when N is smaller). Laundering: thefts whose proceeds go through
 * fan-out, peel chains, a mixer (fan-in, fan-out) and bridge hops, over uniform background traffic.
 */
enum class Shape { Uniform, Zipf, Laundering };

std::optional<Shape> shapeFromName(const QString &name);
QString shapeName(Shape shape);

struct TransferSpec
{
    std::int64_t transfers = 1'000'000;
    std::int64_t addresses = 100'000;
    Shape shape = Shape::Uniform;
    std::uint64_t seed = 20261121;
};

struct GenTransfer
{
    quint32 from = 0;
    quint32 to = 0;
    quint64 amount = 0; // base units (gwei-scaled wei for EVM, satoshi for Bitcoin)
    qint64 timestamp = 0;
};

/** Generated transfers, sorted by timestamp; address i is the i-th generated address. */
struct GeneratedTransfers
{
    TransferSpec spec;
    std::vector<GenTransfer> transfers;
    std::vector<quint32> seeds; // where stolen funds start (laundering: the exploiters); else the busiest senders
    quint32 addressCount = 0;
};

GeneratedTransfers generateTransfers(const TransferSpec &spec);

/** The i-th address of a seeded sequence: EIP-55 Ethereum addresses, or segwit v0 Bitcoin addresses. */
QString evmAddress(std::uint64_t seed, quint32 index);
QString bitcoinAddress(std::uint64_t seed, quint32 index);
/** A 64-hex-digit transaction hash for transfer @p index. */
QByteArray txHash(std::uint64_t seed, quint64 index);

/** tx_hash,from,to,amount,asset,decimals,timestamp,block,chain (the transfers-csv importer's default columns). */
Result<void> writeTransfersCsv(const GeneratedTransfers &data, const QString &path);
/** An Esplora /address/:addr/txs style JSON array: one transaction per transfer, one input and one output. */
Result<void> writeEsploraJson(const GeneratedTransfers &data, const QString &path);
/** "from to" per line, 0-based address indexes: the peers' input, igraph's edge-list format (no node count). */
Result<void> writeEdgeList(const GeneratedTransfers &data, const QString &path);
/** The seeds, one address index per line. */
Result<void> writeSeeds(const GeneratedTransfers &data, const QString &path);

/** The transfers as the graph engine reads them from a case (one chain, ETH). */
graph::GraphData toGraphData(const GeneratedTransfers &data);

/**
 * A Bitcoin-like case for clustering: @p addresses addresses and UTXO transactions of 2–4 inputs, until the
 * transactions imply @p links co-spend links (inputs − 1 each). Each transaction pays one address.
 */
struct CoSpend
{
    graph::GraphData data;
    std::vector<std::pair<quint32, quint32>> links; // (first input, other input): what the multi-input rule joins
};

CoSpend generateCoSpend(std::int64_t addresses, std::int64_t links, std::uint64_t seed);
Result<void> writeLinks(const CoSpend &cospend, const QString &path);

} // namespace awb::bench
