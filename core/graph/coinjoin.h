// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/graphdata.h"

#include <QString>

#include <optional>
#include <vector>

namespace awb::graph {

/** Output values that the CoinJoin rules ignore: BlockSci's dust limits (546, 2730 sats) and OP_RETURN's 0. */
bool isCoinJoinIgnoredValue(qint64 sats);

/** The equal-output rule's minimum: this many outputs of one value, from as many distinct input addresses. */
inline constexpr quint32 kMinEqualOutputs = 3;

/**
 * Recognises CoinJoin-like transactions (docs/clustering.md, "CoinJoin"): BlockSci's isCoinjoin rule, or at least
 * kMinEqualOutputs equal-valued outputs with at least as many distinct input addresses. Keeps scratch buffers,
 * so checking a transaction allocates nothing once they have grown.
 */
class CoinJoinDetector
{
public:
    /** Why @p tx looks like a CoinJoin, or nullopt when it does not. */
    std::optional<QString> check(const GraphData &data, const GraphUtxoTx &tx);

private:
    std::vector<quint32> m_inputs;
    std::vector<qint64> m_values;
};

} // namespace awb::graph
