// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic scenario's Bitcoin stage: real UTXO transactions, so that every clustering heuristic and the peel
// chain detector has something to find, and the service guard has a merge to refuse.
#include "core/demo/scenariowriter.h"

namespace awb::demo {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kFeeSats = 2000;
constexpr qint64 kSatsPerBtc = 100000000;
constexpr qint64 kMilliBtc = 100000; // satoshi per milli-BTC
constexpr int kCoinJoinPeers = 4;    // other participants of the CoinJoin
constexpr qint64 kCoinJoinDenomination = kSatsPerBtc / 2;

} // namespace

Result<void> ScenarioWriter::utxoTransaction(const std::vector<std::pair<AddressId, qint64>> &inputs,
                                             const std::vector<std::pair<AddressId, qint64>> &outputs)
{
    UtxoTransaction tx;
    tx.chain = u"bitcoin"_s;
    tx.txHash = txHash(false);
    tx.timestamp = tick();
    tx.synthetic = true;
    for (const auto &[address, sats] : inputs) {
        // The spent outputs are not part of the scenario: inputs carry their address and value, as Esplora does.
        tx.inputs.push_back({int(tx.inputs.size()), address, sats, txHash(false), 0});
    }
    for (const auto &[address, sats] : outputs) {
        tx.outputs.push_back({int(tx.outputs.size()), address, sats, u"v0_p2wpkh"_s});
    }
    ++m_summary.utxoTransactions;
    return m_store.addUtxoTransaction(tx).transform([](qint64) {});
}

Result<void> ScenarioWriter::btcStage(qint64 bridgedGwei)
{
    // gwei × (milli-BTC per ETH) / 10^4 = satoshi
    const qint64 total = bridgedGwei / 10000 * m_params.btcPerEthMilli;
    auto vault = newAddress(false, u"bridge vault (Bitcoin side)"_s);
    if (!vault) {
        return std::unexpected(vault.error());
    }
    Result<void> r = tag(*vault, kBridgeService, u"bridge"_s, u"vault on Bitcoin"_s);
    for (int e = 0; r && e < 2; ++e) {
        const QChar letter(u'A' + e);
        auto hot = newAddress(false, u"exchange %1 hot wallet"_s.arg(letter));
        r = hot.and_then([&](AddressId id) {
            m_hotWallets.push_back(id);
            return tag(id, exchangeService(letter), u"exchange"_s, u"hot wallet"_s);
        });
    }
    for (int i = 0; r && i < m_params.exchangeDepositAddresses; ++i) {
        const QChar letter(u'A' + i % 2);
        auto d = newAddress(false, u"exchange %1 deposit address %2"_s.arg(letter).arg(i / 2 + 1));
        r = d.and_then([&](AddressId id) {
            m_deposits.push_back(id);
            m_depositTotals.push_back(0);
            return role(id, u"cash-out"_s, u"deposit address at exchange %1"_s.arg(letter)).and_then([&] {
                return tag(id, exchangeService(letter), u"exchange"_s, u"deposit address"_s);
            });
        });
    }
    // The vault pays the bridged BTC to three fresh addresses and its own change back to itself (address reuse).
    std::vector<AddressId> splits;
    for (int i = 0; r && i < 3; ++i) {
        auto s = newAddress(false, u"bridge payout %1"_s.arg(i + 1));
        r = s.and_then([&](AddressId id) {
            splits.push_back(id);
            return role(id, u"laundering"_s, u"receives part of the bridged BTC"_s);
        });
    }
    if (!r) {
        return r;
    }
    const qint64 parts[3] = {total * 40 / 100, total * 35 / 100, total - total * 40 / 100 - total * 35 / 100};
    const qint64 vaultChange = total / 10;
    r = utxoTransaction({{*vault, total + vaultChange + kFeeSats}},
                        {{splits[0], parts[0]}, {splits[1], parts[1]}, {splits[2], parts[2]}, {*vault, vaultChange}});
    // Consolidation: the three payouts are spent together (common-input ownership); the round 1 BTC payment to an
    // exchange deposit is the only output smaller than every input, so "optimal change" would wrongly take it for
    // change and pull the laundering cluster into the exchange: the service guard must refuse that merge.
    auto head = r.and_then([&] { return newAddress(false, u"peel chain start"_s); });
    if (!head) {
        return std::unexpected(head.error());
    }
    m_depositTotals[0] += kSatsPerBtc;
    qint64 remaining = total - kSatsPerBtc - kFeeSats;
    r = role(*head, u"laundering"_s, u"consolidated bridged BTC"_s).and_then([&] {
        return utxoTransaction({{splits[0], parts[0]}, {splits[1], parts[1]}, {splits[2], parts[2]}},
                               {{m_deposits[0], kSatsPerBtc}, {*head, remaining}});
    });
    AddressId last;
    r = r.and_then([&] { return peelChain(*head, remaining, last); }).and_then([&] {
        return coinJoin(last, remaining);
    });
    // Each exchange sweeps its deposit addresses into its hot wallet in one transaction.
    for (size_t e = 0; r && e < m_hotWallets.size(); ++e) {
        std::vector<std::pair<AddressId, qint64>> inputs;
        qint64 sum = 0;
        for (size_t i = e; i < m_deposits.size(); i += m_hotWallets.size()) {
            if (m_depositTotals[i] > 0) {
                inputs.emplace_back(m_deposits[i], m_depositTotals[i]);
                sum += m_depositTotals[i];
            }
        }
        if (!inputs.empty()) {
            r = utxoTransaction(inputs, {{m_hotWallets[e], sum - kFeeSats}});
        }
    }
    return r;
}

Result<void> ScenarioWriter::peelChain(AddressId head, qint64 &remaining, AddressId &last)
{
    std::optional<AddressId> groupWallet;
    Result<void> r;
    if (m_taggedGroup) {
        auto w = newAddress(false, u"wallet tagged to Lazarus Group in a generated earlier case"_s);
        r = w.and_then([&](AddressId id) {
            groupWallet = id;
            return tag(id, u"SYNTHETIC: Lazarus Group wallet"_s, QString(),
                       u"an earlier (generated) case tagged this wallet to the group"_s, m_taggedGroup);
        });
    }
    AddressId current = head;
    const qint64 peelMax = m_params.peelMaxBtcMilli * kMilliBtc;
    for (int hop = 0; r && hop < m_params.peelHops && remaining > peelMax + kCoinJoinDenomination; ++hop) {
        // One input, two outputs: a small peel to an exchange deposit address and the rest to fresh change.
        const qint64 peel = uniform(m_params.peelMinBtcMilli, m_params.peelMaxBtcMilli) * kMilliBtc;
        const size_t target = size_t(uniform(0, qint64(m_deposits.size()) - 1));
        const bool toGroupWallet = groupWallet && hop == m_params.peelHops / 3;
        const AddressId peelTo = toGroupWallet ? *groupWallet : m_deposits[target];
        if (!toGroupWallet) {
            m_depositTotals[target] += peel;
        }
        auto change = newAddress(false, u"peel chain hop %1 change"_s.arg(hop + 1));
        const qint64 input = remaining;
        remaining = input - peel - kFeeSats;
        r = change.and_then([&](AddressId id) { return role(id, u"laundering"_s, u"peel chain change output"_s); })
                .and_then([&] {
                    return utxoTransaction({{current, input}}, {{peelTo, peel}, {*change, remaining}});
                });
        if (change) {
            current = *change;
        }
    }
    last = current;
    return r;
}

Result<void> ScenarioWriter::coinJoin(AddressId participant, qint64 amount)
{
    // Five participants each pay in and get one equal 0.5 BTC output plus their change: the equal outputs make it
    // a CoinJoin, so common-input ownership must not join the participants.
    std::vector<std::pair<AddressId, qint64>> inputs{{participant, amount}};
    std::vector<std::pair<AddressId, qint64>> equal;
    std::vector<std::pair<AddressId, qint64>> changes;
    Result<void> r;
    for (int i = 0; r && i < kCoinJoinPeers; ++i) {
        auto peer = newAddress(false, u"unrelated CoinJoin participant %1"_s.arg(i + 1));
        const qint64 paid = uniform(6, 9) * kSatsPerBtc / 10;
        auto mixed = peer.and_then([&](AddressId) { return newAddress(false, u"CoinJoin output"_s); });
        auto change = mixed.and_then([&](AddressId) { return newAddress(false, u"CoinJoin participant change"_s); });
        if (!change) {
            return std::unexpected(change.error());
        }
        inputs.emplace_back(*peer, paid);
        equal.emplace_back(*mixed, kCoinJoinDenomination);
        changes.emplace_back(*change, paid - kCoinJoinDenomination - kFeeSats);
    }
    auto postMix = newAddress(false, u"post-mix output of the laundered funds"_s);
    auto ownChange =
        postMix.and_then([&](AddressId) { return newAddress(false, u"CoinJoin change of the laundered funds"_s); });
    if (!ownChange) {
        return std::unexpected(ownChange.error());
    }
    equal.insert(equal.begin() + 2, {*postMix, kCoinJoinDenomination});
    changes.emplace_back(*ownChange, amount - kCoinJoinDenomination - kFeeSats);
    std::vector<std::pair<AddressId, qint64>> outputs = equal;
    outputs.insert(outputs.end(), changes.begin(), changes.end());
    return role(*postMix, u"holding"_s, u"post-mix output (CoinJoin)"_s)
        .and_then([&] { return role(*ownChange, u"holding"_s, u"change of the CoinJoin"_s); })
        .and_then([&] { return utxoTransaction(inputs, outputs); });
}

} // namespace awb::demo
