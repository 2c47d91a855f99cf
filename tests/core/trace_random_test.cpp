// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Properties on random graphs: haircut and FIFO conserve the traced value; downstream() equals a brute-force BFS.
#include "core/graph/trace.h"
#include "tests/core/testcase.h"
#include "tests/core/tracebuilder.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

namespace {

using namespace awb;
using namespace awb::graph;
using awb::test::GraphBuilder;
using namespace Qt::Literals::StringLiterals;

/** Random transfers in two assets, random UTXO transactions (some with fees), a few services. */
std::shared_ptr<const Snapshot> randomGraph(std::mt19937_64 &rng, int addresses, int transfers, int txs)
{
    GraphBuilder b;
    std::vector<quint32> eth, btc;
    for (int i = 0; i < addresses; ++i) {
        eth.push_back(b.address());
        btc.push_back(b.address(true));
    }
    const auto pick = [&](const std::vector<quint32> &v) {
        return v[rng() % v.size()];
    };
    const QString categories[] = {u"exchange"_s, u"mixer"_s, u"bridge"_s};
    for (int i = 0; i < addresses / 6; ++i) {
        b.service(pick(rng() % 2 ? eth : btc), u"service %1"_s.arg(i), categories[rng() % 3]);
    }
    qint64 time = 0;
    int t = 0, x = 0;
    while (t < transfers || x < txs) {
        time += qint64(rng() % 3); // equal timestamps happen
        if (x < txs && (t >= transfers || rng() % 3 == 0)) {
            std::vector<std::pair<quint32, qint64>> in, out;
            qint64 total = 0;
            for (int k = 0, n = 1 + int(rng() % 3); k < n; ++k) {
                in.emplace_back(pick(btc), 1 + qint64(rng() % 100000));
                total += in.back().second;
            }
            for (int k = 0, n = 1 + int(rng() % 3); k < n && total > 0; ++k) {
                const qint64 v = 1 + qint64(rng() % quint64(total));
                out.emplace_back(pick(btc), v);
                total -= v;
            }
            b.tx(time, in, out);
            ++x;
        } else {
            const bool token = rng() % 4 == 0;
            const Amount amount =
                token ? Amount(rng()) * Amount(rng() >> 28) : 1 + rng() % 5000; // wei-sized: above 2^64
            b.transfer(pick(eth), pick(eth), amount, time, token ? 2 : 0);
            ++t;
        }
    }
    b.data().assets.push_back({0, u"WEI"_s, 18, u"0x01"_s});
    return b.build();
}

TEST(TraceRandomTest, HaircutAndFifoConserveTheTracedValue)
{
    std::mt19937_64 rng(42);
    for (int round = 0; round < 60; ++round) {
        const auto s = randomGraph(rng, 20, 120, 40);
        TraceOptions o;
        o.maxHops = round % 4 == 0 ? -1 : int(rng() % 6);
        o.direction = round % 3 == 0 ? TraceDirection::Backward : TraceDirection::Forward;
        if (round % 5 == 1) {
            o.through = {u"mixer"_s, u"bridge"_s};
        }
        if (round % 7 == 2) {
            o.minAmount = u"100"_s;
        }
        if (round % 6 == 3) {
            o.window = {10, 150};
        }
        TraceSeeds seeds;
        for (int k = 0; k < 3; ++k) {
            const NodeIndex n = NodeIndex(rng() % s->data().addresses.size());
            seeds.nodes.push_back(n);
            for (quint32 f : s->inFlows(n)) { // both directions trace what the seeds received
                if (o.window.contains(s->flow(f).timestamp) &&
                    std::find(seeds.sourceFlows.begin(), seeds.sourceFlows.end(), f) == seeds.sourceFlows.end()) {
                    seeds.sourceFlows.push_back(f);
                }
            }
        }
        const TraceResult r = test::ok(trace(s, seeds, o));
        for (const AssetTotals &t : r.totals) {
            const TaintAmounts residual = t.residual();
            ASSERT_EQ(formatBaseUnits(t.endpoints.haircut + residual.haircut + t.fees.haircut),
                      formatBaseUnits(t.traced))
                << "round " << round;
            ASSERT_EQ(formatBaseUnits(t.endpoints.fifo + residual.fifo + t.fees.fifo), formatBaseUnits(t.traced))
                << "round " << round;
        }
        for (const TraceEndpoint &e : r.endpoints) {
            ASSERT_GE(e.taint.poison, e.taint.haircut);
            ASSERT_GE(e.taint.poison, e.taint.fifo);
            // The other ends of the traced flows themselves are always reached, at hop 1 at most.
            ASSERT_TRUE(o.maxHops < 0 || e.hops <= std::max(o.maxHops, 1)) << e.hops << " hops, limit " << o.maxHops;
        }
    }
}

/** Breadth-first search written the obvious way, over every flow, for comparison. */
std::set<NodeIndex> bruteForce(const Snapshot &s, const std::vector<NodeIndex> &seeds, int maxHops, bool stop)
{
    std::vector<int> dist(s.nodeCount(), -1);
    for (NodeIndex n : seeds) {
        dist[n] = 0;
    }
    for (int h = 0; maxHops < 0 || h < maxHops; ++h) {
        bool grew = false;
        for (quint32 f = 0; f < s.flowCount(); ++f) {
            const Flow &flow = s.flow(f);
            const bool stopped = stop && s.kind(flow.from) == NodeKind::Address &&
                                 s.serviceOfAddress(flow.from) != kNone &&
                                 std::find(seeds.begin(), seeds.end(), flow.from) == seeds.end();
            if (dist[flow.from] == h && !stopped && dist[flow.to] < 0) {
                dist[flow.to] = h + 1;
                grew = true;
            }
        }
        if (!grew) {
            break;
        }
    }
    std::set<NodeIndex> out;
    for (NodeIndex n = 0; n < s.nodeCount(); ++n) {
        if (dist[n] >= 0) {
            out.insert(n);
        }
    }
    return out;
}

TEST(TraceRandomTest, DownstreamEqualsBruteForce)
{
    std::mt19937_64 rng(7);
    for (int round = 0; round < 40; ++round) {
        const auto s = randomGraph(rng, 15, 40, 10);
        const std::vector<NodeIndex> seeds{NodeIndex(rng() % 30), NodeIndex(rng() % 30)};
        for (int hops : {0, 1, 2, 3, 5, -1}) {
            for (bool stop : {false, true}) {
                const auto got = downstream(*s, seeds, hops, stop);
                const std::set<NodeIndex> set(got.begin(), got.end());
                EXPECT_EQ(set.size(), got.size()) << "no node twice";
                EXPECT_EQ(set, bruteForce(*s, seeds, hops, stop)) << "round " << round << " hops " << hops;
            }
        }
    }
}

TEST(TraceRandomTest, UtxoPeelChainIsFoundAndCostsNoHops)
{
    GraphBuilder b;
    const quint32 funder = b.address(true), deposit = b.address(true);
    b.service(deposit, u"Exchange B"_s, u"exchange"_s);
    std::vector<quint32> change{b.address(true)};
    b.tx(1, {{funder, 500000}}, {{change[0], 500000}});
    qint64 rest = 500000;
    for (int i = 0; i < 6; ++i) {
        change.push_back(b.address(true));
        const qint64 peel = 20000, fee = 100;
        b.tx(10 + i, {{change[size_t(i)], rest}}, {{deposit, peel}, {change.back(), rest - peel - fee}});
        rest -= peel + fee;
    }
    const auto s = b.build();
    TraceOptions o;
    o.maxHops = 1;
    const TraceResult r = test::ok(trace(s, test::ok(addressSeeds(*s, s->data().address(change[0]), o)), o));
    ASSERT_EQ(r.peelChains.size(), 1u);
    EXPECT_EQ(r.peelChains[0].hops, 6);
    EXPECT_EQ(formatBaseUnits(r.peelChains[0].peeled), u"120000"_s);
    EXPECT_EQ(formatBaseUnits(r.peelChains[0].remainder), QString::number(rest));
    EXPECT_EQ(r.peelChains[0].end, s->node(NodeKind::Address, change.back()));
    ASSERT_EQ(r.endpoints.size(), 2u); // the exchange and the chain's end
    EXPECT_EQ(formatBaseUnits(r.totals[0].fees.haircut), u"600"_s);
}

} // namespace
