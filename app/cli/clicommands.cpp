// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"

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

// Exit statuses: 0 success, 1 the operation failed or found problems, 2 the command line was wrong.
constexpr int kFailed = 1;
constexpr int kUsage = 2;

const char kUsageText[] = R"(Usage: awb-cli COMMAND [ARGS]

Commands:
  --version              print the version and the case format it writes
  new CASE               create an empty case file
  demo CASE              write the demo case (the public DPRK theft record) to CASE
  stats CASE [--json]    counts and loss totals of a case
  check CASE             integrity, foreign-key and schema-version checks; non-zero exit on any problem

Errors go to stderr with a non-zero exit status. JSON shapes are documented in docs/cli.md.
)";

int usage(Streams io, const QString &problem)
{
    io.err << "awb-cli: " << problem << "\n\n" << kUsageText;
    return kUsage;
}

int failure(Streams io, const Error &error)
{
    io.err << "awb-cli: " << describe(error) << '\n';
    return kFailed;
}

/** The positional arguments of a command and its flags; unknown flags are refused. */
struct Parsed
{
    QStringList positional;
    QStringList flags;
};

std::optional<Parsed> parse(const QStringList &args, const QStringList &allowedFlags, Streams io)
{
    Parsed p;
    for (const QString &arg : args) {
        if (arg.startsWith(u"--"_s)) {
            if (!allowedFlags.contains(arg)) {
                usage(io, u"unknown option %1"_s.arg(arg));
                return std::nullopt;
            }
            p.flags << arg;
        } else {
            p.positional << arg;
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
    std::function<int(const Parsed &, Streams)> run;
};

} // namespace

int run(const QStringList &args, Streams io)
{
    if (args.isEmpty() || args.front() == u"--help"_s || args.front() == u"-h"_s || args.front() == u"help"_s) {
        (args.isEmpty() ? io.err : io.out) << kUsageText;
        return args.isEmpty() ? kUsage : 0;
    }
    if (args.front() == u"--version"_s) {
        io.out << "awb-cli " << QCoreApplication::applicationVersion() << " (case format " << db::latestSchemaVersion()
               << ")\n";
        return 0;
    }
    static const std::map<QString, Command> commands{
        {u"new"_s, {1, {}, cmdNew}},
        {u"demo"_s, {1, {}, cmdDemo}},
        {u"stats"_s, {1, {u"--json"_s}, cmdStats}},
        {u"check"_s, {1, {}, cmdCheck}},
    };
    const auto it = commands.find(args.front());
    if (it == commands.end()) {
        return usage(io, u"unknown command %1"_s.arg(args.front()));
    }
    auto parsed = parse(args.mid(1), it->second.flags, io);
    if (!parsed) {
        return kUsage;
    }
    if (parsed->positional.size() != it->second.positional) {
        return usage(io, u"%1 takes %2 file argument(s)"_s.arg(args.front()).arg(it->second.positional));
    }
    return it->second.run(*parsed, io);
}

} // namespace awb::cli
