// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/explore/exploration.h"
#include "ui/graph/canvasscene.h"
#include "ui/graph/layoutrunner.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

class QUndoStack;
class QVariantAnimation;

namespace awb::ui {

/**
 * The graph canvas's model: the snapshot of the case, the view (a value), the undo stack of exploration steps
 * and the scene the canvas paints. Every step (show, expand, collapse, hide, pin, move, filter, layout) replaces
 * the view through the undo stack, so each one is undone by putting the view before it back. Steps that bring in
 * nodes lay them out off the GUI thread and animate them into place; that layout belongs to the step.
 */
class GraphExplorer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphExplorer)

public:
    explicit GraphExplorer(QObject *parent = nullptr);
    ~GraphExplorer() override;

    /** A new case graph (null: none): the view and its history start again. */
    void setSnapshot(std::shared_ptr<const graph::Snapshot> snapshot);

    const graph::Snapshot *snapshot() const { return m_snapshot.get(); }

    std::shared_ptr<const graph::Snapshot> sharedSnapshot() const { return m_snapshot; }

    const explore::ViewState &view() const { return m_view; }

    const explore::Drawn &drawn() const { return m_drawn; }

    CanvasScene *scene() { return &m_scene; }

    QUndoStack *undoStack() const { return m_undo; }

    /** The drawn node a snapshot node is shown as, if it is. */
    std::optional<quint32> drawnIndex(graph::NodeIndex node) const;
    graph::NodeIndex snapshotNode(quint32 drawn) const;
    std::vector<graph::NodeIndex> snapshotNodes(const std::vector<quint32> &drawn) const;

    // Exploration steps; each is one undoable step (none when it changes nothing).
    void showAround(const std::vector<graph::NodeIndex> &focus, int hops = 1);
    Result<explore::ExpandResult> expand(const std::vector<graph::NodeIndex> &from,
                                         const explore::ExpandOptions &options);
    /** Adds nodes (a path's, a trace's) and lays them out; @p text names the step. */
    quint32 addNodes(const std::vector<graph::NodeIndex> &nodes, const QString &text);
    bool collapse(graph::NodeIndex cluster);
    bool uncollapse(graph::NodeIndex cluster);
    void hide(const std::vector<graph::NodeIndex> &nodes);
    void setPinned(const std::vector<graph::NodeIndex> &nodes, bool pinned);
    /** The user dragged nodes: they stay where they were dropped, pinned. */
    void move(const std::vector<graph::NodeIndex> &nodes, const std::vector<QPointF> &positions);
    void setTimeFilter(const graph::TimeFilter &time);
    void setMetric(const QString &metric);
    /** Lays the whole view out again with @p kind. */
    void layout(LayoutKind kind);
    /** Replaces the view (a saved view opened); @p text names the step. */
    void replaceView(const explore::ViewState &view, const QString &text);

    bool isLayingOut() const;
    /** Blocks until a running layout and its animation are done (tests, exports). */
    void waitForLayout();

    /** Marks @p nodes (snapshot nodes) and the edges among them as highlighted; not a step. */
    void setHighlight(const std::vector<graph::NodeIndex> &nodes);

    const std::vector<graph::NodeIndex> &highlight() const { return m_highlight; }

    /** Plain text describing a drawn node, for its tooltip. */
    QString describe(quint32 drawn) const;

    /** The earliest and latest flow of the drawn view, ignoring its time filter; nullopt without flows. */
    std::optional<std::pair<qint64, qint64>> flowTimeRange() const { return m_drawn.flowRange; }

    static constexpr int kAnimationMs = 350;

signals:
    /** The scene was rebuilt: different nodes or edges. */
    void sceneRebuilt();
    /** Positions moved (an animation frame). */
    void positionsChanged();
    void layoutRunning(bool running);
    /** A step could not be taken; @p message says why. */
    void stepRefused(const QString &message);

private:
    friend class ViewStep;
    void push(explore::ViewState after, const QString &text, bool layOut);
    void applyView(const explore::ViewState &view);
    void rebuild();
    void applyHighlight();
    void startLayout(LayoutKind kind, bool incremental, quint64 step);
    void onLayoutFinished(const std::vector<layout::Point> &positions, quint64 generation);
    void onAnimationFinished();

    std::shared_ptr<const graph::Snapshot> m_snapshot;
    explore::ViewState m_view;
    explore::Drawn m_drawn;
    CanvasScene m_scene;
    QUndoStack *m_undo = nullptr;
    LayoutRunner *m_runner = nullptr;
    QVariantAnimation *m_animation = nullptr;
    std::vector<QPointF> m_from, m_to; // the animation's ends, per drawn node
    std::vector<graph::NodeIndex> m_highlight;
    quint64 m_generation = 0; // bumped on every rebuild: a layout of an older drawing is dropped
    quint64 m_layoutStep = 0; // the step a running layout belongs to (0: a layout step of its own)
    quint64 m_nextStep = 1;
    LayoutKind m_pendingKind = LayoutKind::Force;
};

} // namespace awb::ui
