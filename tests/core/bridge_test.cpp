// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A forward trace that stops at a bridge lists the bridge's payouts on its other chains after the value arrived.
#include "core/graph/trace.h"
#include "tests/core/testcase.h"
#include "tests/core/tracebuilder.h"

#include <gtest/gtest.h>

namespace {

using namespace awb;
using namespace awb::graph;
using awb::test::GraphBuilder;
using namespace Qt::Literals::StringLiterals;

constexpr qint64 kArrival = 1'000'000;
constexpr qint64 kHour = 3600;

/** Ether from a seed into Bridge X on Ethereum; Bridge X's Bitcoin vault paying out before, in and after 48 h. */
struct BridgeCase
{
    GraphBuilder b;
    quint32 source = b.address(), seed = b.address(), bridgeEth = b.address(), vault = b.address(true),
            early = b.address(true), first = b.address(true), second = b.address(true), third = b.address(true),
            late = b.address(true), elsewhere = b.address(true);

    BridgeCase()
    {
        b.service(bridgeEth, u"Bridge X"_s, u"bridge"_s);
        b.service(vault, u"Bridge X"_s, u"bridge"_s);    // one label on two chains: one service
        b.transfer(source, seed, 300, kArrival - kHour); // what the trace follows
        b.transfer(seed, bridgeEth, 300, kArrival);
        b.tx(kArrival - 10, {{vault, 500}}, {{early, 400}, {vault, 90}});            // before the value arrived
        b.tx(kArrival + 2 * kHour, {{vault, 5000}}, {{first, 3000}, {vault, 1900}}); // change is not a payout
        b.tx(kArrival + 5 * kHour, {{vault, 2000}}, {{second, 1200}, {third, 700}});
        b.tx(kArrival + 49 * kHour, {{vault, 800}}, {{late, 700}});    // after the window
        b.tx(kArrival + 3 * kHour, {{elsewhere, 100}}, {{third, 90}}); // not the bridge's
    }
};

TEST(BridgeTest, ListsTheBridgesPayoutsOnItsOtherChainsInTheWindow)
{
    BridgeCase c;
    const auto s = c.b.build();
    const TraceResult r = test::ok(trace(s, test::ok(addressSeeds(*s, s->data().address(c.seed), {})), {}));
    ASSERT_EQ(r.bridges.size(), 1u);
    const BridgeCrossing &crossing = r.bridges.front();
    const TraceEndpoint &e = r.endpoints[crossing.endpoint];
    EXPECT_EQ(e.node, s->node(NodeKind::Address, c.bridgeEth));
    EXPECT_EQ(e.reason, StopReason::Service);
    EXPECT_EQ(e.reachedAt, kArrival);
    EXPECT_EQ(s->data().services[crossing.service].name, u"Bridge X"_s);
    std::vector<std::tuple<NodeIndex, Amount, qint64>> payouts;
    for (const BridgePayout &p : crossing.payouts) {
        payouts.emplace_back(p.to, p.amount, p.timestamp - kArrival);
    }
    const auto node = [&](quint32 a) {
        return s->node(NodeKind::Address, a);
    };
    const std::vector<std::tuple<NodeIndex, Amount, qint64>> expected{
        {node(c.first), 3000, 2 * kHour}, {node(c.second), 1200, 5 * kHour}, {node(c.third), 700, 5 * kHour}};
    EXPECT_EQ(payouts, expected);
    EXPECT_EQ(crossing.morePayouts, 0u);

    // A narrower window keeps the first payout only; a backward trace lists none.
    TraceOptions narrow;
    narrow.bridgeWindowSeconds = 3 * kHour;
    const TraceResult n = test::ok(trace(s, test::ok(addressSeeds(*s, s->data().address(c.seed), narrow)), narrow));
    ASSERT_EQ(n.bridges.size(), 1u);
    ASSERT_EQ(n.bridges.front().payouts.size(), 1u);
    EXPECT_EQ(n.bridges.front().payouts.front().to, node(c.first));
    TraceOptions backward;
    backward.direction = TraceDirection::Backward;
    const TraceResult back =
        test::ok(trace(s, test::ok(addressSeeds(*s, s->data().address(c.bridgeEth), backward)), backward));
    EXPECT_TRUE(back.bridges.empty());
}

TEST(BridgeTest, OtherServicesAndPassingThroughListNone)
{
    BridgeCase c;
    GraphBuilder &b = c.b;
    const quint32 exchange = b.address();
    b.service(exchange, u"Exchange A"_s, u"exchange"_s);
    b.transfer(c.seed, exchange, 5, kArrival + 1);
    const auto s = b.build();
    TraceOptions through;
    through.through = {u"bridge"_s};
    const TraceResult r = test::ok(trace(s, test::ok(addressSeeds(*s, s->data().address(c.seed), through)), through));
    EXPECT_TRUE(r.bridges.empty()); // the bridge is an ordinary node; the exchange is not a bridge
    bool atExchange = false;
    for (const TraceEndpoint &e : r.endpoints) {
        atExchange = atExchange || (e.node == s->node(NodeKind::Address, exchange) && e.reason == StopReason::Service);
    }
    EXPECT_TRUE(atExchange);
}

TEST(BridgeTest, ManyPayoutsAreCappedAndCounted)
{
    BridgeCase c;
    for (int i = 0; i < 40; ++i) {
        c.b.tx(kArrival + 10 * kHour + i, {{c.vault, 100}}, {{c.b.address(true), 90}});
    }
    const auto s = c.b.build();
    const TraceResult r = test::ok(trace(s, test::ok(addressSeeds(*s, s->data().address(c.seed), {})), {}));
    ASSERT_EQ(r.bridges.size(), 1u);
    EXPECT_EQ(r.bridges.front().payouts.size(), kMaxBridgePayouts);
    EXPECT_EQ(r.bridges.front().morePayouts, 43 - kMaxBridgePayouts); // 3 from the case, 40 added
    EXPECT_TRUE(std::is_sorted(r.bridges.front().payouts.begin(), r.bridges.front().payouts.end(),
                               [](const BridgePayout &a, const BridgePayout &b) { return a.timestamp < b.timestamp; }));
}

} // namespace
