// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Victor (FC 2020): an exchange gives each customer a deposit address that forwards to the exchange, so everyone
// who pays one deposit address is that customer.
#include "core/graph/clusterer.h"

#include <map>

namespace awb::graph {

using namespace Qt::Literals::StringLiterals;

namespace {

inline constexpr quint32 kConflict = kNone - 1; // a candidate forwarding to two exchanges: not a deposit address

} // namespace

void Clusterer::depositAddresses()
{
    const size_t n = m_data.addresses.size();
    std::vector<quint32> exchangeOf(n, kNone);
    std::vector<bool> isService(n, false);
    bool anyExchange = false;
    for (quint32 s = 0; s < m_data.services.size(); ++s) {
        const bool exchange = m_data.services[s].category.compare(u"exchange"_s, Qt::CaseInsensitive) == 0;
        for (quint32 a : m_data.services[s].addresses) {
            isService[a] = true;
            if (exchange && exchangeOf[a] == kNone) {
                exchangeOf[a] = s;
                anyExchange = true;
            }
        }
    }
    if (!anyExchange) {
        return;
    }
    // Candidates: untagged addresses that pay an exchange. Ordered maps keep the merge order deterministic.
    std::map<quint32, std::vector<quint32>> incoming; // candidate → transfers it received, in time order
    for (const GraphTransfer &t : m_data.transfers) {
        if (exchangeOf[t.to] != kNone && !isService[t.from]) {
            incoming.try_emplace(t.from);
        }
    }
    if (incoming.empty()) {
        return;
    }
    for (quint32 i = 0; i < m_data.transfers.size(); ++i) {
        if (auto it = incoming.find(m_data.transfers[i].to); it != incoming.end()) {
            it->second.push_back(i);
        }
    }
    // A forward passes on what the address received since its previous payment of that asset, within the window:
    // at most that sum and at least 95 % of it. One deposit forwarded alone and a sweep of several both match.
    std::map<quint32, quint32> exchangeOfDeposit; // candidate → the exchange it forwards deposits to, or kConflict
    std::map<std::pair<quint32, quint16>, quint32> previousPayment; // (candidate, asset) → transfer index
    for (quint32 fi = 0; fi < m_data.transfers.size(); ++fi) {
        const GraphTransfer &f = m_data.transfers[fi];
        const auto candidate = incoming.find(f.from);
        if (candidate == incoming.end()) {
            continue;
        }
        const auto previous = previousPayment.find({f.from, f.asset});
        const quint32 since = previous == previousPayment.end() ? 0 : previous->second + 1;
        previousPayment[{f.from, f.asset}] = fi;
        const quint32 exchange = exchangeOf[f.to];
        if (exchange == kNone) {
            continue;
        }
        Amount received = 0;
        for (quint32 d : candidate->second) {
            const GraphTransfer &t = m_data.transfers[d];
            if (d >= since && d < fi && t.asset == f.asset && f.timestamp - t.timestamp <= kDepositWindowSeconds) {
                received += t.amount;
            }
        }
        if (received == 0 || f.amount > received || f.amount * 100 < received * kDepositMinForwardPercent) {
            continue;
        }
        auto [it, added] = exchangeOfDeposit.try_emplace(f.from, exchange);
        if (!added && it->second != exchange) {
            it->second = kConflict;
        }
    }
    for (const auto &[deposit, exchange] : exchangeOfDeposit) {
        if (exchange == kConflict) {
            continue;
        }
        quint32 customer = kNone;
        for (quint32 d : incoming.at(deposit)) {
            const GraphTransfer &t = m_data.transfers[d];
            // Internal transfers are sent by contracts, and services pay many customers: neither is the customer.
            if (t.kind == TransferKind::Internal || isService[t.from] || t.from == deposit) {
                continue;
            }
            if (customer == kNone) {
                customer = t.from;
            } else if (t.from != customer) {
                link(customer, t.from, Heuristic::DepositAddress, Evidence{Evidence::Kind::Transfer, d});
            }
        }
    }
}

} // namespace awb::graph
