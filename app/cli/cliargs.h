// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommands.h"
#include "core/model/wallet.h"
#include "core/query/incidentfilter.h"
#include "core/report/summary/casesummary.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>

class QIODevice;

namespace awb {
class CaseStore;
} // namespace awb

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

/** The incident filter's options (--group … --search), which `incidents` and `export` take alike. */
QStringList incidentFilterOptions();
/** The normalized filter that @p p's filter options give, or the usage problem with them. */
std::expected<IncidentFilter, QString> incidentFilterOf(const Parsed &p);

/** `awb-cli incidents CASE [filters] [--json|--csv]`: the incident browser's filter and rollup. */
int cmdIncidents(const Parsed &p, Streams io);
/** `awb-cli import CASE FILE --format F [--chain C] [--map FIELD=COLUMN]… [--mapping NAME] [--save-mapping NAME]`. */
int cmdImport(const Parsed &p, Streams io);
/** The fields every import's JSON report starts with; with an earlier batch (a re-import), all there is to say. */
QJsonObject importHeaderJson(const QString &file,
                             const QString &format,
                             const QString &sha256,
                             qint64 sizeBytes,
                             const std::optional<ImportBatch> &earlier);
/** `import CASE FILE --format stix [--json]`: groups, aliases and ATT&CK ids of a STIX 2.0/2.1 bundle. */
int importStixFile(const Parsed &p, Streams io);
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
/** `awb-cli export CASE --format F [--table T] [filters] -o OUT|-`: the filtered case as a file (docs/export.md). */
int cmdExport(const Parsed &p, Streams io);
/** `awb-cli report CASE (--incident ID | --group G | [filters]) --format md|html -o OUT [--date DATE]`: a case
 *  summary report (docs/reports.md). */
int cmdReport(const Parsed &p, Streams io);
/** `export CASE --format evidence-pack [--incident ID | --group G | filters] [--date D] [--timestamp T] -o DIR`: a
 *  folder of the scope's report, tables, graph, the STIX bundle and TagPack, a manifest and SHA256SUMS. */
int exportEvidencePack(const Parsed &p, Streams io);

/** The scope of a case summary that --incident ID, --group G or the filter options select (`report`, the evidence
 *  pack), or the usage problem with them; @p command names the command in it. */
std::expected<report::summary::SummaryScope, QString> summaryScopeOf(const Parsed &p, const QString &command);
/** A summary's options: the case's file name and --date YYYY-MM-DD (today without it); or the problem with --date. */
std::expected<report::summary::SummaryOptions, QString> summaryOptionsOf(const Parsed &p);
/** Prints why a summary failed: an unknown incident or group, a bad filter: usage (kUsage); else kFailed. */
int summaryFailure(Streams io, const Error &error);
/** --timestamp: nullopt without it, else the time in UTC; the problem when it is not an ISO 8601 time in UTC or with
 *  an offset. */
std::expected<std::optional<QDateTime>, QString> stixTimestampOf(const Parsed &p);

/** What an export format reads: the open case and the incidents the filter kept (all of them without a filter). */
struct ExportInput
{
    CaseStore &store;
    const FilterResult &filtered;
    const GroupDirectory &directory;
    bool wholeCase = false;
};

/**
 * One `export --format`, added to the table in exportcommand.cpp. check() looks at the format's own options before
 * the case is opened and returns the usage problem, empty when there is none; write() writes the whole export to the
 * device and returns what was written ("412 rows"). cmdExport does the rest: the filter, the case, the atomic output.
 */
struct ExportFormat
{
    std::function<QString(const Parsed &)> check;
    std::function<Result<QString>(const Parsed &, const ExportInput &, QIODevice &)> write;
};

/** `--format csv --table T`: one table as RFC 4180 CSV (core/report/tableexport.h). */
/** The -o/--out path of an export or report (`-` is standard output); refused when it names the case itself. */
std::expected<QString, QString> outputPathOf(const Parsed &p);
ExportFormat csvExportFormat();
/** `--format stix [--timestamp T]`: the whole case as a STIX 2.1 bundle (core/stix/stixexport.h). */
ExportFormat stixExportFormat();
/** `--format tagpack`: the case's tags as one GraphSense TagPack (core/interop/tagpackexport.h). */
ExportFormat tagpackExportFormat();

} // namespace awb::cli
