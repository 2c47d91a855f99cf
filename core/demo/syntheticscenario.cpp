// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic scenario's records and its Ethereum stage; the Bitcoin stage is in syntheticbitcoin.cpp.
#include "core/demo/syntheticscenario.h"

#include "core/chain/address.h"
#include "core/demo/scenariowriter.h"

namespace awb::demo {

using namespace Qt::Literals::StringLiterals;

QByteArray ScenarioWriter::randomBytes(int n)
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

QString ScenarioWriter::txHash(bool evm)
{
    return (evm ? u"0x"_s : QString()) + QString::fromLatin1(randomBytes(32).toHex());
}

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

Result<void> ScenarioWriter::transfer(const QString &tx, AddressId from, AddressId to, const QString &wei)
{
    Transfer t;
    t.chain = u"ethereum"_s;
    t.txHash = tx;
    t.from = from;
    t.to = to;
    t.asset = u"ETH"_s;
    t.amount = wei;
    t.decimals = 18;
    t.timestamp = tick();
    t.kind = u"normal"_s;
    t.synthetic = true;
    ++m_summary.transfers;
    return m_store.addTransfer(t).transform([](TransferId) {});
}

Result<void> ScenarioWriter::role(AddressId address, const QString &roleName, const QString &note)
{
    IncidentAddress r{0, m_incident, address, roleName, m_source, note, true};
    return m_store.addIncidentAddress(r).transform([](qint64) {});
}

Result<void> ScenarioWriter::tag(AddressId address,
                                 const QString &label,
                                 const QString &category,
                                 const QString &context,
                                 std::optional<GroupId> group)
{
    Tag t;
    t.address = address;
    t.label = label;
    t.category = category;
    t.group = group;
    t.confidence = u"heuristic"_s;
    t.context = u"generated demo scenario: "_s + context;
    t.source = m_source;
    t.synthetic = true;
    ++m_summary.tags;
    return m_store.addTag(t).transform([](TagId) {});
}

Result<void> ScenarioWriter::ethStage(std::vector<AddressId> &withdrawals, AddressId &bridgeEth, qint64 &bridgedGwei)
{
    auto victim = newAddress(true, u"bridge custody wallet (victim)"_s);
    auto mixer = newAddress(true, u"mixer pool"_s);
    auto bridge = newAddress(true, u"cross-chain bridge router"_s);
    if (!victim || !mixer || !bridge) {
        return std::unexpected((!victim ? victim : !mixer ? mixer : bridge).error());
    }
    bridgeEth = *bridge;
    Result<void> r = role(*victim, u"victim"_s, u"synthetic custody wallet"_s)
                         .and_then([&] { return tag(*mixer, kMixerService, u"mixer"_s, u"mixer pool"_s); })
                         .and_then([&] { return tag(*bridge, kBridgeService, u"bridge"_s, u"router on Ethereum"_s); });
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
            return transfer(txHash(true), *victim, *e, gweiToWei(m_params.stolenEthPerExploiter * 1000000000));
        });
        // Each exploiter spreads its share over the depositors assigned to it.
        for (int d = i; r && d < m_params.depositors; d += m_params.exploiters) {
            r = transfer(txHash(true), *e, depositors[size_t(d)], gweiToWei(perDepositorGwei));
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
        r = transfer(txHash(true), from, *mixer, gweiToWei(denominationGwei)).and_then([&] {
            return transfer(txHash(true), *mixer, to, gweiToWei(denominationGwei - m_params.mixerFeeGwei));
        });
    }
    const qint64 perWithdrawalGwei =
        (denominationGwei - m_params.mixerFeeGwei) * m_params.mixerDeposits / std::max(1, m_params.withdrawalAddresses);
    // A few withdrawal addresses cash a tenth out through one exchange deposit address; the rest goes to the bridge.
    r = r.and_then([&] { return ethDepositStage(withdrawals, perWithdrawalGwei); });
    bridgedGwei = 0;
    for (size_t i = 0; r && i < withdrawals.size(); ++i) {
        const qint64 gwei = i < kDepositUsers ? perWithdrawalGwei - perWithdrawalGwei / 10 : perWithdrawalGwei;
        bridgedGwei += gwei;
        r = transfer(txHash(true), withdrawals[i], bridgeEth, gweiToWei(gwei));
    }
    return r;
}

Result<void> ScenarioWriter::ethDepositStage(const std::vector<AddressId> &withdrawals, qint64 perWithdrawalGwei)
{
    // Victor's deposit-address pattern: one customer deposit address, paid by several of the customer's addresses,
    // forwards everything to the exchange's hot wallet. Only the hot wallet is tagged, as on a real explorer.
    auto deposit = newAddress(true, u"exchange C deposit address (untagged)"_s);
    auto hot = newAddress(true, u"exchange C hot wallet"_s);
    if (!deposit || !hot) {
        return std::unexpected((!deposit ? deposit : hot).error());
    }
    Result<void> r = tag(*hot, exchangeService(u'C'), u"exchange"_s, u"hot wallet on Ethereum"_s).and_then([&] {
        return role(*deposit, u"cash-out"_s, u"customer deposit address at exchange C"_s);
    });
    qint64 total = 0;
    for (size_t i = 0; r && i < kDepositUsers && i < withdrawals.size(); ++i) {
        total += perWithdrawalGwei / 10;
        r = transfer(txHash(true), withdrawals[i], *deposit, gweiToWei(perWithdrawalGwei / 10));
    }
    return r.and_then([&] { return transfer(txHash(true), *deposit, *hot, gweiToWei(total)); });
}

Result<ScenarioSummary> ScenarioWriter::run()
{
    Source source;
    source.title = u"SYNTHETIC laundering scenario generated by Attribution Workbench (seed %1)"_s.arg(m_params.seed);
    source.publisher = u"Attribution Workbench demo generator"_s;
    source.kind = u"synthetic"_s;
    source.excerpt = u"Generated illustration of a mixer, exchange deposit, bridge, consolidation, peel-chain, "
                     u"CoinJoin and exchange cash-out pattern. Not real on-chain data; no real address is involved."_s;
    source.synthetic = true;
    auto id = m_store.addSource(source);
    auto groups = id.and_then([&](SourceId) { return m_store.groups(); });
    if (!groups) {
        return std::unexpected(groups.error());
    }
    m_source = *id;
    for (const ActorGroup &g : *groups) {
        if (g.name == u"Lazarus Group"_s) {
            m_taggedGroup = g.id;
        }
    }
    std::vector<AddressId> withdrawals;
    AddressId bridgeEth;
    qint64 bridgedGwei = 0;
    return ethStage(withdrawals, bridgeEth, bridgedGwei).and_then([&] { return btcStage(bridgedGwei); }).transform([&] {
        return m_summary;
    });
}

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
