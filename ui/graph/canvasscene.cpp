// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/canvasscene.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace awb::ui {

using graph::NodeKind;

namespace {

float baseRadius(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Address:
        return 8;
    case NodeKind::Transaction:
        return 5;
    case NodeKind::Cluster:
        return 11;
    case NodeKind::Incident:
        return 14;
    case NodeKind::Group:
        return 16;
    case NodeKind::Service:
        return 12;
    }
    return 8;
}

} // namespace

QColor CanvasScene::kindColor(NodeKind kind)
{
    // Okabe–Ito: distinguishable with the common colour-vision deficiencies, like the group palette.
    switch (kind) {
    case NodeKind::Address:
        return QColor(0x00, 0x72, 0xB2);
    case NodeKind::Transaction:
        return QColor(0x99, 0x99, 0x99);
    case NodeKind::Cluster:
        return QColor(0x56, 0xB4, 0xE9);
    case NodeKind::Incident:
        return QColor(0xD5, 0x5E, 0x00);
    case NodeKind::Group:
        return QColor(0xCC, 0x79, 0xA7);
    case NodeKind::Service:
        return QColor(0x00, 0x9E, 0x73);
    }
    return Qt::gray;
}

QString CanvasScene::kindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Address:
        return QCoreApplication::translate("CanvasScene", "Address");
    case NodeKind::Transaction:
        return QCoreApplication::translate("CanvasScene", "Transaction");
    case NodeKind::Cluster:
        return QCoreApplication::translate("CanvasScene", "Cluster");
    case NodeKind::Incident:
        return QCoreApplication::translate("CanvasScene", "Incident");
    case NodeKind::Group:
        return QCoreApplication::translate("CanvasScene", "Group");
    case NodeKind::Service:
        return QCoreApplication::translate("CanvasScene", "Service");
    }
    return {};
}

void CanvasScene::build(const explore::Drawn &drawn, std::span<const double> metric)
{
    const auto &g = drawn.graph;
    nodes.assign(g.nodes.size(), {});
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        CanvasNode &n = nodes[i];
        const graph::ViewNode &v = g.nodes[i];
        n.kind = v.kind;
        n.synthetic = v.synthetic;
        n.focus = v.focus;
        n.service = !v.service.isEmpty();
        n.pinned = drawn.pinned[i];
        // A service's address reads as the service, so a trace's exchange or mixer can be told at a glance.
        n.label = v.service.isEmpty() ? v.label : u"%1 · %2…%3"_s.arg(v.service, v.label.left(6), v.label.right(4));
        n.pos = explore::isPlaced(drawn.positions[i]) ? QPointF(drawn.positions[i].x, drawn.positions[i].y) : QPointF();
    }
    setMetric(drawn, metric);
    // Flow widths on a log scale per asset: amounts of different assets are never compared.
    std::unordered_map<quint16, double> maxLog;
    for (const graph::ViewEdge &e : g.edges) {
        if (e.kind == graph::LinkKind::Flow) {
            double &m = maxLog[e.asset];
            m = std::max(m, std::log1p(double(e.amount)));
        }
    }
    edges.assign(g.edges.size(), {});
    for (std::size_t i = 0; i < g.edges.size(); ++i) {
        const graph::ViewEdge &e = g.edges[i];
        CanvasEdge &c = edges[i];
        c.a = e.a;
        c.b = e.b;
        c.flow = e.kind == graph::LinkKind::Flow;
        const double m = c.flow ? maxLog[e.asset] : 0;
        c.width = m > 0 ? float(1 + 5 * std::log1p(double(e.amount)) / m) : 1;
    }
    m_adjacencyStart.assign(nodes.size() + 1, 0);
    for (const CanvasEdge &e : edges) {
        ++m_adjacencyStart[e.a + 1];
        ++m_adjacencyStart[e.b + 1];
    }
    for (std::size_t i = 1; i < m_adjacencyStart.size(); ++i) {
        m_adjacencyStart[i] += m_adjacencyStart[i - 1];
    }
    m_adjacency.resize(m_adjacencyStart.back());
    std::vector<quint32> fill(m_adjacencyStart.begin(), m_adjacencyStart.end() - 1);
    for (const CanvasEdge &e : edges) {
        m_adjacency[fill[e.a]++] = e.b;
        m_adjacency[fill[e.b]++] = e.a;
    }
    m_gridDirty = true;
}

void CanvasScene::setMetric(const explore::Drawn &drawn, std::span<const double> metric)
{
    const double maxMetric = metric.empty() ? 0 : *std::max_element(metric.begin(), metric.end());
    m_maxRadius = 0;
    for (std::size_t i = 0; i < nodes.size() && i < drawn.members.size(); ++i) {
        CanvasNode &n = nodes[i];
        const quint32 members = drawn.members[i];
        n.radius = baseRadius(n.kind) * (members > 1 ? float(std::sqrt(std::min(members, 100u))) : 1);
        if (maxMetric > 0 && i < metric.size()) {
            // Area grows with the metric, up to four times the base size.
            n.radius *= float(1 + std::sqrt(metric[i] / maxMetric));
        }
        m_maxRadius = std::max(m_maxRadius, n.radius);
    }
    m_gridDirty = true;
}

QRectF CanvasScene::bounds() const
{
    if (nodes.empty()) {
        return {};
    }
    double x0 = nodes[0].pos.x(), x1 = x0, y0 = nodes[0].pos.y(), y1 = y0;
    for (const CanvasNode &n : nodes) {
        x0 = std::min(x0, n.pos.x() - n.radius);
        x1 = std::max(x1, n.pos.x() + n.radius);
        y0 = std::min(y0, n.pos.y() - n.radius);
        y1 = std::max(y1, n.pos.y() + n.radius);
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

void CanvasScene::rebuildGrid() const
{
    m_grid.clear();
    for (quint32 i = 0; i < nodes.size(); ++i) {
        const QPointF p = nodes[i].pos;
        m_grid[cellKey(int(std::floor(p.x() / kCell)), int(std::floor(p.y() / kCell)))].push_back(i);
    }
    m_gridDirty = false;
}

std::optional<quint32> CanvasScene::nodeAt(QPointF world, double slack) const
{
    if (m_gridDirty) {
        rebuildGrid();
    }
    const double reach = m_maxRadius + slack;
    const int cx0 = int(std::floor((world.x() - reach) / kCell)), cx1 = int(std::floor((world.x() + reach) / kCell));
    const int cy0 = int(std::floor((world.y() - reach) / kCell)), cy1 = int(std::floor((world.y() + reach) / kCell));
    std::optional<quint32> best;
    for (int cx = cx0; cx <= cx1; ++cx) {
        for (int cy = cy0; cy <= cy1; ++cy) {
            const auto cell = m_grid.find(cellKey(cx, cy));
            if (cell == m_grid.end()) {
                continue;
            }
            for (quint32 i : cell->second) {
                const QPointF d = nodes[i].pos - world;
                const double r = nodes[i].radius + slack;
                // The last drawn (highest index) is on top.
                if (d.x() * d.x() + d.y() * d.y() <= r * r && (!best || i > *best)) {
                    best = i;
                }
            }
        }
    }
    return best;
}

std::vector<quint32> CanvasScene::nodesIn(const QRectF &world) const
{
    std::vector<quint32> out;
    for (quint32 i = 0; i < nodes.size(); ++i) {
        if (world.contains(nodes[i].pos)) {
            out.push_back(i);
        }
    }
    return out;
}

std::span<const quint32> CanvasScene::neighbours(quint32 node) const
{
    if (node + 1 >= m_adjacencyStart.size()) {
        return {};
    }
    return {m_adjacency.data() + m_adjacencyStart[node], m_adjacency.data() + m_adjacencyStart[node + 1]};
}

void CanvasScene::setPosition(quint32 node, QPointF pos)
{
    nodes[node].pos = pos;
    m_gridDirty = true;
}

void CanvasScene::setPositions(std::span<const QPointF> positions)
{
    for (std::size_t i = 0; i < nodes.size() && i < positions.size(); ++i) {
        nodes[i].pos = positions[i];
    }
    m_gridDirty = true;
}

void CanvasScene::setFlag(CanvasFlag flag, std::span<const quint32> set, bool edgesToo)
{
    std::vector<bool> in(nodes.size(), false);
    for (quint32 i : set) {
        if (i < nodes.size()) {
            in[i] = true;
        }
    }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        nodes[i].flags = in[i] ? (nodes[i].flags | flag) : (nodes[i].flags & ~flag);
    }
    for (CanvasEdge &e : edges) {
        const bool on = edgesToo && in[e.a] && in[e.b];
        e.flags = on ? (e.flags | flag) : (e.flags & ~flag);
    }
    updateDimming();
}

void CanvasScene::setHovered(std::optional<quint32> node)
{
    for (CanvasNode &n : nodes) {
        n.flags &= ~(Hovered | Neighbour);
    }
    for (CanvasEdge &e : edges) {
        e.flags &= ~(Hovered | Neighbour);
    }
    if (node && *node < nodes.size()) {
        nodes[*node].flags |= Hovered;
        for (quint32 n : neighbours(*node)) {
            nodes[n].flags |= Neighbour;
        }
        for (CanvasEdge &e : edges) {
            if (e.a == *node || e.b == *node) {
                e.flags |= Neighbour;
            }
        }
    }
    updateDimming();
}

void CanvasScene::updateDimming()
{
    const auto anyNode = [&](quint8 f) {
        return std::any_of(nodes.begin(), nodes.end(), [f](const CanvasNode &n) { return n.flags & f; });
    };
    // Hovering wins over a highlighted path while the pointer is on a node; else the path stands out.
    const quint8 keep = anyNode(Hovered) ? (Hovered | Neighbour) : anyNode(Highlighted) ? Highlighted : 0;
    for (CanvasNode &n : nodes) {
        n.flags = (keep && !(n.flags & keep)) ? (n.flags | Dimmed) : (n.flags & ~Dimmed);
    }
    for (CanvasEdge &e : edges) {
        e.flags = (keep && !(e.flags & keep)) ? (e.flags | Dimmed) : (e.flags & ~Dimmed);
    }
}

} // namespace awb::ui
