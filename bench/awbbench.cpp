// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// awb-bench: seeded data generators and timing runners for scripts/bench (issue #8). Core only, no GUI.
#include "bench/benchrows.h"
#include "bench/generators/caseexport.h"
#include "bench/generators/incidentgen.h"
#include "bench/generators/layoutgen.h"
#include "bench/generators/transfergen.h"
#include "core/db/sqlitecasestore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kFailed = 1;
constexpr int kUsage = 2;

const char *const kUsageText = R"(Usage:
  awb-bench generate transfers --n N --addresses M --shape uniform|zipf|laundering
                               --format csv|esplora|edges|case --out FILE [--seed S] [--seeds-out FILE]
  awb-bench generate cospend --addresses M --links L --out EDGES [--seed S]
  awb-bench generate incidents --n N --out CASE [--seed S]
  awb-bench generate graph --nodes N --out FILE.dot [--edges-out FILE] [--shape case|heavy] [--seed S]
  awb-bench run ROW [--key value ...]     time one row; prints JSON
  awb-bench rows                          list the rows
  awb-bench terms [--queries N] [--seed S] the search terms the fts row uses, one per line
Every generator is deterministic: the same options and seed write the same bytes. Default seed 20261121.
)";

struct Options
{
    QStringList positional;
    QMap<QString, QString> values;
};

std::optional<Options> parse(const QStringList &args, QString &error)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i].startsWith(u"--"_s)) {
            if (i + 1 >= args.size()) {
                error = u"option %1 needs a value"_s.arg(args[i]);
                return std::nullopt;
            }
            o.values.insert(args[i].mid(2), args[i + 1]);
            ++i;
        } else {
            o.positional << args[i];
        }
    }
    return o;
}

int report(QTextStream &err, const awb::Result<void> &result)
{
    if (!result) {
        err << "awb-bench: " << awb::describe(result.error()) << '\n';
        return kFailed;
    }
    return 0;
}

int generate(const Options &o, QTextStream &out, QTextStream &err)
{
    const awb::bench::RowArgs args(o.values);
    const QString what = o.positional.value(1);
    const QString path = args.text(u"out"_s);
    const auto seed = quint64(args.integer(u"seed"_s, 20261121));
    if (path.isEmpty()) {
        err << "awb-bench: generate needs --out FILE\n";
        return kUsage;
    }
    if (what == u"transfers"_s) {
        awb::bench::TransferSpec spec;
        spec.transfers = args.integer(u"n"_s, 1'000'000);
        spec.addresses = args.integer(u"addresses"_s, 100'000);
        spec.seed = seed;
        const auto shape = awb::bench::shapeFromName(args.text(u"shape"_s, u"uniform"_s));
        if (!shape) {
            err << "awb-bench: --shape must be uniform, zipf or laundering, not '" << args.text(u"shape"_s) << "'\n";
            return kUsage;
        }
        spec.shape = *shape;
        const auto data = awb::bench::generateTransfers(spec);
        const QString format = args.text(u"format"_s, u"csv"_s);
        awb::Result<void> written;
        if (format == u"csv"_s) {
            written = awb::bench::writeTransfersCsv(data, path);
        } else if (format == u"esplora"_s) {
            written = awb::bench::writeEsploraJson(data, path);
        } else if (format == u"edges"_s) {
            written = awb::bench::writeEdgeList(data, path);
        } else if (format == u"case"_s) {
            written = awb::bench::writeTransferCase(data, path);
        } else {
            err << "awb-bench: --format must be csv, esplora, edges or case, not '" << format << "'\n";
            return kUsage;
        }
        if (written && !args.text(u"seeds-out"_s).isEmpty()) {
            written = awb::bench::writeSeeds(data, args.text(u"seeds-out"_s));
        }
        if (written) {
            out << "wrote " << data.transfers.size() << " transfers over " << data.addressCount << " addresses ("
                << awb::bench::shapeName(spec.shape) << ") to " << path << '\n';
        }
        return report(err, written);
    }
    if (what == u"cospend"_s) {
        const auto c = awb::bench::generateCoSpend(args.integer(u"addresses"_s, 1'000'000),
                                                   args.integer(u"links"_s, 2'000'000), seed);
        return report(err, awb::bench::writeLinks(c, path));
    }
    if (what == u"incidents"_s) {
        auto store = awb::db::SqliteCaseStore::create(path);
        if (!store) {
            return report(err, std::unexpected(store.error()));
        }
        // One transaction writes everything: a 2 GiB page cache keeps SQLite from spilling pages to the WAL
        // over and over (the default 2 MiB cache made a million incidents take most of an hour).
        if (auto big = (*store)->database().exec("PRAGMA cache_size = -2097152"); !big) {
            return report(err, big);
        }
        return report(err, awb::bench::generateIncidents(**store, args.integer(u"n"_s, 100'000), seed));
    }
    if (what == u"graph"_s) {
        const auto shape = awb::bench::graphShapeFromName(args.text(u"shape"_s, u"case"_s));
        if (!shape) {
            err << "awb-bench: --shape must be case or heavy, not '" << args.text(u"shape"_s) << "'\n";
            return kUsage;
        }
        const auto g = awb::bench::generateLayoutGraph(quint32(args.integer(u"nodes"_s, 5'000)), seed, *shape);
        auto written = awb::bench::writeDot(g, path);
        if (written && !args.text(u"edges-out"_s).isEmpty()) {
            written = awb::bench::writeLayoutEdges(g, args.text(u"edges-out"_s));
        }
        return report(err, written);
    }
    err << "awb-bench: generate what? transfers, cospend, incidents or graph\n" << kUsageText;
    return kUsage;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    const auto options = parse(app.arguments().mid(1), error);
    if (!options || options->positional.isEmpty()) {
        err << "awb-bench: " << (error.isEmpty() ? u"no command"_s : error) << '\n' << kUsageText;
        return kUsage;
    }
    const QString command = options->positional.front();
    if (command == u"generate"_s) {
        return generate(*options, out, err);
    }
    if (command == u"rows"_s) {
        for (const auto &row : awb::bench::rows()) {
            out << row.name << "\t" << row.description << '\n';
        }
        return 0;
    }
    if (command == u"terms"_s) {
        const awb::bench::RowArgs args(options->values);
        for (const QString &term : awb::bench::searchTerms(quint64(args.integer(u"seed"_s, 20261121)),
                                                           int(args.integer(u"queries"_s, 200)))) {
            out << term << '\n';
        }
        return 0;
    }
    if (command == u"run"_s) {
        const QString name = options->positional.value(1);
        for (const auto &row : awb::bench::rows()) {
            if (row.name == name) {
                out << QJsonDocument(row.run(awb::bench::RowArgs(options->values))).toJson(QJsonDocument::Compact)
                    << '\n';
                return 0;
            }
        }
        err << "awb-bench: no row '" << name << "' (awb-bench rows lists them)\n";
        return kUsage;
    }
    if (command == u"--help"_s || command == u"help"_s) {
        out << kUsageText;
        return 0;
    }
    err << "awb-bench: unknown command '" << command << "'\n" << kUsageText;
    return kUsage;
}
