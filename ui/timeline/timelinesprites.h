// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QPalette>

namespace awb::ui {

/**
 * Pre-rendered marks and count badges. Stroking hundreds of antialiased (and dashed) circles per frame costs
 * tens of milliseconds; blitting a cached image costs about a microsecond. Radii are rounded to half pixels.
 */
class TimelineSprites
{
public:
    enum class Style { Filled, Hollow, Synthetic, SyntheticHollow, PartlySynthetic };

    /** Drops every image, e.g. after a palette, font or colour change. */
    void clear();

    /** A mark of @p radius centred in its image (devicePixelRatio @p dpr). */
    const QImage &
    mark(int colorIndex, const QColor &color, double radius, Style style, const QPalette &palette, qreal dpr);
    /** The pill with @p count ("12", "3k") in @p font; in the synthetic colours when the bin holds any. */
    const QImage &badge(int count, bool synthetic, const QFont &font, const QPalette &palette, qreal dpr);

private:
    QHash<quint64, QImage> m_marks;
    QHash<quint64, QImage> m_badges;
};

} // namespace awb::ui
