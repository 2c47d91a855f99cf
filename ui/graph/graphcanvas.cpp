// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphcanvas.h"

#include <QContextMenuEvent>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace awb::ui {

namespace {

constexpr double kMinScale = 0.005;
constexpr double kMaxScale = 8;
constexpr double kWheelStep = 1.15; // per notch
constexpr double kDragThreshold = 4;

} // namespace

GraphCanvas::GraphCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("graphCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Graph canvas"));
    setAccessibleDescription(tr("Wallets, clusters, incidents, groups and services, and the links between them"));
    setMinimumSize(200, 150);
    grabGesture(Qt::PinchGesture);
}

void GraphCanvas::setScene(CanvasScene *scene)
{
    m_scene = scene;
    m_selection.clear();
    m_hover.reset();
    m_fitPending = true;
    update();
}

void GraphCanvas::sceneChanged()
{
    if (!m_scene) {
        return;
    }
    std::erase_if(m_selection, [&](quint32 n) { return n >= m_scene->nodes.size(); });
    if (m_hover && *m_hover >= m_scene->nodes.size()) {
        m_hover.reset();
    }
    applySelectionFlags();
    if (m_fitPending && !m_scene->empty()) {
        fitAll();
    }
    update();
}

void GraphCanvas::setRenderOptions(const RenderOptions &options)
{
    m_options = options;
    update();
}

QTransform GraphCanvas::worldToScreen() const
{
    return QTransform(m_scale, 0, 0, m_scale, m_offset.x(), m_offset.y());
}

QPointF GraphCanvas::toWorld(QPointF screen) const
{
    return (screen - m_offset) / m_scale;
}

std::optional<quint32> GraphCanvas::nodeUnder(QPointF screen) const
{
    if (!m_scene) {
        return std::nullopt;
    }
    // A few pixels of slack, so that tiny nodes can still be picked.
    return m_scene->nodeAt(toWorld(screen), 4 / m_scale);
}

void GraphCanvas::fitAll()
{
    if (!m_scene || m_scene->empty() || width() <= 0 || height() <= 0) {
        return;
    }
    m_fitPending = false;
    const QRectF b = m_scene->bounds().adjusted(-40, -40, 40, 40);
    m_scale = std::clamp(std::min(width() / b.width(), height() / b.height()), kMinScale, 1.5);
    m_offset = QPointF(width() / 2.0, height() / 2.0) - b.center() * m_scale;
    update();
}

void GraphCanvas::centreOn(quint32 node)
{
    if (!m_scene || node >= m_scene->nodes.size()) {
        return;
    }
    m_scale = std::max(m_scale, 0.8);
    m_offset = QPointF(width() / 2.0, height() / 2.0) - m_scene->nodes[node].pos * m_scale;
    update();
}

void GraphCanvas::zoomBy(double factor, QPointF anchor)
{
    const QPointF world = toWorld(anchor);
    m_scale = std::clamp(m_scale * factor, kMinScale, kMaxScale);
    m_offset = anchor - world * m_scale;
    m_fitPending = false;
    update();
}

void GraphCanvas::setSelection(std::vector<quint32> nodes, bool notify)
{
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    if (m_scene) {
        std::erase_if(nodes, [&](quint32 n) { return n >= m_scene->nodes.size(); });
    }
    if (nodes == m_selection) {
        return;
    }
    m_selection = std::move(nodes);
    applySelectionFlags();
    update();
    if (notify) {
        emit selectionChanged(m_selection);
    }
}

void GraphCanvas::applySelectionFlags()
{
    if (!m_scene) {
        return;
    }
    for (CanvasNode &n : m_scene->nodes) {
        n.flags &= ~Selected;
    }
    for (quint32 i : m_selection) {
        m_scene->nodes[i].flags |= Selected;
    }
}

void GraphCanvas::setHover(std::optional<quint32> node)
{
    if (node == m_hover || !m_scene) {
        return;
    }
    m_hover = node;
    m_scene->setHovered(node);
    update();
}

void GraphCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (!m_scene || m_scene->empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Select an incident, or search for an address, cluster, group or service, to draw its "
                      "neighbourhood."));
        return;
    }
    // The palette's colours only here: renderOptions() feeds the exports, which stay on white paper.
    RenderOptions options = m_options;
    options.colors = CanvasColors::forPalette(palette());
    m_lastFrame = m_renderer.render(p, *m_scene, worldToScreen(), QRectF(rect()), options);
    if (m_drag == Drag::Band) {
        p.setPen(QPen(palette().highlight().color(), 1, Qt::DashLine));
        QColor fill = palette().highlight().color();
        fill.setAlpha(40);
        p.setBrush(fill);
        p.drawRect(QRectF(m_pressPos, m_lastPos).normalized());
    }
}

void GraphCanvas::resizeEvent(QResizeEvent *)
{
    if (m_fitPending) {
        fitAll();
    }
}

bool GraphCanvas::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto node = nodeUnder(help->pos());
        if (node && m_toolTip) {
            QToolTip::showText(help->globalPos(),
                               m_toolTip(*node).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    case QEvent::NativeGesture: {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), gesture->position());
            return true;
        }
        break;
    }
    case QEvent::Gesture: {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()));
            }
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void GraphCanvas::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0) {
        zoomBy(std::pow(kWheelStep, notches), event->position());
    }
    event->accept();
}

void GraphCanvas::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = m_lastPos = event->position();
    m_moved = false;
    if (event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
        return;
    }
    if (event->button() != Qt::LeftButton) {
        return;
    }
    const auto node = nodeUnder(event->position());
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    if (node) {
        if (toggle) {
            std::vector<quint32> s = m_selection;
            const auto at = std::find(s.begin(), s.end(), *node);
            at == s.end() ? s.push_back(*node) : void(s.erase(at));
            setSelection(s);
        } else if (std::find(m_selection.begin(), m_selection.end(), *node) == m_selection.end()) {
            setSelection({*node});
        }
        m_drag = Drag::Node;
        m_dragged = m_selection;
    } else {
        m_drag = (event->modifiers() & Qt::ShiftModifier) ? Drag::Band : Drag::Pan;
    }
}

void GraphCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::None) {
        setHover(nodeUnder(pos));
        return;
    }
    if (!m_moved && QLineF(pos, m_pressPos).length() < kDragThreshold) {
        return;
    }
    m_moved = true;
    const QPointF delta = pos - m_lastPos;
    m_lastPos = pos;
    if (m_drag == Drag::Pan) {
        m_offset += delta;
        m_fitPending = false;
    } else if (m_drag == Drag::Node && m_scene) {
        for (quint32 n : m_dragged) {
            m_scene->setPosition(n, m_scene->nodes[n].pos + delta / m_scale);
        }
    }
    update();
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    if (drag == Drag::Band && m_scene) {
        const QRectF band(toWorld(m_pressPos), toWorld(event->position()));
        std::vector<quint32> picked = m_scene->nodesIn(band.normalized());
        if (event->modifiers() & Qt::ControlModifier) {
            picked.insert(picked.end(), m_selection.begin(), m_selection.end());
        }
        setSelection(picked);
    } else if (drag == Drag::Node && m_moved && m_scene) {
        std::vector<QPointF> positions;
        for (quint32 n : m_dragged) {
            positions.push_back(m_scene->nodes[n].pos);
        }
        emit nodesMoved(m_dragged, positions);
    } else if (drag == Drag::Pan && !m_moved && event->button() == Qt::LeftButton) {
        setSelection({}); // a click on the background
    }
    m_dragged.clear();
    update();
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const auto node = nodeUnder(event->position())) {
        emit nodeActivated(*node);
    }
}

void GraphCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    std::optional<quint32> node;
    if (event->reason() == QContextMenuEvent::Mouse) {
        node = nodeUnder(event->pos());
        if (node && std::find(m_selection.begin(), m_selection.end(), *node) == m_selection.end()) {
            setSelection({*node});
        }
    } else if (!m_selection.empty()) {
        node = m_selection.front();
    }
    const QPoint at = node && event->reason() != QContextMenuEvent::Mouse
                          ? mapToGlobal(worldToScreen().map(m_scene->nodes[*node].pos).toPoint())
                          : event->globalPos();
    emit contextMenuRequested(node, at);
}

void GraphCanvas::leaveEvent(QEvent *)
{
    setHover(std::nullopt);
}

void GraphCanvas::moveSelection(QPointF direction)
{
    if (!m_scene || m_selection.empty()) {
        m_offset -= direction * 60; // nothing selected: the arrows pan
        update();
        return;
    }
    // The neighbour most nearly in the direction of the arrow, nearer ones first.
    const quint32 from = m_selection.front();
    const QPointF origin = m_scene->nodes[from].pos;
    std::optional<quint32> best;
    double bestScore = 0;
    for (quint32 n : m_scene->neighbours(from)) {
        const QPointF d = m_scene->nodes[n].pos - origin;
        const double length = std::hypot(d.x(), d.y());
        const double along = length > 0 ? (d.x() * direction.x() + d.y() * direction.y()) / length : 0;
        if (along <= 0.3) {
            continue;
        }
        const double score = along / (1 + length / 1000);
        if (!best || score > bestScore) {
            best = n;
            bestScore = score;
        }
    }
    if (best) {
        setSelection({*best});
        const QPointF screen = worldToScreen().map(m_scene->nodes[*best].pos);
        if (!rect().adjusted(20, 20, -20, -20).contains(screen.toPoint())) {
            centreOn(*best);
        }
    }
}

void GraphCanvas::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(0.8, centre);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        fitAll();
        break;
    case Qt::Key_Left:
        moveSelection({-1, 0});
        break;
    case Qt::Key_Right:
        moveSelection({1, 0});
        break;
    case Qt::Key_Up:
        moveSelection({0, -1});
        break;
    case Qt::Key_Down:
        moveSelection({0, 1});
        break;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        if (m_scene && !m_scene->empty()) {
            const qsizetype count = qsizetype(m_scene->nodes.size());
            const qsizetype step = event->key() == Qt::Key_Tab ? 1 : count - 1;
            const qsizetype at = m_selection.empty() ? (step == 1 ? -1 : 0) : qsizetype(m_selection.front());
            const quint32 next = quint32((at + step + count) % count);
            setSelection({next});
            centreOn(next);
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selection.empty()) {
            emit nodeActivated(m_selection.front());
        }
        break;
    case Qt::Key_Space:
        if (!m_selection.empty()) {
            emit pinToggled(m_selection);
        }
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!m_selection.empty()) {
            emit hideRequested(m_selection);
        }
        break;
    case Qt::Key_Escape:
        setSelection({});
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool GraphCanvas::focusNextPrevChild(bool next)
{
    // Tab walks the nodes while there are any; Ctrl+Tab (and Tab on an empty canvas) leaves the canvas.
    return (m_scene && !m_scene->empty()) ? false : QWidget::focusNextPrevChild(next);
}

} // namespace awb::ui
