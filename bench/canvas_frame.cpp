// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// awb-bench-canvas: the paint time of one graph-canvas frame, fully visible (issue #5 §7: ≤ 16 ms for 5,000 nodes and
// 7,500 edges, ≤ 33 ms for 20,000), against a naive QGraphicsScene of the same graph, frames interleaved; and with
// --layout-latency, the longest stall of the GUI thread while LayoutRunner lays the graph out (≤ 50 ms).
// The graph comes from the layout rows' generator and seed, so every run paints the same frames.
#include "bench/generators/layoutgen.h"
#include "bench/timing.h"
#include "core/explore/exploration.h"
#include "core/layout/forcelayout.h"
#include "ui/graph/canvasrenderer.h"
#include "ui/graph/canvasscene.h"
#include "ui/graph/layoutrunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using awb::graph::LinkKind;
using awb::graph::NodeKind;
using awb::ui::CanvasScene;

namespace {

constexpr std::uint64_t kSeed = 20261121;
constexpr int kWidth = 1600;
constexpr int kHeight = 1000;
constexpr int kWarmUpFrames = 3;
constexpr double kFitMargin = 40; // as GraphCanvas::fitAll
constexpr int kTickMs = 5;
constexpr int kPanSteps = 9; // frames pan by -4 … +4 pixels

struct Options
{
    quint32 nodes = 5000;
    int frames = 30;
    double zoom = 1;
    bool json = false;
    QString saveDir; // where to write the last frame of each side, to look at what was timed
};

NodeKind kindOf(quint32 i)
{
    // Mostly addresses, with the other kinds a case brings in, so every sprite and colour is drawn.
    switch (i % 100) {
    case 0:
        return NodeKind::Incident;
    case 1:
        return NodeKind::Service;
    case 2:
        return NodeKind::Cluster;
    case 3:
        return i % 500 == 3 ? NodeKind::Group : NodeKind::Address;
    default:
        return NodeKind::Address;
    }
}

LinkKind relationTo(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Incident:
        return LinkKind::Role;
    case NodeKind::Group:
        return LinkKind::GroupTag;
    case NodeKind::Service:
        return LinkKind::ServiceTag;
    default:
        return LinkKind::Member;
    }
}

/** The drawn graph of the generated one: labels, kinds, flows with amounts; no positions yet. */
awb::explore::Drawn makeDrawn(const awb::bench::LayoutGraph &g)
{
    std::mt19937_64 rng(kSeed);
    awb::explore::Drawn d;
    d.graph.nodes.resize(g.nodes);
    for (quint32 i = 0; i < g.nodes; ++i) {
        awb::graph::ViewNode &n = d.graph.nodes[i];
        n.node = i;
        n.kind = kindOf(i);
        n.synthetic = i % 40 == 5;
        n.focus = i == 0;
        n.label = n.kind == NodeKind::Address
                      ? u"bc1q%1%2"_s.arg(rng(), 16, 16, QChar(u'0')).arg(rng(), 16, 16, QChar(u'0'))
                      : u"%1 %2"_s.arg(CanvasScene::kindName(n.kind)).arg(i);
    }
    std::lognormal_distribution<double> sats(std::log(5e6), 2.5);
    for (const auto &[a, b] : g.edges) {
        awb::graph::ViewEdge e;
        e.a = a;
        e.b = b;
        e.links = 1;
        const NodeKind other =
            d.graph.nodes[a].kind != NodeKind::Address ? d.graph.nodes[a].kind : d.graph.nodes[b].kind;
        if (other == NodeKind::Address) {
            e.amount = awb::Amount(static_cast<quint64>(std::min(sats(rng), 2e15)) + 1);
            e.first = e.last = 1'600'000'000 + static_cast<qint64>(rng() % 100'000'000);
        } else {
            e.kind = relationTo(other);
        }
        d.graph.edges.push_back(e);
    }
    d.positions.assign(g.nodes, awb::explore::kUnplaced);
    d.pinned.assign(g.nodes, false);
    d.members.assign(g.nodes, 0);
    return d;
}

double msSince(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

using awb::bench::Timing;

/** The straightforward QGraphicsScene: an item per node, per edge and per label, nothing cached or culled by hand. */
void buildPeer(QGraphicsScene &peer, const CanvasScene &scene)
{
    for (const awb::ui::CanvasEdge &e : scene.edges) {
        const QColor colour = e.flow ? QColor(70, 70, 70, 170) : QColor(150, 150, 150, 150);
        QGraphicsLineItem *line =
            peer.addLine(QLineF(scene.nodes[e.a].pos, scene.nodes[e.b].pos), QPen(colour, e.width));
        line->setZValue(0);
    }
    for (const awb::ui::CanvasNode &n : scene.nodes) {
        const QColor fill = CanvasScene::kindColor(n.kind);
        const double r = n.radius;
        QGraphicsEllipseItem *dot = peer.addEllipse(QRectF(-r, -r, 2 * r, 2 * r), QPen(fill.darker(160), 1), fill);
        dot->setPos(n.pos);
        dot->setZValue(1);
        QGraphicsSimpleTextItem *label = peer.addSimpleText(n.label);
        label->setPos(n.pos + QPointF(-label->boundingRect().width() / 2, r + 3));
        label->setZValue(2);
    }
}

/** World to image, as GraphCanvas::fitAll (bounds plus a margin, at most 1.5), times @p zoom about the centre. */
QTransform fitTransform(const QRectF &bounds, double zoom)
{
    const QRectF b = bounds.adjusted(-kFitMargin, -kFitMargin, kFitMargin, kFitMargin);
    const double scale = std::clamp(std::min(kWidth / b.width(), kHeight / b.height()), 0.005, 1.5) * zoom;
    const QPointF offset = QPointF(kWidth / 2.0, kHeight / 2.0) - b.center() * scale;
    return {scale, 0, 0, scale, offset.x(), offset.y()};
}

QJsonObject timingJson(const Timing &t)
{
    return {{u"median_ms"_s, t.median}, {u"min_ms"_s, t.min}, {u"max_ms"_s, t.max}};
}

int runFrames(const Options &o)
{
    const auto graph = awb::bench::generateLayoutGraph(o.nodes, kSeed);
    awb::explore::Drawn drawn = makeDrawn(graph);
    QElapsedTimer setup;
    setup.start();
    awb::layout::LayoutInput input;
    input.nodes = graph.nodes;
    input.edges = graph.edges;
    const auto laid = awb::layout::forceLayout(input);
    for (std::size_t i = 0; i < laid.positions.size(); ++i) {
        drawn.positions[i] = laid.positions[i];
    }
    const double layoutMs = msSince(setup);
    CanvasScene scene;
    scene.build(drawn);
    setup.start();
    QGraphicsScene peer;
    buildPeer(peer, scene);
    const double peerBuildMs = msSince(setup);

    const QRectF viewport(0, 0, kWidth, kHeight);
    const QTransform toScreen = fitTransform(scene.bounds(), o.zoom);
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    awb::ui::CanvasRenderer renderer;
    awb::ui::RenderStats stats;
    // Every frame is panned a few pixels from the last, as while dragging, so that no cache of the previous frame
    // can stand in for painting one (the margin of the fit keeps the graph fully visible).
    auto panned = [&](int frame) {
        return toScreen * QTransform::fromTranslate(frame % kPanSteps - kPanSteps / 2, 0);
    };
    auto awbFrame = [&](int frame) {
        QPainter p(&image);
        p.fillRect(viewport, Qt::white);
        stats = renderer.render(p, scene, panned(frame), viewport);
    };
    auto peerFrame = [&](int frame) {
        QPainter p(&image);
        p.fillRect(viewport, Qt::white);
        p.setRenderHint(QPainter::Antialiasing);
        peer.render(&p, viewport, panned(frame).inverted().mapRect(viewport), Qt::IgnoreAspectRatio);
    };
    for (int i = 0; i < kWarmUpFrames; ++i) {
        awbFrame(i);
        peerFrame(i);
    }
    // Interleaved, so a noisy moment of a shared machine hits both sides.
    std::vector<double> awbMs, peerMs;
    QElapsedTimer timer;
    for (int i = 0; i < o.frames; ++i) {
        timer.start();
        awbFrame(kWarmUpFrames + i);
        awbMs.push_back(msSince(timer));
        timer.start();
        peerFrame(kWarmUpFrames + i);
        peerMs.push_back(msSince(timer));
    }
    if (!o.saveDir.isEmpty()) {
        for (const auto &[name, paint] : {std::pair{u"awb"_s, std::function<void(int)>(awbFrame)},
                                          std::pair{u"qgraphicsscene"_s, std::function<void(int)>(peerFrame)}}) {
            paint(0);
            const QString file = u"%1/canvas-%2-%3.png"_s.arg(o.saveDir, QString::number(o.nodes), name);
            if (!image.save(file)) {
                qCritical("cannot write %s", qPrintable(file));
                return 1;
            }
        }
    }
    const Timing a = awb::bench::timingOf(awbMs), p = awb::bench::timingOf(peerMs);
    QTextStream out(stdout);
    if (o.json) {
        QJsonObject awbJson = timingJson(a);
        awbJson[u"stats"_s] = QJsonObject{{u"nodes"_s, stats.nodes},
                                          {u"edges"_s, stats.edges},
                                          {u"labels"_s, stats.labels},
                                          {u"arrows"_s, stats.arrows},
                                          {u"dots"_s, stats.dots}};
        QJsonObject peerJson = timingJson(p);
        peerJson[u"items"_s] = static_cast<qint64>(peer.items().size());
        peerJson[u"build_ms"_s] = peerBuildMs;
        const QJsonObject root{{u"benchmark"_s, u"canvas_frame"_s},
                               {u"nodes"_s, static_cast<qint64>(scene.nodes.size())},
                               {u"edges"_s, static_cast<qint64>(scene.edges.size())},
                               {u"width"_s, kWidth},
                               {u"height"_s, kHeight},
                               {u"frames"_s, o.frames},
                               {u"scale"_s, toScreen.m11()},
                               {u"layout_ms"_s, layoutMs},
                               {u"awb"_s, awbJson},
                               {u"peer"_s, peerJson}};
        out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    out << u"%1 nodes, %2 edges, %3×%4, scale %5, %6 frames each (layout %7 ms, not timed)\n"_s.arg(scene.nodes.size())
               .arg(scene.edges.size())
               .arg(kWidth)
               .arg(kHeight)
               .arg(toScreen.m11(), 0, 'g', 3)
               .arg(o.frames)
               .arg(layoutMs, 0, 'f', 0);
    out << u"%1 | %2 | %3 | %4\n"_s.arg(u"side"_s, -24).arg(u"median ms"_s, 9).arg(u"min ms"_s, 7).arg(u"max ms"_s, 7);
    for (const auto &[name, t] : {std::pair{u"awb CanvasRenderer"_s, a}, std::pair{u"naive QGraphicsScene"_s, p}}) {
        out << u"%1 | %2 | %3 | %4\n"_s.arg(name, -24)
                   .arg(t.median, 9, 'f', 2)
                   .arg(t.min, 7, 'f', 2)
                   .arg(t.max, 7, 'f', 2);
    }
    out << u"awb drew: %1 nodes, %2 edges, %3 labels, %4 arrows, dots %5\n"_s.arg(stats.nodes)
               .arg(stats.edges)
               .arg(stats.labels)
               .arg(stats.arrows)
               .arg(stats.dots ? u"yes"_s : u"no"_s);
    return 0;
}

/**
 * Starts a from-scratch force layout on LayoutRunner and, until its result arrives, ticks a 5 ms timer on the GUI
 * thread: the longest gap between ticks is the longest the event loop could not run (the interval included).
 */
int runLatency(const Options &o)
{
    const auto graph = awb::bench::generateLayoutGraph(o.nodes, kSeed);
    awb::ui::LayoutJob job;
    job.drawn = makeDrawn(graph);
    CanvasScene scene;
    scene.build(job.drawn);
    awb::ui::LayoutRunner runner;
    QEventLoop loop;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(kTickMs);
    QElapsedTimer clock, sinceTick;
    double maxGap = 0, layoutMs = 0, applyMs = 0;
    int ticks = 0;
    std::size_t placed = 0;
    auto mark = [&] {
        maxGap = std::max(maxGap, msSince(sinceTick));
        sinceTick.start();
    };
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        mark();
        ++ticks;
    });
    QObject::connect(&runner, &awb::ui::LayoutRunner::finished, &loop,
                     [&](const std::vector<awb::layout::Point> &positions, quint64) {
                         mark();
                         layoutMs = msSince(clock);
                         placed = positions.size();
                         // What the explorer does first with a result: the scene takes the positions.
                         QElapsedTimer apply;
                         apply.start();
                         std::vector<QPointF> points;
                         points.reserve(positions.size());
                         for (const awb::layout::Point &pt : positions) {
                             points.emplace_back(pt.x, pt.y);
                         }
                         scene.setPositions(points);
                         applyMs = msSince(apply);
                         loop.quit();
                     });
    QTimer::singleShot(0, &loop, [&] {
        clock.start();
        sinceTick.start();
        tick.start();
        runner.start(std::move(job), 1); // timed as part of the first gap: it runs on the GUI thread
    });
    loop.exec();
    const QJsonObject root{{u"benchmark"_s, u"layout_latency"_s},
                           {u"nodes"_s, static_cast<qint64>(graph.nodes)},
                           {u"edges"_s, static_cast<qint64>(graph.edges.size())},
                           {u"placed"_s, static_cast<qint64>(placed)},
                           {u"layout_ms"_s, layoutMs},
                           {u"max_gap_ms"_s, maxGap},
                           {u"tick_ms"_s, kTickMs},
                           {u"ticks"_s, ticks},
                           {u"apply_ms"_s, applyMs}};
    QTextStream out(stdout);
    if (o.json) {
        out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << u"layout of %1 nodes, %2 edges on LayoutRunner: %3 ms; GUI thread: %4 ticks of %5 ms, longest gap "
               u"%6 ms; applying the positions %7 ms\n"_s.arg(graph.nodes)
                   .arg(graph.edges.size())
                   .arg(layoutMs, 0, 'f', 0)
                   .arg(ticks)
                   .arg(kTickMs)
                   .arg(maxGap, 0, 'f', 1)
                   .arg(applyMs, 0, 'f', 1);
    }
    return placed == graph.nodes ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Paint time of one graph-canvas frame, against a naive QGraphicsScene."_s);
    parser.addHelpOption();
    const QCommandLineOption nodesOption(u"nodes"_s, u"Generated nodes, 1.5 edges per node (5000)."_s, u"N"_s);
    const QCommandLineOption framesOption(u"frames"_s, u"Timed frames per side (30)."_s, u"N"_s);
    const QCommandLineOption zoomOption(u"zoom"_s, u"Scale relative to fitting the whole graph (1)."_s, u"F"_s);
    const QCommandLineOption quickOption(u"quick"_s, u"2,000 nodes, 5 frames: a smoke run."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON instead of a table."_s);
    const QCommandLineOption latencyOption(u"layout-latency"_s,
                                           u"Measure the GUI thread's longest stall during a layout instead."_s);
    const QCommandLineOption saveOption(u"save"_s, u"Also write each side's frame as a PNG into DIR."_s, u"DIR"_s);
    parser.addOptions({nodesOption, framesOption, zoomOption, quickOption, jsonOption, latencyOption, saveOption});
    parser.process(app);

    const bool quick = parser.isSet(quickOption);
    Options o;
    o.nodes = std::max(4u, parser.isSet(nodesOption) ? parser.value(nodesOption).toUInt() : (quick ? 2000u : 5000u));
    o.frames = std::max(1, parser.isSet(framesOption) ? parser.value(framesOption).toInt() : (quick ? 5 : 30));
    o.zoom = parser.isSet(zoomOption) ? std::max(1e-3, parser.value(zoomOption).toDouble()) : 1.0;
    o.json = parser.isSet(jsonOption);
    o.saveDir = parser.value(saveOption);
    return parser.isSet(latencyOption) ? runLatency(o) : runFrames(o);
}
