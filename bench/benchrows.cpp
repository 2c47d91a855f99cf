// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/benchrows.h"

#include "bench/generators/incidentgen.h"
#include "bench/generators/transfergen.h"
#include "bench/timing.h"
#include "core/db/sqlitecasestore.h"
#include "core/layout/forcelayout.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <sys/resource.h>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define AWB_COLLECT_TOGGLE() CALLGRIND_TOGGLE_COLLECT
#else
#define AWB_COLLECT_TOGGLE()
#endif

#ifdef AWB_BENCH_HAVE_CLUSTERING
#include "core/graph/clustering.h"
#endif
#ifdef AWB_BENCH_HAVE_SNAPSHOT
#include "core/graph/snapshot.h"
#endif
#ifdef AWB_BENCH_HAVE_TRACE
#include "core/graph/trace.h"
#endif

using namespace Qt::Literals::StringLiterals;

namespace awb::bench {

qint64 RowArgs::integer(const QString &key, qint64 fallback) const
{
    bool ok = false;
    const qint64 v = m_values.value(key).toLongLong(&ok);
    return ok ? v : fallback;
}

QString RowArgs::text(const QString &key, const QString &fallback) const
{
    return m_values.value(key, fallback);
}

QJsonObject summarize(std::vector<double> samplesMs)
{
    QJsonArray samples;
    for (double s : samplesMs) {
        samples.append(s);
    }
    const Timing t = timingOf(std::move(samplesMs));
    return {{u"samples_ms"_s, samples}, {u"median_ms"_s, t.median}, {u"min_ms"_s, t.min}, {u"max_ms"_s, t.max}};
}

namespace {

/** Times @p call @p runs times; the callgrind collection toggle brackets only the call. */
template <typename Call>
std::vector<double> timeRuns(qint64 runs, Call &&call)
{
    std::vector<double> samples;
    for (qint64 i = 0; i < std::max<qint64>(runs, 1); ++i) {
        QElapsedTimer timer;
        AWB_COLLECT_TOGGLE();
        timer.start();
        call();
        const qint64 ns = timer.nsecsElapsed();
        AWB_COLLECT_TOGGLE();
        samples.push_back(double(ns) / 1e6);
    }
    return samples;
}

[[maybe_unused]] QJsonObject notBuilt(const QString &row, const QString &why)
{
    return {{u"row"_s, row}, {u"status"_s, u"not built yet"_s}, {u"why"_s, why}};
}

QJsonObject failed(const QString &row, const Error &error)
{
    return {{u"row"_s, row}, {u"status"_s, u"failed"_s}, {u"why"_s, describe(error)}};
}

QJsonObject withWork(QJsonObject timing, const QString &row, const QJsonObject &work)
{
    timing.insert(u"row"_s, row);
    timing.insert(u"status"_s, u"ok"_s);
    timing.insert(u"work"_s, work);
    return timing;
}

[[maybe_unused]] TransferSpec transferSpec(const RowArgs &args)
{
    TransferSpec spec;
    spec.transfers = args.integer(u"n"_s, 1'000'000);
    spec.addresses = args.integer(u"addresses"_s, 100'000);
    spec.shape = shapeFromName(args.text(u"shape"_s, u"laundering"_s)).value_or(Shape::Laundering);
    spec.seed = quint64(args.integer(u"seed"_s, 20261121));
    return spec;
}

QJsonObject runFts(const RowArgs &args)
{
    auto store = db::SqliteCaseStore::open(args.text(u"case"_s), true);
    if (!store) {
        return failed(u"fts"_s, store.error());
    }
    const QStringList terms =
        searchTerms(quint64(args.integer(u"seed"_s, 20261121)), int(args.integer(u"queries"_s, 200)));
    const int limit = int(args.integer(u"limit"_s, 20));
    std::vector<double> samples;
    qint64 hits = 0;
    for (const QString &term : terms) {
        QElapsedTimer timer;
        timer.start();
        auto found = (*store)->search(term, limit);
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!found) {
            return failed(u"fts"_s, found.error());
        }
        hits += qint64(found->size());
    }
    std::vector<double> sorted = samples;
    std::sort(sorted.begin(), sorted.end());
    QJsonObject out = withWork(summarize(samples), u"fts"_s,
                               {{u"queries"_s, qint64(terms.size())}, {u"limit"_s, limit}, {u"hits"_s, hits}});
    out.insert(u"p99_ms"_s, sorted[std::min(sorted.size() - 1, std::size_t(double(sorted.size()) * 0.99))]);
    return out;
}

[[maybe_unused]] QJsonObject peakRss(const QString &row, const QJsonObject &work)
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    QJsonObject out{{u"row"_s, row}, {u"status"_s, u"ok"_s}, {u"work"_s, work}};
    out.insert(u"peak_rss_mb"_s, double(usage.ru_maxrss) / 1024.0); // Linux reports KiB
    return out;
}

#ifdef AWB_BENCH_HAVE_SNAPSHOT
std::vector<graph::NodeIndex> seedNodes(const graph::Snapshot &snapshot, const GeneratedTransfers &data)
{
    std::vector<graph::NodeIndex> seeds;
    for (quint32 s : data.seeds) {
        seeds.push_back(snapshot.node(graph::NodeKind::Address, s));
    }
    return seeds;
}
#endif

#ifdef AWB_BENCH_HAVE_TRACE
QJsonObject runTrace(const RowArgs &args, const QString &row, int hops)
{
    const GeneratedTransfers data = generateTransfers(transferSpec(args));
    const auto snapshot = graph::Snapshot::build(toGraphData(data));
    const std::vector<graph::NodeIndex> seeds = seedNodes(*snapshot, data);
    qint64 count = 0;
    const auto samples = timeRuns(args.integer(u"runs"_s, 5), [&] {
        count = qint64(graph::downstream(*snapshot, std::span<const graph::NodeIndex>(seeds), hops).size());
    });
    // downstream() includes the seeds; the peers count what the seeds reach besides themselves.
    return withWork(summarize(samples), row,
                    {{u"transfers"_s, qint64(data.transfers.size())},
                     {u"seeds"_s, qint64(seeds.size())},
                     {u"hops"_s, hops},
                     {u"reached"_s, count - qint64(seeds.size())}});
}
#endif

QJsonObject runSnapshot(const RowArgs &args)
{
#ifdef AWB_BENCH_HAVE_SNAPSHOT
    const GeneratedTransfers data = generateTransfers(transferSpec(args));
    const graph::GraphData graphData = toGraphData(data);
    std::vector<double> samples;
    for (qint64 i = 0; i < std::max<qint64>(args.integer(u"runs"_s, 3), 1); ++i) {
        graph::GraphData copy = graphData; // Snapshot::build takes the data; the copy is not timed
        samples.push_back(timeRuns(1, [&] { (void)graph::Snapshot::build(std::move(copy)); }).front());
    }
    return withWork(summarize(samples), u"snapshot"_s,
                    {{u"transfers"_s, qint64(data.transfers.size())}, {u"addresses"_s, qint64(data.addressCount)}});
#else
    Q_UNUSED(args);
    return notBuilt(u"snapshot"_s, u"core/graph/snapshot.cpp is not in this build (issue #4)"_s);
#endif
}

QJsonObject runCluster(const RowArgs &args)
{
#ifdef AWB_BENCH_HAVE_CLUSTERING
    const CoSpend c = generateCoSpend(args.integer(u"addresses"_s, 1'000'000), args.integer(u"links"_s, 2'000'000),
                                      quint64(args.integer(u"seed"_s, 20261121)));
    graph::ClusterOptions options;
    options.heuristics = {graph::Heuristic::MultiInput}; // the peer computes exactly the multi-input components
    quint32 clusters = 0;
    const auto samples =
        timeRuns(args.integer(u"runs"_s, 3), [&] { clusters = graph::cluster(c.data, options).clusterCount(); });
    return withWork(summarize(samples), u"cluster"_s,
                    {{u"addresses"_s, qint64(c.data.addresses.size())},
                     {u"links"_s, qint64(c.links.size())},
                     {u"utxo_txs"_s, qint64(c.data.utxoTxs.size())},
                     {u"clusters"_s, qint64(clusters)}});
#else
    Q_UNUSED(args);
    return notBuilt(u"cluster"_s, u"core/graph/clustering.cpp is not in this build (issue #4)"_s);
#endif
}

QJsonObject runTrace6(const RowArgs &args)
{
#ifdef AWB_BENCH_HAVE_TRACE
    return runTrace(args, u"trace6"_s, int(args.integer(u"hops"_s, 6)));
#else
    Q_UNUSED(args);
    return notBuilt(u"trace6"_s, u"core/graph/trace.h is not in this build (issue #4)"_s);
#endif
}

QJsonObject runClosure(const RowArgs &args)
{
#ifdef AWB_BENCH_HAVE_TRACE
    return runTrace(args, u"closure"_s, -1);
#else
    Q_UNUSED(args);
    return notBuilt(u"closure"_s, u"core/graph/trace.h is not in this build (issue #4)"_s);
#endif
}

QJsonObject runRss(const RowArgs &args)
{
#ifdef AWB_BENCH_HAVE_SNAPSHOT
    auto store = db::SqliteCaseStore::open(args.text(u"case"_s), true);
    if (!store) {
        return failed(u"rss"_s, store.error());
    }
    auto snapshot = graph::Snapshot::load(**store);
    if (!snapshot) {
        return failed(u"rss"_s, snapshot.error());
    }
    return peakRss(u"rss"_s, {{u"case"_s, args.text(u"case"_s)},
                              {u"transfers"_s, qint64((*snapshot)->data().transfers.size())},
                              {u"addresses"_s, qint64((*snapshot)->data().addresses.size())}});
#else
    Q_UNUSED(args);
    return notBuilt(u"rss"_s, u"core/graph/snapshot.cpp is not in this build (issue #4)"_s);
#endif
}

/** "a b" per line, as `generate graph --edges-out` writes. */
Result<std::vector<std::pair<quint32, quint32>>> readEdges(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    }
    std::vector<std::pair<quint32, quint32>> edges;
    while (!file.atEnd()) {
        const QList<QByteArray> parts = file.readLine().simplified().split(' ');
        if (parts.size() == 2) {
            edges.emplace_back(parts[0].toUInt(), parts[1].toUInt());
        }
    }
    return edges;
}

QJsonObject runLayout(const RowArgs &args)
{
    auto edges = readEdges(args.text(u"edges"_s));
    if (!edges) {
        return failed(u"layout"_s, edges.error());
    }
    layout::LayoutInput input;
    input.nodes = quint32(args.integer(u"nodes"_s, 0));
    input.edges = std::move(*edges);
    layout::LayoutOptions options;
    options.seed = quint64(args.integer(u"seed"_s, 20261121));
    options.threads = int(args.integer(u"threads"_s, 0));
    layout::LayoutResult result;
    const auto samples = timeRuns(args.integer(u"runs"_s, 1), [&] { result = layout::forceLayout(input, options); });
    if (const QString out = args.text(u"out"_s); !out.isEmpty()) {
        QByteArray text;
        for (size_t i = 0; i < result.positions.size(); ++i) {
            text += QByteArray::number(qulonglong(i)) + ' ' + QByteArray::number(result.positions[i].x, 'f', 3) + ' ' +
                    QByteArray::number(result.positions[i].y, 'f', 3) + '\n';
        }
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
            return failed(u"layout"_s, Error{Error::Code::Io, u"cannot write %1"_s.arg(out), {}});
        }
    }
    return withWork(summarize(samples), u"layout"_s,
                    {{u"nodes"_s, qint64(input.nodes)},
                     {u"edges"_s, qint64(input.edges.size())},
                     {u"levels"_s, result.levels},
                     {u"iterations"_s, result.iterations}});
}

} // namespace

const std::vector<Row> &rows()
{
    static const std::vector<Row> all{
        {u"fts"_s, u"CaseStore::search latency per query over --case (p99)"_s, runFts},
        {u"snapshot"_s, u"Snapshot::build over generated transfers"_s, runSnapshot},
        {u"cluster"_s, u"cluster() with the multi-input rule over generated co-spends"_s, runCluster},
        {u"trace6"_s, u"downstream() 6 hops from the generated seeds"_s, runTrace6},
        {u"closure"_s, u"downstream() without a hop limit from the generated seeds"_s, runClosure},
        {u"rss"_s, u"peak RSS after Snapshot::load of --case"_s, runRss},
        {u"layout"_s, u"forceLayout() of --edges (--nodes), positions to --out as \"i x y\" lines"_s, runLayout},
    };
    return all;
}

} // namespace awb::bench
