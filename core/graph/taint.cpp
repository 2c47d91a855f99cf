// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/taint.h"

#include <algorithm>

namespace awb::graph {

namespace {

constexpr Amount kLow64 = Amount(~quint64(0));

} // namespace

Amount mulDiv(Amount a, Amount b, Amount c)
{
    const Amount a0 = a & kLow64, a1 = a >> 64, b0 = b & kLow64, b1 = b >> 64;
    const Amount p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    const Amount mid = (p00 >> 64) + (p01 & kLow64) + (p10 & kLow64);
    const Amount lo = (p00 & kLow64) | (mid << 64);
    Amount rem = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    if (rem == 0) {
        return lo / c;
    }
    // a <= c makes the quotient fit 128 bits (rem < c); shift-subtract over the low half.
    Amount q = 0;
    for (int i = 127; i >= 0; --i) {
        const bool carry = (rem >> 127) != 0;
        rem = (rem << 1) | ((lo >> i) & 1);
        q <<= 1;
        if (carry || rem >= c) {
            rem -= c;
            q |= 1;
        }
    }
    return q;
}

Amount TaintSimulation::Slot::fifoTainted() const
{
    Amount sum = 0;
    for (size_t i = fifoHead; i < fifo.size(); ++i) {
        if (fifo[i].second) {
            sum += fifo[i].first;
        }
    }
    return sum;
}

TaintAmounts TaintSimulation::Slot::held() const
{
    return {poisoned ? balance : 0, haircut, fifoTainted()};
}

TaintSimulation::TaintSimulation(std::size_t nodeCount)
    : m_epochOf(nodeCount, 0)
    , m_firstSlot(nodeCount, kNone)
{}

quint32 TaintSimulation::slotOf(NodeIndex node, quint16 asset)
{
    if (m_epochOf[node] != m_epoch) {
        m_epochOf[node] = m_epoch;
        m_firstSlot[node] = kNone;
    }
    quint32 *link = &m_firstSlot[node];
    while (*link != kNone) {
        if (m_slots[*link].asset == asset) {
            return *link;
        }
        link = &m_slots[*link].next;
    }
    const quint32 added = quint32(m_slots.size());
    *link = added; // before push_back, which may move the slot that link points into
    Slot s;
    s.node = node;
    s.asset = asset;
    m_slots.push_back(std::move(s));
    return added;
}

void TaintSimulation::debit(Slot &slot, Amount amount, TaintAmounts &out)
{
    // Spending more than the case showed arriving uses unseen funds, which are untainted.
    const Amount available = std::max(slot.balance, amount);
    out.poison = slot.poisoned ? amount : 0;
    out.haircut = slot.haircut == 0 ? 0 : mulDiv(slot.haircut, amount, available);
    slot.haircut -= out.haircut;
    slot.balance = available - amount;
    m_moving.clear();
    out.fifo = 0;
    if (!slot.fifoActive) {
        m_moving.emplace_back(amount, false);
        return;
    }
    Amount need = amount;
    auto &q = slot.fifo;
    while (need > 0 && slot.fifoHead < q.size()) {
        auto &[piece, tainted] = q[slot.fifoHead];
        const Amount take = std::min(piece, need);
        m_moving.emplace_back(take, tainted);
        if (tainted) {
            out.fifo += take;
        }
        piece -= take;
        need -= take;
        if (piece == 0) {
            ++slot.fifoHead;
        }
    }
    if (need > 0) {
        m_moving.emplace_back(need, false);
    }
    if (slot.fifoHead > 32 && slot.fifoHead * 2 > q.size()) {
        q.erase(q.begin(), q.begin() + slot.fifoHead);
        slot.fifoHead = 0;
    }
}

void TaintSimulation::credit(Slot &slot, Amount amount, const TaintAmounts &in, qint64 timestamp)
{
    if (in.fifo > 0 && !slot.fifoActive) {
        slot.fifoActive = true;
        if (slot.balance > 0) {
            slot.fifo.emplace_back(slot.balance, false);
        }
    }
    if (slot.fifoActive) {
        for (const auto &[piece, tainted] : m_moving) {
            if (piece == 0) {
                continue;
            }
            if (slot.fifo.size() > slot.fifoHead && slot.fifo.back().second == tainted) {
                slot.fifo.back().first += piece;
            } else {
                slot.fifo.emplace_back(piece, tainted);
            }
        }
    }
    slot.balance += amount;
    slot.poisonIn += in.poison;
    if (in.poison > 0 && !slot.poisoned) {
        slot.reachedAt = timestamp;
    }
    slot.poisoned = slot.poisoned || in.poison > 0;
    slot.haircut += in.haircut;
}

void TaintSimulation::run(const Snapshot &snapshot, std::span<const SimFlow> flows)
{
    if (++m_epoch == 0) { // after 2^32 runs the stamps wrap: clear them once
        std::fill(m_epochOf.begin(), m_epochOf.end(), 0);
        m_epoch = 1;
    }
    m_slots.clear();
    m_traced.assign(snapshot.data().assets.size(), 0);
    m_belowMin.assign(snapshot.data().assets.size(), {});
    for (const SimFlow &sf : flows) {
        const Flow &f = snapshot.flow(sf.flow);
        TaintAmounts moving;
        switch (sf.role) {
        case SimFlow::Role::Source:
            moving = {f.amount, f.amount, f.amount};
            m_traced[f.asset] += f.amount;
            m_moving.assign(1, {f.amount, true});
            break;
        case SimFlow::Role::External:
            m_moving.assign(1, {f.amount, false});
            break;
        case SimFlow::Role::Normal:
        case SimFlow::Role::BelowMin:
            debit(m_slots[slotOf(sf.from, f.asset)], f.amount, moving);
            break;
        }
        if (sf.role == SimFlow::Role::BelowMin) {
            m_belowMin[f.asset] += moving;
            continue;
        }
        // slotOf may grow m_slots, so the receiver's slot is looked up after the sender's is done with.
        credit(m_slots[slotOf(sf.to, f.asset)], f.amount, moving, f.timestamp);
    }
}

} // namespace awb::graph
