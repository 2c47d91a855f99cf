// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Multi-input clustering against a plain breadth-first search over the same co-spends, on random transactions.
#include "core/graph/clustering.h"

#include <gtest/gtest.h>

#include <deque>
#include <random>

namespace awb::graph {
namespace {

using namespace Qt::Literals::StringLiterals;

/**
 * @p txs random transactions of 2–4 inputs (and one output) over @p addresses addresses. Each input spends an
 * output outside the case (address kNone) with probability @p unknownPercent / 100.
 */
GraphData randomCoSpends(quint32 addresses, quint32 txs, quint64 seed, int unknownPercent = 0)
{
    GraphData g;
    const quint16 chain = g.chainIndex(u"bitcoin"_s);
    g.assets.push_back({chain, u"BTC"_s, 8, {}});
    for (quint32 i = 0; i < addresses; ++i) {
        g.addAddress(chain, u"a%1"_s.arg(i), qint64(i) + 1);
    }
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<quint32> pick(0, addresses - 1);
    std::uniform_int_distribution<quint32> inputCount(2, 4);
    std::uniform_int_distribution<int> percent(0, 99);
    for (quint32 t = 0; t < txs; ++t) {
        GraphUtxoTx tx;
        tx.rowId = qint64(t) + 1;
        tx.chain = chain;
        tx.firstInput = quint32(g.inputs.size());
        tx.inputCount = inputCount(rng);
        for (quint32 k = 0; k < tx.inputCount; ++k) {
            const quint32 address = pick(rng);
            g.inputs.push_back({percent(rng) < unknownPercent ? kNone : address, 1000});
        }
        tx.firstOutput = quint32(g.outputs.size());
        tx.outputCount = 1;
        g.outputs.push_back({pick(rng), 900, u"v0_p2wpkh"_s});
        g.utxoTxs.push_back(tx);
    }
    return g;
}

/** Components by breadth-first search over each transaction's known inputs, numbered by smallest address. */
std::vector<quint32> componentsByBfs(const GraphData &g)
{
    const auto n = quint32(g.addresses.size());
    std::vector<std::vector<quint32>> adjacent(n);
    for (const GraphUtxoTx &tx : g.utxoTxs) {
        quint32 first = kNone;
        for (quint32 i = tx.firstInput; i < tx.firstInput + tx.inputCount; ++i) {
            const quint32 a = g.inputs[i].address;
            if (a == kNone) {
                continue;
            }
            if (first == kNone) {
                first = a;
            } else {
                adjacent[first].push_back(a);
                adjacent[a].push_back(first);
            }
        }
    }
    std::vector<quint32> component(n, kNone);
    quint32 next = 0;
    for (quint32 start = 0; start < n; ++start) {
        if (component[start] != kNone) {
            continue;
        }
        component[start] = next;
        std::deque<quint32> queue{start};
        while (!queue.empty()) {
            const quint32 at = queue.front();
            queue.pop_front();
            for (quint32 to : adjacent[at]) {
                if (component[to] == kNone) {
                    component[to] = next;
                    queue.push_back(to);
                }
            }
        }
        ++next;
    }
    return component;
}

void expectSameAsBfs(const GraphData &g)
{
    ClusterOptions options;
    options.heuristics = {Heuristic::MultiInput};
    const Clustering c = cluster(g, options);
    const std::vector<quint32> expected = componentsByBfs(g);
    const auto n = quint32(g.addresses.size());
    quint32 clusters = 0;
    for (quint32 a = 0; a < n; ++a) {
        ASSERT_EQ(c.clusterOf(a), expected[a]) << "address " << a;
        clusters = std::max(clusters, expected[a] + 1);
    }
    ASSERT_EQ(c.clusterCount(), clusters);
    // A spanning forest: one merge per address beyond the first of each cluster, each joining one co-spend.
    EXPECT_EQ(c.merges().size(), size_t(n - clusters));
    size_t members = 0;
    for (quint32 k = 0; k < clusters; ++k) {
        const auto m = c.members(k);
        members += m.size();
        ASSERT_TRUE(std::is_sorted(m.begin(), m.end()));
        for (quint32 a : m) {
            ASSERT_EQ(c.clusterOf(a), k);
        }
    }
    EXPECT_EQ(members, size_t(n));
}

TEST(ClusteringRandom, SmallSparseCasesMatchBreadthFirstSearch)
{
    for (quint64 seed = 1; seed <= 20; ++seed) {
        SCOPED_TRACE(seed);
        // Fewer transactions than addresses: many clusters of every size, and singletons.
        expectSameAsBfs(randomCoSpends(500, 150 + quint32(seed) * 10, seed));
    }
}

TEST(ClusteringRandom, UnknownAndRepeatedInputsMatchBreadthFirstSearch)
{
    for (quint64 seed = 1; seed <= 20; ++seed) {
        SCOPED_TRACE(seed);
        // Few addresses, so inputs repeat within a transaction; a third unknown, so some lead or are all unknown.
        expectSameAsBfs(randomCoSpends(40, 15, seed, 33));
        expectSameAsBfs(randomCoSpends(300, 120, seed, 33));
    }
}

TEST(ClusteringRandom, ALargeCaseOnHugePagesMatchesBreadthFirstSearch)
{
    // Over half a million addresses: the union-find's array is large enough for the huge-page path, and one giant
    // cluster forms beside many singletons, as in the benchmark.
    expectSameAsBfs(randomCoSpends(600'000, 500'000, 20261121));
}

TEST(ClusteringRandom, ExplainChainsConnectTheirEnds)
{
    const GraphData g = randomCoSpends(1000, 250, 7);
    ClusterOptions options;
    options.heuristics = {Heuristic::MultiInput};
    const Clustering c = cluster(g, options);
    int explained = 0;
    for (quint32 k = 0; k < c.clusterCount(); ++k) {
        const auto m = c.members(k);
        if (m.size() < 2) {
            continue;
        }
        const auto chain = c.explain(m.front(), m.back());
        ASSERT_FALSE(chain.empty());
        EXPECT_EQ(chain.front().a, m.front());
        EXPECT_EQ(chain.back().b, m.back());
        for (size_t i = 1; i < chain.size(); ++i) {
            EXPECT_EQ(chain[i - 1].b, chain[i].a); // each merge starts where the last one ended
        }
        for (const Merge &merge : chain) {
            const GraphUtxoTx &tx = g.utxoTxs[merge.evidence.index];
            const auto spends = [&](quint32 address) {
                for (quint32 i = tx.firstInput; i < tx.firstInput + tx.inputCount; ++i) {
                    if (g.inputs[i].address == address) {
                        return true;
                    }
                }
                return false;
            };
            EXPECT_TRUE(spends(merge.a) && spends(merge.b)) << "the evidence spends both addresses";
        }
        ++explained;
    }
    EXPECT_GT(explained, 20);
}

} // namespace
} // namespace awb::graph
