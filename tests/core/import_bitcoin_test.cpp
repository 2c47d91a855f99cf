// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/bitcoincorejson.h"
#include "import_testutil.h"

namespace awb::import::test {
namespace {

using namespace Qt::Literals::StringLiterals;

const QString kP1 = u"16L5yRNPTuciSgXGHqYwn9N6NeoKqopAu"_s;
const QString kP2 = u"147Us9aEq2PvBC5wobBJw1yEpQEbPKzssA"_s;
const QString kSh = u"36MjimMJHwQkrTKrKyw4KepHsd975kSGTs"_s;
const QString kW1 = u"bc1qg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zy4tnddf"_s;
const QString kW2 = u"bc1q2424242424242424242424242424242484yscm"_s;
const QString kW3 = u"bc1qv3jkvemgd94xkmrddehhqutjwd682anh7raxua"_s;

QByteArray txid(const char *pair)
{
    return QByteArray(pair).repeated(32);
}

QString addressOf(const ImportData &data, std::optional<quint32> index)
{
    return index ? addressAt(data, *index) : u"(none)"_s;
}

void expectSpendOfE1(const ImportData &data, const ImportedUtxoTx &tx)
{
    EXPECT_EQ(tx.chain, u"bitcoin"_s);
    EXPECT_EQ(tx.txHash, txid("e1"));
    EXPECT_EQ(tx.timestamp, 1690168629);
    EXPECT_EQ(tx.block, 800000);
    EXPECT_FALSE(tx.coinbase);
    ASSERT_EQ(tx.inputs.size(), 1u);
    EXPECT_EQ(tx.inputs[0].prevHash, txid("f0"));
    EXPECT_EQ(tx.inputs[0].prevN, 1);
    EXPECT_EQ(addressOf(data, tx.inputs[0].address), kW1); // written in upper case
    EXPECT_EQ(tx.inputs[0].amount, 150000);
    ASSERT_EQ(tx.outputs.size(), 3u);
    EXPECT_EQ(addressOf(data, tx.outputs[0].address), kW2);
    EXPECT_EQ(tx.outputs[0].amount, 100000);
    EXPECT_EQ(tx.outputs[0].scriptType, u"v0_p2wpkh"_s);
    EXPECT_FALSE(tx.outputs[1].address.has_value()); // OP_RETURN
    EXPECT_EQ(tx.outputs[1].scriptType, u"op_return"_s);
    EXPECT_EQ(addressOf(data, tx.outputs[2].address), kP1);
    EXPECT_EQ(tx.outputs[2].amount, 49000);
}

TEST(EsploraJson, ReadsASingleTransaction)
{
    const ImportData data = parsed(u"esplora_single.json"_s, u"esplora"_s);
    EXPECT_EQ(data.format, u"esplora"_s);
    EXPECT_EQ(data.rowsRead, 1);
    ASSERT_EQ(data.utxoTransactions.size(), 1u);
    expectSpendOfE1(data, data.utxoTransactions[0]);
    EXPECT_EQ(data.utxoTransactions[0].line, 1);
    EXPECT_TRUE(data.transfers.empty());
}

TEST(EsploraJson, ReadsAnArrayWithACoinbase)
{
    const ImportData data = parsed(u"esplora_array.json"_s, u"esplora"_s);
    ASSERT_EQ(data.utxoTransactions.size(), 2u);
    const ImportedUtxoTx &coinbase = data.utxoTransactions[0];
    EXPECT_TRUE(coinbase.coinbase);
    ASSERT_EQ(coinbase.inputs.size(), 1u);
    EXPECT_TRUE(coinbase.inputs[0].prevHash.isEmpty());
    EXPECT_FALSE(coinbase.inputs[0].address.has_value());
    EXPECT_EQ(addressOf(data, coinbase.outputs[0].address), kP2);
    EXPECT_EQ(coinbase.outputs[0].amount, 625000000);
    EXPECT_FALSE(coinbase.outputs[1].address.has_value());
    expectSpendOfE1(data, data.utxoTransactions[1]);
    EXPECT_EQ(data.utxoTransactions[1].line, 2);
}

TEST(EsploraJson, ReadsJsonLinesAndUnconfirmedTransactions)
{
    const ImportData data = parsed(u"esplora_lines.jsonl"_s, u"esplora"_s, {u"bitcoin"_s, {}});
    ASSERT_EQ(data.utxoTransactions.size(), 2u);
    EXPECT_EQ(data.utxoTransactions[0].line, 1);
    const ImportedUtxoTx &mempool = data.utxoTransactions[1];
    EXPECT_EQ(mempool.line, 3);            // a blank line between
    EXPECT_EQ(mempool.txHash, txid("ab")); // written in upper case
    EXPECT_FALSE(mempool.timestamp.has_value());
    EXPECT_FALSE(mempool.block.has_value());
    EXPECT_EQ(addressOf(data, mempool.outputs[0].address), kSh);
    EXPECT_EQ(mempool.outputs[0].amount, 99000);
}

TEST(EsploraJson, NamesTheOffsetOfBrokenJson)
{
    QString error = parseError("[{\"txid\": \"ab", u"esplora"_s);
    EXPECT_TRUE(error.startsWith(u"in.txt:byte offset "_s) && error.contains(u"malformed"_s)) << error.toStdString();
    error = parseError("{\"txid\": \"" + txid("aa") + "\"}\n{\"txid\": ", u"esplora"_s);
    EXPECT_TRUE(error.startsWith(u"in.txt:2: the JSON is malformed at byte offset"_s)) << error.toStdString();
    error = parseError("{\"txid\": \"" + txid("aa") + "\", \"vout\": [{\"value\": 1.5}]}", u"esplora"_s);
    EXPECT_EQ(error, u"in.txt:record 1: the value cannot be read (vout 0: value)"_s);
    error = parseError("{\"vout\": []}", u"esplora"_s);
    EXPECT_EQ(error, u"in.txt:record 1: no readable txid (64 hex digits)"_s);
    error = parseError("  \n", u"esplora"_s);
    EXPECT_EQ(error, u"in.txt:1: the file is empty"_s);
}

TEST(BitcoinCoreJson, ReadsAddressesAndResolvesInputsFromTheFile)
{
    const ImportData data = parsed(u"core_address.json"_s, u"bitcoin-core"_s);
    EXPECT_EQ(data.format, u"bitcoin-core"_s);
    EXPECT_EQ(data.rowsRead, 2);
    ASSERT_EQ(data.utxoTransactions.size(), 2u);
    const ImportedUtxoTx &spend = data.utxoTransactions[0];
    EXPECT_EQ(spend.txHash, txid("1d"));
    EXPECT_EQ(spend.timestamp, 1690170000);
    ASSERT_EQ(spend.inputs.size(), 2u);
    // The first input spends the coinbase further down the file.
    EXPECT_EQ(addressOf(data, spend.inputs[0].address), kP2);
    EXPECT_EQ(spend.inputs[0].amount, 625000000);
    EXPECT_EQ(spend.inputs[0].prevHash, txid("0c"));
    EXPECT_EQ(spend.inputs[0].prevN, 0);
    EXPECT_FALSE(spend.inputs[1].address.has_value());
    EXPECT_FALSE(spend.inputs[1].amount.has_value());
    EXPECT_EQ(spend.inputs[1].prevN, 3);
    ASSERT_EQ(spend.outputs.size(), 3u);
    EXPECT_EQ(spend.outputs[0].amount, 2099999999999999); // 20999999.99999999 BTC
    EXPECT_EQ(addressOf(data, spend.outputs[0].address), kW3);
    EXPECT_EQ(spend.outputs[1].amount, 10000000); // 0.1
    EXPECT_EQ(spend.outputs[2].amount, 29000000); // 0.29
    EXPECT_EQ(spend.outputs[2].scriptType, u"witness_v0_keyhash"_s);
    const ImportedUtxoTx &coinbase = data.utxoTransactions[1];
    EXPECT_TRUE(coinbase.coinbase);
    EXPECT_EQ(coinbase.outputs[0].amount, 625000000);
    EXPECT_FALSE(coinbase.outputs[1].address.has_value());
    EXPECT_EQ(coinbase.line, 2);
    EXPECT_TRUE(anyWarningContains(data, u"1 input(s) spend outputs that are not in the file"_s));
}

TEST(BitcoinCoreJson, ReadsTheRpcEnvelopeAndOldAddressLists)
{
    const ImportData data = parsed(u"core_envelope.jsonl"_s, u"bitcoin-core"_s);
    ASSERT_EQ(data.utxoTransactions.size(), 1u);
    const ImportedUtxoTx &tx = data.utxoTransactions[0];
    EXPECT_EQ(tx.timestamp, 1500000000); // "time" alone
    EXPECT_EQ(addressOf(data, tx.outputs[0].address), kSh);
    EXPECT_EQ(tx.outputs[0].amount, 9999000);
    EXPECT_FALSE(tx.outputs[1].address.has_value()); // two addresses: no single owner
    EXPECT_EQ(tx.outputs[1].amount, 1000);
    EXPECT_TRUE(anyWarningContains(data, u"1 output(s) name several addresses (bare multisig) and were given none "
                                         "(first: record 1, vout 1)"_s))
        << data.warnings.join(u" | "_s).toStdString();
    EXPECT_EQ(data.addresses.size(), 1u);
}

TEST(BitcoinCoreJson, ConvertsBtcToSatoshiExactlyOrRefuses)
{
    EXPECT_EQ(btcToSatoshi(0.1), 10000000);
    EXPECT_EQ(btcToSatoshi(0.00000001), 1);
    EXPECT_EQ(btcToSatoshi(20999999.99999999), 2099999999999999);
    EXPECT_EQ(btcToSatoshi(21000000.0), 2100000000000000);
    EXPECT_EQ(btcToSatoshi(0.0), 0);
    EXPECT_EQ(btcToSatoshi(0.123456789), std::nullopt);
    EXPECT_EQ(btcToSatoshi(-0.5), std::nullopt);
    EXPECT_EQ(btcToSatoshi(21000000.01), std::nullopt);

    const QByteArray tx = "{\"txid\": \"" + txid("aa") +
                          "\", \"vout\": [{\"value\": 0.5, \"n\": 0}, {\"value\": "
                          "0.123456789, \"n\": 1}]}";
    QString error = parseError("[" + tx + "]", u"bitcoin-core"_s);
    EXPECT_TRUE(error.startsWith(u"in.txt:record 1: the value of vout 1 is not an exact amount of BTC"_s))
        << error.toStdString();
    error = parseError("{\"result\": null, \"error\": {\"code\": -5, \"message\": \"No such mempool or blockchain "
                       "transaction\"}, \"id\": 1}",
                       u"bitcoin-core"_s);
    EXPECT_EQ(error, u"in.txt:record 1: the RPC call failed: No such mempool or blockchain transaction"_s);
    error = parseError("{\"txid\": \"" + txid("aa") +
                           "\", \"vout\": [{\"value\": 1, \"scriptPubKey\": {\"address\": "
                           "\"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb\"}}]}",
                       u"bitcoin-core"_s);
    EXPECT_TRUE(error.startsWith(u"in.txt:record 1: "_s) && error.contains(u"checksum"_s) &&
                error.endsWith(u"(vout 0)"_s))
        << error.toStdString();
}

} // namespace
} // namespace awb::import::test
