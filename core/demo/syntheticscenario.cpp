// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/syntheticscenario.h"

#include "core/chain/address.h"
#include "core/store/casestore.h"

#include <random>
#include <vector>

namespace awb::demo {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kEthDecimals = 18;
constexpr int kBtcDecimals = 8;

/** Writes the records; every call either adds one record or fails the whole scenario. */
class ScenarioWriter
{
public:
    ScenarioWriter(CaseStore &store, IncidentId incident, const ScenarioParameters &params)
        : m_store(store)
        , m_incident(incident)
        , m_params(params)
        , m_rng(params.seed)
        , m_time(params.startTime)
    {}

    Result<ScenarioSummary> run();

private:
    // The standard fixes mt19937_64's output, so generated ids are the same on every platform.
    QByteArray randomBytes(int n)
    {
        QByteArray out;
        while (out.size() < n) {
            const quint64 v = m_rng();
            for (int i = 0; i < 8 && out.size() < n; ++i) {
                out.append(char((v >> (8 * i)) & 0xff));
            }
        }
        return out;
    }

    qint64 uniform(qint64 low, qint64 high) { return low + qint64(m_rng() % quint64(high - low + 1)); }

    QString txHash(bool evm) { return (evm ? u"0x"_s : QString()) + QString::fromLatin1(randomBytes(32).toHex()); }

    Result<AddressId> newAddress(bool evm, const QString &label);
    Result<void> transfer(bool evm, const QString &tx, AddressId from, AddressId to, const QString &amount);
    Result<void> role(AddressId address, const QString &role, const QString &note);
    Result<void> serviceTag(AddressId address, const QString &label, const QString &category);
    Result<void> ethStage(std::vector<AddressId> &withdrawals, AddressId &bridgeEth);
    Result<void> btcStage(AddressId bridgeEth, const std::vector<AddressId> &withdrawals);

    static QString gweiToWei(qint64 gwei) { return gwei == 0 ? u"0"_s : QString::number(gwei) + u"000000000"_s; }

    static QString milliBtcToSats(qint64 milli) { return QString::number(milli * 100000); }

    CaseStore &m_store;
    IncidentId m_incident;
    ScenarioParameters m_params;
    std::mt19937_64 m_rng;
    qint64 m_time = 0;
    SourceId m_source;
    ScenarioSummary m_summary;
};

Result<AddressId> ScenarioWriter::newAddress(bool evm, const QString &label)
{
    Address a;
    a.chain = evm ? u"ethereum"_s : u"bitcoin"_s;
    a.address = evm ? chain::eip55(QString::fromLatin1(randomBytes(20).toHex()))
                    : chain::encodeSegwitV0(u"bc"_s, randomBytes(20));
    a.label = u"SYNTHETIC: "_s + label;
    a.synthetic = true;
    ++m_summary.addresses;
    return m_store.addAddress(a);
}

Result<void> ScenarioWriter::transfer(bool evm, const QString &tx, AddressId from, AddressId to, const QString &amount)
{
    Transfer t;
    t.chain = evm ? u"ethereum"_s : u"bitcoin"_s;
    t.txHash = tx;
    t.from = from;
    t.to = to;
    t.asset = evm ? u"ETH"_s : u"BTC"_s;
    t.amount = amount;
    t.decimals = evm ? kEthDecimals : kBtcDecimals;
    m_time += uniform(60, 1800);
    t.timestamp = m_time;
    t.synthetic = true;
    ++m_summary.transfers;
    return m_store.addTransfer(t).transform([](TransferId) {});
}

Result<void> ScenarioWriter::role(AddressId address, const QString &roleName, const QString &note)
{
    IncidentAddress r{0, m_incident, address, roleName, m_source, note, true};
    return m_store.addIncidentAddress(r).transform([](qint64) {});
}

Result<void> ScenarioWriter::serviceTag(AddressId address, const QString &label, const QString &category)
{
    Tag t;
    t.address = address;
    t.label = u"SYNTHETIC: "_s + label;
    t.category = category;
    t.confidence = u"heuristic"_s;
    t.context = u"generated demo scenario"_s;
    t.source = m_source;
    t.synthetic = true;
    ++m_summary.tags;
    return m_store.addTag(t).transform([](TagId) {});
}

Result<void> ScenarioWriter::ethStage(std::vector<AddressId> &withdrawals, AddressId &bridgeEth)
{
    auto victim = newAddress(true, u"bridge custody wallet (victim)"_s);
    auto mixer = newAddress(true, u"mixer pool"_s);
    auto bridge = newAddress(true, u"cross-chain bridge router"_s);
    if (!victim || !mixer || !bridge) {
        return std::unexpected((!victim ? victim : !mixer ? mixer : bridge).error());
    }
    bridgeEth = *bridge;
    Result<void> r = role(*victim, u"victim"_s, u"synthetic custody wallet"_s)
                         .and_then([&] { return serviceTag(*mixer, u"mixer pool"_s, u"mixer"_s); })
                         .and_then([&] { return serviceTag(*bridge, u"bridge router"_s, u"bridge"_s); });
    std::vector<AddressId> depositors;
    for (int i = 0; r && i < m_params.depositors; ++i) {
        auto d = newAddress(true, u"mixer depositor %1"_s.arg(i + 1));
        r = d.and_then([&](AddressId id) {
            depositors.push_back(id);
            return role(id, u"laundering"_s, u"feeds the mixer in equal deposits"_s);
        });
    }
    const qint64 perDepositorGwei =
        m_params.stolenEthPerExploiter * m_params.exploiters * 1000000000 / std::max(1, m_params.depositors);
    for (int i = 0; r && i < m_params.exploiters; ++i) {
        auto e = newAddress(true, u"exploiter %1"_s.arg(i + 1));
        r = e.and_then([&](AddressId id) {
                 return role(id, u"exploiter"_s, u"receives the stolen ETH"_s);
             }).and_then([&] {
            return transfer(true, txHash(true), *victim, *e, gweiToWei(m_params.stolenEthPerExploiter * 1000000000));
        });
        // Each exploiter spreads its share over the depositors assigned to it.
        for (int d = i; r && d < m_params.depositors; d += m_params.exploiters) {
            r = transfer(true, txHash(true), *e, depositors[size_t(d)], gweiToWei(perDepositorGwei));
        }
    }
    for (int i = 0; r && i < m_params.withdrawalAddresses; ++i) {
        auto w = newAddress(true, u"mixer withdrawal %1"_s.arg(i + 1));
        r = w.and_then([&](AddressId id) {
            withdrawals.push_back(id);
            return role(id, u"laundering"_s, u"fresh address paid by the mixer"_s);
        });
    }
    const qint64 denominationGwei = m_params.mixerDenominationEth * 1000000000;
    for (int i = 0; r && i < m_params.mixerDeposits; ++i) {
        // Structured deposits: equal amounts, one at a time, each followed by the pool's payout.
        const AddressId from = depositors[size_t(i % std::max(1, m_params.depositors))];
        const AddressId to = withdrawals[size_t(i % std::max(1, m_params.withdrawalAddresses))];
        r = transfer(true, txHash(true), from, *mixer, gweiToWei(denominationGwei)).and_then([&] {
            return transfer(true, txHash(true), *mixer, to, gweiToWei(denominationGwei - m_params.mixerFeeGwei));
        });
    }
    return r;
}

Result<void> ScenarioWriter::btcStage(AddressId bridgeEth, const std::vector<AddressId> &withdrawals)
{
    // Every withdrawal address sends what it received into the bridge router.
    const qint64 perWithdrawalGwei = (m_params.mixerDenominationEth * 1000000000 - m_params.mixerFeeGwei) *
                                     m_params.mixerDeposits / std::max<qint64>(1, qint64(withdrawals.size()));
    Result<void> r;
    for (AddressId w : withdrawals) {
        r = r.and_then([&] { return transfer(true, txHash(true), w, bridgeEth, gweiToWei(perWithdrawalGwei)); });
    }
    const qint64 bridgedEth = perWithdrawalGwei * qint64(withdrawals.size()) / 1000000000;
    qint64 remainingMilli = bridgedEth * m_params.btcPerEthMilli;
    auto vault = newAddress(false, u"bridge vault (Bitcoin side)"_s);
    auto head = newAddress(false, u"peel chain start"_s);
    if (!r || !vault || !head) {
        return !r ? r : std::unexpected((!vault ? vault : head).error());
    }
    r = serviceTag(*vault, u"bridge vault"_s, u"bridge"_s)
            .and_then([&] { return role(*head, u"laundering"_s, u"receives the bridged BTC"_s); })
            .and_then([&] { return transfer(false, txHash(false), *vault, *head, milliBtcToSats(remainingMilli)); });

    std::vector<AddressId> deposits;
    std::vector<AddressId> hotWallets;
    for (int e = 0; r && e < 2; ++e) {
        auto hot = newAddress(false, u"exchange %1 hot wallet"_s.arg(QChar(u'A' + e)));
        r = hot.and_then([&](AddressId id) {
            hotWallets.push_back(id);
            return serviceTag(id, u"exchange %1 hot wallet"_s.arg(QChar(u'A' + e)), u"exchange"_s);
        });
    }
    for (int i = 0; r && i < m_params.exchangeDepositAddresses; ++i) {
        const QString exchange = QString(QChar(u'A' + i % 2));
        auto d = newAddress(false, u"exchange %1 deposit address %2"_s.arg(exchange).arg(i / 2 + 1));
        r = d.and_then([&](AddressId id) {
            deposits.push_back(id);
            return role(id, u"cash-out"_s, u"deposit address at exchange %1"_s.arg(exchange)).and_then([&] {
                return serviceTag(id, u"exchange %1 deposit address"_s.arg(exchange), u"exchange"_s);
            });
        });
    }
    std::vector<qint64> depositTotals(deposits.size(), 0);
    AddressId current = *head;
    for (int hop = 0; r && hop < m_params.peelHops && remainingMilli > m_params.peelMaxBtcMilli; ++hop) {
        // One input, two outputs: a small peel to an exchange deposit address and the rest to fresh change.
        const qint64 peel = uniform(m_params.peelMinBtcMilli, m_params.peelMaxBtcMilli);
        remainingMilli -= peel;
        const size_t target = size_t(uniform(0, qint64(deposits.size()) - 1));
        depositTotals[target] += peel;
        auto change = newAddress(false, u"peel chain hop %1 change"_s.arg(hop + 1));
        const QString tx = txHash(false);
        r = change.and_then([&](AddressId id) { return role(id, u"laundering"_s, u"peel chain change output"_s); })
                .and_then([&] { return transfer(false, tx, current, deposits[target], milliBtcToSats(peel)); })
                .and_then([&] { return transfer(false, tx, current, *change, milliBtcToSats(remainingMilli)); });
        if (change) {
            current = *change;
        }
    }
    for (size_t i = 0; r && i < deposits.size(); ++i) {
        if (depositTotals[i] > 0) {
            r = transfer(false, txHash(false), deposits[i], hotWallets[i % 2], milliBtcToSats(depositTotals[i]));
        }
    }
    return r;
}

Result<ScenarioSummary> ScenarioWriter::run()
{
    Source source;
    source.title = u"SYNTHETIC laundering scenario generated by Attribution Workbench (seed %1)"_s.arg(m_params.seed);
    source.publisher = u"Attribution Workbench demo generator"_s;
    source.kind = u"synthetic"_s;
    source.excerpt = u"Generated illustration of a mixer, bridge, peel-chain and exchange cash-out pattern. "
                     u"Not real on-chain data; no real address is involved."_s;
    source.synthetic = true;
    auto id = m_store.addSource(source);
    if (!id) {
        return std::unexpected(id.error());
    }
    m_source = *id;
    std::vector<AddressId> withdrawals;
    AddressId bridgeEth;
    return ethStage(withdrawals, bridgeEth).and_then([&] { return btcStage(bridgeEth, withdrawals); }).transform([&] {
        return m_summary;
    });
}

} // namespace

Result<ScenarioSummary> writeSyntheticScenario(CaseStore &store, IncidentId incident, const ScenarioParameters &params)
{
    ScenarioSummary summary;
    auto r = store.inTransaction([&]() -> Result<void> {
        ScenarioWriter writer(store, incident, params);
        return writer.run().transform([&](ScenarioSummary s) { summary = s; });
    });
    return r.transform([&] { return summary; });
}

} // namespace awb::demo
