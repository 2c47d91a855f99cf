// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"

#include "app/cli/cliargs.h"
#include "core/db/casefile.h"
#include "core/db/schema.h"
#include "core/db/sqlitecasestore.h"
#include "core/demo/demorecord.h"
#include "core/report/statsjson.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <functional>
#include <map>

namespace awb::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

const char kUsageText[] = R"(Usage: awb-cli COMMAND [ARGS]

Commands:
  --version              print the version and the case format it writes
  new CASE               create an empty case file
  demo CASE              write the demo case (the public DPRK theft record) to CASE
  stats CASE [--json]    counts and loss totals of a case
  check CASE             integrity, foreign-key and schema-version checks; non-zero exit on any problem
  incidents CASE [--group G] [--country CC] [--sector S] [--chain C] [--from DATE] [--to DATE]
                 [--min-loss USD] [--max-loss USD] [--min-confidence low|moderate|high] [--search TEXT]
                 [--json|--csv]
                         the incidents that pass the filter, and the rollup a panel report gives for them;
                         --group, --country, --sector and --chain repeat (any of them matches);
                         a group includes its sub-units, and aliases match every group they are claimed for
  import CASE FILE --format etherscan|esplora|bitcoin-core|transfers-csv [--chain C]
                 [--map FIELD=COLUMN]... [--mapping NAME] [--save-mapping NAME] [--json]
                         import FILE in one transaction with an import batch; a file imported before
                         (same SHA-256) is reported and nothing is written
  import CASE FILE --format misp-galaxy|tagpack|actorpack [--json]
  import CASE FILE --format ofac [--chain C] [--list-date YYYY-MM-DD] [--json]
                         attribution data: a MISP threat-actor galaxy or a GraphSense ActorPack (groups and
                         their alias claims, matched to the case's groups, never merged), a GraphSense TagPack
                         or an OFAC SDN address list (tags on addresses; "sanctioned" is kept apart from
                         "controlled by"); the report lists what was added, matched, skipped and flagged.
                         OFAC lists need their date (--list-date, or one in the file) and chain (--chain, the
                         file name or the JSON's keys). Mapping: docs/interop.md
  import CASE FILE --format stix [--json]
                         the intrusion-sets of a STIX 2.0 (MITRE ATT&CK) or 2.1 bundle, read as a stream:
                         groups, alias claims and external ids, matched as above and never merged; revoked,
                         deprecated and other objects are reported by type. Mapping: docs/stix.md
  path CASE A B [--k N] [--max-length N] [--exclude KIND] [--json]
                         the N (1-50) shortest loopless paths between two entities of the case graph: an
                         address, incident:ID, group:NAME (or a group name), cluster:N or service:NAME;
                         --exclude repeats (flow, member, role, attribution, group_tag, service_tag)
  graph CASE FOCUS [--hops N] [--kinds K,...] [--max-nodes N] [--format json|dot|graphml|gexf] [--out FILE]
                         the neighbourhood of an address, incident:ID, group:NAME, cluster:N or service:NAME,
                         laid out (deterministic for --seed), for Graphviz, Gephi, networkx or igraph
  suggest CASE --incident ID [--hops N] [--json]
                         actor groups ranked by graph evidence (tagged wallets within N flow hops, clusters
                         shared with attributed incidents), with the score breakdown; writes nothing
  trace CASE (--incident ID | --address A) [--direction forward|backward] [--hops N] [--from DATE] [--to DATE]
             [--min-amount X] [--through CATEGORIES] [--bridge-window HOURS] [--json]
                         follows value through the money-flow graph and shows the poison, haircut and FIFO
                         taint models side by side; stops at services except the --through categories; at a
                         bridge, lists its payouts on other chains within HOURS (48) after arrival
  cluster CASE [--heuristics H,...] [--omit-singletons] [--json]
                         address clusters, refused merges and skipped transactions; with a subset of the
                         heuristics (multi-input, one-time-change, address-reuse, optimal-change,
                         deposit-address), also the clusters of the full set that the subset splits
  explain CASE A B [--heuristics H,...] [--json]
                         why addresses A and B are in one cluster: the chain of merges and their transactions
  export CASE --format csv --table incidents|attributions|wallets|transfers [--group G] [--country CC]
                 [--sector S] [--chain C] [--from DATE] [--to DATE] [--min-loss USD] [--max-loss USD]
                 [--min-confidence low|moderate|high] [--search TEXT] -o OUT
                         one table of the incidents the filter keeps (without filter options, the whole case)
                         as RFC 4180 CSV with formula cells neutralised; OUT is replaced atomically, and
                         -o - writes to standard output. Columns: docs/export.md
  export CASE --format stix [--timestamp TIME] -o OUT
                         the whole case as a STIX 2.1 bundle (groups, sponsors, incidents, victims, every
                         attribution claim with its confidence and source); TIME pins created/modified
                         (default: now). Mapping: docs/stix.md
  export CASE --format tagpack -o OUT
                         the case's tags (not the synthetic ones) as one GraphSense TagPack, fields every tag
                         shares in its header; `import --format tagpack` reads it back. Mapping: docs/interop.md
  export CASE --format evidence-pack [--incident ID | --group G | filter options] [--date YYYY-MM-DD]
                 [--timestamp TIME] -o DIR
                         a folder for a case file: the PDF summary of the scope, its four CSV tables, the graph
                         around its incidents (GraphML), the STIX bundle and TagPack of the case, manifest.json
                         and SHA256SUMS (check with `sha256sum -c SHA256SUMS`); DIR must not exist or be empty,
                         and appears whole or not at all. Details: docs/export.md
  report CASE (--incident ID | --group G | [filter options of incidents]) --format pdf|html|md -o OUT
              [--date YYYY-MM-DD]
                         a case summary for a panel report: key facts, every attribution claim, a timeline and
                         (with wallet data) a fund-flow figure and cash-out table, numbered sources, SYNTHETIC
                         marks; PDF pages carry the case, title, date and page numbers; Markdown writes its
                         figures to OUT-figures/. Details: docs/reports.md

Errors go to stderr with a non-zero exit status. JSON shapes are documented in docs/cli.md.
)";

/** Splits @p args into positional arguments, flags and options; unknown options are refused. */
std::optional<Parsed>
parse(const QStringList &args, const QStringList &allowedFlags, const QStringList &allowedOptions, Streams io)
{
    Parsed p;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        // Short options ("-o") are options only where a command names them; "-" alone stays positional.
        if (!arg.startsWith(u"--"_s) && !allowedOptions.contains(arg)) {
            p.positional << arg;
            continue;
        }
        std::optional<QString> inlineValue; // --option=value
        if (const auto eq = arg.indexOf(u'='); eq > 0) {
            inlineValue = arg.mid(eq + 1);
            arg.truncate(eq);
        }
        if (allowedFlags.contains(arg) && !inlineValue) {
            p.flags << arg;
        } else if (allowedOptions.contains(arg)) {
            if (!inlineValue && i + 1 >= args.size()) {
                usage(io, u"%1 needs a value"_s.arg(arg));
                return std::nullopt;
            }
            p.options.emplace(arg, inlineValue ? *inlineValue : args.at(++i));
        } else {
            usage(io, u"unknown option %1"_s.arg(arg));
            return std::nullopt;
        }
    }
    return p;
}

int cmdNew(const Parsed &p, Streams io)
{
    auto store = db::SqliteCaseStore::create(p.positional.at(0));
    if (!store) {
        return failure(io, store.error());
    }
    io.out << "Created " << p.positional.at(0) << '\n';
    return 0;
}

int cmdDemo(const Parsed &p, Streams io)
{
    if (auto r = demo::writeDemoCase(p.positional.at(0)); !r) {
        return failure(io, r.error());
    }
    io.out << "Wrote the demo case to " << p.positional.at(0) << '\n';
    return 0;
}

int cmdStats(const Parsed &p, Streams io)
{
    auto store = db::SqliteCaseStore::open(p.positional.at(0), true);
    if (!store) {
        return failure(io, store.error());
    }
    auto stats = (*store)->stats();
    if (!stats) {
        return failure(io, stats.error());
    }
    if (p.flags.contains(u"--json"_s)) {
        io.out << QJsonDocument(report::statsToJson(*stats)).toJson(QJsonDocument::Indented);
    } else {
        io.out << report::statsToText(*stats);
    }
    return 0;
}

int cmdCheck(const Parsed &p, Streams io)
{
    // openCaseFile refuses foreign, damaged, newer and altered files before anything else runs.
    auto opened = db::openCaseFile(p.positional.at(0), true);
    if (!opened) {
        return failure(io, opened.error());
    }
    auto problems = db::integrityProblems(*opened->db);
    if (!problems) {
        return failure(io, problems.error());
    }
    auto version = opened->db->queryInt("PRAGMA user_version");
    if (version && *version != db::latestSchemaVersion()) {
        problems->append(u"schema version %1, expected %2"_s.arg(*version).arg(db::latestSchemaVersion()));
    }
    for (const QString &problem : *problems) {
        io.err << p.positional.at(0) << ": " << problem << '\n';
    }
    if (!problems->isEmpty()) {
        return kFailed;
    }
    io.out << p.positional.at(0) << ": ok (schema version " << db::latestSchemaVersion()
           << ", integrity and foreign keys checked)\n";
    return 0;
}

struct Command
{
    int positional;
    QStringList flags;
    QStringList options;
    std::function<int(const Parsed &, Streams)> run;
};

} // namespace

QStringList Parsed::values(const QString &option) const
{
    QStringList out;
    const auto [first, last] = options.equal_range(option);
    for (auto it = first; it != last; ++it) {
        out << it->second;
    }
    return out;
}

std::optional<QString> Parsed::value(const QString &option) const
{
    const QStringList all = values(option);
    return all.isEmpty() ? std::nullopt : std::optional(all.back());
}

namespace {

QString s_command; // the command being run, so a usage error shows that command's lines, not all of them

/** The lines of kUsageText for @p command (its synopsis and description), empty for an unknown command. */
QString commandUsage(const QString &command)
{
    QString lines;
    bool inCommands = false;
    bool inBlock = false;
    for (const QString &line : QString::fromUtf8(kUsageText).split(u'\n')) {
        if (line == u"Commands:"_s) {
            inCommands = true;
            continue;
        }
        if (!inCommands || line.isEmpty()) {
            continue;
        }
        if (!line.startsWith(u"  "_s)) {
            break; // the footer after the last command
        }
        // A command's first line is indented by two spaces; its continuation lines by more.
        if (line.size() > 2 && line.startsWith(u"  "_s) && line.at(2) != u' ') {
            inBlock = line.mid(2).section(u' ', 0, 0) == command;
        }
        if (inBlock) {
            lines += line + u'\n';
        }
    }
    return lines;
}

} // namespace

int usage(Streams io, const QString &problem)
{
    io.err << "awb-cli: " << problem << "\n";
    if (const QString lines = commandUsage(s_command); !lines.isEmpty()) {
        io.err << "\nUsage:\n" << lines;
    }
    io.err << "Try 'awb-cli --help' for every command.\n";
    return kUsage;
}

int failure(Streams io, const Error &error)
{
    io.err << "awb-cli: " << describe(error) << '\n';
    return kFailed;
}

QStringList incidentFilterOptions()
{
    return {u"--group"_s, u"--country"_s,  u"--sector"_s,   u"--chain"_s,          u"--from"_s,
            u"--to"_s,    u"--min-loss"_s, u"--max-loss"_s, u"--min-confidence"_s, u"--search"_s};
}

std::expected<IncidentFilter, QString> incidentFilterOf(const Parsed &p)
{
    IncidentFilter filter;
    filter.groups = p.values(u"--group"_s);
    filter.countries = p.values(u"--country"_s);
    filter.sectors = p.values(u"--sector"_s);
    filter.chains = p.values(u"--chain"_s);
    filter.from = p.value(u"--from"_s);
    filter.to = p.value(u"--to"_s);
    filter.text = p.value(u"--search"_s).value_or(QString());
    for (auto [option, bound] :
         {std::pair{u"--min-loss"_s, &filter.minLossUsd}, {u"--max-loss"_s, &filter.maxLossUsd}}) {
        if (const auto text = p.value(option)) {
            *bound = parseUsdAmount(*text);
            if (!*bound) {
                return std::unexpected(
                    u"%1 \"%2\" is not an amount in whole US dollars (such as 250000000 or 250M)"_s.arg(option, *text));
            }
        }
    }
    if (const auto level = p.value(u"--min-confidence"_s)) {
        filter.minConfidence = confidenceRank(*level);
        if (!filter.minConfidence) {
            return std::unexpected(u"--min-confidence must be low, moderate or high, not \"%1\""_s.arg(*level));
        }
    }
    auto normalized = normalizedFilter(filter);
    if (!normalized) {
        return std::unexpected(normalized.error().message);
    }
    return *normalized;
}

int run(const QStringList &args, Streams io)
{
    if (args.isEmpty() || args.front() == u"--help"_s || args.front() == u"-h"_s ||
        (args.front() == u"help"_s && args.size() == 1)) {
        (args.isEmpty() ? io.err : io.out) << kUsageText;
        return args.isEmpty() ? kUsage : 0;
    }
    if (args.front() == u"--version"_s) {
        io.out << "awb-cli " << QCoreApplication::applicationVersion() << " (case format " << db::latestSchemaVersion()
               << ")\n";
        return 0;
    }
    static const std::map<QString, Command> commands{
        {u"new"_s, {1, {}, {}, cmdNew}},
        {u"demo"_s, {1, {}, {}, cmdDemo}},
        {u"stats"_s, {1, {u"--json"_s}, {}, cmdStats}},
        {u"check"_s, {1, {}, {}, cmdCheck}},
        {u"incidents"_s, {1, {u"--json"_s, u"--csv"_s}, incidentFilterOptions(), cmdIncidents}},
        {u"import"_s,
         {2,
          {u"--json"_s},
          {u"--format"_s, u"--chain"_s, u"--map"_s, u"--mapping"_s, u"--save-mapping"_s, u"--list-date"_s},
          cmdImport}},
        {u"path"_s, {3, {u"--json"_s}, {u"--k"_s, u"--max-length"_s, u"--exclude"_s}, cmdPath}},
        {u"suggest"_s, {1, {u"--json"_s}, {u"--incident"_s, u"--hops"_s}, cmdSuggest}},
        {u"graph"_s,
         {2, {}, {u"--hops"_s, u"--kinds"_s, u"--max-nodes"_s, u"--format"_s, u"--out"_s, u"--seed"_s}, cmdGraph}},
        {u"trace"_s,
         {1,
          {u"--json"_s},
          {u"--incident"_s, u"--address"_s, u"--direction"_s, u"--hops"_s, u"--from"_s, u"--to"_s, u"--min-amount"_s,
           u"--through"_s, u"--bridge-window"_s},
          cmdTrace}},
        {u"cluster"_s, {1, {u"--json"_s, u"--omit-singletons"_s}, {u"--heuristics"_s}, cmdCluster}},
        {u"explain"_s, {3, {u"--json"_s}, {u"--heuristics"_s}, cmdExplain}},
        {u"export"_s,
         {1,
          {},
          incidentFilterOptions() + QStringList{u"--format"_s, u"--table"_s, u"--timestamp"_s, u"--incident"_s,
                                                u"--date"_s, u"-o"_s, u"--out"_s},
          cmdExport}},
        {u"report"_s,
         {1,
          {},
          incidentFilterOptions() + QStringList{u"--incident"_s, u"--format"_s, u"--date"_s, u"-o"_s, u"--out"_s},
          cmdReport}},
    };
    // "awb-cli help CMD" and "awb-cli CMD --help" show that command's lines.
    const QString helpFor = args.front() == u"help"_s ? args.value(1) : args.front();
    if (args.front() == u"help"_s || args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        const QString lines = commandUsage(helpFor);
        if (lines.isEmpty()) {
            io.err << "awb-cli: unknown command " << helpFor << "\n\n" << kUsageText;
            return kUsage;
        }
        io.out << "Usage:\n" << lines << "\nErrors go to stderr with a non-zero exit status. Details: docs/cli.md\n";
        return 0;
    }
    const auto it = commands.find(args.front());
    s_command = it == commands.end() ? QString() : args.front();
    if (it == commands.end()) {
        io.err << "awb-cli: unknown command " << args.front() << "\n\n" << kUsageText;
        return kUsage;
    }
    auto parsed = parse(args.mid(1), it->second.flags, it->second.options, io);
    if (!parsed) {
        return kUsage;
    }
    if (parsed->positional.size() != it->second.positional) {
        return usage(io, u"%1 takes %2 file argument(s)"_s.arg(args.front()).arg(it->second.positional));
    }
    return it->second.run(*parsed, io);
}

} // namespace awb::cli
