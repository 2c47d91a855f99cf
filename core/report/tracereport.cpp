// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/tracereport.h"

#include <QDateTime>
#include <QJsonArray>

namespace awb::report {

using namespace Qt::Literals::StringLiterals;
using graph::GraphAsset;
using graph::kNone;
using graph::NodeKind;
using graph::Snapshot;
using graph::TaintAmounts;

namespace {

const GraphAsset &assetOf(const Snapshot &s, quint16 asset)
{
    return s.data().assets[asset];
}

QString chainOf(const Snapshot &s, quint16 asset)
{
    return s.data().chains[assetOf(s, asset).chain];
}

void putAmount(QJsonObject &o, const QString &key, Amount amount, int decimals)
{
    o.insert(key, formatBaseUnits(amount));
    o.insert(key + u"_units"_s, formatUnits(amount, decimals));
}

QJsonObject taintJson(const TaintAmounts &t, int decimals)
{
    QJsonObject o;
    putAmount(o, u"poison"_s, t.poison, decimals);
    putAmount(o, u"haircut"_s, t.haircut, decimals);
    putAmount(o, u"fifo"_s, t.fifo, decimals);
    return o;
}

void merge(QJsonObject &into, const QJsonObject &from)
{
    for (auto it = from.begin(); it != from.end(); ++it) {
        into.insert(it.key(), it.value());
    }
}

QJsonObject assetHeader(const Snapshot &s, quint16 asset)
{
    return QJsonObject{{u"asset"_s, assetOf(s, asset).symbol},
                       {u"chain"_s, chainOf(s, asset)},
                       {u"decimals"_s, assetOf(s, asset).decimals}};
}

bool isSynthetic(const Snapshot &s, graph::NodeIndex node)
{
    return s.kind(node) == NodeKind::Address ? s.data().addresses[s.local(node)].synthetic
                                             : s.data().utxoTxs[s.local(node)].synthetic;
}

/** The address's cluster, service and category as JSON members. */
void putOwner(QJsonObject &o, const Snapshot &s, quint32 cluster, quint32 service)
{
    o.insert(u"cluster"_s, qint64(cluster));
    const bool known = service != kNone;
    o.insert(u"service"_s, known ? QJsonValue(s.data().services[service].name) : QJsonValue());
    o.insert(u"category"_s, known ? QJsonValue(s.data().services[service].category) : QJsonValue());
}

QString stopName(graph::StopReason r)
{
    switch (r) {
    case graph::StopReason::Service:
        return u"service"_s;
    case graph::StopReason::HopLimit:
        return u"hop_limit"_s;
    case graph::StopReason::Holding:
        break;
    }
    return u"holding"_s;
}

QString dateText(qint64 t, bool isMin)
{
    if (t == (isMin ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max())) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QJsonObject traceToJson(const Snapshot &s, const graph::TraceResult &result, const graph::TraceOptions &options)
{
    const bool forward = result.direction == graph::TraceDirection::Forward;
    QJsonObject json;
    json.insert(u"direction"_s, forward ? u"forward"_s : u"backward"_s);
    json.insert(u"basis"_s, result.seeds.basis);
    json.insert(u"meaning"_s, forward
                                  ? u"each endpoint's amounts are the part of the traced value that reached it"_s
                                  : u"each endpoint's amounts are the part of the seeds' receipts that came from it"_s);
    QJsonArray seeds;
    bool synthetic = false;
    for (graph::NodeIndex n : result.seeds.nodes) {
        synthetic = synthetic || isSynthetic(s, n);
        seeds.append(QJsonObject{{u"address"_s, s.nodeName(n)},
                                 {u"chain"_s, s.data().chains[s.data().addresses[s.local(n)].chain]},
                                 {u"synthetic"_s, isSynthetic(s, n)}});
    }
    json.insert(u"seeds"_s, seeds);
    QJsonObject opts{{u"hops"_s, options.maxHops},
                     {u"min_amount"_s, options.minAmount.isEmpty() ? QJsonValue() : QJsonValue(options.minAmount)},
                     {u"through"_s, QJsonArray::fromStringList(options.through)}};
    const QString from = dateText(options.window.from, true), to = dateText(options.window.to, false);
    opts.insert(u"from"_s, from.isEmpty() ? QJsonValue() : QJsonValue(from));
    opts.insert(u"to"_s, to.isEmpty() ? QJsonValue() : QJsonValue(to));
    json.insert(u"options"_s, opts);

    QJsonArray traced, residual, fees;
    for (const graph::AssetTotals &t : result.totals) {
        const int decimals = assetOf(s, t.asset).decimals;
        QJsonObject tr = assetHeader(s, t.asset);
        tr.insert(u"amount"_s, formatBaseUnits(t.traced));
        tr.insert(u"units"_s, formatUnits(t.traced, decimals));
        tr.insert(u"endpoints"_s, taintJson(t.endpoints, decimals));
        traced.append(tr);
        QJsonObject re = assetHeader(s, t.asset);
        merge(re, taintJson(t.residual(), decimals));
        re.insert(u"held"_s, taintJson(t.held, decimals));
        re.insert(u"below_min_amount"_s, taintJson(t.belowMin, decimals));
        residual.append(re);
        QJsonObject fe = assetHeader(s, t.asset);
        merge(fe, taintJson(t.fees, decimals));
        fees.append(fe);
    }
    json.insert(u"traced"_s, traced);
    json.insert(u"residual"_s, residual);
    json.insert(u"fees"_s, fees);
    json.insert(u"rounding"_s,
                u"haircut shares are exact integers: each outflow's share is rounded down to a base unit and the "
                u"remainder stays with the sender (counted in residual), so endpoints + residual + fees = traced "
                u"exactly for haircut and FIFO; poison is an upper bound and is not conserved"_s);

    QJsonArray endpoints;
    for (const graph::TraceEndpoint &e : result.endpoints) {
        const int decimals = assetOf(s, e.asset).decimals;
        const quint32 address = s.local(e.node);
        QJsonObject o{{u"address"_s, s.nodeName(e.node)}, {u"chain"_s, chainOf(s, e.asset)}};
        putOwner(o, s, s.clustering().clusterOf(address), s.serviceOfAddress(address));
        o.insert(u"asset"_s, assetOf(s, e.asset).symbol);
        o.insert(u"decimals"_s, decimals);
        merge(o, taintJson(e.taint, decimals));
        o.insert(u"hops"_s, e.hops);
        o.insert(u"stop"_s, stopName(e.reason));
        o.insert(u"synthetic"_s, isSynthetic(s, e.node));
        synthetic = synthetic || isSynthetic(s, e.node);
        endpoints.append(o);
    }
    json.insert(u"endpoints"_s, endpoints);

    QJsonArray chains;
    for (const graph::PeelChain &c : result.peelChains) {
        const int decimals = assetOf(s, c.asset).decimals;
        QJsonObject o{{u"start"_s, s.nodeName(c.start)},
                      {u"end"_s, s.nodeName(c.end)},
                      {u"chain"_s, chainOf(s, c.asset)},
                      {u"asset"_s, assetOf(s, c.asset).symbol},
                      {u"decimals"_s, decimals},
                      {u"hops"_s, c.hops},
                      {u"change_addresses"_s, qint64(c.changeAddresses.size())}};
        putAmount(o, u"peeled"_s, c.peeled, decimals);
        putAmount(o, u"remainder"_s, c.remainder, decimals);
        QJsonArray destinations;
        for (const graph::PeelDestination &d : c.destinations) {
            QJsonObject dj{{u"peels"_s, d.peels}};
            putOwner(dj, s, d.cluster, d.service);
            putAmount(dj, u"amount"_s, d.amount, decimals);
            destinations.append(dj);
        }
        o.insert(u"destinations"_s, destinations);
        o.insert(u"synthetic"_s, isSynthetic(s, c.start) && isSynthetic(s, c.end));
        chains.append(o);
    }
    json.insert(u"peel_chains"_s, chains);

    QJsonArray bridges;
    for (const graph::BridgeCrossing &b : result.bridges) {
        const graph::TraceEndpoint &e = result.endpoints[b.endpoint];
        QJsonObject o{{u"endpoint"_s, s.nodeName(e.node)},
                      {u"chain"_s, chainOf(s, e.asset)},
                      {u"bridge"_s, s.data().services[b.service].name},
                      {u"reached"_s, dateText(e.reachedAt, true)},
                      {u"window_hours"_s, double(options.bridgeWindowSeconds) / 3600}};
        QJsonArray payouts;
        for (const graph::BridgePayout &p : b.payouts) {
            QJsonObject pj{{u"address"_s, s.nodeName(p.to)},
                           {u"chain"_s, chainOf(s, p.asset)},
                           {u"asset"_s, assetOf(s, p.asset).symbol},
                           {u"time"_s, dateText(p.timestamp, true)},
                           {u"after_seconds"_s, p.timestamp - e.reachedAt},
                           {u"synthetic"_s, isSynthetic(s, p.to)}};
            putAmount(pj, u"amount"_s, p.amount, assetOf(s, p.asset).decimals);
            payouts.append(pj);
        }
        o.insert(u"payouts"_s, payouts);
        o.insert(u"more_payouts"_s, qint64(b.morePayouts));
        bridges.append(o);
    }
    json.insert(u"bridges"_s, bridges);
    json.insert(u"bridges_meaning"_s,
                u"for each endpoint at a bridge, the bridge's payouts on its other chains within the window after "
                u"traced value reached it: candidates for where the value crossed to, not a continuation of the "
                u"trace (the case holds no exchange rate and no record of which deposit paid which payout); trace "
                u"on from a payout with --address"_s);
    json.insert(u"counts"_s, QJsonObject{{u"flows_visited"_s, qint64(result.flowsVisited)},
                                         {u"nodes_visited"_s, qint64(result.nodesVisited)},
                                         {u"endpoints"_s, qint64(result.endpoints.size())},
                                         {u"peel_chains"_s, qint64(result.peelChains.size())},
                                         {u"bridges"_s, qint64(result.bridges.size())}});
    json.insert(u"synthetic"_s, synthetic);
    return json;
}

QString traceToText(const Snapshot &s, const graph::TraceResult &result, int maxEndpoints)
{
    QString out;
    const bool forward = result.direction == graph::TraceDirection::Forward;
    out += (forward ? u"Forward trace of "_s : u"Backward trace of "_s) + result.seeds.basis + u'\n';
    for (const graph::AssetTotals &t : result.totals) {
        const int d = assetOf(s, t.asset).decimals;
        const QString sym = assetOf(s, t.asset).symbol;
        const TaintAmounts r = t.residual();
        out +=
            u"  %1 %2 traced: endpoints haircut %3, FIFO %4, poison %5; residual haircut %6; fees haircut %7\n"_s.arg(
                formatUnits(t.traced, d), sym, formatUnits(t.endpoints.haircut, d), formatUnits(t.endpoints.fifo, d),
                formatUnits(t.endpoints.poison, d), formatUnits(r.haircut, d), formatUnits(t.fees.haircut, d));
    }
    out += u"%1 endpoints, %2 flows and %3 nodes visited\n"_s.arg(result.endpoints.size())
               .arg(result.flowsVisited)
               .arg(result.nodesVisited);
    int shown = 0;
    for (const graph::TraceEndpoint &e : result.endpoints) {
        if (shown++ == maxEndpoints) {
            out += u"  … %1 more (use --json for all)\n"_s.arg(result.endpoints.size() - size_t(maxEndpoints));
            break;
        }
        const int d = assetOf(s, e.asset).decimals;
        const quint32 service = s.serviceOfAddress(s.local(e.node));
        out += u"  %1 %2  haircut %3  FIFO %4  poison %5 %6  (%7 hops, %8)%9\n"_s.arg(
            s.nodeName(e.node), service == kNone ? QString() : u'[' + s.data().services[service].name + u']',
            formatUnits(e.taint.haircut, d), formatUnits(e.taint.fifo, d), formatUnits(e.taint.poison, d),
            assetOf(s, e.asset).symbol, QString::number(e.hops), stopName(e.reason),
            isSynthetic(s, e.node) ? u"  SYNTHETIC"_s : QString());
    }
    for (const graph::BridgeCrossing &b : result.bridges) {
        const graph::TraceEndpoint &e = result.endpoints[b.endpoint];
        out += u"Bridge %1 reached at %2 on %3: %4 payout(s) on other chains within the window (candidates, not "
               u"matched; trace on with --address)\n"_s
                   .arg(s.data().services[b.service].name, dateText(e.reachedAt, true), chainOf(s, e.asset))
                   .arg(b.payouts.size() + b.morePayouts);
        for (const graph::BridgePayout &p : b.payouts) {
            out += u"  %1 %2 %3 at %4 (+%5 h)\n"_s
                       .arg(s.nodeName(p.to), formatUnits(p.amount, assetOf(s, p.asset).decimals),
                            assetOf(s, p.asset).symbol, dateText(p.timestamp, true))
                       .arg(double(p.timestamp - e.reachedAt) / 3600, 0, 'f', 1);
        }
    }
    for (const graph::PeelChain &c : result.peelChains) {
        const int d = assetOf(s, c.asset).decimals;
        out += u"Peel chain %1 → %2: %3 hops, %4 %5 peeled, %6 remaining\n"_s.arg(
            s.nodeName(c.start), s.nodeName(c.end), QString::number(c.hops), formatUnits(c.peeled, d),
            assetOf(s, c.asset).symbol, formatUnits(c.remainder, d));
    }
    return out;
}

} // namespace awb::report
