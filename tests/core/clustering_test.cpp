// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Address clustering on hand-built transaction sets whose clusters are known.
#include "core/graph/clustering.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace awb::graph {
namespace {

using namespace Qt::Literals::StringLiterals;

/** Builds GraphData by hand: one Bitcoin and one Ethereum chain, transactions one minute apart. */
class Builder
{
public:
    Builder()
    {
        m_btc = data.chainIndex(u"bitcoin"_s);
        m_eth = data.chainIndex(u"ethereum"_s);
    }

    quint32 btc(const QString &name) { return data.addAddress(m_btc, name, ++m_rowId); }

    quint32 eth(const QString &name) { return data.addAddress(m_eth, name, ++m_rowId); }

    /** A UTXO transaction; inputs and outputs are (address, sats). Returns its index. */
    quint32 tx(const std::vector<std::pair<quint32, qint64>> &inputs,
               const std::vector<std::pair<quint32, qint64>> &outputs,
               bool coinbase = false)
    {
        GraphUtxoTx t;
        t.rowId = ++m_rowId;
        t.timestamp = 1'600'000'000 + qint64(data.utxoTxs.size()) * 60;
        t.chain = m_btc;
        t.coinbase = coinbase;
        t.firstInput = quint32(data.inputs.size());
        t.inputCount = quint32(inputs.size());
        t.firstOutput = quint32(data.outputs.size());
        t.outputCount = quint32(outputs.size());
        for (auto [address, amount] : inputs) {
            data.inputs.push_back(GraphInput{address, amount});
        }
        for (auto [address, amount] : outputs) {
            data.outputs.push_back(GraphOutput{address, amount, u"p2wpkh"_s});
        }
        data.utxoTxs.push_back(t);
        return quint32(data.utxoTxs.size() - 1);
    }

    /** A transfer on Ethereum of @p wei at @p seconds after a fixed start. Returns its index. */
    quint32 transfer(quint32 from, quint32 to, Amount wei, qint64 seconds, TransferKind kind = TransferKind::Normal)
    {
        GraphTransfer t;
        t.from = from;
        t.to = to;
        t.amount = wei;
        t.timestamp = 1'700'000'000 + seconds;
        t.kind = kind;
        t.rowId = ++m_rowId;
        data.transfers.push_back(t);
        return quint32(data.transfers.size() - 1);
    }

    void tag(quint32 address, const QString &label, const QString &category)
    {
        GraphTag t;
        t.rowId = ++m_rowId;
        t.address = address;
        t.label = label;
        t.category = category;
        data.tags.push_back(t);
        data.deriveServices();
    }

    GraphData data;

private:
    quint16 m_btc = 0;
    quint16 m_eth = 0;
    qint64 m_rowId = 0;
};

ClusterOptions only(std::initializer_list<Heuristic> heuristics)
{
    ClusterOptions o;
    o.heuristics = heuristics;
    return o;
}

ClusterOptions allBut(Heuristic off)
{
    ClusterOptions o;
    std::erase(o.heuristics, off);
    return o;
}

bool together(const Clustering &c, quint32 a, quint32 b)
{
    return c.clusterOf(a) == c.clusterOf(b);
}

std::vector<quint32> membersOf(const Clustering &c, quint32 address)
{
    const auto m = c.members(c.clusterOf(address));
    return {m.begin(), m.end()};
}

bool skippedWith(const Clustering &c, quint32 tx, const QString &text)
{
    return std::any_of(c.skipped().begin(), c.skipped().end(),
                       [&](const SkippedTransaction &s) { return s.utxoTx == tx && s.reason.contains(text); });
}

constexpr Evidence utxo(quint32 tx)
{
    return Evidence{Evidence::Kind::UtxoTx, tx};
}

TEST(ClusteringHeuristicNames, RoundTripAndRefuseUnknownNames)
{
    for (Heuristic h : kAllHeuristics) {
        EXPECT_EQ(heuristicFromName(heuristicName(h)), h);
    }
    EXPECT_EQ(heuristicFromName(u"Multi-Input"_s), Heuristic::MultiInput);
    EXPECT_FALSE(heuristicFromName(u"peel-chain"_s));
}

TEST(ClusteringMultiInput, JoinsTheKnownInputsOfOneTransaction)
{
    Builder b;
    const quint32 a = b.btc(u"a"_s), x = b.btc(u"x"_s), c = b.btc(u"c"_s), p = b.btc(u"p"_s), lone = b.btc(u"l"_s);
    const quint32 t = b.tx({{a, 100}, {kNone, 50}, {x, 200}, {c, 300}, {a, 10}}, {{p, 600}});
    b.tx({{lone, 100}}, {{p, 90}});
    const Clustering cl = cluster(b.data, only({Heuristic::MultiInput}));
    EXPECT_EQ(membersOf(cl, a), (std::vector<quint32>{a, x, c}));
    EXPECT_EQ(membersOf(cl, lone), std::vector<quint32>{lone});
    EXPECT_EQ(membersOf(cl, p), std::vector<quint32>{p});
    ASSERT_EQ(cl.merges().size(), 2u); // a–x and a–c; the repeated a joins nothing
    for (const Merge &m : cl.merges()) {
        EXPECT_EQ(m.heuristic, Heuristic::MultiInput);
        EXPECT_EQ(m.evidence, utxo(t));
    }
    EXPECT_EQ(cl.clusterCount(), 3u);
    EXPECT_TRUE(cl.skipped().empty());
}

TEST(ClusteringMultiInput, SkipsCoinbaseTransactions)
{
    Builder b;
    const quint32 a = b.btc(u"a"_s), c = b.btc(u"c"_s), m = b.btc(u"m"_s);
    const quint32 t = b.tx({{a, 1}, {c, 1}}, {{m, 625'000'000}}, true);
    const Clustering cl = cluster(b.data);
    EXPECT_FALSE(together(cl, a, c));
    EXPECT_TRUE(cl.merges().empty());
    EXPECT_TRUE(skippedWith(cl, t, u"coinbase"_s));
}

TEST(ClusteringMultiInput, SkipsCoinJoinsButNotNearCoinJoins)
{
    Builder b;
    std::vector<quint32> in, out;
    for (int i = 0; i < 5; ++i) {
        in.push_back(b.btc(u"in%1"_s.arg(i)));
        out.push_back(b.btc(u"out%1"_s.arg(i)));
    }
    // BlockSci shape: 3 participants, 3 equal outputs and 2 change outputs (dust does not count).
    const quint32 blocksci =
        b.tx({{in[0], 2'000'000}, {in[1], 2'000'000}, {in[2], 3'000'000}},
             {{out[0], 1'000'000}, {out[1], 1'000'000}, {out[2], 1'000'000}, {out[3], 900'000}, {out[4], 546}});
    // Whirlpool shape: 5 equal outputs from 5 distinct inputs.
    const quint32 equal =
        b.tx({{in[0], 5'000'100}, {in[1], 5'000'100}, {in[2], 5'000'100}, {in[3], 5'000'100}, {in[4], 5'000'100}},
             {{out[0], 5'000'000}, {out[1], 5'000'000}, {out[2], 5'000'000}, {out[3], 5'000'000}, {out[4], 5'000'000}});
    const Clustering cl = cluster(b.data, only({Heuristic::MultiInput}));
    EXPECT_TRUE(cl.merges().empty());
    EXPECT_TRUE(skippedWith(cl, blocksci, u"BlockSci rule"_s));
    EXPECT_TRUE(skippedWith(cl, equal, u"equal outputs"_s));

    // Near-CoinJoin: only two equal outputs among five, and three equal outputs from only two input addresses.
    Builder nb;
    const quint32 a = nb.btc(u"a"_s), c = nb.btc(u"c"_s), d = nb.btc(u"d"_s), e = nb.btc(u"e"_s);
    std::vector<quint32> o;
    for (int i = 0; i < 5; ++i) {
        o.push_back(nb.btc(u"o%1"_s.arg(i)));
    }
    nb.tx({{a, 2'000'000}, {c, 2'000'000}, {d, 3'000'000}},
          {{o[0], 1'000'000}, {o[1], 1'000'000}, {o[2], 1'100'000}, {o[3], 900'000}, {o[4], 700'000}});
    nb.tx({{e, 2'000'000}, {e, 2'000'000}, {a, 1'000'000}}, {{o[0], 1'000'000}, {o[1], 1'000'000}, {o[2], 1'000'000}});
    const Clustering near = cluster(nb.data, only({Heuristic::MultiInput}));
    EXPECT_EQ(membersOf(near, a), (std::vector<quint32>{a, c, d, e}));
    EXPECT_TRUE(near.skipped().empty());
}

TEST(ClusteringChange, OneTimeChangeJoinsTheOnlyNewOutput)
{
    Builder b;
    const quint32 a = b.btc(u"a"_s), p = b.btc(u"p"_s), c = b.btc(u"c"_s), n1 = b.btc(u"n1"_s), n2 = b.btc(u"n2"_s),
                  q = b.btc(u"q"_s), n3 = b.btc(u"n3"_s);
    b.tx({}, {{a, 100'000}, {p, 1}, {q, 1}}, true); // a, p and q are seen from here on
    const quint32 spend = b.tx({{a, 100'000}}, {{p, 60'000}, {c, 39'000}});
    const quint32 ambiguous = b.tx({{p, 60'000}}, {{n1, 30'000}, {n2, 29'000}});
    const quint32 selfChange = b.tx({{q, 50'000}}, {{q, 20'000}, {n3, 29'000}});
    const Clustering cl = cluster(b.data, only({Heuristic::OneTimeChange}));
    ASSERT_EQ(cl.merges().size(), 1u);
    EXPECT_EQ(cl.merges()[0].a, a);
    EXPECT_EQ(cl.merges()[0].b, c);
    EXPECT_EQ(cl.merges()[0].heuristic, Heuristic::OneTimeChange);
    EXPECT_EQ(cl.merges()[0].evidence, utxo(spend));
    EXPECT_TRUE(skippedWith(cl, ambiguous, u"one-time-change: ambiguous, 2 outputs"_s));
    EXPECT_TRUE(skippedWith(cl, selfChange, u"self-change"_s));
    EXPECT_FALSE(together(cl, p, n1));
    EXPECT_FALSE(together(cl, q, n3));
}

TEST(ClusteringChange, AddressReuseJoinsTheInputsOfATransactionPayingOneBack)
{
    Builder b;
    const quint32 a = b.btc(u"a"_s), c = b.btc(u"c"_s), p = b.btc(u"p"_s), d = b.btc(u"d"_s), e = b.btc(u"e"_s),
                  f = b.btc(u"f"_s), g = b.btc(u"g"_s);
    const quint32 direct = b.tx({{a, 5000}, {c, 5000}}, {{p, 7000}, {c, 2900}});
    const quint32 twoBack = b.tx({{d, 5000}, {e, 5000}}, {{p, 7000}, {d, 1000}, {e, 1900}});
    b.tx({{f, 5000}, {g, 5000}}, {{p, 9900}}); // no output comes back: nothing for address reuse
    const Clustering cl = cluster(b.data, only({Heuristic::AddressReuse}));
    ASSERT_EQ(cl.merges().size(), 1u);
    EXPECT_EQ(cl.merges()[0].a, c);
    EXPECT_EQ(cl.merges()[0].b, a);
    EXPECT_EQ(cl.merges()[0].evidence, utxo(direct));
    EXPECT_TRUE(skippedWith(cl, twoBack, u"address-reuse: ambiguous"_s));
    EXPECT_FALSE(together(cl, d, e));
    EXPECT_FALSE(together(cl, f, g));
    EXPECT_FALSE(together(cl, a, p));
}

TEST(ClusteringChange, OptimalChangeJoinsTheOnlyOutputSmallerThanEveryInput)
{
    Builder b;
    const quint32 a = b.btc(u"a"_s), c = b.btc(u"c"_s), p = b.btc(u"p"_s), ch = b.btc(u"ch"_s), x = b.btc(u"x"_s),
                  y = b.btc(u"y"_s), u = b.btc(u"u"_s), z = b.btc(u"z"_s);
    const quint32 spend = b.tx({{a, 5000}, {c, 7000}}, {{p, 9000}, {ch, 2900}});
    const quint32 ambiguous = b.tx({{p, 9000}}, {{x, 4000}, {y, 4900}});
    b.tx({{u, -1}}, {{z, 10}, {x, 5}}); // an input of unknown value: not decidable, not reported
    const Clustering cl = cluster(b.data, only({Heuristic::OptimalChange}));
    ASSERT_EQ(cl.merges().size(), 1u);
    EXPECT_EQ(cl.merges()[0].a, a);
    EXPECT_EQ(cl.merges()[0].b, ch);
    EXPECT_EQ(cl.merges()[0].heuristic, Heuristic::OptimalChange);
    EXPECT_EQ(cl.merges()[0].evidence, utxo(spend));
    EXPECT_FALSE(together(cl, a, c)); // multi-input is off
    EXPECT_TRUE(skippedWith(cl, ambiguous, u"optimal-change: ambiguous, 2 outputs"_s));
    EXPECT_EQ(cl.skipped().size(), 1u);
}

TEST(ClusteringChange, NeverRunsOnCoinJoins)
{
    Builder b;
    std::vector<quint32> in, out;
    for (int i = 0; i < 4; ++i) {
        in.push_back(b.btc(u"in%1"_s.arg(i)));
        out.push_back(b.btc(u"out%1"_s.arg(i)));
    }
    // Three equal outputs and one output smaller than every input that goes to a new address: still no change.
    const quint32 t = b.tx({{in[0], 2'000'000}, {in[1], 2'000'000}, {in[2], 2'000'000}},
                           {{out[0], 1'000'000}, {out[1], 1'000'000}, {out[2], 1'000'000}, {out[3], 2'900'000}});
    const Clustering cl = cluster(b.data);
    EXPECT_TRUE(cl.merges().empty());
    EXPECT_EQ(cl.skipped().size(), 1u);
    EXPECT_TRUE(skippedWith(cl, t, u"CoinJoin"_s));
}

struct DepositCase
{
    Builder b;
    quint32 exchange = 0, hot = 0, deposit = 0, u1 = 0, u2 = 0, u3 = 0, contract = 0, slow = 0, v1 = 0, v2 = 0;

    DepositCase()
    {
        exchange = b.eth(u"0xexchange"_s);
        hot = b.eth(u"0xhot"_s);
        deposit = b.eth(u"0xdeposit"_s);
        u1 = b.eth(u"0xu1"_s);
        u2 = b.eth(u"0xu2"_s);
        u3 = b.eth(u"0xu3"_s);
        contract = b.eth(u"0xcontract"_s);
        slow = b.eth(u"0xslow"_s);
        v1 = b.eth(u"0xv1"_s);
        v2 = b.eth(u"0xv2"_s);
        b.tag(exchange, u"Exchange A"_s, u"exchange"_s);
        b.tag(hot, u"Exchange A"_s, u"exchange"_s);
        const Amount eth = Amount(1'000'000'000'000'000'000ULL);
        b.transfer(u1, deposit, eth, 0);
        b.transfer(deposit, exchange, eth - eth / 100, 600); // forwarded in ten minutes, 1 % less
        b.transfer(u2, deposit, 2 * eth, 3600);
        b.transfer(contract, deposit, eth, 4000, TransferKind::Internal);
        b.transfer(u3, deposit, 3 * eth, 90'000);
        b.transfer(hot, u1, eth, 100'000); // a withdrawal: the exchange pays u1
        // A look-alike that forwards two days later: not a deposit address.
        b.transfer(v1, slow, eth, 0);
        b.transfer(v2, slow, eth, 10);
        b.transfer(slow, exchange, eth, 2 * 86'400);
    }
};

TEST(ClusteringDeposit, JoinsTheDepositorsButNotTheDepositAddressOrTheExchange)
{
    DepositCase dc;
    const Clustering cl = cluster(dc.b.data, only({Heuristic::DepositAddress}));
    EXPECT_EQ(membersOf(cl, dc.u1), (std::vector<quint32>{dc.u1, dc.u2, dc.u3}));
    EXPECT_EQ(membersOf(cl, dc.deposit), std::vector<quint32>{dc.deposit});
    EXPECT_EQ(membersOf(cl, dc.exchange), std::vector<quint32>{dc.exchange});
    EXPECT_EQ(membersOf(cl, dc.contract), std::vector<quint32>{dc.contract});
    EXPECT_FALSE(together(cl, dc.v1, dc.v2));
    ASSERT_EQ(cl.merges().size(), 2u);
    EXPECT_EQ(cl.merges()[0].heuristic, Heuristic::DepositAddress);
    EXPECT_EQ(cl.merges()[0].evidence, (Evidence{Evidence::Kind::Transfer, 2}));
    EXPECT_EQ(cl.merges()[1].evidence, (Evidence{Evidence::Kind::Transfer, 4}));
    EXPECT_EQ(cl.serviceOf(cl.clusterOf(dc.exchange)), 0u);
    EXPECT_EQ(cl.serviceOf(cl.clusterOf(dc.u1)), kNone);
    EXPECT_TRUE(cl.refused().empty());
}

TEST(ClusteringGuard, RefusesAndReportsAMergeIntoAnExchangeCluster)
{
    Builder b;
    const quint32 hot = b.btc(u"hot"_s), cold = b.btc(u"cold"_s), u = b.btc(u"u"_s), w = b.btc(u"w"_s),
                  p = b.btc(u"p"_s), m = b.btc(u"m"_s);
    b.tag(hot, u"Exchange A"_s, u"exchange"_s);
    b.tag(cold, u"Exchange A"_s, u"exchange"_s);
    b.tag(m, u"Mixer M"_s, u"mixer"_s);
    b.tx({{hot, 10}, {cold, 10}}, {{p, 15}});                // within the service: allowed
    b.tx({{u, 10}, {w, 10}}, {{p, 15}});                     // two users: allowed
    const quint32 t = b.tx({{u, 10}, {hot, 10}}, {{p, 15}}); // user with exchange: refused
    b.tx({{m, 10}, {cold, 10}}, {{p, 15}});                  // mixer with exchange: refused
    const Clustering cl = cluster(b.data, only({Heuristic::MultiInput}));
    EXPECT_EQ(membersOf(cl, hot), (std::vector<quint32>{hot, cold}));
    EXPECT_EQ(membersOf(cl, u), (std::vector<quint32>{u, w}));
    EXPECT_EQ(cl.serviceOf(cl.clusterOf(hot)), 0u);
    EXPECT_EQ(cl.serviceOf(cl.clusterOf(m)), 1u);
    ASSERT_EQ(cl.refused().size(), 2u);
    EXPECT_EQ(cl.refused()[0].merge.a, u);
    EXPECT_EQ(cl.refused()[0].merge.b, hot);
    EXPECT_EQ(cl.refused()[0].merge.evidence, utxo(t));
    EXPECT_EQ(cl.refused()[0].reason,
              u"would join exchange 'Exchange A' (a cluster of 2 addresses) with 2 addresses outside it"_s);
    EXPECT_EQ(cl.refused()[1].reason, u"would join mixer 'Mixer M' with exchange 'Exchange A'"_s);

    ClusterOptions off = only({Heuristic::MultiInput});
    off.guardServices = false;
    const Clustering unguarded = cluster(b.data, off);
    EXPECT_EQ(membersOf(unguarded, hot), (std::vector<quint32>{hot, cold, u, w, m}));
    EXPECT_EQ(unguarded.serviceOf(unguarded.clusterOf(hot)), 0u); // the lowest-numbered service in it
    EXPECT_TRUE(unguarded.refused().empty());
}

/** One transaction set in which each heuristic makes merges the others do not, except address reuse. */
struct MixedCase
{
    Builder b;
    quint32 seen = 0, m1 = 0, m2 = 0, o1 = 0, o2 = 0, r1 = 0, r2 = 0, q1 = 0, q2 = 0, q3 = 0;
    quint32 exchange = 0, deposit = 0, u1 = 0, u2 = 0, u3 = 0;

    MixedCase()
    {
        for (quint32 *a : {&seen, &m1, &m2, &o1, &o2, &r1, &r2, &q1, &q2, &q3}) {
            *a = b.btc(u"btc%1"_s.arg(b.data.addresses.size()));
        }
        b.tx({}, {{seen, 1}, {q2, 1}}, true);
        b.tx({{m1, 100}, {m2, 100}}, {{seen, 190}});                // multi-input only
        b.tx({{o1, 1000}}, {{seen, 600}, {o2, 300}});               // one-time change; optimal ambiguous
        b.tx({{r1, 5000}, {r2, 5000}}, {{seen, 7000}, {r1, 2900}}); // multi-input and address reuse
        b.tx({{q1, 5000}, {q3, 5000}}, {{seen, 9000}, {q2, 900}});  // multi-input; optimal change to q2
        exchange = b.eth(u"0xexchange"_s);
        deposit = b.eth(u"0xdeposit"_s);
        u1 = b.eth(u"0xu1"_s);
        u2 = b.eth(u"0xu2"_s);
        u3 = b.eth(u"0xu3"_s);
        b.tag(exchange, u"Exchange A"_s, u"exchange"_s);
        b.transfer(u1, deposit, 1000, 0);
        b.transfer(u2, deposit, 1000, 10);
        b.transfer(u3, deposit, 1000, 20);
        b.transfer(deposit, exchange, 2990, 30); // one sweep of all three deposits, less 10 units of fee
    }
};

std::vector<std::vector<quint32>> splitParts(const Clustering &before, const Clustering &after, const ClusterSplit &s)
{
    std::vector<std::vector<quint32>> parts;
    EXPECT_EQ(before.members(s.before).size(), [&] {
        size_t n = 0;
        for (quint32 c : s.after) {
            n += after.members(c).size();
        }
        return n;
    }());
    for (quint32 c : s.after) {
        const auto m = after.members(c);
        parts.emplace_back(m.begin(), m.end());
    }
    return parts;
}

TEST(ClusteringCompare, SwitchingEachHeuristicOffSplitsExactlyItsClusters)
{
    MixedCase mc;
    const Clustering full = cluster(mc.b.data);
    EXPECT_EQ(membersOf(full, mc.m1), (std::vector<quint32>{mc.m1, mc.m2}));
    EXPECT_EQ(membersOf(full, mc.o1), (std::vector<quint32>{mc.o1, mc.o2}));
    EXPECT_EQ(membersOf(full, mc.r1), (std::vector<quint32>{mc.r1, mc.r2}));
    EXPECT_EQ(membersOf(full, mc.q1), (std::vector<quint32>{mc.q1, mc.q2, mc.q3}));
    EXPECT_EQ(membersOf(full, mc.u1), (std::vector<quint32>{mc.u1, mc.u2, mc.u3}));
    EXPECT_EQ(full.clusterCount(), mc.b.data.addresses.size() - 7); // seven merges
    EXPECT_TRUE(compareClusterings(full, full).empty());

    {
        const Clustering off = cluster(mc.b.data, allBut(Heuristic::MultiInput));
        const auto splits = compareClusterings(full, off);
        ASSERT_EQ(splits.size(), 2u); // r1–r2 stays: address reuse holds it
        EXPECT_EQ(splits[0].before, full.clusterOf(mc.m1));
        EXPECT_EQ(splitParts(full, off, splits[0]), (std::vector<std::vector<quint32>>{{mc.m1}, {mc.m2}}));
        ASSERT_EQ(splits[0].lostMerges.size(), 1u);
        EXPECT_EQ(splits[0].lostMerges[0].heuristic, Heuristic::MultiInput);
        EXPECT_EQ(splits[1].before, full.clusterOf(mc.q1));
        EXPECT_EQ(splitParts(full, off, splits[1]), (std::vector<std::vector<quint32>>{{mc.q1, mc.q2}, {mc.q3}}));
        ASSERT_EQ(splits[1].lostMerges.size(), 1u);
        EXPECT_EQ(splits[1].lostMerges[0].a, mc.q1);
        EXPECT_EQ(splits[1].lostMerges[0].b, mc.q3);
        EXPECT_TRUE(together(off, mc.r1, mc.r2));
        EXPECT_EQ(off.merges()[1].heuristic, Heuristic::AddressReuse);
    }
    {
        const auto splits = compareClusterings(full, cluster(mc.b.data, allBut(Heuristic::OneTimeChange)));
        ASSERT_EQ(splits.size(), 1u);
        EXPECT_EQ(splits[0].before, full.clusterOf(mc.o1));
        ASSERT_EQ(splits[0].lostMerges.size(), 1u);
        EXPECT_EQ(splits[0].lostMerges[0].heuristic, Heuristic::OneTimeChange);
    }
    EXPECT_TRUE(compareClusterings(full, cluster(mc.b.data, allBut(Heuristic::AddressReuse))).empty());
    {
        const Clustering off = cluster(mc.b.data, allBut(Heuristic::OptimalChange));
        const auto splits = compareClusterings(full, off);
        ASSERT_EQ(splits.size(), 1u);
        EXPECT_EQ(splitParts(full, off, splits[0]), (std::vector<std::vector<quint32>>{{mc.q1, mc.q3}, {mc.q2}}));
        ASSERT_EQ(splits[0].lostMerges.size(), 1u);
        EXPECT_EQ(splits[0].lostMerges[0].heuristic, Heuristic::OptimalChange);
    }
    {
        const Clustering off = cluster(mc.b.data, allBut(Heuristic::DepositAddress));
        const auto splits = compareClusterings(full, off);
        ASSERT_EQ(splits.size(), 1u);
        EXPECT_EQ(splits[0].after.size(), 3u);
        EXPECT_EQ(splits[0].lostMerges.size(), 2u);
    }
}

TEST(ClusteringExplain, GivesTheChainOfMergesInOrderWithTheirEvidence)
{
    Builder b;
    const quint32 a = b.btc(u"a"_s), c = b.btc(u"c"_s), seen = b.btc(u"seen"_s), ch = b.btc(u"ch"_s), d = b.btc(u"d"_s),
                  e = b.btc(u"e"_s), x = b.btc(u"x"_s);
    b.tx({}, {{seen, 1}}, true);
    const quint32 t1 = b.tx({{a, 50'000}, {c, 50'000}}, {{seen, 99'000}, {ch, 900}});
    const quint32 t2 = b.tx({{ch, 900}, {d, 4000}}, {{seen, 4800}});
    const quint32 t3 = b.tx({{d, 5000}, {x, 6000}}, {{seen, 10'000}, {e, 900}});
    const Clustering cl = cluster(b.data);
    ASSERT_TRUE(together(cl, c, e));
    const std::vector<Merge> chain = cl.explain(c, e);
    const std::vector<std::tuple<quint32, quint32, Heuristic, quint32>> expected{{c, a, Heuristic::MultiInput, t1},
                                                                                 {a, ch, Heuristic::OneTimeChange, t1},
                                                                                 {ch, d, Heuristic::MultiInput, t2},
                                                                                 {d, e, Heuristic::OneTimeChange, t3}};
    ASSERT_EQ(chain.size(), expected.size());
    for (size_t i = 0; i < chain.size(); ++i) {
        EXPECT_EQ(chain[i].a, std::get<0>(expected[i])) << i;
        EXPECT_EQ(chain[i].b, std::get<1>(expected[i])) << i;
        EXPECT_EQ(chain[i].heuristic, std::get<2>(expected[i])) << i;
        EXPECT_EQ(chain[i].evidence, utxo(std::get<3>(expected[i]))) << i;
    }
    const std::vector<Merge> back = cl.explain(e, c);
    ASSERT_EQ(back.size(), 4u);
    EXPECT_EQ(back[0].a, e);
    EXPECT_EQ(back[0].b, d);
    EXPECT_EQ(back[3].b, c);
    EXPECT_TRUE(cl.explain(c, c).empty());
    EXPECT_TRUE(cl.explain(c, seen).empty());

    // With one-time change off, optimal change finds the same change outputs (900 is below every input).
    const Clustering noOneTime = cluster(b.data, allBut(Heuristic::OneTimeChange));
    const std::vector<Merge> other = noOneTime.explain(c, e);
    ASSERT_EQ(other.size(), 4u);
    EXPECT_EQ(other[1].heuristic, Heuristic::OptimalChange);
    EXPECT_EQ(other[3].heuristic, Heuristic::OptimalChange);
    EXPECT_EQ(other[3].b, e);
}

TEST(ClusteringResult, IsDeterministicAndNumberedBySmallestMember)
{
    MixedCase mc;
    const Clustering one = cluster(mc.b.data);
    const Clustering two = cluster(mc.b.data);
    ASSERT_EQ(one.clusterCount(), two.clusterCount());
    for (quint32 a = 0; a < mc.b.data.addresses.size(); ++a) {
        EXPECT_EQ(one.clusterOf(a), two.clusterOf(a));
    }
    ASSERT_EQ(one.merges().size(), two.merges().size());
    for (size_t i = 0; i < one.merges().size(); ++i) {
        EXPECT_EQ(one.merges()[i].a, two.merges()[i].a);
        EXPECT_EQ(one.merges()[i].b, two.merges()[i].b);
        EXPECT_EQ(one.merges()[i].evidence, two.merges()[i].evidence);
    }
    size_t seen = 0;
    quint32 previousSmallest = 0;
    for (quint32 c = 0; c < one.clusterCount(); ++c) {
        const auto m = one.members(c);
        ASSERT_FALSE(m.empty());
        EXPECT_TRUE(std::is_sorted(m.begin(), m.end()));
        if (c > 0) {
            EXPECT_GT(m.front(), previousSmallest);
        }
        previousSmallest = m.front();
        for (quint32 a : m) {
            EXPECT_EQ(one.clusterOf(a), c);
        }
        seen += m.size();
    }
    EXPECT_EQ(seen, mc.b.data.addresses.size());
    EXPECT_EQ(one.clusterOf(0), 0u);
    // Merges form a forest: one fewer than the addresses of each cluster.
    EXPECT_EQ(one.merges().size(), mc.b.data.addresses.size() - one.clusterCount());
}

} // namespace
} // namespace awb::graph
