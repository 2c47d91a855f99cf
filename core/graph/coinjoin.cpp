// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/coinjoin.h"

#include <algorithm>

namespace awb::graph {

using namespace Qt::Literals::StringLiterals;

bool isCoinJoinIgnoredValue(qint64 sats)
{
    return sats == 546 || sats == 2730 || sats == 0;
}

std::optional<QString> CoinJoinDetector::check(const GraphData &data, const GraphUtxoTx &tx)
{
    // Neither rule can hold below 2 inputs and 3 outputs; most transactions leave here.
    if (tx.inputCount < 2 || tx.outputCount < 3) {
        return std::nullopt;
    }
    // An input whose address the case does not know counts as one more participant: unknown is not "the same".
    m_inputs.clear();
    quint32 unknownInputs = 0;
    for (quint32 i = tx.firstInput; i < tx.firstInput + tx.inputCount; ++i) {
        const quint32 address = data.inputs[i].address;
        if (address == kNone) {
            ++unknownInputs;
        } else {
            m_inputs.push_back(address);
        }
    }
    std::sort(m_inputs.begin(), m_inputs.end());
    const quint32 distinctInputs =
        quint32(std::unique(m_inputs.begin(), m_inputs.end()) - m_inputs.begin()) + unknownInputs;

    m_values.clear();
    for (quint32 o = tx.firstOutput; o < tx.firstOutput + tx.outputCount; ++o) {
        if (!isCoinJoinIgnoredValue(data.outputs[o].amount)) {
            m_values.push_back(data.outputs[o].amount);
        }
    }
    std::sort(m_values.begin(), m_values.end());
    quint32 bestCount = 0;
    qint64 bestValue = 0;
    for (size_t i = 0; i < m_values.size();) {
        size_t j = i;
        while (j < m_values.size() && m_values[j] == m_values[i]) {
            ++j;
        }
        if (j - i > bestCount) { // ties keep the smaller value: only the count matters to the rules
            bestCount = quint32(j - i);
            bestValue = m_values[i];
        }
        i = j;
    }

    // BlockSci isCoinjoin: each participant has a mixed output and a change output.
    const quint32 participants = (tx.outputCount + 1) / 2;
    if (participants <= distinctInputs && bestCount == participants) {
        return u"CoinJoin-like (BlockSci rule): %1 of %2 outputs pay %3 sats, the expected %4 participants, from %5 "
               "distinct input addresses"_s.arg(bestCount)
                   .arg(tx.outputCount)
                   .arg(bestValue)
                   .arg(participants)
                   .arg(distinctInputs);
    }
    // Equal denominations with no change pairing (Whirlpool, Wasabi): the BlockSci count does not fit them.
    if (bestCount >= kMinEqualOutputs && distinctInputs >= bestCount) {
        return u"CoinJoin-like (equal outputs): %1 of %2 outputs pay %3 sats, from %4 distinct input addresses"_s
            .arg(bestCount)
            .arg(tx.outputCount)
            .arg(bestValue)
            .arg(distinctInputs);
    }
    return std::nullopt;
}

} // namespace awb::graph
