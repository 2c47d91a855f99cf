// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/graph/canvasrenderer.h"
#include "ui/graph/canvasscene.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

namespace awb::ui {

/**
 * The painted graph canvas. It shows a CanvasScene it does not own and turns input into signals: wheel, pinch
 * and keys zoom; dragging the background pans (with Shift: rubber-band selection); dragging a node moves it;
 * hovering highlights a node's neighbours. Keyboard: arrows move the selection to the neighbour that lies that
 * way (or pan when nothing is selected), Tab walks the nodes, Enter expands, Space pins, Delete hides, Home fits,
 * the menu key opens the context menu.
 */
class GraphCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphCanvas)

public:
    explicit GraphCanvas(QWidget *parent = nullptr);

    /** Shows @p scene (null: nothing); call sceneChanged() after changing it. */
    void setScene(CanvasScene *scene);
    void sceneChanged();

    std::vector<quint32> selection() const { return m_selection; }

    void setSelection(std::vector<quint32> nodes, bool notify = true);
    /** Zooms and pans so that every node is visible. */
    void fitAll();
    /** Pans to @p node, zooming in when the drawing is too small to read it. */
    void centreOn(quint32 node);
    void zoomBy(double factor, QPointF anchor);

    double scale() const { return m_scale; }

    QTransform worldToScreen() const;

    void setRenderOptions(const RenderOptions &options);

    RenderOptions renderOptions() const { return m_options; }

    const RenderStats &lastFrame() const { return m_lastFrame; }

    /** Plain text for a node's tooltip. */
    void setToolTipProvider(std::function<QString(quint32 node)> provider) { m_toolTip = std::move(provider); }

signals:
    void selectionChanged(const std::vector<quint32> &nodes);
    /** Double click or Enter on a node. */
    void nodeActivated(quint32 node);
    /** The user dragged @p nodes to new places; they are pinned there. */
    void nodesMoved(const std::vector<quint32> &nodes, const std::vector<QPointF> &positions);
    void pinToggled(const std::vector<quint32> &nodes);
    void hideRequested(const std::vector<quint32> &nodes);
    /** Right click or the menu key; @p node is the node under the pointer (or the selection's first). */
    void contextMenuRequested(std::optional<quint32> node, QPoint globalPos);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    QPointF toWorld(QPointF screen) const;
    std::optional<quint32> nodeUnder(QPointF screen) const;
    void setHover(std::optional<quint32> node);
    void moveSelection(QPointF direction);
    void applySelectionFlags();

    CanvasScene *m_scene = nullptr;
    CanvasRenderer m_renderer;
    RenderOptions m_options;
    RenderStats m_lastFrame;
    double m_scale = 1;
    QPointF m_offset; // screen = world * scale + offset
    bool m_fitPending = true;

    enum class Drag : quint8 { None, Pan, Node, Band };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_moved = false;
    std::vector<quint32> m_dragged;
    std::vector<quint32> m_selection;
    std::optional<quint32> m_hover;
    std::function<QString(quint32)> m_toolTip;
};

} // namespace awb::ui
