// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/generators/transfergen.h"

#include "bench/generators/writer.h"
#include "core/chain/address.h"

#include <algorithm>
#include <numeric>
#include <random>

using namespace Qt::Literals::StringLiterals;

namespace awb::bench {

namespace {

constexpr qint64 kEpoch = 1'640'995'200; // 2022-01-01
constexpr qint64 kSpan = 3 * 365 * 86'400;
constexpr std::int64_t kHubTransfers = 100'000;

/** SplitMix64: addresses and hashes are a pure function of (seed, index), so writers need no tables. */
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QByteArray randomBytes(std::uint64_t seed, std::uint64_t index, int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    std::uint64_t state = mix(seed ^ mix(index));
    for (int i = 0; i < count; ++i) {
        if (i % 8 == 0) {
            state = mix(state);
        }
        bytes[i] = char((state >> (8 * (i % 8))) & 0xff);
    }
    return bytes;
}

/** Picks distinct fresh addresses for the laundering scenario; background traffic uses the addresses after them. */
struct Scenario
{
    std::mt19937_64 &rng;
    std::vector<GenTransfer> &out;
    quint32 next = 0;

    quint32 fresh() { return next++; }

    qint64 after(qint64 t) { return t + std::uniform_int_distribution<qint64>(60, 7200)(rng); }

    void pay(quint32 from, quint32 to, quint64 amount, qint64 t)
    {
        out.push_back({from, to, std::max<quint64>(amount, 1), t});
    }
};

/** One theft: fan-out to 20 intermediaries, each a peel chain of 10; chain ends go to the mixer or a bridge. */
void launderOne(Scenario &s,
                quint32 victim,
                quint32 mixer,
                quint32 bridgeIn,
                quint32 bridgeOut,
                const std::vector<quint32> &exchanges,
                std::vector<quint32> &seeds,
                qint64 start)
{
    const quint32 exploiter = s.fresh();
    seeds.push_back(exploiter);
    const quint64 stolen = 5'000'000'000'000ULL + s.rng() % 50'000'000'000'000ULL;
    s.pay(victim, exploiter, stolen, start);
    constexpr int kFanOut = 20;
    constexpr int kPeels = 10;
    std::uniform_int_distribution<std::size_t> pickExchange(0, exchanges.size() - 1);
    for (int i = 0; i < kFanOut; ++i) {
        quint64 left = stolen / kFanOut;
        qint64 t = s.after(start);
        quint32 at = s.fresh();
        s.pay(exploiter, at, left, t);
        for (int p = 0; p < kPeels; ++p) {
            // A peel chain: a small slice to an exchange deposit address, the rest to a new address.
            const quint64 peel = left / 20 + s.rng() % (left / 20 + 1);
            t = s.after(t);
            s.pay(at, exchanges[pickExchange(s.rng)], peel, t);
            left -= std::min(left - 1, peel);
            const quint32 next = s.fresh();
            s.pay(at, next, left, s.after(t));
            at = next;
        }
        t = s.after(t);
        if (i % 2 == 0) {
            s.pay(at, mixer, left, t);
        } else {
            // A bridge hop: lock on one side, release to a new address on the other.
            s.pay(at, bridgeIn, left, t);
            const quint32 landed = s.fresh();
            s.pay(bridgeOut, landed, left, s.after(t));
            s.pay(landed, exchanges[pickExchange(s.rng)], left, s.after(s.after(t)));
        }
    }
}

quint32 uniformIn(std::mt19937_64 &rng, quint32 first, quint32 end)
{
    return std::uniform_int_distribution<quint32>(first, end - 1)(rng);
}

} // namespace

std::optional<Shape> shapeFromName(const QString &name)
{
    if (name == u"uniform"_s) {
        return Shape::Uniform;
    }
    if (name == u"zipf"_s) {
        return Shape::Zipf;
    }
    if (name == u"laundering"_s) {
        return Shape::Laundering;
    }
    return std::nullopt;
}

QString shapeName(Shape shape)
{
    switch (shape) {
    case Shape::Uniform:
        return u"uniform"_s;
    case Shape::Zipf:
        return u"zipf"_s;
    case Shape::Laundering:
        return u"laundering"_s;
    }
    return {};
}

QString evmAddress(std::uint64_t seed, quint32 index)
{
    return chain::eip55(QString::fromLatin1(randomBytes(seed, index, 20).toHex()));
}

QString bitcoinAddress(std::uint64_t seed, quint32 index)
{
    return chain::encodeSegwitV0(u"bc"_s, randomBytes(seed, index, 20));
}

QByteArray txHash(std::uint64_t seed, quint64 index)
{
    return randomBytes(seed ^ 0x7478ULL, index, 32).toHex();
}

GeneratedTransfers generateTransfers(const TransferSpec &spec)
{
    GeneratedTransfers g;
    g.spec = spec;
    const auto m = quint32(std::max<std::int64_t>(spec.addresses, 16));
    g.addressCount = m;
    const auto n = std::max<std::int64_t>(spec.transfers, 1);
    g.transfers.reserve(std::size_t(n));
    std::mt19937_64 rng(spec.seed);
    std::uniform_int_distribution<qint64> when(kEpoch, kEpoch + kSpan);
    std::uniform_int_distribution<quint64> amount(1'000, 10'000'000'000'000ULL);
    auto background = [&](quint32 first) {
        while (std::int64_t(g.transfers.size()) < n) {
            const quint32 from = uniformIn(rng, first, m);
            quint32 to = uniformIn(rng, first, m);
            if (to == from) {
                to = first + (to - first + 1) % (m - first);
            }
            g.transfers.push_back({from, to, amount(rng), when(rng)});
        }
    };
    switch (spec.shape) {
    case Shape::Uniform:
        background(0);
        g.seeds = {0, 1, 2, 3, 4};
        break;
    case Shape::Zipf: {
        std::vector<quint32> rankToAddress(m);
        std::iota(rankToAddress.begin(), rankToAddress.end(), 0);
        std::shuffle(rankToAddress.begin(), rankToAddress.end(), rng);
        std::vector<double> weights(m);
        for (quint32 i = 0; i < m; ++i) {
            weights[i] = 1.0 / double(i + 1);
        }
        std::discrete_distribution<quint32> rank(weights.begin(), weights.end());
        const quint32 hub = rankToAddress[0];
        const std::int64_t hubTransfers = std::min(kHubTransfers, n / 10);
        for (std::int64_t i = 0; i < hubTransfers; ++i) {
            const quint32 other = rankToAddress[1 + rank(rng) % (m - 1)];
            g.transfers.push_back(i % 2 == 0 ? GenTransfer{other, hub, amount(rng), when(rng)}
                                             : GenTransfer{hub, other, amount(rng), when(rng)});
        }
        while (std::int64_t(g.transfers.size()) < n) {
            const quint32 from = rankToAddress[rank(rng)];
            const quint32 to = rankToAddress[rank(rng)];
            if (from != to) {
                g.transfers.push_back({from, to, amount(rng), when(rng)});
            }
        }
        g.seeds = {hub, rankToAddress[1], rankToAddress[2], rankToAddress[3], rankToAddress[4]};
        break;
    }
    case Shape::Laundering: {
        Scenario s{rng, g.transfers};
        const quint32 mixer = s.fresh();
        const quint32 bridgeIn = s.fresh();
        const quint32 bridgeOut = s.fresh();
        std::vector<quint32> exchanges(20);
        for (quint32 &e : exchanges) {
            e = s.fresh(); // deposit addresses: funds leave them off this graph
        }
        const auto thefts = int(std::clamp<std::int64_t>(n / 200'000, 1, 10));
        const quint32 victimsFirst = s.next;
        s.next += quint32(thefts);
        for (int i = 0; i < thefts; ++i) {
            launderOne(s, victimsFirst + quint32(i), mixer, bridgeIn, bridgeOut, exchanges, g.seeds,
                       kEpoch + kSpan / 2 + i * 86'400 * 7);
        }
        // The mixer pools everyone's deposits and pays out to the whole population.
        const quint32 first = std::min(s.next, m - 8);
        const std::int64_t pool = std::min<std::int64_t>(2'000, n / 20);
        for (std::int64_t i = 0; i < pool; ++i) {
            g.transfers.push_back({uniformIn(rng, first, m), mixer, amount(rng), when(rng)});
            g.transfers.push_back({mixer, uniformIn(rng, first, m), amount(rng), when(rng)});
        }
        background(first);
        g.transfers.resize(std::size_t(n));
        break;
    }
    }
    std::stable_sort(g.transfers.begin(), g.transfers.end(),
                     [](const GenTransfer &a, const GenTransfer &b) { return a.timestamp < b.timestamp; });
    return g;
}

Result<void> writeTransfersCsv(const GeneratedTransfers &data, const QString &path)
{
    BufferedWriter out(path);
    out.write("tx_hash,from,to,amount,asset,decimals,timestamp,block,chain\n");
    for (std::size_t i = 0; i < data.transfers.size(); ++i) {
        const GenTransfer &t = data.transfers[i];
        out.write("0x");
        out.write(txHash(data.spec.seed, i));
        out.write(",");
        out.write(evmAddress(data.spec.seed, t.from).toLatin1());
        out.write(",");
        out.write(evmAddress(data.spec.seed, t.to).toLatin1());
        out.write(",");
        out.write(QByteArray::number(t.amount) + "000000000,ETH,18,");
        out.write(QByteArray::number(t.timestamp) + ',' + QByteArray::number(14'000'000 + (t.timestamp - kEpoch) / 12));
        out.write(",ethereum\n");
    }
    return out.finish();
}

Result<void> writeEsploraJson(const GeneratedTransfers &data, const QString &path)
{
    BufferedWriter out(path);
    out.write("[\n");
    for (std::size_t i = 0; i < data.transfers.size(); ++i) {
        const GenTransfer &t = data.transfers[i];
        const QByteArray from = bitcoinAddress(data.spec.seed, t.from).toLatin1();
        const QByteArray to = bitcoinAddress(data.spec.seed, t.to).toLatin1();
        const QByteArray fromProgram = randomBytes(data.spec.seed, t.from, 20).toHex();
        const QByteArray toProgram = randomBytes(data.spec.seed, t.to, 20).toHex();
        const quint64 sats = 1'000 + t.amount % 100'000'000'000ULL;
        constexpr quint64 kFee = 500;
        out.write(i == 0 ? "" : ",\n");
        out.write(R"({"txid":")" + txHash(data.spec.seed, i) + R"(","version":2,"locktime":0,"vin":[{"txid":")" +
                  txHash(data.spec.seed ^ 1, i) + R"(","vout":0,"prevout":{"scriptpubkey":"0014)" + fromProgram +
                  R"(","scriptpubkey_type":"v0_p2wpkh","scriptpubkey_address":")" + from + R"(","value":)" +
                  QByteArray::number(sats + kFee) + R"(},"is_coinbase":false,"sequence":4294967293}],)");
        out.write(R"("vout":[{"scriptpubkey":"0014)" + toProgram +
                  R"(","scriptpubkey_type":"v0_p2wpkh","scriptpubkey_address":")" + to + R"(","value":)" +
                  QByteArray::number(sats) + R"(}],"fee":)" + QByteArray::number(kFee) +
                  R"(,"status":{"confirmed":true,"block_height":)" +
                  QByteArray::number(700'000 + (t.timestamp - kEpoch) / 600) + R"(,"block_time":)" +
                  QByteArray::number(t.timestamp) + "}}");
    }
    out.write("\n]\n");
    return out.finish();
}

Result<void> writeEdgeList(const GeneratedTransfers &data, const QString &path)
{
    BufferedWriter out(path);
    for (const GenTransfer &t : data.transfers) {
        out.write(QByteArray::number(t.from) + ' ' + QByteArray::number(t.to) + '\n');
    }
    return out.finish();
}

Result<void> writeSeeds(const GeneratedTransfers &data, const QString &path)
{
    BufferedWriter out(path);
    for (quint32 s : data.seeds) {
        out.write(QByteArray::number(s) + '\n');
    }
    return out.finish();
}

graph::GraphData toGraphData(const GeneratedTransfers &data)
{
    graph::GraphData g;
    const quint16 chain = g.chainIndex(u"ethereum"_s);
    g.assets.push_back({chain, u"ETH"_s, 18, {}});
    g.addresses.reserve(data.addressCount);
    for (quint32 i = 0; i < data.addressCount; ++i) {
        g.addAddress(chain, evmAddress(data.spec.seed, i), qint64(i) + 1, true);
    }
    g.transfers.reserve(data.transfers.size());
    qint64 row = 0;
    for (const GenTransfer &t : data.transfers) {
        g.transfers.push_back({t.from, t.to, 0, graph::TransferKind::Transfer, true, Amount(t.amount) * 1'000'000'000u,
                               t.timestamp, ++row});
    }
    return g;
}

CoSpend generateCoSpend(std::int64_t addresses, std::int64_t links, std::uint64_t seed)
{
    CoSpend c;
    graph::GraphData &g = c.data;
    const quint16 chain = g.chainIndex(u"bitcoin"_s);
    g.assets.push_back({chain, u"BTC"_s, 8, {}});
    const auto m = quint32(std::max<std::int64_t>(addresses, 8));
    for (quint32 i = 0; i < m; ++i) {
        g.addAddress(chain, bitcoinAddress(seed, i), qint64(i) + 1, true);
    }
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> inputCount(2, 4);
    std::uniform_int_distribution<qint64> sats(10'000, 100'000'000);
    c.links.reserve(std::size_t(links));
    qint64 when = kEpoch;
    while (std::int64_t(c.links.size()) < links) {
        graph::GraphUtxoTx tx;
        tx.rowId = qint64(g.utxoTxs.size()) + 1;
        tx.timestamp = (when += 7);
        tx.chain = chain;
        tx.synthetic = true;
        tx.firstInput = quint32(g.inputs.size());
        tx.inputCount = quint32(inputCount(rng));
        qint64 total = 0;
        for (quint32 k = 0; k < tx.inputCount; ++k) {
            const quint32 a = uniformIn(rng, 0, m);
            const qint64 v = sats(rng);
            total += v;
            g.inputs.push_back({a, v});
            if (k > 0) {
                c.links.emplace_back(g.inputs[tx.firstInput].address, a);
            }
        }
        tx.firstOutput = quint32(g.outputs.size());
        tx.outputCount = 1;
        g.outputs.push_back({uniformIn(rng, 0, m), total - 1'000, u"v0_p2wpkh"_s});
        g.utxoTxs.push_back(tx);
    }
    return c;
}

Result<void> writeLinks(const CoSpend &cospend, const QString &path)
{
    BufferedWriter out(path);
    for (const auto &[a, b] : cospend.links) {
        out.write(QByteArray::number(a) + ' ' + QByteArray::number(b) + '\n');
    }
    return out.finish();
}

} // namespace awb::bench
