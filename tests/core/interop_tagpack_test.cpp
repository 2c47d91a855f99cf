// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GraphSense TagPacks: header inheritance, network defaulting to currency, confidence levels, addresses checked and
// kept in their case, actors matched to groups.
#include "core/interop/tagpack.h"
#include "core/interop/vocabulary.h"
#include "tests/core/interop_testutil.h"

#include <gtest/gtest.h>

namespace awb::test {
namespace {

using namespace Qt::Literals::StringLiterals;

const QString kP2pkh = u"1JLPh7kTReFZCbvizDuyjdyBBpN2hGzh5p"_s;
const QString kBech32 = u"bc1q6wfj68mtwsyu8jnay2tvttfsva98lfne2wk2xf"_s;
const QString kP2sh = u"3QVsfEVMs4LD2YnpkMHBHis7zYi9pVRK25"_s;
const QString kEth = u"0x81E44dB27a2eD98B1236FA4DEbD7D1C1DE27Fd36"_s;
const QString kTron = u"TKCwnw61pPKaK9Wiji5VRn2Ywv2qMCfR4K"_s;
const QString kReport = u"https://example.org/reports/ember-lynx"_s;

/** A case whose groups come from the test ActorPack: Ember Lynx and Quartz Viper with GraphSense actor ids. */
class TagPackImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = memoryStore();
        importFixture(*m_store, u"actorpack.yaml"_s, u"actorpack"_s);
        m_report = importFixture(*m_store, u"tagpack-inherit.yaml"_s, u"tagpack"_s);
    }

    Source sourceOf(const Tag &t) { return ok(m_store->source(t.source)); }

    std::unique_ptr<db::SqliteCaseStore> m_store;
    interop::InteropReport m_report;
};

TEST_F(TagPackImport, TagsInheritTheHeaderUnlessTheyOverrideIt)
{
    EXPECT_EQ(m_report.recordsRead, 11);
    EXPECT_EQ(m_report.tagsAdded, 6);
    EXPECT_EQ(m_report.addressesAdded, 6);
    EXPECT_EQ(m_report.sourcesAdded, 3);

    const Tag inherited = tagOn(*m_store, u"bitcoin"_s, kP2pkh, u"Ember Lynx wallet"_s);
    EXPECT_EQ(inherited.confidence, u"forensic"_s);
    EXPECT_EQ(inherited.category, u"perpetrator"_s);
    EXPECT_EQ(inherited.abuse, QString());
    EXPECT_EQ(inherited.tagType, u"actor"_s);
    EXPECT_EQ(inherited.group, groupNamed(*m_store, u"Ember Lynx"_s).id);
    EXPECT_EQ(sourceOf(inherited).url, kReport);
    EXPECT_EQ(sourceOf(inherited).title, u"Test TagPack"_s);
    EXPECT_EQ(sourceOf(inherited).publisher, u"AWB test suite"_s);
    EXPECT_EQ(sourceOf(inherited).published, u"2024-03-05"_s);
    EXPECT_TRUE(inherited.batch.has_value());

    const Tag overridden = tagOn(*m_store, u"bitcoin"_s, kBech32, u"Ember Lynx deposit"_s);
    EXPECT_EQ(overridden.confidence, u"web_crawl"_s);
    EXPECT_EQ(overridden.category, u"perpetrator"_s);
    EXPECT_EQ(overridden.group, inherited.group);
    EXPECT_EQ(overridden.source, inherited.source); // the same source and lastmod: one Source

    // actor: null cancels the header's actor.
    const Tag sanctioned = tagOn(*m_store, u"bitcoin"_s, kP2sh, u"Sanctioned: Ember Lynx"_s);
    EXPECT_FALSE(sanctioned.group.has_value());
    EXPECT_EQ(sanctioned.abuse, u"sanction"_s);
    EXPECT_EQ(sanctioned.tagType, u"event"_s);
    EXPECT_EQ(sanctioned.confidence, u"authority_data"_s);

    const Tag eth = tagOn(*m_store, u"ethereum"_s, kEth, u"Ember Lynx wallet"_s);
    EXPECT_EQ(eth.group, groupNamed(*m_store, u"Quartz Viper"_s).id);
    EXPECT_EQ(sourceOf(eth).published, u"2024-04-01"_s); // the tag's own lastmod: a Source of its own
    EXPECT_NE(eth.source, inherited.source);

    const Tag mention = tagOn(*m_store, u"tron"_s, kTron, u"Ember Lynx wallet"_s);
    EXPECT_EQ(mention.tagType, u"mention"_s);
    EXPECT_EQ(mention.category, u"exchange"_s);
    EXPECT_EQ(mention.context, u"{\"note\": \"seen on a forum\"}"_s);
    EXPECT_EQ(sourceOf(mention).title, u"Forum post, not a link"_s);
    EXPECT_FALSE(sourceOf(mention).url.has_value());

    EXPECT_TRUE(m_report.warnings.join(u' ').contains(u"hacker, perpetrator"_s))
        << m_report.warnings.join(u' ').toStdString();
}

TEST_F(TagPackImport, AddressesKeepTheirCaseAndBadChecksumsAreReported)
{
    QStringList stored;
    for (const Address &a : ok(m_store->addresses())) {
        stored << a.chain + u':' + a.address;
    }
    stored.sort();
    const QStringList expected{u"bitcoin:"_s + kP2pkh, u"bitcoin:1NHjGZQkaWPuTUxML9RZdzD7hB1xJfq7no"_s,
                               u"bitcoin:"_s + kP2sh,  u"bitcoin:"_s + kBech32,
                               u"ethereum:"_s + kEth,  u"tron:"_s + kTron};
    EXPECT_EQ(stored.join(u' ').toStdString(), expected.join(u' ').toStdString());
    std::map<QString, QString> reasons;
    for (const interop::Skipped &s : m_report.skipped) {
        reasons[s.what] = s.reason;
    }
    ASSERT_EQ(m_report.skipped.size(), 5u);
    EXPECT_TRUE(reasons[u"1JLPh7kTReFZCbvizDuyjdyBBpN2hGzh5q"_s].contains(u"checksum"_s));
    EXPECT_TRUE(reasons[u"0x81e44dB27a2eD98B1236FA4DEbD7D1C1DE27Fd36"_s].contains(u"EIP-55"_s));
    EXPECT_TRUE(
        reasons[u"4e3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b"_s].contains(u"transaction"_s));
    EXPECT_TRUE(reasons[u"15XWqdbhRAomaojiVQEgbmJP8gBR9KSQna"_s].contains(u"very_sure"_s));
    EXPECT_TRUE(reasons[u"1PDAAU9obzUfekxcUkj3ERmfRHvBies6pW"_s].contains(u"USDC is a token"_s));
}

TEST_F(TagPackImport, AnActorNoGroupBearsIsFlaggedAndTheTagKept)
{
    ASSERT_EQ(m_report.flagged.size(), 1u);
    EXPECT_EQ(m_report.flagged[0].kind, u"unmatched-actor"_s);
    EXPECT_EQ(m_report.flagged[0].subject, u"nobody_we_know"_s);
    const Tag t = tagOn(*m_store, u"bitcoin"_s, u"1NHjGZQkaWPuTUxML9RZdzD7hB1xJfq7no"_s, u"Ember Lynx wallet"_s);
    EXPECT_FALSE(t.group.has_value());
    EXPECT_EQ(t.confidence, u"authority_data"_s); // "60": the one level with that number
}

TEST_F(TagPackImport, AReimportIsRefusedAndAMalformedPackChangesNothing)
{
    const CaseCounts before = countsOf(*m_store);
    EXPECT_TRUE(importFixture(*m_store, u"tagpack-inherit.yaml"_s, u"tagpack"_s).alreadyImported());
    EXPECT_EQ(countsOf(*m_store), before);
    auto broken = interop::importInteropFile(*m_store, interopFixture(u"tagpack-malformed.yaml"_s), u"tagpack"_s, {});
    ASSERT_FALSE(broken);
    EXPECT_TRUE(broken.error().message.startsWith(u"tagpack-malformed.yaml:"_s))
        << broken.error().message.toStdString();
    EXPECT_EQ(countsOf(*m_store), before);
    // A field of the wrong type refuses the whole pack, naming its line.
    auto wrongType = interop::importInteropBytes(*m_store,
                                                 "title: t\ncreator: c\nsource: https://example.org/x\ncurrency: BTC\n"
                                                 "confidence: forensic\ntags:\n- address: " +
                                                     kP2pkh.toUtf8() + "\n  label: [a, b]\n",
                                                 u"wrong.yaml"_s, u"tagpack"_s, {});
    ASSERT_FALSE(wrongType);
    EXPECT_EQ(wrongType.error().message, u"wrong.yaml:8: \"label\" must be text."_s);
    EXPECT_EQ(countsOf(*m_store), before);
    EXPECT_FALSE(interop::parseTagPack("title: no tags\n", u"n.yaml"_s));
    EXPECT_FALSE(interop::parseTagPack("- just\n- a list\n", u"n.yaml"_s));
}

TEST(TagPackNetwork, NetworkDefaultsToTheTagsCurrency)
{
    const QByteArray pack = "title: n\ncreator: c\nlabel: l\nsource: https://example.org/n\nconfidence: heuristic\n"
                            "currency: ETH\ntags:\n"
                            "- address: '0x0000000000000000000000000000000000000001'\n"
                            "- address: " +
                            kP2pkh.toUtf8() +
                            "\n  currency: BTC\n"
                            "- address: " +
                            kTron.toUtf8() + "\n  currency: USDT\n  network: trx\n";
    const interop::InteropData data = ok(interop::parseTagPack(pack, u"n.yaml"_s));
    ASSERT_EQ(data.tags.size(), 3u);
    EXPECT_EQ(data.tags[0].chain, u"ethereum"_s);
    EXPECT_EQ(data.tags[1].chain, u"bitcoin"_s); // the tag's currency, not the header's network default
    EXPECT_EQ(data.tags[2].chain, u"tron"_s);
    EXPECT_EQ(data.tags[2].location, u"n.yaml:11"_s);
}

TEST(TagPackConfidence, EveryGraphSenseLevelMapsToTheCasesScale)
{
    const QStringList levels = interop::confidenceIds();
    ASSERT_EQ(levels.size(), 14);
    QByteArray pack = "title: c\ncreator: c\nlabel: l\nsource: https://example.org/c\ncurrency: ETH\ntags:\n";
    for (qsizetype i = 0; i < levels.size(); ++i) {
        pack += u"- address: '0x%1'\n  confidence: %2\n"_s.arg(i + 1, 40, 10, QChar(u'0')).arg(levels[i]).toUtf8();
    }
    pack += "- address: '0x00000000000000000000000000000000000000ff'\n  confidence: '50'\n"; // three levels are 50
    auto store = memoryStore();
    // The case's tag_confidence_levels table refuses an id it does not hold: each insert proves the mapping.
    const interop::InteropReport r = ok(interop::importInteropBytes(*store, pack, u"c.yaml"_s, u"tagpack"_s, {}));
    EXPECT_EQ(r.tagsAdded, 14);
    ASSERT_EQ(r.skipped.size(), 1u);
    EXPECT_TRUE(r.skipped[0].reason.contains(u"\"50\""_s));
    QStringList stored;
    for (const Tag &t : ok(store->tags(std::nullopt))) {
        stored << t.confidence;
    }
    EXPECT_EQ(stored, levels);
    EXPECT_EQ(interop::confidenceId(u" Authority_Data "_s), u"authority_data"_s);
    EXPECT_EQ(interop::confidenceId(u"5"_s), u"unknown"_s);
    EXPECT_EQ(interop::confidenceId(u"100"_s), std::nullopt);
}

} // namespace
} // namespace awb::test
