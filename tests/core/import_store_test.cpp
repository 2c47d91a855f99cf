// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writing parsed files into a case: one transaction, one batch, duplicates skipped, inputs resolved.
#include "core/chain/address.h"
#include "core/db/casefile.h"
#include "core/import/importfile.h"
#include "core/import/importmapping.h"
#include "tests/core/testcase.h"

#include <QTemporaryDir>

namespace awb {
namespace {

using namespace Qt::Literals::StringLiterals;
using import::ImportData;
using test::ok;

const QString kAlice = chain::eip55(u"00000000000000000000000000000000000000a1");
const QString kBob = chain::eip55(u"00000000000000000000000000000000000000b2");
const QString kCarol = chain::eip55(u"00000000000000000000000000000000000000c3");

ImportBatch batchFor(const QString &file, char shaDigit = 'a')
{
    ImportBatch b;
    b.fileName = file;
    b.sha256 = QString(64, QChar::fromLatin1(shaDigit));
    b.sizeBytes = 1234;
    b.importer = u"transfers-csv"_s;
    b.note = u"test"_s;
    return b;
}

/** Alice and Bob on ethereum, ETH (native) and USDT (token), and @p hashes as transaction hashes. */
ImportData ethereumData(std::vector<QByteArray> hashes)
{
    ImportData d;
    d.format = u"transfers-csv"_s;
    d.addresses = {{u"ethereum"_s, kAlice}, {u"ethereum"_s, kBob}};
    d.assets = {{u"ethereum"_s, u"ETH"_s, 18, std::nullopt},
                {u"ethereum"_s, u"USDT"_s, 6, u"0xdAC17F958D2ee523a2206206994597C13D831ec7"_s}};
    d.txHashes = std::move(hashes);
    return d;
}

import::ImportedTransfer transfer(quint32 tx, quint32 from, quint32 to, Amount amount, qint64 line, quint32 asset = 0){
    import::ImportedTransfer t;
t.tx = tx;
t.from = from;
t.to = to;
t.asset = asset;
t.amount = amount;
t.timestamp = 1700000000 + line;
t.block = 18000000 + line;
t.line = line;
return t;
} // namespace

qint64 count(db::SqliteCaseStore &store, const char *table)
{
    return ok(store.database().queryInt("SELECT count(*) FROM " + std::string(table)));
}

TEST(ImportStore, WritesTransfersWithTheirBatch)
{
    auto store = test::memoryStore();
    ImportData d = ethereumData({"0xaa", "0xbb"});
    const Amount big = Amount(100000000000000000ULL) * 1000; // 1e20: more than 64 bits hold
    d.transfers = {transfer(0, 0, 1, big, 2), transfer(1, 1, 0, 5, 3, 1)};
    d.transfers[1].kind = import::TransferKind::Token;
    d.rowsRead = 3;
    d.rowsSkipped = 1;
    d.warnings = {u"column memo was not read"_s};
    const auto report = ok(store->importRecords(d, batchFor(u"a.csv"_s)));
    EXPECT_EQ(report.batchId, 1);
    EXPECT_EQ(report.transfersImported, 2);
    EXPECT_EQ(report.addressesAdded, 2);
    EXPECT_EQ(report.duplicatesSkipped, 0);
    EXPECT_EQ(report.rowsRead, 3);
    EXPECT_EQ(report.rowsSkipped, 1);
    EXPECT_EQ(report.warnings, QStringList{u"column memo was not read"_s});

    const auto batches = ok(store->batches());
    ASSERT_EQ(batches.size(), 1u);
    EXPECT_EQ(batches[0].fileName, u"a.csv"_s);
    EXPECT_EQ(batches[0].sha256, QString(64, u'a'));
    EXPECT_EQ(batches[0].sizeBytes, 1234);
    EXPECT_EQ(batches[0].importer, u"transfers-csv"_s);
    EXPECT_FALSE(batches[0].startedAt.isEmpty());
    ASSERT_TRUE(batches[0].finishedAt.has_value());
    EXPECT_GE(*batches[0].finishedAt, batches[0].startedAt);
    EXPECT_EQ(batches[0].rowsRead, 3);
    EXPECT_EQ(batches[0].rowsImported, 2);
    EXPECT_EQ(batches[0].rowsSkipped, 1);
    EXPECT_EQ(batches[0].note, u"test"_s);

    const auto transfers = ok(store->transfers());
    ASSERT_EQ(transfers.size(), 2u);
    EXPECT_EQ(transfers[0].amount, u"100000000000000000000"_s);
    EXPECT_EQ(transfers[0].asset, u"ETH"_s);
    EXPECT_EQ(transfers[0].decimals, 18);
    EXPECT_EQ(transfers[0].kind, u"transfer"_s);
    EXPECT_FALSE(transfers[0].contract.has_value());
    EXPECT_EQ(transfers[0].txHash, u"0xaa"_s);
    EXPECT_EQ(transfers[0].block, 18000002);
    EXPECT_EQ(transfers[1].kind, u"token"_s);
    EXPECT_EQ(transfers[1].decimals, 6);
    EXPECT_EQ(transfers[1].contract, u"0xdAC17F958D2ee523a2206206994597C13D831ec7"_s);
    EXPECT_EQ(transfers[1].batch, BatchId{1});
    const auto alice = ok(store->findAddress(u"ethereum"_s, kAlice));
    ASSERT_TRUE(alice.has_value());
    EXPECT_EQ(alice->batch, BatchId{1});
    EXPECT_EQ(transfers[0].from, alice->id);
}

TEST(ImportStore, KnownAddressesAreReusedNotAdded)
{
    auto store = test::memoryStore();
    Address known;
    known.chain = u"ethereum"_s;
    known.address = kBob;
    const AddressId bob = ok(store->addAddress(known));
    ImportData d = ethereumData({"0xaa"});
    d.transfers = {transfer(0, 0, 1, 7, 2)};
    const auto report = ok(store->importRecords(d, batchFor(u"a.csv"_s)));
    EXPECT_EQ(report.addressesAdded, 1);
    EXPECT_EQ(ok(store->transfers())[0].to, bob);
    EXPECT_EQ(count(*store, "addresses"), 2);
}

TEST(ImportStore, AFailedImportWritesNothing)
{
    auto store = test::memoryStore();
    ImportData first = ethereumData({"0x01"});
    first.transfers = {transfer(0, 0, 1, 1, 2)};
    ok(store->importRecords(first, batchFor(u"first.csv"_s, 'b')));

    ImportData badReference = ethereumData({"0xaa"});
    badReference.addresses.push_back({u"ethereum"_s, kCarol});
    badReference.transfers = {transfer(0, 2, 1, 1, 2), transfer(0, 0, 99, 1, 7)};
    auto r = store->importRecords(badReference, batchFor(u"bad.csv"_s));
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, Error::Code::InvalidInput);
    EXPECT_TRUE(r.error().message.startsWith(u"bad.csv:7: "_s)) << r.error().message.toStdString();

    ImportData badDecimals = ethereumData({"0xaa"});
    badDecimals.addresses.push_back({u"ethereum"_s, kCarol});
    badDecimals.assets.push_back({u"ethereum"_s, u"ODD"_s, 40, std::nullopt});
    badDecimals.transfers = {transfer(0, 2, 1, 1, 2), transfer(0, 0, 1, 1, 3, 2)};
    r = store->importRecords(badDecimals, batchFor(u"odd.csv"_s));
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, Error::Code::InvalidInput);
    EXPECT_EQ(r.error().message, u"odd.csv:3: the asset ODD has 40 decimals; at most 36 are allowed."_s);

    // Rows go to SQLite 64 at a time: a row refused in the middle of a batch is still named by its line.
    ImportData refused = ethereumData({});
    for (quint32 i = 0; i < 200; ++i) {
        refused.txHashes.push_back("0xf" + QByteArray::number(i, 16));
        refused.transfers.push_back(transfer(i, 0, 1, 1000 + i, 10 + i));
    }
    ok(store->database().exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.transfers WHEN NEW.amount = '1150' "
                              "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
    r = store->importRecords(refused, batchFor(u"refused.csv"_s, 'c'));
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, Error::Code::Constraint);
    EXPECT_TRUE(r.error().message.startsWith(u"refused.csv:160: the transfer could not be written"_s))
        << r.error().message.toStdString();
    ok(store->database().exec("DROP TRIGGER temp.refuse"));

    EXPECT_EQ(count(*store, "import_batches"), 1);
    EXPECT_EQ(count(*store, "addresses"), 2);
    EXPECT_EQ(count(*store, "transfers"), 1);
}

TEST(ImportStore, OverlappingExportsSkipRowsAlreadyInTheCase)
{
    auto store = test::memoryStore();
    // Two identical transfers within one transaction are both real: a file never deduplicates itself.
    ImportData a = ethereumData({"0x01", "0x02"});
    a.transfers = {transfer(0, 0, 1, 5, 2), transfer(0, 0, 1, 5, 3), transfer(1, 1, 0, 9, 4)};
    EXPECT_EQ(ok(store->importRecords(a, batchFor(u"alice.csv"_s, 'a'))).transfersImported, 3);

    // Bob's export holds the same transaction 0x01 with a third copy and another row, and a new transaction.
    ImportData b = ethereumData({"0x03", "0x01"});
    b.transfers = {transfer(1, 0, 1, 5, 2), transfer(1, 0, 1, 5, 3),    transfer(1, 0, 1, 5, 4),
                   transfer(1, 0, 1, 6, 5), transfer(1, 0, 1, 5, 6, 1), transfer(0, 0, 1, 5, 7)};
    const auto report = ok(store->importRecords(b, batchFor(u"bob.csv"_s, 'b')));
    EXPECT_EQ(report.duplicatesSkipped, 2);
    EXPECT_EQ(report.transfersImported, 4);
    EXPECT_EQ(ok(store->batches())[1].rowsSkipped, 2);
    EXPECT_EQ(count(*store, "transfers"), 7);
}

import::ImportedUtxoTx utxoTx(const QByteArray &hash, qint64 line){import::ImportedUtxoTx tx;
tx.chain = u"bitcoin"_s;
tx.txHash = hash;
tx.timestamp = 1600000000 + line;
tx.block = 650000 + line;
tx.line = line;
return tx;
} // namespace awb

ImportData bitcoinData()
{
    ImportData d;
    d.format = u"esplora"_s;
    d.addresses = {{u"bitcoin"_s, u"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"_s},
                   {u"bitcoin"_s, u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"_s}};
    return d;
}

std::optional<UtxoTransaction> findTx(db::SqliteCaseStore &store, const QString &hash)
{
    for (const UtxoTransaction &tx : ok(store.utxoTransactions())) {
        if (tx.txHash == hash) {
            return tx;
        }
    }
    return std::nullopt;
}

TEST(ImportStore, UtxoInputsResolveWithinAFileAndAcrossImports)
{
    auto store = test::memoryStore();
    // File 1: B spends A:0 (A not yet known); C spends B:1 (in the same file).
    ImportData first = bitcoinData();
    auto b = utxoTx("bb", 2);
    b.inputs = {{std::nullopt, std::nullopt, "aa", 0}};
    b.outputs = {{0, 4000, u"p2pkh"_s}, {1, 5000, u"v0_p2wpkh"_s}, {std::nullopt, 0, u"op_return"_s}};
    auto c = utxoTx("cc", 3);
    c.inputs = {{std::nullopt, std::nullopt, "bb", 1}};
    c.outputs = {{0, 4900, u"p2pkh"_s}};
    first.utxoTransactions = {b, c};
    const auto r1 = ok(store->importRecords(first, batchFor(u"one.json"_s, 'c')));
    EXPECT_EQ(r1.utxoTransactionsImported, 2);
    EXPECT_EQ(r1.inputsUnresolved, 1);
    EXPECT_EQ(r1.inputsResolved, 0);
    const auto storedC = findTx(*store, u"cc"_s);
    ASSERT_TRUE(storedC.has_value());
    ASSERT_EQ(storedC->inputs.size(), 1u);
    EXPECT_EQ(storedC->inputs[0].amount, 5000);
    EXPECT_EQ(storedC->inputs[0].address, ok(store->findAddress(u"bitcoin"_s, first.addresses[1].address))->id);

    // File 2 brings A (spent by B) and B again (skipped).
    ImportData second = bitcoinData();
    auto a = utxoTx("aa", 2);
    a.coinbase = true;
    a.inputs = {{std::nullopt, std::nullopt, {}, std::nullopt}};
    a.outputs = {{1, 9100, u"v0_p2wpkh"_s}};
    second.utxoTransactions = {a, b};
    const auto r2 = ok(store->importRecords(second, batchFor(u"two.json"_s, 'd')));
    EXPECT_EQ(r2.utxoTransactionsImported, 1);
    EXPECT_EQ(r2.duplicatesSkipped, 1);
    EXPECT_EQ(r2.inputsResolved, 1);
    EXPECT_EQ(r2.inputsUnresolved, 0);
    const auto storedB = findTx(*store, u"bb"_s);
    ASSERT_TRUE(storedB.has_value());
    EXPECT_EQ(storedB->inputs[0].amount, 9100);
    EXPECT_EQ(storedB->inputs[0].address, ok(store->findAddress(u"bitcoin"_s, first.addresses[1].address))->id);
    EXPECT_EQ(storedB->inputs[0].prevHash, u"aa"_s);
    EXPECT_EQ(storedB->outputs.size(), 3u);
    EXPECT_FALSE(storedB->outputs[2].address.has_value());
    EXPECT_TRUE(findTx(*store, u"aa"_s)->coinbase);
    EXPECT_EQ(count(*store, "utxo_transactions"), 3);
}

class ImportFileTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

TEST_F(ImportFileTest, ALargeImportRebuildsTheIndexesAndPassesTheCheck)
{
    const QString file = path(u"big.awbcase"_s);
    {
        auto store = ok(db::SqliteCaseStore::create(file));
        ImportData d = ethereumData({});
        for (quint32 i = 0; i < 12000; ++i) { // enough rows for the rollback journal
            d.txHashes.push_back("0x" + QByteArray::number(i, 16));
            d.transfers.push_back(transfer(i, i % 2, 1 - i % 2, Amount(i) * 1000000000000ULL, i + 2));
        }
        // Refused near its end, the import under the rollback journal leaves nothing behind.
        ok(store->database().exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.transfers WHEN NEW.amount = "
                                  "'11000000000000000' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
        EXPECT_FALSE(store->importRecords(d, batchFor(u"big.csv"_s)).has_value());
        EXPECT_EQ(count(*store, "transfers"), 0);
        EXPECT_EQ(count(*store, "addresses"), 0);
        ok(store->database().exec("DROP TRIGGER temp.refuse"));
        EXPECT_EQ(ok(store->importRecords(d, batchFor(u"big.csv"_s))).transfersImported, 12000);
        // Back in WAL, so other readers can work while the case is written.
        {
            auto mode = ok(store->database().prepare("PRAGMA journal_mode"));
            ASSERT_TRUE(ok(mode.step()));
            EXPECT_EQ(mode.text(0), u"wal"_s);
        }
        // A smaller second import keeps the indexes and updates them.
        ImportData small = ethereumData({"0xsmall"});
        small.transfers = {transfer(0, 0, 1, 3, 2)};
        EXPECT_EQ(ok(store->importRecords(small, batchFor(u"small.csv"_s, 'e'))).transfersImported, 1);
        EXPECT_EQ(ok(store->database().queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                                                "('transfers_from', 'transfers_to', 'transfers_tx')")),
                  3);
    }
    auto opened = ok(db::openCaseFile(file, true)); // compares the schema text with this build's
    EXPECT_TRUE(ok(db::integrityProblems(*opened.db)).isEmpty());
    EXPECT_EQ(ok(opened.db->queryInt("SELECT count(*) FROM transfers INDEXED BY transfers_tx WHERE chain = 'ethereum' "
                                     "AND tx_hash = '0x3e7'")),
              1);
}

TEST_F(ImportFileTest, AReadOnlyCaseRefusesAnImport)
{
    const QString file = path(u"ro.awbcase"_s);
    ok(db::SqliteCaseStore::create(file));
    auto store = ok(db::SqliteCaseStore::open(file, true));
    ImportData d = ethereumData({"0x01"});
    d.transfers = {transfer(0, 0, 1, 1, 2)};
    auto r = store->importRecords(d, batchFor(u"a.csv"_s));
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, Error::Code::ReadOnly);
}

TEST_F(ImportFileTest, TheSameBytesTwiceAreReportedNotWritten)
{
    auto store = test::memoryStore();
    int parses = 0;
    const import::ParseFunction parse = [&](const QByteArray &bytes, const QString &, const QString &format,
                                            const import::ParseOptions &) -> Result<ImportData> {
        ++parses;
        ImportData d = ethereumData({"0x01"});
        d.format = format;
        d.transfers = {transfer(0, 0, 1, Amount(bytes.size()), 2)};
        d.rowsRead = 1;
        return d;
    };
    const QByteArray bytes = "tx_hash,from,to,amount\n0x01,a,b,37\n";
    const auto first = ok(import::importBytes(*store, bytes, u"t.csv"_s, u"transfers-csv"_s, {}, parse));
    EXPECT_FALSE(first.alreadyImported());
    EXPECT_EQ(first.sha256, import::sha256Hex(bytes));
    EXPECT_EQ(first.sha256.size(), 64);
    EXPECT_EQ(first.sizeBytes, bytes.size());
    EXPECT_EQ(ok(store->batches())[0].sha256, first.sha256);
    EXPECT_TRUE(import::outcomeText(first).startsWith(u"Imported t.csv (transfers-csv) as batch 1: 1 rows read; "
                                                      u"1 transfers and 0 transactions imported;"_s))
        << import::outcomeText(first).toStdString();

    const auto again = ok(import::importBytes(*store, bytes, u"copy.csv"_s, u"transfers-csv"_s, {}, parse));
    EXPECT_TRUE(again.alreadyImported());
    EXPECT_EQ(again.earlier->id, BatchId{1});
    EXPECT_EQ(parses, 1);
    EXPECT_EQ(count(*store, "transfers"), 1);
    EXPECT_EQ(count(*store, "import_batches"), 1);
    const QString text = import::outcomeText(again);
    EXPECT_TRUE(text.startsWith(u"copy.csv was already imported as batch 1 (t.csv) on "_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"1 rows read, 1 imported, 0 skipped. Nothing was written."_s)) << text.toStdString();

    const auto parseError =
        import::importBytes(*store, "other", u"x.csv"_s, u"transfers-csv"_s, {},
                            [](const QByteArray &, const QString &name, const QString &,
                               const import::ParseOptions &) -> Result<ImportData> {
                                return fail(Error::Code::InvalidInput, name + u":4: the amount is not a number."_s);
                            });
    ASSERT_FALSE(parseError.has_value());
    EXPECT_EQ(parseError.error().message, u"x.csv:4: the amount is not a number."_s);
    EXPECT_EQ(count(*store, "import_batches"), 1);
}

TEST(ImportMapping, SavesLoadsAndValidates)
{
    auto store = test::memoryStore();
    const auto mapping = ok(import::parseMapArguments({u"from=Sender"_s, u"to = Recipient"_s, u"amount=3"_s}));
    EXPECT_EQ(mapping.at(u"to"_s), u"Recipient"_s);
    ok(import::saveMapping(*store, u"desk"_s, mapping));
    EXPECT_EQ(ok(import::loadMapping(*store, u"desk"_s)), mapping);
    EXPECT_EQ(ok(store->importMapping(u"desk"_s)), u"{\"amount\":\"3\",\"from\":\"Sender\",\"to\":\"Recipient\"}"_s);

    import::ColumnMapping changed = mapping;
    changed[u"fixed_chain"_s] = u"bsc"_s;
    ok(import::saveMapping(*store, u"desk"_s, changed));
    EXPECT_EQ(ok(import::loadMapping(*store, u"desk"_s)), changed);
    EXPECT_EQ(count(*store, "import_mappings"), 1);

    const auto missing = import::loadMapping(*store, u"nope"_s);
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);
    EXPECT_TRUE(missing.error().message.contains(u"\"nope\""_s));

    const auto unknown = import::parseMapArguments({u"sender=A"_s});
    ASSERT_FALSE(unknown.has_value());
    EXPECT_TRUE(unknown.error().message.startsWith(u"\"sender\" is not a field"_s));
    EXPECT_FALSE(import::parseMapArguments({u"from"_s}).has_value());
    EXPECT_FALSE(import::parseMapArguments({u"from="_s}).has_value());
    EXPECT_FALSE(import::saveMapping(*store, u" "_s, mapping).has_value());
    EXPECT_FALSE(import::mappingFromJson(u"[1]"_s).has_value());
    EXPECT_FALSE(import::mappingFromJson(u"{\"from\": 3}"_s).has_value());
}

TEST(ImportMapping, ListsTheSavedOnesAndFitsThemToAFile)
{
    auto store = test::memoryStore();
    EXPECT_TRUE(ok(import::loadMappings(*store)).empty());
    const import::ColumnMapping desk{
        {u"tx_hash"_s, u"hash"_s}, {u"from"_s, u"Sender"_s},          {u"to"_s, u"3"_s},
        {u"amount"_s, u"Wei"_s},   {u"timestamp"_s, u"Block time"_s}, {u"fixed_asset"_s, u"ETH"_s}};
    ok(import::saveMapping(*store, u"desk"_s, desk));
    ok(import::saveMapping(*store, u"another desk"_s, {{u"from"_s, u"1"_s}}));
    EXPECT_EQ(ok(store->importMappingNames()), (QStringList{u"another desk"_s, u"desk"_s}));
    const auto all = ok(import::loadMappings(*store));
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all.at(u"desk"_s), desk);

    // Names match the header ignoring case and take its spelling; numbers count from 1; fixed values stay.
    QStringList missing;
    const import::ColumnMapping fitted =
        import::resolveMapping(desk, {u"Hash"_s, u"SENDER"_s, u"Recipient"_s, u"Wei"_s, u"Time"_s}, missing);
    const import::ColumnMapping expected{{u"tx_hash"_s, u"Hash"_s},
                                         {u"from"_s, u"SENDER"_s},
                                         {u"to"_s, u"Recipient"_s},
                                         {u"amount"_s, u"Wei"_s},
                                         {u"fixed_asset"_s, u"ETH"_s}};
    EXPECT_EQ(fitted, expected);
    EXPECT_EQ(missing, (QStringList{u"timestamp → Block time"_s}));
    missing.clear();
    EXPECT_TRUE(import::resolveMapping({{u"to"_s, u"9"_s}}, {u"a"_s}, missing).empty());
    EXPECT_EQ(missing, (QStringList{u"to → 9"_s}));

    ok(store->saveImportMapping(u"broken"_s, u"transfers-csv"_s, u"[1]"_s));
    const auto unreadable = import::loadMappings(*store);
    ASSERT_FALSE(unreadable.has_value());
    EXPECT_TRUE(unreadable.error().message.contains(u"\"broken\""_s)) << unreadable.error().message.toStdString();
}

} // namespace
} // namespace awb

namespace awb {
namespace {

TEST(ImportGuess, FormatAndMappingFromTheFirstBytes)
{
    EXPECT_EQ(import::guessFormat(u"x.csv"_s, "\"Txhash\",\"Blockno\",\"UnixTimestamp\",\"From\"\n"), u"etherscan"_s);
    EXPECT_EQ(import::guessFormat(u"x.csv"_s, "hash,sender,recipient,amount\n"), u"transfers-csv"_s);
    EXPECT_EQ(import::guessFormat(u"x.json"_s, "[{\"txid\": \"ab\", \"status\": {\"confirmed\": true}}]"),
              u"esplora"_s);
    EXPECT_EQ(import::guessFormat(u"x.json"_s, "{\"txid\": \"ab\", \"vin\": [], \"vout\": [{\"scriptPubKey\": {}}]}"),
              u"bitcoin-core"_s);
    EXPECT_EQ(import::guessFormat(u"x.bin"_s, "\x01\x02"), QString());

    const QStringList header = import::csvHeader("\xEF\xBB\xBFhash,\"Sender, main\",recipient,Amount,BlockNo\r\n1,2");
    EXPECT_EQ(header, (QStringList{u"hash"_s, u"Sender, main"_s, u"recipient"_s, u"Amount"_s, u"BlockNo"_s}));
    const import::ColumnMapping guessed = import::guessMapping(header);
    const import::ColumnMapping expected{
        {u"tx_hash"_s, u"hash"_s}, {u"to"_s, u"recipient"_s}, {u"amount"_s, u"Amount"_s}, {u"block"_s, u"BlockNo"_s}};
    EXPECT_EQ(guessed, expected);
}

} // namespace
} // namespace awb
