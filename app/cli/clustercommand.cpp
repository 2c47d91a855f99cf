// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli cluster` and `awb-cli explain`: address clusters, and the chain of merges behind one of them.
#include "app/cli/cliargs.h"
#include "core/chain/address.h"
#include "core/db/sqlitecasestore.h"
#include "core/report/clusterreport.h"

#include <QJsonDocument>

namespace awb::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

/** The heuristics of --heuristics (comma-separated, repeatable); every heuristic when it is absent. */
std::optional<graph::ClusterOptions> clusterOptions(const Parsed &p, Streams io)
{
    graph::ClusterOptions options;
    const QStringList values = p.values(u"--heuristics"_s);
    if (values.isEmpty()) {
        return options;
    }
    options.heuristics.clear();
    for (const QString &value : values) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            const auto h = graph::heuristicFromName(name);
            if (!h) {
                usage(io, u"--heuristics: unknown heuristic \"%1\"; choose from multi-input, one-time-change, "
                          "address-reuse, optimal-change, deposit-address"_s.arg(name.trimmed()));
                return std::nullopt;
            }
            if (!options.uses(*h)) {
                options.heuristics.push_back(*h);
            }
        }
    }
    return options;
}

/** The address @p text on any chain of the case, normalised for that chain (EIP-55 for EVM). */
std::optional<quint32> findAnyChain(const graph::GraphData &data, const QString &text)
{
    for (const QString &chain : data.chains) {
        const auto canonical = chain::normalizeAddress(chain, text.trimmed());
        if (!canonical) {
            continue;
        }
        if (const auto found = data.findAddress(chain, *canonical)) {
            return found;
        }
    }
    return std::nullopt;
}

/** The case, read-only (clustering writes nothing), and its graph data. */
Result<std::pair<std::unique_ptr<db::SqliteCaseStore>, graph::GraphData>> openGraphData(const QString &path)
{
    auto store = db::SqliteCaseStore::open(path, true);
    if (!store) {
        return std::unexpected(store.error());
    }
    auto data = (*store)->graphData();
    if (!data) {
        return std::unexpected(data.error());
    }
    return std::pair(std::move(*store), std::move(*data));
}

} // namespace

int cmdCluster(const Parsed &p, Streams io)
{
    const auto options = clusterOptions(p, io);
    if (!options) {
        return kUsage;
    }
    auto opened = openGraphData(p.positional.at(0));
    if (!opened) {
        return failure(io, opened.error());
    }
    auto &[store, data] = *opened;
    const graph::Clustering clustering = graph::cluster(data, *options);
    // Switching heuristics off reports which clusters of the full set fall apart.
    std::vector<graph::ClusterSplit> splits;
    if (options->heuristics.size() < std::size(graph::kAllHeuristics)) {
        graph::ClusterOptions full;
        full.guardServices = options->guardServices;
        splits = graph::compareClusterings(graph::cluster(data, full), clustering);
    }
    auto hashes = report::fetchEvidenceHashes(*store, data, report::reportedEvidence(clustering, splits));
    if (!hashes) {
        return failure(io, hashes.error());
    }
    const bool omit = p.flags.contains(u"--omit-singletons"_s);
    if (p.flags.contains(u"--json"_s)) {
        io.out << QJsonDocument(report::clustersToJson(data, clustering, splits, *hashes, omit))
                      .toJson(QJsonDocument::Indented);
    } else {
        io.out << report::clustersToText(data, clustering, splits, *hashes, omit);
    }
    return 0;
}

int cmdExplain(const Parsed &p, Streams io)
{
    if (p.positional.size() != 3) {
        return usage(io, u"explain takes a case file and two addresses"_s);
    }
    const auto options = clusterOptions(p, io);
    if (!options) {
        return kUsage;
    }
    auto opened = openGraphData(p.positional.at(0));
    if (!opened) {
        return failure(io, opened.error());
    }
    auto &[store, data] = *opened;
    quint32 found[2] = {};
    for (int i = 0; i < 2; ++i) {
        const QString &text = p.positional.at(i + 1);
        const auto address = findAnyChain(data, text);
        if (!address) {
            io.err << "awb-cli: address " << text << " is not in " << p.positional.at(0) << '\n';
            return kFailed;
        }
        found[i] = *address;
    }
    const graph::Clustering clustering = graph::cluster(data, *options);
    const report::PairExplanation explanation = report::explainPair(clustering, found[0], found[1]);
    auto hashes = report::fetchEvidenceHashes(*store, data, report::reportedEvidence(explanation));
    if (!hashes) {
        return failure(io, hashes.error());
    }
    if (p.flags.contains(u"--json"_s)) {
        io.out << QJsonDocument(report::explanationToJson(data, clustering, explanation, *hashes))
                      .toJson(QJsonDocument::Indented);
    } else {
        io.out << report::explanationToText(data, clustering, explanation, *hashes);
    }
    return 0;
}

} // namespace awb::cli
