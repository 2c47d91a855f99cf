// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/etherscancsv.h"
#include "import_testutil.h"

namespace awb::import::test {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr const char *kA = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
constexpr const char *kB = "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359";
constexpr const char *kC = "0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb";
constexpr const char *kD = "0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb";

QByteArray hash(const char *pair)
{
    return "0x" + QByteArray(pair).repeated(32);
}

const QByteArray kOldHeader =
    "\"Txhash\",\"Blockno\",\"UnixTimestamp\",\"DateTime\",\"From\",\"To\",\"ContractAddress\","
    "\"Value_IN(ETH)\",\"Value_OUT(ETH)\",\"Status\",\"ErrCode\"\n";

QByteArray oldRow(const QByteArray &from, const QByteArray &valueIn, const QByteArray &txHash = hash("ab"))
{
    return "\"" + txHash + "\",\"5\",\"1500000000\",\"2017-07-14 02:40:00\",\"" + from + "\",\"" + QByteArray(kB) +
           "\",\"\",\"" + valueIn + "\",\"0\",\"\",\"\"\n";
}

TEST(EtherscanCsv, ReadsTheNewHeaderWithBomAndCrlf)
{
    const ImportData data = parsed(u"etherscan_normal_new.csv"_s, u"etherscan"_s);
    EXPECT_EQ(data.format, u"etherscan"_s);
    EXPECT_EQ(data.rowsRead, 5);
    EXPECT_EQ(data.rowsSkipped, 2); // one failed, one without value
    ASSERT_EQ(data.transfers.size(), 3u);
    ASSERT_EQ(data.assets.size(), 1u);
    EXPECT_EQ(data.assets[0], (ImportedAsset{u"ethereum"_s, u"ETH"_s, 18, std::nullopt}));
    EXPECT_EQ(data.txHashes, (std::vector<QByteArray>{hash("a1"), hash("a2"), hash("a5")}));

    const ImportedTransfer &first = data.transfers[0];
    EXPECT_EQ(addressAt(data, first.from), u"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"_s);
    EXPECT_EQ(addressAt(data, first.to), u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"_s);
    EXPECT_EQ(units(first.amount), "1500000000000000000");
    EXPECT_EQ(first.timestamp, 1700000000);
    EXPECT_EQ(first.block, 17000000);
    EXPECT_EQ(first.kind, TransferKind::Normal);
    EXPECT_EQ(first.line, 2);
    EXPECT_EQ(first.tx, 0u);

    // Value_OUT with thousands separators and all 18 decimals.
    EXPECT_EQ(units(data.transfers[1].amount), "1234000000000000000001");
    EXPECT_EQ(addressAt(data, data.transfers[1].to), canonical(kC));
    // A contract creation pays the created contract.
    EXPECT_EQ(addressAt(data, data.transfers[2].to), u"0x1111111111111111111111111111111111111111"_s);
    EXPECT_EQ(units(data.transfers[2].amount), "250000000000000000");
    EXPECT_EQ(data.transfers[2].line, 6);
    EXPECT_EQ(data.addresses.size(), 4u); // the failed row's recipient is not read
    EXPECT_TRUE(anyWarningContains(data, u"1 failed transaction(s) moved no value and were skipped (lines 4)"_s))
        << data.warnings.join(u" | "_s).toStdString();
    EXPECT_TRUE(anyWarningContains(data, u"1 transaction(s) without value"_s));
}

TEST(EtherscanCsv, ToleratesShortRowsTrailingCommasAndAFooter)
{
    const ImportData data = parsed(u"etherscan_normal_old.csv"_s, u"etherscan"_s);
    EXPECT_EQ(data.rowsRead, 3);
    EXPECT_EQ(data.rowsSkipped, 0);
    ASSERT_EQ(data.transfers.size(), 3u);
    EXPECT_EQ(units(data.transfers[0].amount), "100000000000000000");
    // The short row: no UnixTimestamp, so the UTC DateTime is read; Value_OUT is its last cell.
    EXPECT_EQ(data.transfers[1].timestamp, 1500000100);
    EXPECT_EQ(units(data.transfers[1].amount), "200000000000000000");
    EXPECT_EQ(data.transfers[1].line, 3);
    // The trailing comma is ignored; an upper-case address gets its checksum form.
    EXPECT_EQ(units(data.transfers[2].amount), "3000000000000000000");
    EXPECT_EQ(addressAt(data, data.transfers[2].to), canonical(kD));
    EXPECT_EQ(data.transfers[2].block, 102);
    EXPECT_TRUE(anyWarningContains(data, u"Line 6 is not a transaction and was skipped: \"There are more than 10000"_s))
        << data.warnings.join(u" | "_s).toStdString();
}

TEST(EtherscanCsv, TakesTheChainFromTheCurrencyOrTheOption)
{
    const ImportData bsc = parsed(u"bscscan_normal.csv"_s, u"etherscan"_s);
    ASSERT_EQ(bsc.transfers.size(), 1u);
    EXPECT_EQ(bsc.assets[0], (ImportedAsset{u"bsc"_s, u"BNB"_s, 18, std::nullopt}));
    EXPECT_EQ(bsc.addresses[0].chain, u"bsc"_s);
    EXPECT_EQ(units(bsc.transfers[0].amount), "1");

    const ImportData arbitrum = parsed(u"etherscan_internal.csv"_s, u"etherscan"_s, {u"arbitrum"_s, {}});
    EXPECT_EQ(arbitrum.assets[0], (ImportedAsset{u"arbitrum"_s, u"ETH"_s, 18, std::nullopt}));
}

TEST(EtherscanCsv, ReadsInternalTransactions)
{
    const ImportData data = parsed(u"etherscan_internal.csv"_s, u"etherscan"_s);
    EXPECT_EQ(data.rowsRead, 2);
    EXPECT_EQ(data.rowsSkipped, 1); // ErrCode "Out of gas"
    ASSERT_EQ(data.transfers.size(), 1u);
    const ImportedTransfer &t = data.transfers[0];
    EXPECT_EQ(t.kind, TransferKind::Internal);
    EXPECT_EQ(addressAt(data, t.from), canonical(kC)); // From, not ParentTxFrom
    EXPECT_EQ(addressAt(data, t.to), canonical(kA));   // TxTo
    EXPECT_EQ(units(t.amount), "500000000000000000");
    EXPECT_EQ(data.txHashes[t.tx], hash("c1"));
}

TEST(EtherscanCsv, ReadsTokenTransfersWithKnownAndInferredDecimals)
{
    const ImportData data = parsed(u"etherscan_tokens.csv"_s, u"etherscan"_s);
    ASSERT_EQ(data.transfers.size(), 3u);
    const ImportedAsset usdt{u"ethereum"_s, u"USDT"_s, 6, u"0xdAC17F958D2ee523a2206206994597C13D831ec7"_s};
    const ImportedAsset foo{u"ethereum"_s, u"FOO"_s, 3, u"0x1111111111111111111111111111111111111111"_s};
    EXPECT_EQ(data.assets[data.transfers[0].asset], usdt);
    EXPECT_EQ(units(data.transfers[0].amount), "1000500000"); // "1,000.5" USDT
    EXPECT_EQ(data.assets[data.transfers[1].asset], foo);     // the quoted name with a comma kept the columns
    EXPECT_EQ(units(data.transfers[1].amount), "2500");
    EXPECT_EQ(units(data.transfers[2].amount), "125");
    EXPECT_EQ(data.transfers[2].kind, TransferKind::Token);
    EXPECT_EQ(data.addresses.size(), 3u); // token contracts are assets, not parties
    EXPECT_TRUE(anyWarningContains(data, u"decimals of FOO (0x1111111111111111111111111111111111111111) were "
                                         "inferred as 3 from the file"_s))
        << data.warnings.join(u" | "_s).toStdString();
    EXPECT_TRUE(anyWarningContains(data, u"does not say its chain"_s));
}

TEST(EtherscanCsv, KnownTokenTableHoldsValidChecksums)
{
    for (const QString &contract :
         {u"0xdAC17F958D2ee523a2206206994597C13D831ec7"_s, u"0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"_s,
          u"0x6B175474E89094C44Da98b954EedeAC495271d0F"_s, u"0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"_s,
          u"0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599"_s}) {
        EXPECT_EQ(chain::eip55(contract.toLower()), contract);
        EXPECT_TRUE(knownTokenDecimals(u"ethereum"_s, contract).has_value());
        EXPECT_FALSE(knownTokenDecimals(u"bsc"_s, contract).has_value());
    }
    EXPECT_EQ(knownTokenDecimals(u"ethereum"_s, u"0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599"_s), 8);
}

TEST(EtherscanCsv, RefusesUnreadableRowsNamingLineAndColumn)
{
    QString error = parseError(kOldHeader + oldRow(kA, "1.0") + oldRow(kA, "abc"), u"etherscan"_s);
    EXPECT_TRUE(error.startsWith(u"in.txt:3: the amount \"abc\" cannot be read (column Value_IN(ETH))"_s))
        << error.toStdString();
    error = parseError(kOldHeader + oldRow(kA, "1,23.5"), u"etherscan"_s);
    EXPECT_TRUE(error.startsWith(u"in.txt:2: the amount \"1,23.5\""_s)) << error.toStdString();
    error = parseError(kOldHeader + oldRow("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "1"), u"etherscan"_s);
    EXPECT_TRUE(error.startsWith(u"in.txt:2: "_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"checksum"_s) && error.endsWith(u"(column From)"_s)) << error.toStdString();
    error = parseError(kOldHeader + oldRow(kA, "1", "0xnothex"), u"etherscan"_s);
    EXPECT_TRUE(error.startsWith(u"in.txt:2: the transaction hash \"0xnothex\" cannot be read (column Txhash)"_s))
        << error.toStdString();
    error = parseError(kOldHeader + "\"" + hash("ab") + "\",\"5\",\"1500000000\"\n", u"etherscan"_s);
    EXPECT_TRUE(error.startsWith(u"in.txt:2: the row has only 3 cells"_s)) << error.toStdString();
}

TEST(EtherscanCsv, RefusesFilesThatAreNotExports)
{
    QString error = parseError("\"Block\",\"From\",\"To\"\n\"1\",\"a\",\"b\"\n", u"etherscan"_s);
    EXPECT_EQ(error, u"in.txt:1: this is not an explorer export: it has no Txhash column (the header has: Block, "
                     "From, To)"_s);
    error = parseError("", u"etherscan"_s);
    EXPECT_EQ(error, u"in.txt:1: the file is empty"_s);
    error = parseError("\"Txhash\",\"UnixTimestamp\",\"From\",\"To\",\"Value_IN(GLMR)\"\n", u"etherscan"_s);
    EXPECT_TRUE(error.contains(u"GLMR"_s) && error.contains(u"--chain"_s)) << error.toStdString();
}

} // namespace
} // namespace awb::import::test
