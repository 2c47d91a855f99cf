// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Speed targets of issue #4 §6 on a generated 1M-transfer snapshot. Runs only with AWB_TRACE_BENCH=1 in a Release
// build (timings of a debug or sanitizer build say nothing); prints the figures docs/tracing.md quotes.
#include "core/graph/trace.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace {

using namespace awb;
using namespace awb::graph;

std::shared_ptr<const Snapshot> millionTransfers()
{
    GraphData d;
    const quint16 chain = d.chainIndex(QStringLiteral("ethereum"));
    d.assets.push_back({chain, QStringLiteral("ETH"), 18, {}});
    constexpr int kAddresses = 500000, kTransfers = 1000000;
    for (int i = 0; i < kAddresses; ++i) {
        d.addAddress(chain, QStringLiteral("0x%1").arg(i, 40, 16, QChar(u'0')), i + 1);
    }
    std::mt19937_64 rng(1);
    d.transfers.reserve(kTransfers);
    for (int i = 0; i < kTransfers; ++i) {
        GraphTransfer t;
        t.from = quint32(rng() % kAddresses);
        t.to = quint32(rng() % kAddresses);
        t.amount = Amount(1 + rng() % 1000000) * Amount(1000000000000ull); // up to 1 ETH in wei
        t.timestamp = 1600000000 + i;
        t.rowId = i + 1;
        d.transfers.push_back(t);
    }
    for (quint32 i = 0; i < 2000; ++i) { // some exchanges, so service stops are exercised
        d.tags.push_back({qint64(i) + 1,
                          i * 97,
                          kNone,
                          kNone,
                          QStringLiteral("Exchange %1").arg(i % 20),
                          QStringLiteral("exchange"),
                          {},
                          0,
                          false});
    }
    d.deriveServices();
    return Snapshot::build(std::move(d));
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

TEST(TraceBench, SixHopTraceAndFullClosureOnAMillionTransfers)
{
    if (qEnvironmentVariableIntValue("AWB_TRACE_BENCH") != 1) {
        GTEST_SKIP() << "set AWB_TRACE_BENCH=1 (Release build) to run the benchmark";
    }
    QElapsedTimer build;
    build.start();
    const auto s = millionTransfers();
    std::printf("snapshot: %zu nodes, %zu flows, built in %lld ms\n", s->nodeCount(), s->flowCount(), build.elapsed());
    Tracer tracer(s);
    std::mt19937_64 rng(2);
    std::vector<double> traceMs, closureMs, sixHopMs;
    size_t flows = 0, nodes = 0, closure = 0;
    for (int i = 0; i < 50; ++i) {
        const NodeIndex seed = NodeIndex(rng() % 500000);
        TraceSeeds seeds;
        seeds.nodes = {seed};
        seeds.sourceFlows.assign(s->inFlows(seed).begin(), s->inFlows(seed).end());
        TraceOptions o;
        o.maxHops = 6;
        QElapsedTimer t;
        t.start();
        const auto r = tracer.run(seeds, o);
        traceMs.push_back(double(t.nsecsElapsed()) / 1e6);
        ASSERT_TRUE(r.has_value());
        flows += r->flowsVisited;
        nodes += r->nodesVisited;
        t.restart();
        const auto six = downstream(*s, std::span(&seed, 1), 6, true);
        sixHopMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        const auto all = downstream(*s, std::span(&seed, 1), -1);
        closureMs.push_back(double(t.nsecsElapsed()) / 1e6);
        closure += all.size();
    }
    std::printf("6-hop trace: median %.3f ms (%zu flows, %zu nodes on average)\n", median(traceMs), flows / 50,
                nodes / 50);
    std::printf("6-hop downstream: median %.3f ms\n", median(sixHopMs));
    std::printf("full downstream closure: median %.3f ms (%zu nodes on average)\n", median(closureMs), closure / 50);
    EXPECT_LE(median(traceMs), 1.0);
    EXPECT_LE(median(closureMs), 50.0);
}

} // namespace
