// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli path`, `suggest` and `graph`: entity-graph paths, attribution suggestions and neighbourhood exports,
// read-only on the case.
#include "app/cli/cliargs.h"
#include "core/db/sqlitecasestore.h"
#include "core/graph/paths.h"
#include "core/graph/suggest.h"
#include "core/report/graphexport.h"
#include "core/report/pathreport.h"
#include "core/report/summary/reportfile.h"

#include <QIODevice>
#include <QJsonDocument>

namespace awb::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

/** The value of an integer option within [low, high], or a usage message naming the option. */
std::optional<int> intOption(const Parsed &p, const QString &option, int fallback, int low, int high, QString &problem)
{
    const auto text = p.value(option);
    if (!text) {
        return fallback;
    }
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok || value < low || value > high) {
        problem = u"%1 must be a whole number from %2 to %3, not \"%4\""_s.arg(option).arg(low).arg(high).arg(*text);
        return std::nullopt;
    }
    return value;
}

/** Opens the case read-only (nothing here writes) and builds its graph. */
Result<std::pair<std::unique_ptr<db::SqliteCaseStore>, std::shared_ptr<const graph::Snapshot>>>
openGraph(const QString &path)
{
    auto store = db::SqliteCaseStore::open(path, true);
    if (!store) {
        return std::unexpected(store.error());
    }
    auto snapshot = graph::Snapshot::load(**store);
    if (!snapshot) {
        return std::unexpected(snapshot.error());
    }
    return std::pair(std::move(*store), std::move(*snapshot));
}

} // namespace

int cmdPath(const Parsed &p, Streams io)
{
    QString problem;
    graph::PathOptions options;
    const auto k = intOption(p, u"--k"_s, 1, 1, graph::kMaxPathK, problem);
    const auto maxLength = intOption(p, u"--max-length"_s, options.maxLength, 1, graph::kMaxPathLength, problem);
    if (!k || !maxLength) {
        return usage(io, problem);
    }
    options.k = *k;
    options.maxLength = *maxLength;
    for (const QString &name : p.values(u"--exclude"_s)) {
        const auto kind = graph::linkKindFromName(name);
        if (!kind) {
            return usage(io, u"--exclude \"%1\" is not a link kind (flow, member, role, attribution, group_tag, "
                             u"service_tag)"_s.arg(name));
        }
        options.excludedKinds.push_back(*kind);
    }
    auto opened = openGraph(p.positional.at(0));
    if (!opened) {
        return failure(io, opened.error());
    }
    const auto &[store, snapshot] = *opened;
    std::array<graph::NodeIndex, 2> ends{};
    for (int i = 0; i < 2; ++i) {
        const QString &text = p.positional.at(i + 1);
        const auto node = snapshot->resolve(text);
        if (!node) {
            return usage(io, u"%1 has no entity \"%2\": give an address, incident:ID, group:NAME (or a group name), "
                             u"cluster:N or service:NAME"_s.arg(p.positional.at(0), text));
        }
        ends[std::size_t(i)] = *node;
    }
    auto result = graph::shortestPaths(*snapshot, ends[0], ends[1], options);
    if (!result) {
        return failure(io, result.error());
    }
    if (!p.flags.contains(u"--json"_s)) {
        io.out << report::pathsToText(*snapshot, ends[0], ends[1], *result, options);
        return 0;
    }
    auto hashes = report::fetchTxHashes(*store, *snapshot, result->paths);
    if (!hashes) {
        return failure(io, hashes.error());
    }
    io.out << QJsonDocument(report::pathsToJson(*snapshot, ends[0], ends[1], *result, options, *hashes))
                  .toJson(QJsonDocument::Indented);
    if (const QString note = result->boundNote(options); !note.isEmpty()) {
        io.err << "awb-cli: note: " << note << '\n';
    }
    return 0;
}

int cmdSuggest(const Parsed &p, Streams io)
{
    QString problem;
    graph::SuggestOptions options;
    const auto hops = intOption(p, u"--hops"_s, options.hops, 1, graph::kMaxSuggestHops, problem);
    if (!hops) {
        return usage(io, problem);
    }
    options.hops = *hops;
    const auto incidentText = p.value(u"--incident"_s);
    if (!incidentText) {
        return usage(io, u"suggest needs --incident ID"_s);
    }
    QString idText = *incidentText;
    if (idText.startsWith(u"incident:"_s)) {
        idText = idText.mid(9);
    }
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok) {
        return usage(io, u"--incident \"%1\" is not an incident id (a number, as `awb-cli incidents` shows)"_s.arg(
                             *incidentText));
    }
    auto opened = openGraph(p.positional.at(0));
    if (!opened) {
        return failure(io, opened.error());
    }
    const auto &[store, snapshot] = *opened;
    const auto &incidents = snapshot->data().incidents;
    const auto it = std::ranges::find(incidents, id, &graph::GraphIncident::rowId);
    if (it == incidents.end()) {
        return usage(io, u"%1 has no incident with id %2"_s.arg(p.positional.at(0)).arg(id));
    }
    auto result = graph::suggestGroups(*snapshot, quint32(it - incidents.begin()), options);
    if (!result) {
        return failure(io, result.error());
    }
    if (!p.flags.contains(u"--json"_s)) {
        io.out << report::suggestionsToText(*snapshot, *result);
        return 0;
    }
    std::vector<graph::Path> paths;
    for (const graph::Suggestion &suggestion : result->suggestions) {
        paths.insert(paths.end(), suggestion.paths.begin(), suggestion.paths.end());
    }
    auto hashes = report::fetchTxHashes(*store, *snapshot, paths);
    if (!hashes) {
        return failure(io, hashes.error());
    }
    io.out << QJsonDocument(report::suggestionsToJson(*snapshot, *result, options, *hashes))
                  .toJson(QJsonDocument::Indented);
    return 0;
}

int cmdGraph(const Parsed &p, Streams io)
{
    QString problem;
    graph::NeighbourhoodOptions options;
    const auto hops = intOption(p, u"--hops"_s, options.hops, 0, 10, problem);
    const auto maxNodes = intOption(p, u"--max-nodes"_s, int(options.maxNodes), 1, 100000, problem);
    const auto seed = intOption(p, u"--seed"_s, 20261121, 0, std::numeric_limits<int>::max(), problem);
    if (!hops || !maxNodes || !seed) {
        return usage(io, problem);
    }
    options.hops = *hops;
    options.maxNodes = quint32(*maxNodes);
    for (const QString &list : p.values(u"--kinds"_s)) {
        for (const QString &name : list.split(u',', Qt::SkipEmptyParts)) {
            const auto kind = graph::nodeKindFromName(name);
            if (!kind) {
                return usage(io, u"--kinds: \"%1\" is not a node kind (address, transaction, cluster, incident, "
                                 u"group, service)"_s.arg(name.trimmed()));
            }
            options.kinds.push_back(*kind);
        }
    }
    const QString format = p.value(u"--format"_s).value_or(u"json"_s);
    if (!report::graphFormats().contains(format)) {
        return usage(io, u"--format must be one of %1, not \"%2\""_s.arg(report::graphFormats().join(u", "_s), format));
    }
    auto opened = openGraph(p.positional.at(0));
    if (!opened) {
        return failure(io, opened.error());
    }
    const auto &[store, snapshot] = *opened;
    const auto focus = snapshot->resolve(p.positional.at(1));
    if (!focus) {
        return usage(io, u"%1 has no entity \"%2\": give an address, incident:ID, group:NAME (or a group name), "
                         u"cluster:N or service:NAME"_s.arg(p.positional.at(0), p.positional.at(1)));
    }
    const graph::ViewGraph view = graph::neighbourhood(*snapshot, std::span(&*focus, 1), options);
    const QByteArray bytes = report::exportLaidOutGraph(*snapshot, view, quint64(*seed), format);
    if (const auto out = p.value(u"--out"_s)) {
        // All or nothing: a full disk or a killed process never leaves a half-written graph in place of the old one.
        auto written = report::summary::writeFileAtomically(*out, [&](QIODevice &file) -> Result<QString> {
            if (file.write(bytes) != bytes.size()) {
                return std::unexpected(
                    Error{Error::Code::Io, u"Could not write %1: %2."_s.arg(*out, file.errorString()), {}});
            }
            return *out;
        });
        if (!written) {
            return failure(io, written.error());
        }
    } else {
        io.out << QString::fromUtf8(bytes);
    }
    if (view.truncated) {
        io.err << "awb-cli: note: the neighbourhood was cut at " << options.maxNodes
               << " nodes (--max-nodes); the nearest were kept\n";
    }
    return 0;
}

} // namespace awb::cli
