// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/canvasrenderer.h"

#include "ui/displaytext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <array>
#include <cmath>
#include <map>
#include <numbers>

namespace awb::ui {

using graph::NodeKind;

namespace {

constexpr double kDotRadius = 2.5; // below this many pixels a node is a dot
constexpr double kLabelRadius = 7; // address labels from this on-screen radius …
constexpr int kMaxLabels = 600;    // … when no more nodes than this are visible
constexpr int kMaxArrows = 1000;   // arrowheads only when they stay readable and cheap
constexpr int kDenseEdges = 2000;  // above this many visible edges, lines are 1 px, opaque, not antialiased
constexpr int kDenseNodes = 6000;  // above this many visible nodes, nodes are dots whatever their size

/** @p c as it looks over @p back, without alpha: opaque pens take the raster engine's fast path. */
QColor over(const QColor &c, const QColor &back)
{
    const double a = c.alphaF();
    const auto mix = [a](int v, int b) {
        return int(std::lround(v * a + b * (1 - a)));
    };
    return QColor(mix(c.red(), back.red()), mix(c.green(), back.green()), mix(c.blue(), back.blue()));
}

constexpr double kArrowMinLength = 24;
constexpr int kSpriteMargin = 5;

const QColor kHighlight(0xE6, 0x9F, 0x00); // Okabe–Ito orange: paths and traces

QColor syntheticInk(const CanvasColors &colors)
{
    return colors.synthetic.isValid() ? colors.synthetic : text::syntheticForeground();
}

QColor edgeColor(const CanvasEdge &e, const CanvasColors &colors)
{
    if (e.flags & Highlighted) {
        return kHighlight;
    }
    if (e.flags & Neighbour) {
        return colors.neighbourEdge;
    }
    QColor c = e.flow ? colors.flowEdge : colors.linkEdge;
    if (e.flags & Dimmed) {
        c.setAlpha(35);
    }
    return c;
}

QPolygonF regular(QPointF c, double r, int corners, double rotation)
{
    QPolygonF p;
    for (int i = 0; i < corners; ++i) {
        const double a = rotation + 2 * std::numbers::pi * i / corners;
        p << QPointF(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
    }
    return p;
}

QString elided(const QString &label, bool synthetic)
{
    const QString text = text::marked(label, synthetic);
    return text.size() > 42 ? text.left(20) + u'…' + text.right(20) : text;
}

} // namespace

CanvasColors CanvasColors::forPalette(const QPalette &palette)
{
    CanvasColors colors;
    const QColor base = palette.color(QPalette::Base);
    if (base.lightness() >= 128) {
        colors.background = base;
        return colors;
    }
    // Dark: light lines and text, dark label plates, and the synthetic marking in its light tone.
    const QColor text = palette.color(QPalette::Text);
    colors.dark = true;
    colors.background = base;
    colors.text = text;
    colors.labelBack = base;
    colors.flowEdge = QColor(200, 204, 208, 165);
    colors.linkEdge = QColor(140, 144, 148, 150);
    colors.neighbourEdge = QColor(0x56, 0xB4, 0xE9, 235);
    colors.selection = QColor(0xf4, 0xf4, 0xf4);
    colors.synthetic = text::syntheticBackground();
    colors.legendBack = palette.color(QPalette::Window);
    colors.legendBack.setAlpha(230);
    colors.legendBorder = QColor(text.red(), text.green(), text.blue(), 90);
    return colors;
}

void CanvasRenderer::drawShape(QPainter &p, const CanvasNode &n, QPointF c, double r, const CanvasColors &colors)
{
    QColor fill = CanvasScene::kindColor(n.kind);
    QColor line = fill.darker(160);
    if (n.flags & Dimmed) {
        fill.setAlpha(60);
        line.setAlpha(60);
    }
    p.setBrush(fill);
    p.setPen(QPen(line, std::max(1.0, r / 8)));
    switch (n.kind) {
    case NodeKind::Address:
        p.drawEllipse(c, r, r);
        break;
    case NodeKind::Transaction:
        p.drawRect(QRectF(c.x() - r * 0.8, c.y() - r * 0.8, r * 1.6, r * 1.6));
        break;
    case NodeKind::Cluster:
        p.drawPolygon(regular(c, r, 6, 0));
        break;
    case NodeKind::Incident:
        p.drawPolygon(regular(c, r * 1.15, 4, std::numbers::pi / 2));
        break;
    case NodeKind::Group:
        p.drawPolygon(regular(c, r * 1.2, 3, -std::numbers::pi / 2));
        break;
    case NodeKind::Service:
        p.drawRoundedRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8), r * 0.35, r * 0.35);
        break;
    }
    p.setBrush(Qt::NoBrush);
    if (n.synthetic) {
        // The synthetic marking: a dashed ring in the colour every other view uses for generated records.
        QPen dashed(syntheticInk(colors), std::max(1.5, r / 5), Qt::DashLine);
        p.setPen(dashed);
        p.drawEllipse(c, r + 2.5, r + 2.5);
    }
    if (n.flags & (Selected | Highlighted) || n.focus) {
        const QColor ring = (n.flags & Selected) ? colors.selection : (n.flags & Highlighted) ? kHighlight : line;
        p.setPen(QPen(ring, (n.flags & Selected) ? 2.5 : 1.5,
                      n.focus && !(n.flags & Selected) ? Qt::DotLine : Qt::SolidLine));
        p.drawEllipse(c, r + 4, r + 4);
    }
    if (n.pinned) {
        p.setPen(QPen(Qt::black, 1));
        p.setBrush(QColor(0xF0, 0xE4, 0x42)); // a pin head at the top right
        p.drawEllipse(QPointF(c.x() + r * 0.75, c.y() - r * 0.75), std::max(2.0, r / 3.5), std::max(2.0, r / 3.5));
    }
}

const QPixmap &CanvasRenderer::sprite(const CanvasNode &n, int radius, qreal dpr, const CanvasColors &colors)
{
    const quint64 key = quint64(n.kind) | quint64(n.synthetic) << 3 | quint64(n.pinned) << 4 | quint64(n.focus) << 5 |
                        quint64(n.flags & (Selected | Highlighted | Dimmed)) << 6 | quint64(radius) << 16 |
                        quint64(dpr * 4) << 40 | quint64(colors.dark) << 62;
    auto it = m_sprites.find(key);
    if (it == m_sprites.end()) {
        const int side = 2 * (radius + kSpriteMargin);
        QPixmap pm(int(std::ceil(side * dpr)), int(std::ceil(side * dpr)));
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        QPainter sp(&pm);
        sp.setRenderHint(QPainter::Antialiasing);
        drawShape(sp, n, QPointF(side / 2.0, side / 2.0), radius, colors);
        sp.end();
        if (m_sprites.size() > 4096) {
            m_sprites.clear(); // sizes change with every zoom step; keep the cache bounded
        }
        it = m_sprites.insert(key, pm);
    }
    return *it;
}

RenderStats CanvasRenderer::render(QPainter &p,
                                   const CanvasScene &scene,
                                   const QTransform &toScreen,
                                   const QRectF &viewport,
                                   const RenderOptions &options)
{
    RenderStats stats;
    const CanvasColors &colors = options.colors;
    const double scale = std::sqrt(std::abs(toScreen.determinant()));
    const QRectF world = toScreen.inverted().mapRect(viewport);
    const double reach = 24 / std::max(scale, 1e-9); // rings and arrowheads stick out of a node's radius
    const QRectF cull = world.adjusted(-reach, -reach, reach, reach);
    p.save();

    // Nodes inside the view, and whether they are small enough to be dots.
    std::vector<quint32> visible;
    visible.reserve(scene.nodes.size());
    double meanRadius = 0;
    for (quint32 i = 0; i < scene.nodes.size(); ++i) {
        const CanvasNode &n = scene.nodes[i];
        if (cull.contains(n.pos)) {
            visible.push_back(i);
            meanRadius += n.radius;
        }
    }
    stats.nodes = int(visible.size());
    meanRadius = visible.empty() ? 0 : meanRadius / double(visible.size()) * scale;
    // Dots when nodes are tiny, or so many that their shapes would cover a third of the view anyway.
    const double covered = double(visible.size()) * 4 * meanRadius * meanRadius;
    stats.dots = !options.vector && (meanRadius < kDotRadius || int(visible.size()) > kDenseNodes ||
                                     covered > viewport.width() * viewport.height() / 3);

    // Edges, batched by colour and width: one drawLines per batch.
    std::vector<const CanvasEdge *> shown;
    shown.reserve(scene.edges.size());
    for (const CanvasEdge &e : scene.edges) {
        const QPointF a = scene.nodes[e.a].pos, b = scene.nodes[e.b].pos;
        if (cull.intersects(QRectF(a, b).normalized().adjusted(-1, -1, 1, 1))) {
            shown.push_back(&e);
        }
    }
    stats.edges = int(shown.size());
    const bool dense = !options.vector && (stats.dots || stats.edges > kDenseEdges);
    std::map<std::pair<QRgb, int>, std::vector<QLineF>> batches;
    std::vector<std::pair<QLineF, const CanvasEdge *>> arrows;
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1;
    if (dense) {
        m_lines.begin(viewport.size().toSize(), dpr);
    }
    for (const CanvasEdge *e : shown) {
        const QLineF line(toScreen.map(scene.nodes[e->a].pos), toScreen.map(scene.nodes[e->b].pos));
        const bool lit = e->flags & (Highlighted | Neighbour);
        if (dense && !lit) {
            // One opaque pixel wide, without antialiasing: what the line layer draws at a fraction of QPainter's cost.
            m_lines.addLine(line.translated(-viewport.topLeft()),
                            over(edgeColor(*e, colors), colors.background).rgba());
            continue;
        }
        const int width = dense ? 2 : std::max(1, int(std::lround(e->width * std::min(scale, 1.5)))) + lit;
        batches[{edgeColor(*e, colors).rgba(), width}].push_back(line);
        if (e->flow && !dense && line.length() > kArrowMinLength) {
            arrows.emplace_back(line, e);
        }
    }
    if (dense) {
        m_lines.drawTo(p, viewport.topLeft());
    }
    p.setRenderHint(QPainter::Antialiasing, !dense);
    for (const auto &[style, lines] : batches) {
        p.setPen(QPen(QColor::fromRgba(style.first), style.second, Qt::SolidLine, Qt::FlatCap));
        p.drawLines(lines.data(), int(lines.size()));
    }
    if (arrows.size() <= std::size_t(kMaxArrows)) {
        p.setPen(Qt::NoPen);
        for (const auto &[line, e] : arrows) {
            const double r = scene.nodes[e->b].radius * scale + 2;
            const QPointF dir = (line.p2() - line.p1()) / line.length();
            const QPointF tip = line.p2() - dir * r;
            const double size = 5 + std::min<double>(e->width * scale, 6);
            const QPointF normal(-dir.y(), dir.x());
            p.setBrush(edgeColor(*e, colors));
            const std::array<QPointF, 3> head{tip, tip - dir * size * 1.6 + normal * size * 0.6,
                                              tip - dir * size * 1.6 - normal * size * 0.6};
            p.drawPolygon(head.data(), 3);
            ++stats.arrows;
        }
    }

    if (stats.dots) {
        // Squares by colour, filled without a pen (the raster engine's span fill); synthetic ones get a larger square
        // of the synthetic colour first, so they stay visible.
        std::map<QRgb, std::vector<QRectF>> dots;
        std::vector<QRectF> synthetic;
        for (quint32 i : visible) {
            const CanvasNode &n = scene.nodes[i];
            QColor c = CanvasScene::kindColor(n.kind);
            if (n.flags & (Selected | Highlighted)) {
                c = (n.flags & Selected) ? colors.selection : kHighlight;
            } else if (n.flags & Dimmed) {
                c = over(QColor(c.red(), c.green(), c.blue(), 60), colors.background);
            }
            const QPointF at = toScreen.map(n.pos);
            dots[c.rgba()].emplace_back(at.x() - 1.5, at.y() - 1.5, 3, 3);
            if (n.synthetic) {
                synthetic.emplace_back(at.x() - 2.5, at.y() - 2.5, 5, 5);
            }
        }
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(Qt::NoPen);
        p.setBrush(syntheticInk(colors));
        p.drawRects(synthetic.data(), int(synthetic.size()));
        for (const auto &[rgb, rects] : dots) {
            p.setBrush(QColor::fromRgba(rgb));
            p.drawRects(rects.data(), int(rects.size()));
        }
    } else {
        for (quint32 i : visible) {
            const CanvasNode &n = scene.nodes[i];
            const QPointF c = toScreen.map(n.pos);
            const double r = std::max(1.0, n.radius * scale);
            if (options.vector || r > 60) {
                drawShape(p, n, c, r, colors);
            } else {
                const QPixmap &pm = sprite(n, int(std::lround(r)), dpr, colors);
                const double half = pm.width() / dpr / 2;
                p.drawPixmap(QPointF(c.x() - half, c.y() - half), pm);
            }
        }
    }

    // Labels, most important first, each only where it does not cover one already drawn: the flagged nodes, then
    // highlighted ones (a path or a trace; its services first), then incidents, groups, services, clusters and the
    // addresses of services, then other addresses and transactions once they are drawn large enough.
    QFont font = p.font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.9));
    p.setFont(font);
    const QFontMetricsF fm(font);
    const auto priority = [&](const CanvasNode &n) {
        const bool named = n.service || (n.kind != NodeKind::Address && n.kind != NodeKind::Transaction);
        if ((n.flags & (Selected | Hovered)) || n.focus) {
            return 0;
        }
        if (n.flags & Highlighted) {
            return named ? 1 : 2;
        }
        if (stats.dots && !options.vector) {
            return -1;
        }
        if (named) {
            return 3;
        }
        return (options.vector || n.radius * scale >= kLabelRadius) && int(visible.size()) <= kMaxLabels ? 4 : -1;
    };
    std::vector<std::pair<int, quint32>> wanted;
    for (quint32 i : visible) {
        if (const int rank = priority(scene.nodes[i]); rank >= 0) {
            wanted.emplace_back(rank, i);
        }
    }
    std::stable_sort(wanted.begin(), wanted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<QRectF> taken;
    for (const auto &[rank, i] : wanted) {
        const CanvasNode &n = scene.nodes[i];
        const QString label = elided(n.label, n.synthetic);
        const QPointF c = toScreen.map(n.pos);
        const double r = std::max(kDotRadius, n.radius * scale);
        const double w = fm.horizontalAdvance(label) + 4;
        const QRectF box(c.x() - w / 2, c.y() + r + 3, w, fm.height());
        if (rank > 0 && std::any_of(taken.begin(), taken.end(), [&](const QRectF &t) { return t.intersects(box); })) {
            continue;
        }
        taken.push_back(box);
        QColor back = colors.labelBack;
        back.setAlpha((n.flags & Dimmed) ? 60 : 200);
        p.setPen(Qt::NoPen);
        p.setBrush(back);
        p.drawRect(box);
        QColor ink = n.synthetic ? syntheticInk(colors) : colors.text;
        if (n.flags & Dimmed) {
            ink.setAlpha(90);
        }
        p.setPen(ink);
        p.drawText(box, Qt::AlignCenter, label);
        ++stats.labels;
    }
    if (options.legend) {
        drawLegend(p, scene, viewport, options);
    }
    p.restore();
    return stats;
}

void CanvasRenderer::drawLegend(QPainter &p,
                                const CanvasScene &scene,
                                const QRectF &viewport,
                                const RenderOptions &options)
{
    std::array<bool, 6> kinds{};
    bool synthetic = false, pinned = false, flows = false;
    for (const CanvasNode &n : scene.nodes) {
        kinds[std::size_t(n.kind)] = true;
        synthetic |= n.synthetic;
        pinned |= n.pinned;
    }
    for (const CanvasEdge &e : scene.edges) {
        flows |= e.flow;
    }
    QStringList lines;
    std::vector<NodeKind> shown;
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        if (kinds[k]) {
            shown.push_back(NodeKind(k));
        }
    }
    if (synthetic) {
        lines << tr("Dashed ring: %1").arg(text::syntheticMark());
    }
    if (pinned) {
        lines << tr("Yellow head: pinned");
    }
    if (flows) {
        lines << tr("Arrow: flow of funds; width: amount (log, per asset)");
    }
    if (!options.metricLine.isEmpty()) {
        lines << options.metricLine;
    }
    if (!options.notice.isEmpty()) {
        lines << options.notice;
    }
    QFont font = p.font();
    const QFontMetricsF fm(font);
    const double row = fm.height() + 2;
    double width = 0;
    for (NodeKind k : shown) {
        width = std::max(width, fm.horizontalAdvance(CanvasScene::kindName(k)) + 24);
    }
    for (const QString &l : lines) {
        width = std::max(width, fm.horizontalAdvance(l));
    }
    const double height = row * double(shown.size() + std::size_t(lines.size())) + 8;
    const QRectF box(viewport.left() + 8, viewport.bottom() - height - 8, width + 12, height);
    p.setRenderHint(QPainter::Antialiasing);
    const CanvasColors &colors = options.colors;
    p.setPen(colors.legendBorder);
    p.setBrush(colors.legendBack);
    p.drawRect(box);
    double y = box.top() + 4;
    for (NodeKind k : shown) {
        CanvasNode sample;
        sample.kind = k;
        drawShape(p, sample, QPointF(box.left() + 12, y + row / 2), 5, colors);
        p.setPen(colors.text);
        p.drawText(QRectF(box.left() + 24, y, width, row), Qt::AlignVCenter, CanvasScene::kindName(k));
        y += row;
    }
    for (const QString &l : lines) {
        p.setPen(colors.text);
        p.drawText(QRectF(box.left() + 6, y, width + 4, row), Qt::AlignVCenter, l);
        y += row;
    }
}

} // namespace awb::ui
