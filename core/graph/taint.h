// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/snapshot.h"

#include <span>
#include <vector>

namespace awb::graph {

/** floor(a * b / c) without overflow, for a <= c and c > 0 (a 256-bit product divided by 128 bits). */
Amount mulDiv(Amount a, Amount b, Amount c);

/** A flow as the simulation sees it: its ends in the direction of the trace, and how its value is treated. */
struct SimFlow
{
    enum class Role : quint8 {
        Normal,   // the sender's state pays for it; the receiver is credited
        Source,   // the traced value itself: fully tainted in every model; the sender is outside the trace
        External, // value from a node the trace does not follow (a UTXO input of an unvisited address): untainted
        BelowMin, // leaves the sender but is not followed (--min-amount); its taint is counted, not credited
    };
    quint32 flow = 0;
    NodeIndex from = 0;
    NodeIndex to = 0;
    Role role = Role::Normal;
};

/** The three models' taint of one amount. */
struct TaintAmounts
{
    Amount poison = 0;
    Amount haircut = 0;
    Amount fifo = 0;

    TaintAmounts &operator+=(const TaintAmounts &o)
    {
        poison += o.poison;
        haircut += o.haircut;
        fifo += o.fifo;
        return *this;
    }
};

/**
 * One chronological pass of the poison, haircut and FIFO models over flows given in simulation order. State is
 * kept per (node, asset) slot, so amounts of different assets never meet. The workspace arrays are sized to the
 * snapshot once and reset by an epoch, so repeated runs allocate nothing per node. docs/tracing.md states the rules.
 */
class TaintSimulation
{
public:
    struct Slot
    {
        NodeIndex node = 0;
        quint16 asset = 0;
        bool poisoned = false;
        bool fifoActive = false; // the FIFO queue is kept only once taint arrived; before, the balance says it all
        quint32 next = kNone;    // the node's next slot (another asset)
        Amount balance = 0;      // seen funds still held
        Amount poisonIn = 0;     // value received on poisoned flows
        qint64 reachedAt = 0;    // the time of the first poisoned flow in (forward: when traced value arrived)
        Amount haircut = 0;      // tainted value held under haircut (exact, rounded down per outflow)
        quint32 fifoHead = 0;
        std::vector<std::pair<Amount, bool>> fifo; // (amount, tainted) in arrival order, from fifoHead

        Amount fifoTainted() const;
        /** What the slot holds at the end in each model (poison: its whole balance once poisoned). */
        TaintAmounts held() const;
    };

    explicit TaintSimulation(std::size_t nodeCount);

    void run(const Snapshot &snapshot, std::span<const SimFlow> flows);

    const std::vector<Slot> &slotStates() const { return m_slots; }

    /** Value of the Source flows per asset (index = asset). */
    const std::vector<Amount> &traced() const { return m_traced; }

    /** Taint carried away by BelowMin flows per asset. */
    const std::vector<TaintAmounts> &belowMin() const { return m_belowMin; }

private:
    quint32 slotOf(NodeIndex node, quint16 asset);
    void debit(Slot &slot, Amount amount, TaintAmounts &out);
    void credit(Slot &slot, Amount amount, const TaintAmounts &in, qint64 timestamp);

    std::vector<quint32> m_epochOf;
    std::vector<quint32> m_firstSlot;
    quint32 m_epoch = 0;
    std::vector<Slot> m_slots;
    std::vector<Amount> m_traced;
    std::vector<TaintAmounts> m_belowMin;
    std::vector<std::pair<Amount, bool>> m_moving; // the FIFO pieces of the flow in hand
};

} // namespace awb::graph
