// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/paths.h"
#include "core/graph/suggest.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <span>
#include <vector>

namespace awb {
class CaseStore;
}

namespace awb::report {

/** The hashes of transfers and UTXO transactions by row id: the graph keeps row ids only. */
struct TxHashes
{
    std::map<qint64, QString> transfers;
    std::map<qint64, QString> utxo;
};

/** Reads the hashes of the transfers and UTXO transactions with these row ids (duplicates allowed), in two store
 *  calls. */
Result<TxHashes> fetchTxHashes(CaseStore &store, std::vector<qint64> transferRowIds, std::vector<qint64> utxoRowIds);

/** Reads the hashes of every transfer and UTXO transaction that @p paths go through, in two store calls. */
Result<TxHashes> fetchTxHashes(CaseStore &store, const graph::Snapshot &snapshot, std::span<const graph::Path> paths);

/** {"kind", "name", …}: the node's kind, its resolvable name and what identifies it (chain, title, row id). */
QJsonObject nodeToJson(const graph::Snapshot &snapshot, graph::NodeIndex node, const TxHashes &hashes);
/** {"kind", "from", "to", "direction", …}; from and to are the link's own ends (the way value moved). */
QJsonObject stepToJson(const graph::Snapshot &snapshot, const graph::PathStep &step, const TxHashes &hashes);
/**
 * A step of stepToJson() as a line a reader takes in: "0xab… → 0xcd…: 79.92 ETH, transfer at 2022-06-24 09:10:00Z,
 * tx 0x…", "incident:26 → 0xab…: role cash-out", with "SYNTHETIC" and "(followed backward)" where they apply.
 */
QString stepToText(const QJsonObject &step);
/** {"length", "nodes": […], "edges": […]}. */
QJsonObject pathToJson(const graph::Snapshot &snapshot, const graph::Path &path, const TxHashes &hashes);

/** The JSON of `awb-cli path` (docs/cli.md): {"from", "to", "k", "paths": […], "bound"?}. */
QJsonObject pathsToJson(const graph::Snapshot &snapshot,
                        graph::NodeIndex from,
                        graph::NodeIndex to,
                        const graph::PathResult &result,
                        const graph::PathOptions &options,
                        const TxHashes &hashes);
/** One line per path: "1. (3 links) incident:5 —role→ 0xab… —flow 1.5 ETH→ …". */
QString pathsToText(const graph::Snapshot &snapshot,
                    graph::NodeIndex from,
                    graph::NodeIndex to,
                    const graph::PathResult &result,
                    const graph::PathOptions &options);

/** The note every suggestion output carries. */
QString suggestionNote();
/** The JSON of `awb-cli suggest` (docs/cli.md). */
QJsonObject suggestionsToJson(const graph::Snapshot &snapshot,
                              const graph::SuggestResult &result,
                              const graph::SuggestOptions &options,
                              const TxHashes &hashes);
QString suggestionsToText(const graph::Snapshot &snapshot, const graph::SuggestResult &result);

} // namespace awb::report
