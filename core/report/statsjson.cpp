// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/statsjson.h"

#include <QLocale>
#include <QStringList>

namespace awb::report {

using namespace Qt::Literals::StringLiterals;

namespace {

template <typename Map>
QJsonObject yearMap(const Map &values)
{
    QJsonObject out;
    for (const auto &[year, value] : values) {
        out.insert(year, value);
    }
    return out;
}

} // namespace

QJsonObject statsToJson(const CaseStats &s)
{
    return QJsonObject{
        {u"incidents"_s, s.incidents},
        {u"synthetic_incidents"_s, s.syntheticIncidents},
        {u"incidents_without_source"_s, s.incidentsWithoutSource},
        {u"groups"_s, s.groups},
        {u"aliases"_s, s.aliases},
        {u"attributions"_s, s.attributions},
        {u"countries"_s, s.countries},
        {u"sources"_s, s.sources},
        {u"wallets"_s, s.wallets},
        {u"synthetic_wallets"_s, s.syntheticWallets},
        {u"transfers"_s, s.transfers},
        {u"synthetic_transfers"_s, s.syntheticTransfers},
        {u"utxo_transactions"_s, s.utxoTransactions},
        {u"synthetic_utxo_transactions"_s, s.syntheticUtxoTransactions},
        {u"tags"_s, s.tags},
        {u"claims"_s, s.claims},
        {u"notes"_s, s.notes},
        {u"loss_usd_total"_s, s.lossUsdTotal},
        {u"loss_usd_min"_s, s.lossUsdMin},
        {u"loss_usd_max"_s, s.lossUsdMax},
        {u"incidents_without_loss"_s, s.incidentsWithoutLoss},
        {u"loss_usd_by_year"_s, yearMap(s.lossUsdByYear)},
        {u"incidents_by_year"_s, yearMap(s.incidentsByYear)},
    };
}

QString statsToText(const CaseStats &s)
{
    auto money = [](qint64 v) -> QString {
        return u"$"_s + QLocale(QLocale::English).toString(v);
    };
    QStringList lines{
        u"Incidents:      %1 (%2 synthetic, %3 without a source)"_s.arg(s.incidents)
            .arg(s.syntheticIncidents)
            .arg(s.incidentsWithoutSource),
        u"Victim countries: %1"_s.arg(s.countries),
        u"Actor groups:   %1 (%2 alias claims)"_s.arg(s.groups).arg(s.aliases),
        u"Attributions:   %1"_s.arg(s.attributions),
        u"Sources:        %1"_s.arg(s.sources),
        u"Wallets:        %1 (%2 synthetic)"_s.arg(s.wallets).arg(s.syntheticWallets),
        u"Transfers:      %1 (%2 synthetic)"_s.arg(s.transfers).arg(s.syntheticTransfers),
        u"UTXO txs:       %1 (%2 synthetic)"_s.arg(s.utxoTransactions).arg(s.syntheticUtxoTransactions),
        u"Tags:           %1"_s.arg(s.tags),
        u"Loss (USD):     %1 recorded; %2 – %3 across sources; %4 incidents without a figure"_s
            .arg(money(s.lossUsdTotal), money(s.lossUsdMin), money(s.lossUsdMax))
            .arg(s.incidentsWithoutLoss),
        u"By year:"_s,
    };
    for (const auto &[year, loss] : s.lossUsdByYear) {
        lines << u"  %1  %2 incidents  %3"_s.arg(year).arg(s.incidentsByYear.at(year), 3).arg(money(loss));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace awb::report
