// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_testutil.h"

#include <QElapsedTimer>

#include <ctime>
#include <iostream>

namespace awb::import::test {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr const char *kA = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
constexpr const char *kB = "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359";
constexpr const char *kC = "0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb";

QByteArray hash(const char *pair)
{
    return "0x" + QByteArray(pair).repeated(32);
}

ParseOptions namedMapping()
{
    return {{},
            {{u"tx_hash"_s, u"hash"_s},
             {u"from"_s, u"Sender"_s},
             {u"to"_s, u"recipient"_s},
             {u"amount"_s, u"amount_wei"_s},
             {u"asset"_s, u"token"_s},
             {u"timestamp"_s, u"time"_s},
             {u"block"_s, u"height"_s},
             {u"fixed_chain"_s, u"ethereum"_s}}};
}

TEST(TransfersCsv, ReadsColumnsByHeaderName)
{
    const ImportData data = parsed(u"transfers_named.csv"_s, u"transfers-csv"_s, namedMapping());
    EXPECT_EQ(data.format, u"transfers-csv"_s);
    EXPECT_EQ(data.rowsRead, 3);
    ASSERT_EQ(data.transfers.size(), 3u);
    ASSERT_EQ(data.assets.size(), 1u);
    EXPECT_EQ(data.assets[0], (ImportedAsset{u"ethereum"_s, u"ETH"_s, 18, std::nullopt}));
    // Hashes are stored lower-case; 71 comes back on the third row, apart from the first, so it is stored again.
    EXPECT_EQ(data.txHashes, (std::vector<QByteArray>{hash("71"), hash("72"), hash("71")}));
    EXPECT_EQ(data.addresses.size(), 3u); // one address written in upper case
    const ImportedTransfer &first = data.transfers[0];
    EXPECT_EQ(addressAt(data, first.from), canonical(kA));
    EXPECT_EQ(addressAt(data, first.to), canonical(kB));
    EXPECT_EQ(units(first.amount), "1500000000000000000");
    EXPECT_EQ(first.timestamp, 1704164645);
    EXPECT_EQ(first.block, 19000000);
    EXPECT_EQ(first.kind, TransferKind::Transfer);
    EXPECT_EQ(first.line, 2);
    const ImportedTransfer &second = data.transfers[1];
    EXPECT_EQ(second.to, first.from);
    EXPECT_EQ(units(second.amount), "340282366920938463463374607431768211455"); // 2^128 - 1
    EXPECT_EQ(second.timestamp, 1704164645);                                    // +02:00
    EXPECT_FALSE(second.block.has_value());
    const ImportedTransfer &third = data.transfers[2];
    EXPECT_EQ(data.txHashes[third.tx], hash("71")); // its own entry, as the first row is not adjacent
    EXPECT_EQ(addressAt(data, third.to), canonical(kC));
    EXPECT_EQ(third.timestamp, 1704164646);
}

TEST(TransfersCsv, ReadsColumnsByNumberWithDecimalValues)
{
    const ParseOptions options{{},
                               {{u"timestamp"_s, u"1"_s},
                                {u"tx_hash"_s, u"2"_s},
                                {u"from"_s, u"3"_s},
                                {u"to"_s, u"4"_s},
                                {u"value"_s, u"5"_s},
                                {u"asset"_s, u"6"_s},
                                {u"chain"_s, u"7"_s},
                                {u"decimals"_s, u"8"_s}}};
    const ImportData data = parsed(u"transfers_numbers.csv"_s, u"transfers-csv"_s, options);
    ASSERT_EQ(data.transfers.size(), 2u);
    ASSERT_EQ(data.assets.size(), 1u);
    EXPECT_EQ(data.assets[0], (ImportedAsset{u"ethereum"_s, u"USDC"_s, 6, std::nullopt}));
    EXPECT_EQ(units(data.transfers[0].amount), "12500000");
    EXPECT_EQ(units(data.transfers[1].amount), "1");
    EXPECT_EQ(data.addresses[data.transfers[1].to].chain, u"ethereum"_s);
}

TEST(TransfersCsv, UsesSameNamedColumnsWithoutAMapping)
{
    const QByteArray csv =
        "tx_hash,from,to,value,timestamp\n" + hash("01") + "," + kA + "," + kB + ",0.5,2024-01-02T03:04:05Z\n";
    auto data = parseBytes(csv, u"in.csv"_s, u"transfers-csv"_s,
                           {{}, {{u"fixed_chain"_s, u"polygon"_s}, {u"fixed_asset"_s, u"POL"_s}}});
    ASSERT_TRUE(data) << data.error().message.toStdString();
    ASSERT_EQ(data->transfers.size(), 1u);
    EXPECT_EQ(data->assets[0], (ImportedAsset{u"polygon"_s, u"POL"_s, 18, std::nullopt}));
    EXPECT_EQ(units(data->transfers[0].amount), "500000000000000000");
}

TEST(TransfersCsv, RefusesBadInputNamingLineAndColumn)
{
    const QByteArray header = "hash,sender,recipient,amount_wei,token,time,height\n";
    const auto row = [](const QByteArray &from, const QByteArray &amount, const QByteArray &time) -> QByteArray {
        return hash("01") + "," + from + "," + kB + "," + amount + ",ETH," + time + ",1\n";
    };
    QString error = parseError(header + row(kA, "1", "1") + row("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "1", "1"),
                               u"transfers-csv"_s, namedMapping());
    EXPECT_TRUE(error.startsWith(u"in.txt:3: "_s) && error.contains(u"checksum"_s) &&
                error.endsWith(u"(column sender)"_s))
        << error.toStdString();
    error = parseError(header + row(kA, "1.5", "1"), u"transfers-csv"_s, namedMapping());
    EXPECT_EQ(error, u"in.txt:2: the amount \"1.5\" is not a whole number of base units (column amount_wei)"_s);
    error = parseError(header + row(kA, "1", "2024-01-02T03:04:05"), u"transfers-csv"_s, namedMapping());
    EXPECT_TRUE(error.startsWith(u"in.txt:2: the time \"2024-01-02T03:04:05\" is neither"_s)) << error.toStdString();

    ParseOptions missing = namedMapping();
    missing.mapping[u"tx_hash"_s] = u"txid"_s;
    error = parseError(header, u"transfers-csv"_s, missing);
    EXPECT_EQ(error, u"in.txt:1: the mapping names column \"txid\" for tx_hash, which the header lacks (the header "
                     "has: hash, sender, recipient, amount_wei, token, time, height)"_s);
    missing = namedMapping();
    missing.mapping.erase(u"fixed_chain"_s);
    error = parseError(header, u"transfers-csv"_s, missing);
    EXPECT_TRUE(error.startsWith(u"in.txt:1: no column for chain (or fixed_chain)"_s)) << error.toStdString();
    missing = namedMapping();
    missing.mapping[u"sender"_s] = u"2"_s;
    error = parseError(header, u"transfers-csv"_s, missing);
    EXPECT_TRUE(error.contains(u"unknown key \"sender\""_s)) << error.toStdString();
    EXPECT_EQ(parseError("", u"transfers-csv"_s, namedMapping()), u"in.txt:1: the file is empty"_s);
    EXPECT_TRUE(parseError("x", u"csv"_s).contains(u"etherscan, esplora, bitcoin-core, transfers-csv"_s));
}

// Not a unit test: AWB_IMPORT_BENCH_ROWS=1000000 times a generated file of that many rows.
TEST(TransfersCsv, Benchmark)
{
    const qint64 rows = qEnvironmentVariableIntValue("AWB_IMPORT_BENCH_ROWS");
    if (rows <= 0) {
        GTEST_SKIP() << "set AWB_IMPORT_BENCH_ROWS to run";
    }
    const qint64 distinct = qMax(1, qEnvironmentVariableIntValue("AWB_IMPORT_BENCH_ADDRESSES"));
    QByteArray csv = "tx_hash,from,to,amount,asset,timestamp,block\n";
    csv.reserve(rows * 170);
    const auto hex = [](quint64 n, int width) {
        return QByteArray::number(n, 16).rightJustified(width, '0');
    };
    for (qint64 i = 0; i < rows; ++i) {
        const quint64 from = quint64(i * 7919) % quint64(distinct);
        const quint64 to = quint64(i * 104729 + 1) % quint64(distinct);
        csv += "0x" + hex(quint64(i), 64) + ",0x" + hex(from * 2654435761u, 40) + ",0x" + hex(to * 2654435761u, 40) +
               "," + QByteArray::number(1000000000000000000LL + i) + ",ETH," + QByteArray::number(1700000000 + i) +
               "," + QByteArray::number(18000000 + i / 10) + "\n";
    }
    // The machine may be shared: CPU time says what the parser costs, wall time what the user waits.
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    auto data = parseBytes(csv, u"bench.csv"_s, u"transfers-csv"_s, {{}, {{u"fixed_chain"_s, u"ethereum"_s}}});
    const qint64 ms = timer.elapsed();
    const auto cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    ASSERT_TRUE(data) << data.error().message.toStdString();
    EXPECT_EQ(qint64(data->transfers.size()), rows);
    std::cout << rows << " rows, " << csv.size() / 1000000 << " MB, " << data->addresses.size()
              << " distinct addresses: " << ms << " ms wall, " << cpuMs << " ms CPU\n";
}

} // namespace
} // namespace awb::import::test
