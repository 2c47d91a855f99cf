// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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

std::string str(Amount a)
{
    return formatBaseUnits(a).toStdString();
}

TraceResult run(const std::shared_ptr<const Snapshot> &s, const TraceSeeds &seeds, TraceOptions options = {})
{
    return test::ok(trace(s, seeds, options));
}

TraceSeeds seedAt(const std::shared_ptr<const Snapshot> &s, quint32 address, TraceOptions options = {})
{
    return test::ok(addressSeeds(*s, s->data().address(address), options));
}

const TraceEndpoint *endpoint(const std::shared_ptr<const Snapshot> &s, const TraceResult &r, quint32 address)
{
    for (const TraceEndpoint &e : r.endpoints) {
        if (e.node == s->node(NodeKind::Address, address)) {
            return &e;
        }
    }
    return nullptr;
}

void expectTaint(const TraceEndpoint *e, Amount poison, Amount haircut, Amount fifo)
{
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(str(e->taint.poison), str(poison));
    EXPECT_EQ(str(e->taint.haircut), str(haircut));
    EXPECT_EQ(str(e->taint.fifo), str(fifo));
}

void expectConserved(const TraceResult &r)
{
    for (const AssetTotals &t : r.totals) {
        const TaintAmounts residual = t.residual();
        EXPECT_EQ(str(t.endpoints.haircut + residual.haircut + t.fees.haircut), str(t.traced)) << "haircut";
        EXPECT_EQ(str(t.endpoints.fifo + residual.fifo + t.fees.fifo), str(t.traced)) << "fifo";
    }
    for (const TraceEndpoint &e : r.endpoints) {
        EXPECT_GE(e.taint.poison, e.taint.haircut);
        EXPECT_GE(e.taint.poison, e.taint.fifo);
    }
}

TEST(TraceTest, ThreeOfTenStolenGivesThirtyPercentHaircutFifoAndPoisonDiffer)
{
    GraphBuilder b;
    const quint32 victim = b.address(), clean = b.address(), exploiter = b.address(), x = b.address(), y = b.address();
    b.role(victim, u"victim"_s);
    b.role(exploiter, u"exploiter"_s);
    b.transfer(clean, exploiter, 7000, 10);
    b.transfer(victim, exploiter, 3000, 20);
    b.transfer(exploiter, x, 5000, 30);
    b.transfer(exploiter, y, 5000, 40);
    const auto s = b.build();
    const TraceSeeds seeds = test::ok(incidentSeeds(*s, 1, {}));
    EXPECT_EQ(seeds.sourceFlows.size(), 1u); // only what came from the victim is traced
    const TraceResult r = run(s, seeds);
    ASSERT_EQ(r.totals.size(), 1u);
    EXPECT_EQ(str(r.totals[0].traced), "3000");
    expectTaint(endpoint(s, r, x), 5000, 1500, 0);    // FIFO: the clean 7000 arrived first and leaves first
    expectTaint(endpoint(s, r, y), 5000, 1500, 3000); // poison: 10000 flagged for 3000 stolen
    EXPECT_EQ(endpoint(s, r, x)->hops, 1);
    EXPECT_EQ(endpoint(s, r, x)->reason, StopReason::Holding);
    expectConserved(r);
}

TEST(TraceTest, FifoTakesTheOlderDepositFirst)
{
    GraphBuilder b;
    const quint32 source = b.address(), a = b.address(), clean = b.address(), x = b.address(), y = b.address(),
                  z = b.address();
    b.transfer(source, a, 3000, 10);
    b.transfer(clean, a, 7000, 20);
    b.transfer(a, x, 2000, 30);
    b.transfer(a, y, 2000, 40);
    b.transfer(a, z, 6000, 50);
    const auto s = b.build();
    TraceSeeds seeds = seedAt(s, a);
    seeds.sourceFlows.resize(1); // trace the first deposit only
    const TraceResult r = run(s, seeds);
    expectTaint(endpoint(s, r, x), 2000, 600, 2000);
    expectTaint(endpoint(s, r, y), 2000, 600, 1000);
    expectTaint(endpoint(s, r, z), 6000, 1800, 0);
    expectConserved(r);
}

TEST(TraceTest, UtxoTransactionFillsOutputsInOrderAndKeepsTheFee)
{
    GraphBuilder b;
    const quint32 victim = b.address(true), exploiter = b.address(true), other = b.address(true), x = b.address(true),
                  y = b.address(true), fund = b.address(true);
    b.role(victim, u"victim"_s);
    b.role(exploiter, u"exploiter"_s);
    b.transfer(fund, other, 40000, 5, 1);
    b.tx(10, {{victim, 60000}}, {{exploiter, 60000}});
    b.tx(20, {{exploiter, 60000}, {other, 40000}}, {{x, 50000}, {y, 45000}});
    const auto s = b.build();
    const TraceResult r = run(s, test::ok(incidentSeeds(*s, 1, {})));
    ASSERT_EQ(r.totals.size(), 1u);
    EXPECT_EQ(str(r.totals[0].traced), "60000");
    expectTaint(endpoint(s, r, x), 50000, 30000, 50000);
    expectTaint(endpoint(s, r, y), 45000, 27000, 10000);
    EXPECT_EQ(str(r.totals[0].fees.haircut), "3000");
    EXPECT_EQ(str(r.totals[0].fees.fifo), "0");
    EXPECT_EQ(str(r.totals[0].fees.poison), "5000");
    EXPECT_EQ(endpoint(s, r, other), nullptr); // the clean co-input is not traced
    expectConserved(r);
}

TEST(TraceTest, UnseenFundsAreUntainted)
{
    GraphBuilder b;
    const quint32 source = b.address(), a = b.address(), x = b.address();
    b.transfer(source, a, 100, 10);
    b.transfer(a, x, 400, 20); // 300 the case never showed arriving
    const auto s = b.build();
    const TraceResult r = run(s, seedAt(s, a));
    expectTaint(endpoint(s, r, x), 400, 100, 100);
    expectConserved(r);
}

TEST(TraceTest, HopLimitStopsAtTheFrontier)
{
    GraphBuilder b;
    const quint32 s0 = b.address(), a = b.address(), c = b.address(), d = b.address(), e = b.address();
    b.transfer(s0, a, 1000, 10);
    b.transfer(a, c, 1000, 20);
    b.transfer(c, d, 1000, 30);
    b.transfer(d, e, 1000, 40);
    const auto s = b.build();
    TraceOptions o;
    o.maxHops = 2;
    const TraceResult r = run(s, seedAt(s, a), o);
    ASSERT_EQ(r.endpoints.size(), 1u);
    EXPECT_EQ(r.endpoints[0].node, s->node(NodeKind::Address, d));
    EXPECT_EQ(r.endpoints[0].hops, 2);
    EXPECT_EQ(r.endpoints[0].reason, StopReason::HopLimit);
    EXPECT_EQ(r.nodesVisited, 3u);
    o.maxHops = 3;
    const TraceResult further = run(s, seedAt(s, a), o);
    ASSERT_EQ(further.endpoints.size(), 1u);
    EXPECT_EQ(further.endpoints[0].node, s->node(NodeKind::Address, e));
}

TEST(TraceTest, DateWindowLeavesLaterFlowsOut)
{
    GraphBuilder b;
    const quint32 s0 = b.address(), a = b.address(), x = b.address(), y = b.address();
    b.transfer(s0, a, 1000, 10);
    b.transfer(a, x, 400, 20);
    b.transfer(a, y, 600, 50);
    const auto s = b.build();
    TraceOptions o;
    o.window.to = 30;
    const TraceResult r = run(s, seedAt(s, a, o), o);
    expectTaint(endpoint(s, r, x), 400, 400, 400);
    EXPECT_EQ(endpoint(s, r, y), nullptr);
    EXPECT_EQ(str(r.totals[0].held.haircut), "600"); // still at a when the window closes
    expectConserved(r);
    o.window = {15, 100}; // the receipt itself is outside: nothing is traced
    EXPECT_EQ(run(s, seedAt(s, a, o), o).endpoints.size(), 0u);
}

TEST(TraceTest, MinAmountDropsDust)
{
    EXPECT_EQ(str(*minAmountUnits(u"0.5"_s, 8)), "50000000");
    EXPECT_EQ(str(*minAmountUnits(u"1.5"_s, 0)), "2");
    EXPECT_EQ(str(*minAmountUnits(u"3"_s, 2)), "300");
    EXPECT_FALSE(minAmountUnits(u"1."_s, 2));
    EXPECT_FALSE(minAmountUnits(u"-1"_s, 2));
    EXPECT_FALSE(minAmountUnits(u"1,5"_s, 2));

    GraphBuilder b;
    const quint32 s0 = b.address(), a = b.address(), dust = b.address(), x = b.address();
    b.transfer(s0, a, 1000, 10);
    b.transfer(a, dust, 1, 20);
    b.transfer(a, x, 999, 30);
    const auto s = b.build();
    TraceOptions o;
    o.minAmount = u"1.5"_s;
    const TraceResult r = run(s, seedAt(s, a), o);
    EXPECT_EQ(endpoint(s, r, dust), nullptr);
    expectTaint(endpoint(s, r, x), 999, 999, 999);
    EXPECT_EQ(str(r.totals[0].belowMin.haircut), "1");
    expectConserved(r);
    o.minAmount = u"x"_s;
    EXPECT_FALSE(trace(s, seedAt(s, a), o));
}

TEST(TraceTest, StopsAtAnExchangeAndPassesThroughAMixerOnlyWhenAsked)
{
    GraphBuilder b;
    const quint32 s0 = b.address(), a = b.address(), exchange = b.address(), beyond = b.address(), mixer = b.address(),
                  clean = b.address(), w1 = b.address(), w2 = b.address();
    b.service(exchange, u"Exchange A"_s, u"exchange"_s);
    b.service(mixer, u"Mixer"_s, u"mixer"_s);
    b.transfer(s0, a, 300, 10);
    b.transfer(a, exchange, 100, 20);
    b.transfer(exchange, beyond, 100, 21);
    b.transfer(a, mixer, 200, 30);
    b.transfer(clean, mixer, 200, 31);
    b.transfer(mixer, w1, 200, 40);
    b.transfer(mixer, w2, 200, 41);
    const auto s = b.build();
    const TraceResult stopped = run(s, seedAt(s, a));
    ASSERT_EQ(stopped.endpoints.size(), 2u);
    expectTaint(endpoint(s, stopped, exchange), 100, 100, 100);
    EXPECT_EQ(endpoint(s, stopped, exchange)->reason, StopReason::Service);
    expectTaint(endpoint(s, stopped, mixer), 200, 200, 200);
    EXPECT_EQ(endpoint(s, stopped, beyond), nullptr);

    TraceOptions o;
    o.through = {u"mixer"_s};
    const TraceResult through = run(s, seedAt(s, a), o);
    EXPECT_EQ(endpoint(s, through, mixer), nullptr);
    EXPECT_EQ(endpoint(s, through, beyond), nullptr);     // the exchange still stops
    expectTaint(endpoint(s, through, w1), 200, 100, 200); // the pool holds 200 tainted of 400
    expectTaint(endpoint(s, through, w2), 200, 100, 0);
    expectConserved(through);
}

TEST(TraceTest, BackwardAttributesTheSeedsReceiptsToTheirSources)
{
    GraphBuilder b;
    const quint32 s1 = b.address(), s2 = b.address(), a = b.address(), x = b.address();
    b.transfer(s1, a, 3000, 10);
    b.transfer(s2, a, 7000, 20);
    b.transfer(a, x, 10000, 30);
    const auto s = b.build();
    TraceOptions o;
    o.direction = TraceDirection::Backward;
    const TraceResult r = run(s, seedAt(s, x), o);
    EXPECT_EQ(str(r.totals[0].traced), "10000");
    expectTaint(endpoint(s, r, s1), 3000, 3000, 3000);
    expectTaint(endpoint(s, r, s2), 7000, 7000, 7000);
    EXPECT_EQ(endpoint(s, r, s1)->hops, 2);
    expectConserved(r);
}

TEST(TraceTest, AssetsAreKeptApart)
{
    GraphBuilder b;
    b.data().assets.push_back({0, u"USDT"_s, 6, u"0xdac17f958d2ee523a2206206994597c13d831ec7"_s});
    const quint32 s0 = b.address(), a = b.address(), x = b.address();
    b.transfer(s0, a, 500, 10, 0);
    b.transfer(s0, a, 900, 11, 2);
    b.transfer(a, x, 500, 20, 0);
    b.transfer(a, x, 300, 21, 2);
    const auto s = b.build();
    const TraceResult r = run(s, seedAt(s, a));
    ASSERT_EQ(r.totals.size(), 2u);
    EXPECT_EQ(str(r.totals[0].traced), "500");
    EXPECT_EQ(str(r.totals[1].traced), "900");
    ASSERT_EQ(r.endpoints.size(), 2u);
    EXPECT_EQ(str(r.totals[1].held.haircut), "600");
    expectConserved(r);
}

TEST(TraceTest, PeelChainOfTenHopsIsOneChain)
{
    GraphBuilder b;
    const quint32 s0 = b.address(true);
    const quint32 exchange = b.address(true), other = b.address(true);
    b.service(exchange, u"Exchange A"_s, u"exchange"_s);
    std::vector<quint32> hops{b.address(true)};
    b.transfer(s0, hops[0], 100000, 1, 1);
    Amount rest = 100000, peeled = 0;
    for (int i = 0; i < 10; ++i) {
        hops.push_back(b.address(true));
        const Amount peel = 1000 + Amount(i) * 100;
        rest -= peel;
        peeled += peel;
        b.transfer(hops[size_t(i)], i % 3 == 0 ? other : exchange, peel, 10 + 2 * i, 1);
        b.transfer(hops[size_t(i)], hops[size_t(i) + 1], rest, 11 + 2 * i, 1);
    }
    const auto s = b.build();
    TraceOptions o;
    o.maxHops = 2; // following a chain's change costs no hop, so every peel is reached
    const TraceResult r = run(s, seedAt(s, hops[0]), o);
    ASSERT_EQ(r.peelChains.size(), 1u);
    const PeelChain &c = r.peelChains[0];
    EXPECT_EQ(c.hops, 10);
    EXPECT_EQ(c.start, s->node(NodeKind::Address, hops[0]));
    EXPECT_EQ(c.end, s->node(NodeKind::Address, hops[10]));
    EXPECT_EQ(str(c.peeled), str(peeled));
    EXPECT_EQ(str(c.remainder), str(rest));
    EXPECT_EQ(c.changeAddresses.size(), 9u);
    ASSERT_EQ(c.destinations.size(), 2u);
    EXPECT_EQ(c.destinations[0].service, s->serviceOfAddress(exchange));
    EXPECT_EQ(c.destinations[0].peels, 6);
    EXPECT_EQ(c.destinations[1].peels, 4);
    EXPECT_EQ(str(c.destinations[0].amount + c.destinations[1].amount), str(peeled));
    // Endpoints: the exchange, the other peel address and the chain's end; no intermediate change address.
    EXPECT_EQ(r.endpoints.size(), 3u);
    expectTaint(endpoint(s, r, exchange), 8700, 8700, 8700);
    expectTaint(endpoint(s, r, other), 5800, 5800, 5800);
    expectConserved(r);
}

} // namespace
