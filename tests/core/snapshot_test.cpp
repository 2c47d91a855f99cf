// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/snapshot.h"

#include "core/db/sqlitecasestore.h"
#include "tests/core/testcase.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace awb;
using namespace awb::graph;

namespace {

/** Three addresses, one transfer chain a → b → c, and a UTXO transaction spending b into c and d. */
GraphData smallCase()
{
    GraphData d;
    const quint16 eth = d.chainIndex(u"ethereum"_s);
    const quint16 btc = d.chainIndex(u"bitcoin"_s);
    d.assets.push_back({eth, u"ETH"_s, 18, {}});
    d.assets.push_back({btc, u"BTC"_s, 8, {}});
    d.addAddress(eth, u"0x00000000000000000000000000000000000000A1"_s, 11);
    d.addAddress(eth, u"0x00000000000000000000000000000000000000b2"_s, 12);
    d.addAddress(btc, u"bc1qexampleaddressc"_s, 13);
    d.addAddress(btc, u"bc1qexampleaddressd"_s, 14);
    d.transfers.push_back({0, 1, 0, TransferKind::Normal, false, 500, 100, 1});
    d.transfers.push_back({1, 0, 0, TransferKind::Normal, false, 7, 300, 2});
    GraphUtxoTx tx;
    tx.rowId = 40;
    tx.timestamp = 200;
    tx.chain = btc;
    tx.asset = 1;
    tx.firstInput = 0;
    tx.inputCount = 1;
    tx.firstOutput = 0;
    tx.outputCount = 3;
    d.utxoTxs.push_back(tx);
    d.inputs.push_back({1, 1000});
    d.outputs.push_back({2, 600, u"v0_p2wpkh"_s});
    d.outputs.push_back({kNone, 0, u"op_return"_s});
    d.outputs.push_back({3, 390, u"v0_p2wpkh"_s});
    d.incidents.push_back({5, u"Theft"_s, u"2024-01-01"_s, false});
    d.groups.push_back({9, u"Lazarus Group"_s});
    d.roles.push_back({1, 0, 0, u"exploiter"_s, false});
    d.attributions.push_back({1, 0, 0, u"high"_s, 3, u"FBI"_s, false});
    GraphTag service;
    service.address = 3;
    service.label = u"Exchange A"_s;
    service.category = u"exchange"_s;
    d.tags.push_back(service);
    GraphTag actor;
    actor.address = 2;
    actor.group = 0;
    actor.label = u"Lazarus wallet"_s;
    d.tags.push_back(actor);
    d.deriveServices();
    return d;
}

TEST(Snapshot, NumbersNodesByKind)
{
    const auto s = Snapshot::build(smallCase());
    // 4 addresses, 1 transaction, 4 singleton clusters, 1 incident, 1 group, 1 service.
    EXPECT_EQ(s->nodeCount(), 12u);
    EXPECT_EQ(s->kind(3), NodeKind::Address);
    EXPECT_EQ(s->kind(4), NodeKind::Transaction);
    EXPECT_EQ(s->kind(5), NodeKind::Cluster);
    EXPECT_EQ(s->kind(9), NodeKind::Incident);
    EXPECT_EQ(s->kind(10), NodeKind::Group);
    EXPECT_EQ(s->kind(11), NodeKind::Service);
    for (NodeIndex n = 0; n < s->nodeCount(); ++n) {
        EXPECT_EQ(s->node(s->kind(n), s->local(n)), n);
        EXPECT_EQ(s->resolve(s->nodeName(n)), std::optional(n)) << s->nodeName(n).toStdString();
    }
    EXPECT_EQ(s->nodeName(11), u"service:Exchange A"_s);
    EXPECT_EQ(s->serviceOfAddress(3), 0u);
    EXPECT_EQ(s->serviceOfAddress(2), kNone);
}

TEST(Snapshot, FlowsAreInTimeOrderPerNode)
{
    const auto s = Snapshot::build(smallCase());
    // transfer a→b (t=100), input b→tx and outputs tx→c, tx→d (t=200; OP_RETURN has no flow), transfer b→a (t=300)
    ASSERT_EQ(s->flowCount(), 5u);
    const auto out = s->outFlows(1);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(s->flow(out[0]).kind, FlowKind::Input);
    EXPECT_EQ(s->flow(out[0]).amount, Amount(1000));
    EXPECT_EQ(s->flow(out[1]).kind, FlowKind::Transfer);
    EXPECT_EQ(s->flow(out[1]).to, 0u);
    for (NodeIndex n = 0; n < s->nodeCount(); ++n) {
        const auto flows = s->outFlows(n);
        const auto targets = s->outTargets(n);
        ASSERT_EQ(flows.size(), targets.size());
        for (size_t i = 0; i < flows.size(); ++i) {
            EXPECT_EQ(s->flow(flows[i]).to, targets[i]);
        }
        const auto in = s->inFlows(n);
        const auto sources = s->inSources(n);
        ASSERT_EQ(in.size(), sources.size());
        for (size_t i = 0; i < in.size(); ++i) {
            EXPECT_EQ(s->flow(in[i]).from, sources[i]);
        }
    }
    const auto txOut = s->outFlows(4);
    ASSERT_EQ(txOut.size(), 2u);
    EXPECT_EQ(s->flow(txOut[0]).to, 2u);
    EXPECT_EQ(s->flow(txOut[1]).to, 3u);
    EXPECT_EQ(s->flow(txOut[1]).amount, Amount(390));
    const auto in = s->inFlows(0);
    ASSERT_EQ(in.size(), 1u);
    EXPECT_EQ(s->flow(in[0]).from, 1u);
    EXPECT_TRUE(s->outFlows(3).empty());
}

TEST(Snapshot, EntityLinksAppearAtBothEnds)
{
    const auto s = Snapshot::build(smallCase());
    std::size_t ends = 0;
    for (NodeIndex n = 0; n < s->nodeCount(); ++n) {
        for (quint32 l : s->links(n)) {
            const Link &link = s->link(l);
            EXPECT_TRUE(link.from == n || link.to == n);
            ++ends;
        }
    }
    EXPECT_EQ(ends, s->linkCount() * 2);
    // The incident links to its exploiter address and to its attributed group.
    std::vector<LinkKind> kinds;
    for (quint32 l : s->links(9)) {
        kinds.push_back(s->link(l).kind);
    }
    EXPECT_EQ(kinds, (std::vector<LinkKind>{LinkKind::Role, LinkKind::Attribution}));
    EXPECT_EQ(s->resolve(u"lazarus group"_s), std::optional<NodeIndex>(10));
    EXPECT_EQ(s->resolve(u"0x00000000000000000000000000000000000000a1"_s), std::optional<NodeIndex>(0));
    EXPECT_EQ(s->resolve(u"incident:6"_s), std::nullopt);
}

TEST(Snapshot, LoadsFromACase)
{
    auto store = test::ok(db::SqliteCaseStore::createInMemory());
    Address a{{}, u"ethereum"_s, u"0x00000000000000000000000000000000000000a1"_s, {}, false, {}};
    Address b{{}, u"bitcoin"_s, u"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"_s, {}, false, {}};
    a.id = test::ok(store->addAddress(a));
    b.id = test::ok(store->addAddress(b));
    Transfer t;
    t.chain = u"ethereum"_s;
    t.txHash = u"0xfeed"_s;
    t.from = a.id;
    t.to = a.id;
    t.asset = u"ETH"_s;
    t.amount = u"340282366920938463463374607431768211455"_s; // 2^128 - 1 survives exactly
    t.decimals = 18;
    t.timestamp = 1700000000;
    test::ok(store->addTransfer(t));
    UtxoTransaction tx;
    tx.chain = u"bitcoin"_s;
    tx.txHash = u"ab01"_s;
    tx.timestamp = 1700000100;
    tx.inputs.push_back({0, b.id, 5000, u"cd02"_s, 1});
    tx.outputs.push_back({0, b.id, 4000, u"v0_p2wpkh"_s});
    tx.outputs.push_back({1, std::nullopt, 0, u"op_return"_s});
    test::ok(store->addUtxoTransaction(tx));
    EXPECT_EQ(test::ok(store->utxoTransactions()).front().outputs.size(), 2u);

    const auto s = test::ok(Snapshot::load(*store));
    ASSERT_EQ(s->data().transfers.size(), 1u);
    EXPECT_EQ(formatBaseUnits(s->data().transfers[0].amount), t.amount);
    EXPECT_EQ(s->data().assets[s->data().transfers[0].asset].symbol, u"ETH"_s);
    ASSERT_EQ(s->data().utxoTxs.size(), 1u);
    EXPECT_EQ(s->data().assets[s->data().utxoTxs[0].asset].symbol, u"BTC"_s);
    EXPECT_EQ(s->flowCount(), 3u);
    EXPECT_EQ(test::ok(store->utxoTransactionHashes({s->data().utxoTxs[0].rowId})), std::vector<QString>{u"ab01"_s});
    EXPECT_EQ(s->resolve(u"BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"_s), std::optional<NodeIndex>(1));
}

} // namespace
