// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/graph/canvasscene.h"
#include "ui/graph/linelayer.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QPalette>
#include <QPixmap>
#include <QTransform>

class QPainter;

namespace awb::ui {

/**
 * The colours a drawing is painted in. The defaults are for white paper (PNG, SVG and PDF exports); the canvas
 * takes forPalette(), so it reads on a dark theme too.
 */
struct CanvasColors
{
    QColor background{0xff, 0xff, 0xff}; // what dense one-pixel lines are mixed over
    QColor text{0x00, 0x00, 0x00};
    QColor labelBack{0xff, 0xff, 0xff};
    QColor flowEdge{70, 70, 70, 170};
    QColor linkEdge{150, 150, 150, 150};
    QColor neighbourEdge{0x00, 0x72, 0xB2, 230};
    QColor selection{0x11, 0x11, 0x11};
    QColor synthetic; // the synthetic marking's ink; invalid: text::syntheticForeground()
    QColor legendBack{255, 255, 255, 220};
    QColor legendBorder{0, 0, 0, 80};
    bool dark = false;

    /** Colours for drawing on @p palette's Base: the defaults on a light one, their dark counterparts otherwise. */
    static CanvasColors forPalette(const QPalette &palette);
};

struct RenderOptions
{
    /** Vector output (SVG, PDF): every node as a shape, no pixmaps, no level of detail. */
    bool vector = false;
    bool legend = true;
    QString metricLine; // "Size: betweenness", for the legend; empty: no metric
    QString notice;     // a line above the legend ("time filter: up to 2022-03-29")
    CanvasColors colors;
};

struct RenderStats
{
    int nodes = 0; // drawn (inside the view)
    int edges = 0;
    int labels = 0;
    int arrows = 0;
    bool dots = false; // nodes were too small on screen to draw as shapes
};

/**
 * Paints a canvas scene with level of detail: nodes smaller than a few pixels become dots drawn in batches, labels
 * and arrowheads appear only when they can be read, and everything outside the viewport is skipped, so a frame's
 * cost follows what is visible. Shapes are blitted from cached sprites, one per style and on-screen size.
 */
class CanvasRenderer
{
    Q_DECLARE_TR_FUNCTIONS(awb::ui::CanvasRenderer)

public:
    /**
     * Paints @p scene into @p viewport (device coordinates) with @p toScreen mapping world to device coordinates.
     * The painter's transform is left as it was.
     */
    RenderStats render(QPainter &painter,
                       const CanvasScene &scene,
                       const QTransform &toScreen,
                       const QRectF &viewport,
                       const RenderOptions &options = {});

    /** Draws one node shape centred at @p centre with radius @p r, in device pixels. */
    static void
    drawShape(QPainter &painter, const CanvasNode &node, QPointF centre, double r, const CanvasColors &colors = {});

private:
    const QPixmap &sprite(const CanvasNode &node, int radius, qreal dpr, const CanvasColors &colors);
    void drawLegend(QPainter &painter, const CanvasScene &scene, const QRectF &viewport, const RenderOptions &options);

    QHash<quint64, QPixmap> m_sprites;
    LineLayer m_lines; // kept between frames: its buffer is the size of the view
};

} // namespace awb::ui
