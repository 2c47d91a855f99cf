// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/result.h"

#include <QString>

namespace awb {
class CaseStore;
}

namespace awb::demo {

/** Knobs of the synthetic laundering scenario (resources/demo/synthetic.yaml). */
struct ScenarioParameters
{
    quint64 seed = 1;
    qint64 startTime = 0; // Unix seconds
    int exploiters = 3;
    qint64 stolenEthPerExploiter = 10000;
    int depositors = 12;
    qint64 mixerDenominationEth = 100;
    int mixerDeposits = 120;
    qint64 mixerFeeGwei = 100000000;
    int withdrawalAddresses = 60;
    qint64 btcPerEthMilli = 55;
    int peelHops = 80;
    qint64 peelMinBtcMilli = 400;
    qint64 peelMaxBtcMilli = 2500;
    int exchangeDepositAddresses = 10;
};

struct ScenarioSummary
{
    int addresses = 0;
    int transfers = 0;
    int utxoTransactions = 0;
    int tags = 0;
};

/**
 * Writes the seeded synthetic scenario into @p store, attached to @p incident: exploiters, structured mixer
 * deposits, an exchange deposit address shared by several withdrawal addresses, a bridge hop to Bitcoin, a
 * consolidation, a peel chain, a CoinJoin and exchange sweeps. docs/demo-record.md describes what each part is for.
 * Every record is flagged synthetic and cites one synthetic source that says how it was made. The same seed always
 * gives the same records.
 */
Result<ScenarioSummary> writeSyntheticScenario(CaseStore &store, IncidentId incident, const ScenarioParameters &params);

} // namespace awb::demo
