// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The change heuristics: each finds at most one change output of a transaction and joins it to the spender.
#include "core/graph/clusterer.h"

#include <algorithm>

namespace awb::graph {

using namespace Qt::Literals::StringLiterals;

void Clusterer::collectInputs(const GraphUtxoTx &tx)
{
    m_txInputs.clear();
    m_spender = kNone;
    for (quint32 i = tx.firstInput; i < tx.firstInput + tx.inputCount; ++i) {
        if (const quint32 a = m_data.inputs[i].address; a != kNone) {
            m_txInputs.push_back(a);
            if (m_spender == kNone) {
                m_spender = a;
            }
        }
    }
    std::sort(m_txInputs.begin(), m_txInputs.end());
    m_txInputs.erase(std::unique(m_txInputs.begin(), m_txInputs.end()), m_txInputs.end());
}

bool Clusterer::isInput(quint32 address) const
{
    return std::binary_search(m_txInputs.begin(), m_txInputs.end(), address);
}

void Clusterer::oneTimeChange(quint32 tx)
{
    const GraphUtxoTx &t = m_data.utxoTxs[tx];
    quint32 change = kNone;
    quint32 candidates = 0;
    bool selfChange = false;
    for (quint32 o = t.firstOutput; o < t.firstOutput + t.outputCount; ++o) {
        const quint32 a = m_data.outputs[o].address;
        if (a == kNone) {
            continue;
        }
        if (isInput(a)) {
            selfChange = true;
        } else if (m_firstSeen[a] == tx && a != change) {
            change = a;
            ++candidates;
        }
    }
    if (candidates == 0) {
        return;
    }
    // Meiklejohn: a wallet that pays change back to an input address makes a fresh output a payment, not change.
    if (selfChange) {
        skip(tx, u"one-time-change: self-change (an output pays an input address), so the output to a new address "
                 "is not taken as change"_s);
        return;
    }
    if (candidates > 1) {
        skip(tx, u"one-time-change: ambiguous, %1 outputs go to never-before-seen addresses"_s.arg(candidates));
        return;
    }
    link(m_spender, change, Heuristic::OneTimeChange, Evidence{Evidence::Kind::UtxoTx, tx});
}

void Clusterer::addressReuse(quint32 tx)
{
    const GraphUtxoTx &t = m_data.utxoTxs[tx];
    quint32 change = kNone;
    quint32 candidates = 0;
    for (quint32 o = t.firstOutput; o < t.firstOutput + t.outputCount; ++o) {
        const quint32 a = m_data.outputs[o].address;
        if (a != kNone && a != change && isInput(a)) {
            change = a;
            ++candidates;
        }
    }
    if (candidates == 0) {
        return;
    }
    if (candidates > 1) {
        skip(tx, u"address-reuse: ambiguous, %1 outputs pay back different input addresses"_s.arg(candidates));
        return;
    }
    // The change address is one of the inputs; what the heuristic adds is that its owner spent the other inputs.
    for (quint32 other : m_txInputs) {
        if (other != change) {
            link(change, other, Heuristic::AddressReuse, Evidence{Evidence::Kind::UtxoTx, tx});
        }
    }
}

void Clusterer::optimalChange(quint32 tx)
{
    const GraphUtxoTx &t = m_data.utxoTxs[tx];
    qint64 smallestInput = -1;
    for (quint32 i = t.firstInput; i < t.firstInput + t.inputCount; ++i) {
        const qint64 amount = m_data.inputs[i].amount;
        if (amount < 0) {
            return; // an input of unknown value: "smaller than every input" cannot be decided
        }
        if (smallestInput < 0 || amount < smallestInput) {
            smallestInput = amount;
        }
    }
    if (smallestInput < 0) {
        return;
    }
    quint32 change = kNone;
    quint32 candidates = 0;
    for (quint32 o = t.firstOutput; o < t.firstOutput + t.outputCount; ++o) {
        const GraphOutput &out = m_data.outputs[o];
        if (out.address != kNone && out.amount < smallestInput) {
            change = out.address;
            ++candidates;
        }
    }
    if (candidates == 0) {
        return;
    }
    if (candidates > 1) {
        skip(tx, u"optimal-change: ambiguous, %1 outputs are smaller than every input"_s.arg(candidates));
        return;
    }
    link(m_spender, change, Heuristic::OptimalChange, Evidence{Evidence::Kind::UtxoTx, tx});
}

} // namespace awb::graph
