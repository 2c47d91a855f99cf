// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/demo: the writer of the synthetic scenario, split by chain (syntheticscenario.cpp for Ethereum,
// syntheticbitcoin.cpp for Bitcoin).
#pragma once

#include "core/demo/syntheticscenario.h"
#include "core/model/wallet.h"
#include "core/store/casestore.h"

#include <random>
#include <vector>

namespace awb::demo {

/** Service names: every address of one service carries a tag with the same label, so the graph sees one service. */
inline const QString kMixerService = QStringLiteral("SYNTHETIC: Mixer M");
inline const QString kBridgeService = QStringLiteral("SYNTHETIC: Bridge X");

inline QString exchangeService(QChar letter)
{
    return QStringLiteral("SYNTHETIC: Exchange ") + letter;
}

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
    QByteArray randomBytes(int n);

    qint64 uniform(qint64 low, qint64 high) { return low + qint64(m_rng() % quint64(high - low + 1)); }

    QString txHash(bool evm);

    qint64 tick() { return m_time += uniform(60, 1800); }

    Result<AddressId> newAddress(bool evm, const QString &label);
    Result<void> transfer(const QString &tx, AddressId from, AddressId to, const QString &wei);
    Result<void> role(AddressId address, const QString &role, const QString &note);
    Result<void> tag(AddressId address,
                     const QString &label,
                     const QString &category,
                     const QString &context,
                     std::optional<GroupId> group = std::nullopt);

    /** One Bitcoin transaction: inputs (address, satoshi) spending unseen outputs, outputs (address, satoshi). */
    Result<void> utxoTransaction(const std::vector<std::pair<AddressId, qint64>> &inputs,
                                 const std::vector<std::pair<AddressId, qint64>> &outputs);

    Result<void> ethStage(std::vector<AddressId> &withdrawals, AddressId &bridgeEth, qint64 &bridgedGwei);
    Result<void> ethDepositStage(const std::vector<AddressId> &withdrawals, qint64 perWithdrawalGwei);
    Result<void> btcStage(qint64 bridgedGwei);
    Result<void> peelChain(AddressId head, qint64 &remaining, AddressId &last);
    Result<void> coinJoin(AddressId participant, qint64 amount);

    static constexpr size_t kDepositUsers = 4; // withdrawal addresses that share the exchange C deposit address

    static QString gweiToWei(qint64 gwei)
    {
        return gwei == 0 ? QStringLiteral("0") : QString::number(gwei) + u"000000000";
    }

    CaseStore &m_store;
    IncidentId m_incident;
    ScenarioParameters m_params;
    std::mt19937_64 m_rng;
    qint64 m_time = 0;
    SourceId m_source;
    std::optional<GroupId> m_taggedGroup; // the group a synthetic wallet is tagged to, when the case has it
    std::vector<AddressId> m_deposits;    // Bitcoin exchange deposit addresses
    std::vector<qint64> m_depositTotals;
    std::vector<AddressId> m_hotWallets;
    ScenarioSummary m_summary;
};

} // namespace awb::demo
