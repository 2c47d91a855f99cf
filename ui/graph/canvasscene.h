// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/explore/exploration.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace awb::ui {

/** Per-node and per-edge states the canvas draws on top of the style. */
enum CanvasFlag : quint8 {
    Selected = 1,
    Hovered = 2,
    Neighbour = 4,   // of the hovered node
    Highlighted = 8, // on a found path or a trace
    Dimmed = 16,     // something is hovered or highlighted, and this is not part of it
};

struct CanvasNode
{
    QPointF pos;
    float radius = 8; // world units; the metric scales it
    graph::NodeKind kind = graph::NodeKind::Address;
    bool synthetic = false;
    bool pinned = false;
    bool focus = false;
    bool service = false; // an address tagged with a service: its label outranks other addresses'
    quint8 flags = 0;
    QString label;
};

struct CanvasEdge
{
    quint32 a = 0;
    quint32 b = 0;
    float width = 1;   // world units; flows by amount
    bool flow = false; // directed, drawn with an arrow
    quint8 flags = 0;
};

/**
 * What the canvas paints: a drawn view with its style worked out (shape and colour by kind, width by amount, size
 * by metric) and a grid over the node positions for hit tests. Painting reads it and never computes a style.
 */
class CanvasScene
{
public:
    /** Styles @p drawn; @p metric has one value per drawn node, or is empty (every node the same size). */
    void build(const explore::Drawn &drawn, std::span<const double> metric = {});
    /** Sizes the nodes of @p drawn (the one built from) by @p metric; empty: by kind only. */
    void setMetric(const explore::Drawn &drawn, std::span<const double> metric);

    std::vector<CanvasNode> nodes;
    std::vector<CanvasEdge> edges;

    bool empty() const { return nodes.empty(); }

    /** Every node's box, or a null rect when there are none. */
    QRectF bounds() const;
    /** The topmost node whose shape contains @p world, within @p slack world units. */
    std::optional<quint32> nodeAt(QPointF world, double slack = 0) const;
    std::vector<quint32> nodesIn(const QRectF &world) const;
    /** Nodes joined to @p node by a drawn edge. */
    std::span<const quint32> neighbours(quint32 node) const;
    void setPosition(quint32 node, QPointF pos);
    /** Sets every position at once (a layout frame); @p positions has one per node. */
    void setPositions(std::span<const QPointF> positions);

    /** Sets @p flag on exactly @p nodes (and on the edges between two of them when @p edgesToo). */
    void setFlag(CanvasFlag flag, std::span<const quint32> nodes, bool edgesToo = false);
    /** Marks a hovered node and its neighbours, dimming the rest; no node clears it. */
    void setHovered(std::optional<quint32> node);
    void updateDimming();

    static QColor kindColor(graph::NodeKind kind);
    static QString kindName(graph::NodeKind kind); // translated, for the legend and tooltips

private:
    void rebuildGrid() const;

    static qint64 cellKey(int x, int y) { return (qint64(x) << 32) ^ qint64(quint32(y)); }

    std::vector<quint32> m_adjacencyStart; // CSR over the drawn edges, both directions
    std::vector<quint32> m_adjacency;
    float m_maxRadius = 8;
    mutable bool m_gridDirty = true;
    mutable std::unordered_map<qint64, std::vector<quint32>> m_grid;
    static constexpr double kCell = 64;
};

} // namespace awb::ui
