// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QLineF>

class QPainter;

namespace awb::ui {

/**
 * One-pixel, opaque, aliased lines rasterised straight into an image, then put on the painter in one blit.
 *
 * A dense frame (tens of thousands of short edges) draws exactly such lines, and QPainter's cosmetic stroker spends
 * about a microsecond of set-up on each: three quarters of a 20,000-node frame. Here a line costs its pixels.
 */
class LineLayer
{
public:
    /** Starts a layer of @p size device-independent pixels at @p devicePixelRatio, all transparent. */
    void begin(QSize size, qreal devicePixelRatio);

    /** Adds @p line (device-independent pixels) in @p color, which must be opaque; clipped to the layer. */
    void addLine(const QLineF &line, QRgb color);

    /** Draws what was added, with the layer's top left at @p topLeft; the buffer is kept for the next begin(). */
    void drawTo(QPainter &painter, QPointF topLeft) const;

    const QImage &image() const { return m_image; }

private:
    QImage m_image;
    qreal m_dpr = 1;
    QRect m_dirty; // in device pixels: what addLine() has touched since begin()
};

} // namespace awb::ui
