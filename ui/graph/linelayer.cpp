// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/linelayer.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace awb::ui {

namespace {

/** Liang–Barsky: clips the segment to [0, w) × [0, h); false when nothing of it is inside. */
bool clip(double &x0, double &y0, double &x1, double &y1, double w, double h)
{
    double t0 = 0, t1 = 1;
    const double dx = x1 - x0, dy = y1 - y0;
    const auto edge = [&](double p, double q) {
        if (p == 0) {
            return q >= 0;
        }
        const double t = q / p;
        if (p < 0) {
            if (t > t1) {
                return false;
            }
            t0 = std::max(t0, t);
        } else {
            if (t < t0) {
                return false;
            }
            t1 = std::min(t1, t);
        }
        return true;
    };
    // Just inside the far edges, so that flooring never lands on w or h.
    const double right = w - 1e-6, bottom = h - 1e-6;
    if (!edge(-dx, x0) || !edge(dx, right - x0) || !edge(-dy, y0) || !edge(dy, bottom - y0)) {
        return false;
    }
    const double ox = x0, oy = y0;
    x0 = ox + t0 * dx;
    y0 = oy + t0 * dy;
    x1 = ox + t1 * dx;
    y1 = oy + t1 * dy;
    return true;
}

} // namespace

void LineLayer::begin(QSize size, qreal devicePixelRatio)
{
    m_dpr = devicePixelRatio > 0 ? devicePixelRatio : 1;
    const QSize pixels(int(std::ceil(size.width() * m_dpr)), int(std::ceil(size.height() * m_dpr)));
    if (m_image.size() != pixels) {
        m_image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_image.fill(Qt::transparent);
    } else if (!m_dirty.isEmpty()) {
        // Only what the last frame drew needs clearing.
        const qsizetype stride = m_image.bytesPerLine() / 4;
        auto *bits = reinterpret_cast<QRgb *>(m_image.bits());
        for (int y = m_dirty.top(); y <= m_dirty.bottom(); ++y) {
            std::fill_n(bits + y * stride + m_dirty.left(), m_dirty.width(), QRgb(0));
        }
    }
    m_image.setDevicePixelRatio(m_dpr);
    m_dirty = QRect();
}

void LineLayer::addLine(const QLineF &line, QRgb color)
{
    double x0 = line.x1() * m_dpr, y0 = line.y1() * m_dpr, x1 = line.x2() * m_dpr, y1 = line.y2() * m_dpr;
    if (!std::isfinite(x0 + y0 + x1 + y1) || !clip(x0, y0, x1, y1, m_image.width(), m_image.height())) {
        return;
    }
    // A pixel covers [x, x + 1): its index is the floor of a coordinate.
    const int ax = int(x0), ay = int(y0);
    const int bx = int(x1), by = int(y1);
    m_dirty |= QRect(QPoint(std::min(ax, bx), std::min(ay, by)), QPoint(std::max(ax, bx), std::max(ay, by)));
    const qsizetype stride = m_image.bytesPerLine() / 4;
    auto *bits = reinterpret_cast<QRgb *>(m_image.bits());
    // Bresenham, with the error term of both axes so that one loop serves every octant.
    const int dx = std::abs(bx - ax), dy = -std::abs(by - ay);
    const int sx = ax < bx ? 1 : -1;
    const qsizetype sy = ay < by ? stride : -stride;
    QRgb *at = bits + ay * stride + ax;
    int err = dx + dy;
    for (int steps = std::max(dx, -dy);; --steps) {
        *at = color;
        if (steps == 0) {
            break;
        }
        const int e2 = 2 * err;
        if (e2 >= dy) {
            err += dy;
            at += sx;
        }
        if (e2 <= dx) {
            err += dx;
            at += sy;
        }
    }
}

void LineLayer::drawTo(QPainter &painter, QPointF topLeft) const
{
    if (m_dirty.isEmpty()) {
        return;
    }
    const QRectF source(m_dirty);
    painter.drawImage(QRectF(topLeft + source.topLeft() / m_dpr, source.size() / m_dpr), m_image, source);
}

} // namespace awb::ui
