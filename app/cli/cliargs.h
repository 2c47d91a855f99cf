// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommands.h"
#include "core/result.h"

#include <QStringList>

#include <map>
#include <optional>

namespace awb::cli {

// Exit statuses: 0 success, 1 the operation failed or found problems, 2 the command line was wrong.
inline constexpr int kFailed = 1;
inline constexpr int kUsage = 2;

/** A command's positional arguments, its flags and its options with values (repeatable, in order). */
struct Parsed
{
    QStringList positional;
    QStringList flags;
    std::multimap<QString, QString> options;

    QStringList values(const QString &option) const;
    std::optional<QString> value(const QString &option) const;
};

/** Prints @p problem and the usage text to stderr; returns kUsage. */
int usage(Streams io, const QString &problem);
/** Prints the error to stderr; returns kFailed. */
int failure(Streams io, const Error &error);

/** `awb-cli incidents CASE [filters] [--json|--csv]`: the incident browser's filter and rollup. */
int cmdIncidents(const Parsed &p, Streams io);
/** `awb-cli import CASE FILE --format F [--chain C] [--map FIELD=COLUMN]… [--mapping NAME] [--save-mapping NAME]`. */
int cmdImport(const Parsed &p, Streams io);
/** `awb-cli path CASE A B [--k N] [--max-length N] [--exclude KIND] [--json]`: shortest entity-graph paths. */
int cmdPath(const Parsed &p, Streams io);
/** `awb-cli graph CASE FOCUS [--hops N] [--kinds K,...] [--max-nodes N] [--format F] [--out FILE]`: the
 *  neighbourhood of FOCUS, laid out, as JSON, DOT, GraphML or GEXF. */
int cmdGraph(const Parsed &p, Streams io);
/** `awb-cli suggest CASE --incident ID [--hops N] [--json]`: ranked groups by graph evidence; writes nothing. */
int cmdSuggest(const Parsed &p, Streams io);
/** `awb-cli trace CASE (--incident ID | --address A) [options] [--json]`: taint models side by side. */
int cmdTrace(const Parsed &p, Streams io);
/** `awb-cli cluster CASE [--heuristics H,...] [--omit-singletons] [--json]`: address clusters. */
int cmdCluster(const Parsed &p, Streams io);
/** `awb-cli explain CASE A B [--heuristics H,...] [--json]`: the merges that put A and B in one cluster. */
int cmdExplain(const Parsed &p, Streams io);

} // namespace awb::cli
