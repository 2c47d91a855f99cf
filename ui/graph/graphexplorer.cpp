// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphexplorer.h"

#include "core/graph/paths.h"
#include "core/graph/viewmetrics.h"
#include "ui/displaytext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QUndoStack>
#include <QVariantAnimation>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;
using graph::NodeIndex;

namespace {

constexpr int kTimeFilterId = 1; // consecutive time filter changes are one step
constexpr int kLaidOutId = 2;    // a step that lays out: its layout merges into it
constexpr quint32 kAsyncMetricNodes = 800;

} // namespace

/** One exploration step: the view before and after. */
class ViewStep final : public QUndoCommand
{
public:
    ViewStep(GraphExplorer *explorer,
             explore::ViewState before,
             explore::ViewState after,
             const QString &text,
             int id,
             quint64 serial,
             quint64 follows = 0)
        : QUndoCommand(text)
        , m_explorer(explorer)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_id(id)
        , m_serial(serial)
        , m_follows(follows)
    {}

    int id() const override { return m_id; }

    void redo() override { m_explorer->applyView(m_after); }

    void undo() override { m_explorer->applyView(m_before); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const ViewStep *>(other);
        // A time filter dragged along is one step; a step's own layout becomes part of it.
        if (m_id == kTimeFilterId || (o->m_follows != 0 && o->m_follows == m_serial)) {
            m_after = o->m_after;
            return true;
        }
        return false;
    }

private:
    GraphExplorer *m_explorer;
    explore::ViewState m_before;
    explore::ViewState m_after;
    int m_id;
    quint64 m_serial;
    quint64 m_follows;
};

GraphExplorer::GraphExplorer(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_runner(new LayoutRunner(this))
    , m_animation(new QVariantAnimation(this))
{
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(kAnimationMs);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        std::vector<QPointF> frame(m_to.size());
        for (std::size_t i = 0; i < m_to.size(); ++i) {
            frame[i] = m_from[i] + (m_to[i] - m_from[i]) * t;
        }
        m_scene.setPositions(frame);
        emit positionsChanged();
    });
    connect(m_animation, &QVariantAnimation::finished, this, &GraphExplorer::onAnimationFinished);
    connect(m_runner, &LayoutRunner::finished, this, &GraphExplorer::onLayoutFinished);
}

GraphExplorer::~GraphExplorer()
{
    m_runner->cancel();
}

void GraphExplorer::setSnapshot(std::shared_ptr<const graph::Snapshot> snapshot)
{
    m_runner->cancel();
    m_animation->stop();
    m_undo->clear();
    m_snapshot = std::move(snapshot);
    m_view = {};
    m_highlight.clear();
    rebuild();
}

std::optional<quint32> GraphExplorer::drawnIndex(NodeIndex node) const
{
    const auto it = m_drawn.index.find(node);
    return it == m_drawn.index.end() ? std::nullopt : std::optional(it->second);
}

NodeIndex GraphExplorer::snapshotNode(quint32 drawn) const
{
    return m_drawn.graph.nodes.at(drawn).node;
}

std::vector<NodeIndex> GraphExplorer::snapshotNodes(const std::vector<quint32> &drawn) const
{
    std::vector<NodeIndex> out;
    for (quint32 d : drawn) {
        if (d < m_drawn.graph.nodes.size()) {
            out.push_back(m_drawn.graph.nodes[d].node);
        }
    }
    return out;
}

void GraphExplorer::push(explore::ViewState after, const QString &text, bool layOut)
{
    if (!m_snapshot || after == m_view) {
        return;
    }
    const quint64 serial = m_nextStep++;
    if (layOut) {
        explore::placeNew(after, *m_snapshot);
    }
    m_undo->push(new ViewStep(this, m_view, after, text, layOut ? kLaidOutId : -1, serial));
    if (layOut) {
        const bool fresh = std::none_of(m_drawn.positions.begin(), m_drawn.positions.end(), explore::isPlaced);
        startLayout(layoutKindFromName(m_view.layout).value_or(LayoutKind::Force), !fresh, serial);
    }
}

void GraphExplorer::applyView(const explore::ViewState &view)
{
    m_runner->cancel();
    m_animation->stop();
    m_view = view;
    rebuild();
}

void GraphExplorer::rebuild()
{
    ++m_generation;
    m_drawn = m_snapshot ? explore::draw(*m_snapshot, m_view) : explore::Drawn{};
    const auto metric = graph::viewMetricFromName(m_view.metric).value_or(graph::ViewMetric::None);
    const bool async = metric == graph::ViewMetric::Betweenness && m_drawn.graph.nodes.size() > kAsyncMetricNodes;
    std::vector<double> values;
    if (metric != graph::ViewMetric::None && !async) {
        values = graph::viewMetric(m_drawn.graph, metric, graph::dominantAsset(m_drawn.graph));
    }
    m_scene.build(m_drawn, values);
    if (async) {
        // Betweenness is O(nodes × edges): sized when it is ready, so the GUI thread never waits for it.
        auto *watcher = new QFutureWatcher<std::vector<double>>(this);
        const quint64 generation = m_generation;
        connect(watcher, &QFutureWatcher<std::vector<double>>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation == m_generation) {
                m_scene.setMetric(m_drawn, watcher->result());
                emit positionsChanged();
            }
        });
        watcher->setFuture(QtConcurrent::run(
            [graph = m_drawn.graph] { return graph::viewMetric(graph, graph::ViewMetric::Betweenness, 0); }));
    }
    applyHighlight();
    emit sceneRebuilt();
}

void GraphExplorer::showAround(const std::vector<NodeIndex> &focus, int hops)
{
    if (!m_snapshot || focus.empty()) {
        return;
    }
    graph::NeighbourhoodOptions options;
    options.hops = hops;
    explore::ViewState after = explore::around(*m_snapshot, focus, options);
    after.time = m_view.time;
    after.metric = m_view.metric;
    after.layout = m_view.layout;
    m_highlight.clear();
    // Nothing is placed yet, so push() lays it out from scratch.
    push(std::move(after), tr("Show the neighbourhood of %1").arg(m_snapshot->nodeName(focus.front())), true);
}

Result<explore::ExpandResult> GraphExplorer::expand(const std::vector<NodeIndex> &from,
                                                    const explore::ExpandOptions &options)
{
    if (!m_snapshot) {
        return explore::ExpandResult{};
    }
    explore::ViewState after = m_view;
    auto result = explore::expand(after, *m_snapshot, from, options);
    if (result && result->added > 0) {
        push(std::move(after), tr("Expand %n node(s)", nullptr, int(from.size())), true);
    }
    return result;
}

quint32 GraphExplorer::addNodes(const std::vector<NodeIndex> &nodes, const QString &text)
{
    explore::ViewState after = m_view;
    const quint32 added = explore::addNodes(after, nodes);
    push(std::move(after), text, true);
    return added;
}

bool GraphExplorer::collapse(NodeIndex cluster)
{
    explore::ViewState after = m_view;
    if (!m_snapshot || !explore::collapse(after, *m_snapshot, cluster)) {
        return false;
    }
    push(std::move(after), tr("Collapse %1").arg(m_snapshot->nodeName(cluster)), !after.positions.contains(cluster));
    return true;
}

bool GraphExplorer::uncollapse(NodeIndex cluster)
{
    explore::ViewState after = m_view;
    if (!m_snapshot || !explore::uncollapse(after, cluster)) {
        return false;
    }
    push(std::move(after), tr("Expand %1").arg(m_snapshot->nodeName(cluster)), true);
    return true;
}

void GraphExplorer::hide(const std::vector<NodeIndex> &nodes)
{
    explore::ViewState after = m_view;
    if (m_snapshot && explore::hide(after, *m_snapshot, nodes) > 0) {
        push(std::move(after), tr("Hide %n node(s)", nullptr, int(nodes.size())), false);
    }
}

void GraphExplorer::setPinned(const std::vector<NodeIndex> &nodes, bool pinned)
{
    explore::ViewState after = m_view;
    for (NodeIndex n : nodes) {
        if (pinned) {
            after.pinned.push_back(n);
        } else {
            std::erase(after.pinned, n);
        }
    }
    std::sort(after.pinned.begin(), after.pinned.end());
    after.pinned.erase(std::unique(after.pinned.begin(), after.pinned.end()), after.pinned.end());
    push(std::move(after),
         pinned ? tr("Pin %n node(s)", nullptr, int(nodes.size())) : tr("Unpin %n node(s)", nullptr, int(nodes.size())),
         false);
}

void GraphExplorer::move(const std::vector<NodeIndex> &nodes, const std::vector<QPointF> &positions)
{
    explore::ViewState after = m_view;
    for (std::size_t i = 0; i < nodes.size() && i < positions.size(); ++i) {
        after.positions[nodes[i]] = {positions[i].x(), positions[i].y()};
        after.pinned.push_back(nodes[i]);
    }
    std::sort(after.pinned.begin(), after.pinned.end());
    after.pinned.erase(std::unique(after.pinned.begin(), after.pinned.end()), after.pinned.end());
    push(std::move(after), tr("Move %n node(s)", nullptr, int(nodes.size())), false);
}

void GraphExplorer::setTimeFilter(const graph::TimeFilter &time)
{
    if (!m_snapshot || time == m_view.time) {
        return;
    }
    explore::ViewState after = m_view;
    after.time = time;
    m_undo->push(new ViewStep(this, m_view, after, tr("Filter by time"), kTimeFilterId, m_nextStep++));
}

void GraphExplorer::setMetric(const QString &metric)
{
    explore::ViewState after = m_view;
    after.metric = metric;
    push(std::move(after), tr("Size by %1").arg(metric), false);
}

void GraphExplorer::layout(LayoutKind kind)
{
    if (!m_snapshot || m_drawn.graph.nodes.empty()) {
        return;
    }
    startLayout(kind, false, 0);
}

void GraphExplorer::replaceView(const explore::ViewState &view, const QString &text)
{
    m_highlight.clear();
    const bool unplaced =
        std::any_of(view.nodes.begin(), view.nodes.end(), [&](NodeIndex n) { return !view.positions.contains(n); });
    push(view, text, unplaced);
}

void GraphExplorer::startLayout(LayoutKind kind, bool incremental, quint64 step)
{
    LayoutJob job;
    job.kind = kind;
    job.drawn = m_drawn;
    job.incremental = incremental;
    job.focus = 0;
    for (NodeIndex f : m_view.focus) {
        if (const auto d = drawnIndex(f)) {
            job.focus = *d;
            break;
        }
    }
    m_layoutStep = step;
    m_pendingKind = kind;
    m_runner->start(std::move(job), m_generation);
    emit layoutRunning(true);
}

void GraphExplorer::onLayoutFinished(const std::vector<layout::Point> &positions, quint64 generation)
{
    if (generation != m_generation || positions.size() != m_scene.nodes.size()) {
        emit layoutRunning(m_runner->isRunning());
        return; // the drawing changed while it ran
    }
    m_from.resize(positions.size());
    m_to.resize(positions.size());
    for (std::size_t i = 0; i < positions.size(); ++i) {
        m_from[i] = m_scene.nodes[i].pos;
        m_to[i] = QPointF(positions[i].x, positions[i].y);
    }
    m_animation->start();
}

void GraphExplorer::onAnimationFinished()
{
    if (m_to.size() != m_drawn.graph.nodes.size()) {
        return;
    }
    explore::ViewState after = m_view;
    for (std::size_t i = 0; i < m_to.size(); ++i) {
        after.positions[m_drawn.graph.nodes[i].node] = {m_to[i].x(), m_to[i].y()};
    }
    after.layout = layoutKindName(m_pendingKind);
    const quint64 follows = std::exchange(m_layoutStep, 0);
    if (after != m_view) {
        m_undo->push(
            new ViewStep(this, m_view, after, tr("Lay out (%1)").arg(after.layout), kLaidOutId, m_nextStep++, follows));
    }
    emit layoutRunning(false);
}

bool GraphExplorer::isLayingOut() const
{
    return m_runner->isRunning() || m_animation->state() == QAbstractAnimation::Running;
}

void GraphExplorer::waitForLayout()
{
    m_runner->waitForFinished();
    QCoreApplication::processEvents(); // deliver the watcher's finished signal
    if (m_animation->state() == QAbstractAnimation::Running) {
        m_animation->setCurrentTime(m_animation->duration()); // jump to the end: finished() fires
    }
}

void GraphExplorer::applyHighlight()
{
    std::vector<quint32> lit;
    for (NodeIndex n : m_highlight) {
        if (const auto d = drawnIndex(n)) {
            lit.push_back(*d);
        }
    }
    m_scene.setFlag(Highlighted, lit, true);
}

void GraphExplorer::setHighlight(const std::vector<NodeIndex> &nodes)
{
    m_highlight = nodes;
    applyHighlight();
    emit positionsChanged();
}

QString GraphExplorer::describe(quint32 drawn) const
{
    if (!m_snapshot || drawn >= m_drawn.graph.nodes.size()) {
        return {};
    }
    const graph::ViewNode &v = m_drawn.graph.nodes[drawn];
    QStringList lines;
    lines << u"%1: %2"_s.arg(CanvasScene::kindName(v.kind), text::marked(v.label, v.synthetic));
    if (!v.category.isEmpty()) {
        lines << v.category;
    }
    if (v.kind == graph::NodeKind::Address) {
        lines << tr("In %1").arg(m_snapshot->nodeName(m_snapshot->clusterNode(v.node)));
        if (!v.service.isEmpty()) {
            lines << tr("Service: %1").arg(v.service);
        }
    }
    lines << tr("%n link(s) drawn", nullptr, int(m_scene.neighbours(drawn).size()));
    if (m_drawn.pinned[drawn]) {
        lines << tr("Pinned");
    }
    if (v.synthetic) {
        lines << text::syntheticExplanation();
    }
    return lines.join(u'\n');
}

} // namespace awb::ui
