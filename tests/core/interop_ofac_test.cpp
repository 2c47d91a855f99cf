// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// OFAC SDN digital-currency address lists: "sanctioned" tags with the list's date and chain, never "controlled by".
#include "core/interop/ofaclist.h"
#include "tests/core/interop_testutil.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace awb::test {
namespace {

using namespace Qt::Literals::StringLiterals;

const QString kSanctionLabel = u"OFAC SDN: sanctioned address"_s;

TEST(OfacList, ATextListNeedsItsDateAndCarriesIt)
{
    auto store = memoryStore();
    auto undated = interop::importInteropFile(*store, interopFixture(u"sanctioned_addresses_XBT.txt"_s), u"ofac"_s, {});
    ASSERT_FALSE(undated);
    EXPECT_TRUE(undated.error().message.contains(u"--list-date"_s)) << undated.error().message.toStdString();
    EXPECT_EQ(countsOf(*store), CaseCounts{});

    const interop::InteropReport r =
        importFixture(*store, u"sanctioned_addresses_XBT.txt"_s, u"ofac"_s, {{}, u"2024-05-20"_s});
    EXPECT_EQ(r.recordsRead, 4);
    EXPECT_EQ(r.tagsAdded, 3);
    ASSERT_EQ(r.skipped.size(), 1u);
    EXPECT_EQ(r.skipped[0].what, u"1JLPh7kTReFZCbvizDuyjdyBBpN2hGzh5q"_s);
    EXPECT_EQ(r.skipped[0].location, u"sanctioned_addresses_XBT.txt:5"_s);
    EXPECT_TRUE(r.skipped[0].reason.contains(u"checksum"_s));

    const std::vector<Source> sources = ok(store->sources());
    ASSERT_EQ(sources.size(), 1u);
    EXPECT_EQ(sources[0].published, u"2024-05-20"_s);
    EXPECT_EQ(sources[0].kind, u"government"_s);
    EXPECT_TRUE(sources[0].title.contains(u"XBT, bitcoin"_s) && sources[0].title.contains(u"2024-05-20"_s))
        << sources[0].title.toStdString();
    // Base58 keeps its mixed case; Bech32 is lower case by rule.
    for (const QString &address : {u"1JLPh7kTReFZCbvizDuyjdyBBpN2hGzh5p"_s, u"3AtcARnHQHBkxJcfjxeH58xBhRw9rGJ3RC"_s,
                                   u"bc1qwcnlrpsus0k35ay9wsarv9kl73h4m8apl2t6nn"_s}) {
        const Tag t = tagOn(*store, u"bitcoin"_s, address, kSanctionLabel);
        EXPECT_EQ(ok(store->address(t.address)).address, address);
        EXPECT_EQ(t.tagType, u"event"_s);
        EXPECT_EQ(t.abuse, u"sanction"_s);
        EXPECT_EQ(t.category, QString());
        EXPECT_EQ(t.confidence, u"authority_data"_s);
        EXPECT_FALSE(t.group.has_value());
        EXPECT_EQ(t.source, sources[0].id);
        EXPECT_TRUE(t.context.contains(u"2024-05-20"_s));
    }
    EXPECT_TRUE(
        importFixture(*store, u"sanctioned_addresses_XBT.txt"_s, u"ofac"_s, {{}, u"2024-05-20"_s}).alreadyImported());
}

TEST(OfacList, ADateInTheFileIsTheListsDate)
{
    auto store = memoryStore();
    const interop::InteropReport r = importFixture(*store, u"sanctioned_addresses_ETH.txt"_s, u"ofac"_s);
    EXPECT_EQ(r.tagsAdded, 1);
    EXPECT_EQ(ok(store->sources()).front().published, u"2024-07-15"_s);
    EXPECT_TRUE(r.warnings.isEmpty());
    // --list-date wins, and the difference is said.
    auto other = memoryStore();
    const interop::InteropReport given =
        importFixture(*other, u"sanctioned_addresses_ETH.txt"_s, u"ofac"_s, {{}, u"2024-08-01"_s});
    EXPECT_EQ(ok(other->sources()).front().published, u"2024-08-01"_s);
    ASSERT_EQ(given.warnings.size(), 1);
    EXPECT_TRUE(given.warnings[0].contains(u"2024-07-15"_s));
}

TEST(OfacList, AJsonObjectNamesTheCurrencyOfEachList)
{
    auto store = memoryStore();
    const interop::InteropReport r = importFixture(*store, u"ofac-dated.json"_s, u"ofac"_s);
    EXPECT_EQ(r.recordsRead, 4);
    EXPECT_EQ(r.tagsAdded, 3);
    EXPECT_EQ(r.sourcesAdded, 2); // one per chain
    ASSERT_EQ(r.skipped.size(), 1u);
    EXPECT_TRUE(r.skipped[0].reason.contains(u"USDT is a token"_s));
    // Ethereum compares case-insensitively and is shown with its EIP-55 checksum.
    const Tag eth = tagOn(*store, u"ethereum"_s, u"0x1448653536138f7e9284c9add7c6460b22bc1b98"_s, kSanctionLabel);
    EXPECT_EQ(ok(store->address(eth.address)).address, u"0x1448653536138F7E9284C9ADd7c6460B22bc1b98"_s);
    const Tag tron = tagOn(*store, u"tron"_s, u"TWjTsxnAX7QmRSCVcV7RajsgVSgQGrVHW2"_s, kSanctionLabel);
    EXPECT_EQ(ok(store->source(tron.source)).published, u"2024-06-01"_s);
    EXPECT_TRUE(ok(store->source(tron.source)).title.contains(u"TRX, tron"_s));
    EXPECT_NE(tron.source, eth.source);

    auto chainGiven = interop::parseOfacList(R"({"ETH": []})", u"x.json"_s, {u"ethereum"_s, u"2024-01-01"_s});
    ASSERT_FALSE(chainGiven);
    EXPECT_TRUE(chainGiven.error().message.contains(u"--chain does not apply"_s));
}

TEST(OfacList, AnArrayTakesItsChainFromTheOptionOrTheFileName)
{
    const QByteArray list = R"(["0xefd67e180c736F194c65df6936d3783Aa0536bB4"])";
    const interop::InteropData byOption = ok(interop::parseOfacList(list, u"list.json"_s, {u"ETH"_s, u"2024-01-02"_s}));
    ASSERT_EQ(byOption.tags.size(), 1u);
    EXPECT_EQ(byOption.tags[0].chain, u"ethereum"_s);
    const interop::InteropData byName = ok( // a byte order mark is not part of the JSON
        interop::parseOfacList("\xEF\xBB\xBF" + list, u"sanctioned_addresses_ARB.json"_s, {{}, u"2024-01-02"_s}));
    EXPECT_EQ(byName.tags[0].chain, u"arbitrum"_s);
    auto unknown = interop::parseOfacList(list, u"list.json"_s, {{}, u"2024-01-02"_s});
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(u"--chain"_s));
    EXPECT_FALSE(interop::parseOfacList(list, u"list.json"_s, {u"ETH"_s, u"2024-13-02"_s}));
    EXPECT_FALSE(interop::parseOfacList(QByteArray("\x01\xff\xfe", 3), u"sanctioned_addresses_ETH.txt"_s,
                                        {{}, u"2024-01-02"_s}));
}

TEST(OfacList, ALineThatIsNoAddressIsSkippedAndShownAsItIs)
{
    // Monero addresses are kept as written (no checksum the workbench checks), so only the shape guards them.
    auto store = memoryStore();
    const QByteArray list =
        u"44AFFq5kSiGBoZ\u202Egnp.exe\nnot an address\n48edfHu7V9Z84YzzMa6fUueoELZ9ZRXq9\n"_s.toUtf8();
    const interop::InteropReport r =
        ok(interop::importInteropBytes(*store, list, u"list.txt"_s, u"ofac"_s, {u"XMR"_s, u"2024-01-02"_s}));
    EXPECT_EQ(r.tagsAdded, 1);
    ASSERT_EQ(r.skipped.size(), 2u);
    EXPECT_EQ(r.skipped[0].what, u"44AFFq5kSiGBoZ\u202Egnp.exe"_s);
    EXPECT_TRUE(r.skipped[1].reason.contains(u"not an address"_s));
    EXPECT_EQ(ok(store->addresses()).front().chain, u"monero"_s);
    const QString text = interop::reportText(r);
    EXPECT_TRUE(text.contains(u"44AFFq5kSiGBoZ<U+202E>gnp.exe"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(QChar(0x202E)));
    EXPECT_EQ(interop::reportJson(r)[u"skipped"_s].toArray()[0].toObject()[u"what"_s].toString(), r.skipped[0].what);
}

TEST(OfacList, AMalformedListChangesNothing)
{
    auto store = memoryStore();
    importFixture(*store, u"ofac-dated.json"_s, u"ofac"_s);
    const CaseCounts before = countsOf(*store);
    auto broken = interop::importInteropFile(*store, interopFixture(u"ofac-malformed.json"_s), u"ofac"_s,
                                             {u"ETH"_s, u"2024-01-01"_s});
    ASSERT_FALSE(broken);
    EXPECT_TRUE(broken.error().message.contains(u"[1] is not text"_s)) << broken.error().message.toStdString();
    EXPECT_EQ(countsOf(*store), before);
}

TEST(OfacList, ASanctionIsADifferentClaimFromControlByAnActor)
{
    auto store = memoryStore();
    importFixture(*store, u"actorpack.yaml"_s, u"actorpack"_s);
    importFixture(*store, u"tagpack-inherit.yaml"_s, u"tagpack"_s);
    importFixture(*store, u"sanctioned_addresses_XBT.txt"_s, u"ofac"_s, {{}, u"2024-05-20"_s});
    const auto address = ok(store->findAddress(u"bitcoin"_s, u"1JLPh7kTReFZCbvizDuyjdyBBpN2hGzh5p"_s));
    ASSERT_TRUE(address);
    const std::vector<Tag> tags = ok(store->tags(address->id));
    ASSERT_EQ(tags.size(), 2u); // both claims kept on the one address
    const Tag &actor = tags[0];
    const Tag &sanction = tags[1];
    EXPECT_EQ(actor.tagType, u"actor"_s);
    EXPECT_EQ(actor.group, groupNamed(*store, u"Ember Lynx"_s).id);
    EXPECT_EQ(sanction.tagType, u"event"_s);
    EXPECT_EQ(sanction.abuse, u"sanction"_s);
    EXPECT_FALSE(sanction.group.has_value());
    EXPECT_NE(actor.source, sanction.source);
}

TEST(AttributionFormatGuess, EachFixtureIsKnownByItsNameAndFirstBytes)
{
    const auto guess = [](const QString &name) {
        QFile f(interopFixture(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        return interop::guessAttributionFormat(name, f.read(64 * 1024));
    };
    EXPECT_EQ(guess(u"galaxy-actors.json"_s), u"misp-galaxy"_s);
    EXPECT_EQ(guess(u"actorpack.yaml"_s), u"actorpack"_s);
    EXPECT_EQ(guess(u"tagpack-inherit.yaml"_s), u"tagpack"_s);
    EXPECT_EQ(guess(u"ofac-dated.json"_s), u"ofac"_s);
    EXPECT_EQ(guess(u"sanctioned_addresses_ETH.txt"_s), u"ofac"_s);
    QFile stix(QStringLiteral(AWB_SOURCE_DIR "/tests/data/stiximport/attack20-bundle.json"));
    ASSERT_TRUE(stix.open(QIODevice::ReadOnly));
    EXPECT_EQ(interop::guessAttributionFormat(u"attack20-bundle.json"_s, stix.readAll()), u"stix"_s);
    // Transaction files are not attribution data: the transaction guess decides those.
    EXPECT_EQ(interop::guessAttributionFormat(u"t.csv"_s, "tx_hash,from,to,amount\n"), QString());
    EXPECT_EQ(interop::guessAttributionFormat(u"tx.json"_s, R"([{"txid": "aa", "vin": []}])"), QString());
    EXPECT_EQ(interop::guessAttributionFormat(u"notes.yaml"_s, "title: x\n"), QString());
}

} // namespace
} // namespace awb::test
