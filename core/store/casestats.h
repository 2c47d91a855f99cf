// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <map>

namespace awb {

/** Counts and totals of a case, as `awb-cli stats` reports them. */
struct CaseStats
{
    qint64 incidents = 0;
    qint64 syntheticIncidents = 0;
    qint64 incidentsWithoutSource = 0;
    qint64 groups = 0;
    qint64 aliases = 0;
    qint64 attributions = 0;
    qint64 countries = 0; // distinct victim countries
    qint64 sources = 0;
    qint64 wallets = 0; // addresses
    qint64 syntheticWallets = 0;
    qint64 transfers = 0;
    qint64 syntheticTransfers = 0;
    qint64 utxoTransactions = 0; // Bitcoin-like transactions with their inputs and outputs
    qint64 syntheticUtxoTransactions = 0;
    qint64 tags = 0;
    qint64 claims = 0;
    qint64 notes = 0;
    qint64 lossUsdTotal = 0; // sum of each real incident's recorded figure
    qint64 lossUsdMin = 0;   // sum of each incident's lowest sourced figure
    qint64 lossUsdMax = 0;   // sum of each incident's highest sourced figure
    qint64 incidentsWithoutLoss = 0;
    std::map<QString, qint64> lossUsdByYear; // year → recorded figures
    std::map<QString, qint64> incidentsByYear;
};

} // namespace awb
