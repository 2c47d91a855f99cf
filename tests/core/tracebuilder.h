// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/snapshot.h"

#include <utility>
#include <vector>

namespace awb::test {

/** Builds small money-flow cases by hand: asset 0 is "T" (0 decimals, ethereum), asset 1 is "B" (bitcoin, 8). */
class GraphBuilder
{
public:
    GraphBuilder()
    {
        const quint16 eth = m_data.chainIndex(QStringLiteral("ethereum"));
        const quint16 btc = m_data.chainIndex(QStringLiteral("bitcoin"));
        m_data.assets.push_back({eth, QStringLiteral("T"), 0, {}});
        m_data.assets.push_back({btc, QStringLiteral("B"), 8, {}});
        m_data.incidents.push_back({1, QStringLiteral("incident"), QStringLiteral("2022-01-01"), false});
    }

    quint32 address(bool bitcoin = false)
    {
        const quint32 n = quint32(m_data.addresses.size());
        const QString text = bitcoin ? QStringLiteral("bc1q%1").arg(n, 8, 10, QChar(u'0'))
                                     : QStringLiteral("0x%1").arg(n, 40, 16, QChar(u'0'));
        return m_data.addAddress(bitcoin ? 1 : 0, text, n + 1);
    }

    void transfer(quint32 from, quint32 to, Amount amount, qint64 time, quint16 asset = 0)
    {
        graph::GraphTransfer t;
        t.from = from;
        t.to = to;
        t.amount = amount;
        t.timestamp = time;
        t.asset = asset;
        t.rowId = qint64(m_data.transfers.size()) + 1;
        m_data.transfers.push_back(t);
    }

    void tx(qint64 time,
            const std::vector<std::pair<quint32, qint64>> &inputs,
            const std::vector<std::pair<quint32, qint64>> &outputs)
    {
        graph::GraphUtxoTx t;
        t.rowId = qint64(m_data.utxoTxs.size()) + 1;
        t.timestamp = time;
        t.chain = 1;
        t.asset = 1;
        t.firstInput = quint32(m_data.inputs.size());
        t.inputCount = quint32(inputs.size());
        t.firstOutput = quint32(m_data.outputs.size());
        t.outputCount = quint32(outputs.size());
        for (const auto &[a, v] : inputs) {
            m_data.inputs.push_back({a, v});
        }
        for (const auto &[a, v] : outputs) {
            m_data.outputs.push_back({a, v, QStringLiteral("p2wpkh")});
        }
        m_data.utxoTxs.push_back(t);
    }

    void service(quint32 address, const QString &label, const QString &category)
    {
        graph::GraphTag t;
        t.rowId = qint64(m_data.tags.size()) + 1;
        t.address = address;
        t.label = label;
        t.category = category;
        m_data.tags.push_back(t);
    }

    void role(quint32 address, const QString &role)
    {
        m_data.roles.push_back({qint64(m_data.roles.size()) + 1, 0, address, role, false});
    }

    std::shared_ptr<const graph::Snapshot> build()
    {
        m_data.deriveServices();
        return graph::Snapshot::build(m_data);
    }

    graph::GraphData &data() { return m_data; }

private:
    graph::GraphData m_data;
};

} // namespace awb::test
