// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/paths.h"

#include "core/report/pathreport.h"
#include "tests/core/testcase.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace awb;
using namespace awb::graph;

namespace {

/**
 * A small random case: addresses with random transfers (parallel ones and self-transfers too), incidents with
 * roles, groups with attributions and tags. Small enough to enumerate every simple path.
 */
GraphData randomCase(unsigned seed)
{
    std::mt19937 rng(seed);
    auto pick = [&](int n) {
        return quint32(std::uniform_int_distribution<int>(0, n - 1)(rng));
    };
    GraphData d;
    const quint16 eth = d.chainIndex(u"ethereum"_s);
    d.assets.push_back({eth, u"ETH"_s, 18, {}});
    const int addresses = 4 + int(pick(4));
    for (int a = 0; a < addresses; ++a) {
        d.addAddress(eth, u"0x%1"_s.arg(a + 1, 40, 10, QLatin1Char('0')), a + 1);
    }
    const int transfers = int(pick(2 * addresses)) + 1;
    for (int t = 0; t < transfers; ++t) {
        d.transfers.push_back({pick(addresses), pick(addresses), 0, TransferKind::Normal, false, Amount(pick(1000) + 1),
                               qint64(t), qint64(t + 1)});
    }
    d.incidents.push_back({1, u"First"_s, u"2024-01-01"_s, false});
    d.incidents.push_back({2, u"Second"_s, u"2024-02-01"_s, false});
    d.groups.push_back({1, u"Alpha"_s});
    d.groups.push_back({2, u"Beta"_s});
    for (int r = 0, n = int(pick(4)); r < n; ++r) {
        d.roles.push_back({r + 1, pick(2), pick(addresses), u"laundering"_s, false});
    }
    for (int a = 0, n = int(pick(3)); a < n; ++a) {
        d.attributions.push_back({a + 1, pick(2), pick(2), u"high"_s, 3, u"FBI"_s, false});
    }
    for (int t = 0, n = int(pick(3)); t < n; ++t) {
        GraphTag tag;
        tag.rowId = t + 1;
        tag.address = pick(addresses);
        tag.group = pick(2);
        tag.label = u"wallet"_s;
        tag.confidenceLevel = 50;
        d.tags.push_back(tag);
    }
    d.deriveServices();
    return d;
}

/** Every simple path from @p from to @p to, by depth-first enumeration, sorted by pathLess. */
std::vector<Path> allSimplePaths(const Snapshot &s, NodeIndex from, NodeIndex to, const std::vector<LinkKind> &excluded)
{
    std::vector<Path> out;
    Path current{{from}, {}};
    std::vector<char> onPath(s.nodeCount(), 0);
    onPath[from] = 1;
    std::function<void(NodeIndex)> walk = [&](NodeIndex node) {
        if (node == to) {
            out.push_back(current);
            return;
        }
        for (quint32 l : s.links(node)) {
            const Link &link = s.link(l);
            if (link.from == link.to || std::ranges::find(excluded, link.kind) != excluded.end()) {
                continue;
            }
            const NodeIndex next = link.from == node ? link.to : link.from;
            if (onPath[next]) {
                continue;
            }
            onPath[next] = 1;
            current.nodes.push_back(next);
            current.steps.push_back({l, link.from == node});
            walk(next);
            current.nodes.pop_back();
            current.steps.pop_back();
            onPath[next] = 0;
        }
    };
    walk(from);
    std::ranges::sort(out, pathLess);
    return out;
}

void expectConsistent(const Snapshot &s, const Path &path, NodeIndex from, NodeIndex to)
{
    ASSERT_EQ(path.nodes.size(), path.steps.size() + 1);
    EXPECT_EQ(path.nodes.front(), from);
    EXPECT_EQ(path.nodes.back(), to);
    std::vector<NodeIndex> sorted = path.nodes;
    std::ranges::sort(sorted);
    EXPECT_EQ(std::ranges::adjacent_find(sorted), sorted.end()) << "a node repeats";
    for (std::size_t i = 0; i < path.steps.size(); ++i) {
        const Link &link = s.link(path.steps[i].link);
        const auto [a, b] = path.steps[i].forward ? std::pair(link.from, link.to) : std::pair(link.to, link.from);
        EXPECT_EQ(a, path.nodes[i]);
        EXPECT_EQ(b, path.nodes[i + 1]);
    }
}

TEST(Paths, ShortestAndTopKAgreeWithBruteForceOnRandomGraphs)
{
    int compared = 0;
    for (unsigned seed = 1; seed <= 150; ++seed) {
        const auto s = Snapshot::build(randomCase(seed));
        std::mt19937 rng(seed * 7919u);
        std::vector<LinkKind> excluded;
        if (seed % 3 == 0) {
            excluded.push_back(LinkKind::Member);
        }
        if (seed % 5 == 0) {
            excluded.push_back(LinkKind::Role);
        }
        for (int pair = 0; pair < 6; ++pair) {
            const auto from = NodeIndex(rng() % s->nodeCount());
            const auto to = NodeIndex(rng() % s->nodeCount());
            const std::vector<Path> all = allSimplePaths(*s, from, to, excluded);
            PathOptions options;
            options.excludedKinds = excluded;
            options.maxLength = kMaxPathLength;
            const PathResult one = shortestPath(*s, from, to, options);
            if (all.empty()) {
                EXPECT_TRUE(one.paths.empty());
            } else {
                ASSERT_EQ(one.paths.size(), 1u);
                EXPECT_EQ(one.paths.front(), all.front()) << "seed " << seed;
            }
            options.k = 1 + int(rng() % 12);
            const PathResult top = test::ok(shortestPaths(*s, from, to, options));
            const std::size_t expected = std::min(all.size(), std::size_t(options.k));
            ASSERT_EQ(top.paths.size(), expected) << "seed " << seed << " k " << options.k;
            for (std::size_t i = 0; i < expected; ++i) {
                EXPECT_EQ(top.paths[i], all[i]) << "seed " << seed << " path " << i;
                expectConsistent(*s, top.paths[i], from, to);
            }
            EXPECT_FALSE(top.stoppedByLength);
            EXPECT_FALSE(top.stoppedByBudget);

            // A length bound keeps exactly the paths that fit, and says so when it hid some.
            options.maxLength = 3;
            const PathResult bounded = test::ok(shortestPaths(*s, from, to, options));
            std::vector<Path> fit;
            std::ranges::copy_if(all, std::back_inserter(fit), [](const Path &p) { return p.length() <= 3; });
            const std::size_t expectedFit = std::min(fit.size(), std::size_t(options.k));
            ASSERT_EQ(bounded.paths.size(), expectedFit) << "seed " << seed;
            for (std::size_t i = 0; i < expectedFit; ++i) {
                EXPECT_EQ(bounded.paths[i], fit[i]);
            }
            if (fit.size() < all.size() && expectedFit < std::size_t(options.k)) {
                EXPECT_TRUE(bounded.stoppedByLength) << "seed " << seed;
            }
            compared += int(all.size());
        }
    }
    EXPECT_GT(compared, 1000); // the random graphs are not trivially disconnected
}

/** incident —role→ a0 —flow→ a1 —flow→ a2 —tag→ group; a3 is alone; a parallel transfer a0 → a1. */
GraphData lineCase()
{
    GraphData d;
    const quint16 eth = d.chainIndex(u"ethereum"_s);
    d.assets.push_back({eth, u"ETH"_s, 18, {}});
    for (int a = 0; a < 4; ++a) {
        d.addAddress(eth, u"0x%1"_s.arg(a + 1, 40, 10, QLatin1Char('0')), a + 1);
    }
    d.transfers.push_back({0, 1, 0, TransferKind::Normal, false, 5, 10, 1});
    d.transfers.push_back({0, 1, 0, TransferKind::Normal, false, 6, 11, 2});
    d.transfers.push_back({2, 1, 0, TransferKind::Normal, false, 7, 12, 3});
    d.incidents.push_back({1, u"Theft"_s, u"2024-01-01"_s, false});
    d.groups.push_back({1, u"Alpha"_s});
    d.roles.push_back({1, 0, 0, u"exploiter"_s, false});
    GraphTag tag;
    tag.address = 2;
    tag.group = 0;
    tag.confidenceLevel = 80;
    d.tags.push_back(tag);
    d.deriveServices();
    return d;
}

TEST(Paths, FindsTheFlowRouteAndReportsDirections)
{
    const auto s = Snapshot::build(lineCase());
    const NodeIndex incident = *s->resolve(u"incident:1"_s);
    const NodeIndex group = *s->resolve(u"group:Alpha"_s);
    PathOptions options;
    options.k = 10;
    const PathResult r = test::ok(shortestPaths(*s, incident, group, options));
    // Two parallel transfers a0 → a1 make two paths of four links; nothing else connects.
    ASSERT_EQ(r.paths.size(), 2u);
    for (const Path &p : r.paths) {
        expectConsistent(*s, p, incident, group);
        ASSERT_EQ(p.length(), 4u);
        EXPECT_EQ(s->link(p.steps[0].link).kind, LinkKind::Role);
        EXPECT_EQ(s->link(p.steps[1].link).kind, LinkKind::Flow);
        EXPECT_TRUE(p.steps[1].forward);  // a0 → a1, as the value moved
        EXPECT_FALSE(p.steps[2].forward); // a1 ← a2: the path walks the transfer backwards
        EXPECT_EQ(s->link(p.steps[3].link).kind, LinkKind::GroupTag);
    }
    EXPECT_NE(r.paths[0].steps[1].link, r.paths[1].steps[1].link);
    EXPECT_LT(r.paths[0].steps[1].link, r.paths[1].steps[1].link); // the smaller link index first
    EXPECT_FALSE(r.stoppedByLength);

    options.excludedKinds = {LinkKind::Flow};
    EXPECT_TRUE(test::ok(shortestPaths(*s, incident, group, options)).paths.empty());
}

TEST(Paths, UnreachableSameNodeAndBounds)
{
    const auto s = Snapshot::build(lineCase());
    const NodeIndex lonely = s->node(NodeKind::Address, 3);
    const NodeIndex group = *s->resolve(u"group:Alpha"_s);
    PathOptions options;
    options.k = 5;
    const PathResult none = test::ok(shortestPaths(*s, lonely, group, options));
    EXPECT_TRUE(none.paths.empty());
    EXPECT_FALSE(none.stoppedByLength); // exhausted, not bounded
    EXPECT_TRUE(none.boundNote(options).isEmpty());

    const PathResult self = test::ok(shortestPaths(*s, group, group, options));
    ASSERT_EQ(self.paths.size(), 1u);
    EXPECT_EQ(self.paths[0].length(), 0u);

    options.maxLength = 2;
    const PathResult shortBound = test::ok(shortestPaths(*s, *s->resolve(u"incident:1"_s), group, options));
    EXPECT_TRUE(shortBound.paths.empty());
    EXPECT_TRUE(shortBound.stoppedByLength);
    EXPECT_TRUE(shortBound.boundNote(options).contains(u"longer than 2"_s));

    options.maxLength = 12;
    options.nodeBudget = 2;
    const PathResult budget = test::ok(shortestPaths(*s, *s->resolve(u"incident:1"_s), group, options));
    EXPECT_TRUE(budget.stoppedByBudget);
    EXPECT_TRUE(budget.paths.empty());
    EXPECT_TRUE(budget.boundNote(options).contains(u"node budget"_s));

    options.k = kMaxPathK + 1;
    EXPECT_EQ(shortestPaths(*s, lonely, group, options).error().code, Error::Code::InvalidInput);
    options.k = 0;
    EXPECT_FALSE(shortestPaths(*s, lonely, group, options).has_value());
}

TEST(Paths, LinkKindNamesRoundTrip)
{
    for (LinkKind kind : {LinkKind::Flow, LinkKind::Member, LinkKind::Role, LinkKind::Attribution, LinkKind::GroupTag,
                          LinkKind::ServiceTag}) {
        EXPECT_EQ(linkKindFromName(linkKindName(kind)), std::optional(kind));
    }
    EXPECT_EQ(linkKindFromName(u"nonsense"_s), std::nullopt);
}

TEST(PathStepText, EachKindOfStepReadsAsALine)
{
    const QJsonObject flow{
        {u"kind"_s, u"flow"_s},         {u"from"_s, u"0xaa"_s},     {u"to"_s, u"0xbb"_s},
        {u"direction"_s, u"forward"_s}, {u"flow"_s, u"transfer"_s}, {u"amount"_s, u"79920000000000000000"_s},
        {u"units"_s, u"79.92"_s},       {u"asset"_s, u"ETH"_s},     {u"time"_s, u"2022-06-24T09:10:00Z"_s},
        {u"tx"_s, u"0xfeed"_s},         {u"synthetic"_s, true}};
    EXPECT_EQ(report::stepToText(flow),
              u"0xaa → 0xbb: 79.92 ETH, transfer at 2022-06-24T09:10:00Z, tx 0xfeed · SYNTHETIC"_s);
    const QJsonObject role{{u"kind"_s, u"role"_s},
                           {u"from"_s, u"incident:26"_s},
                           {u"to"_s, u"0xaa"_s},
                           {u"direction"_s, u"backward"_s},
                           {u"role"_s, u"cash-out"_s}};
    EXPECT_EQ(report::stepToText(role), u"incident:26 → 0xaa: role cash-out (followed backward)"_s);
    const QJsonObject claim{{u"kind"_s, u"attribution"_s},  {u"from"_s, u"incident:26"_s}, {u"to"_s, u"group:3"_s},
                            {u"direction"_s, u"forward"_s}, {u"confidence"_s, u"high"_s},  {u"rank"_s, 3},
                            {u"party"_s, u"FBI"_s}};
    EXPECT_EQ(report::stepToText(claim), u"incident:26 → group:3: attribution claim, confidence high, by FBI"_s);
    const QJsonObject tag{{u"kind"_s, u"service_tag"_s},      {u"from"_s, u"0xbb"_s},
                          {u"to"_s, u"service:Exchange C"_s}, {u"direction"_s, u"forward"_s},
                          {u"label"_s, u"Exchange C"_s},      {u"category"_s, u"exchange"_s},
                          {u"confidence"_s, u"ownership"_s},  {u"confidence_level"_s, 80}};
    EXPECT_EQ(report::stepToText(tag),
              u"0xbb → service:Exchange C: tag \"Exchange C\" (exchange, confidence ownership, 80/100)"_s);
    const QJsonObject member{
        {u"kind"_s, u"member"_s}, {u"from"_s, u"group:4"_s}, {u"to"_s, u"group:3"_s}, {u"direction"_s, u"forward"_s}};
    EXPECT_EQ(report::stepToText(member), u"group:4 → group:3: sub-unit of"_s);
}

} // namespace
