// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelinesprites.h"

#include "ui/displaytext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype kMaxCached = 4096; // per cache; counts are unbounded, so the badge cache is trimmed

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

QImage blankImage(QSizeF size, qreal dpr)
{
    QImage image(qCeil(size.width() * dpr), qCeil(size.height() * dpr), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    return image;
}

void paintMark(QPainter &p, const QColor &color, double r, TimelineSprites::Style style, const QPalette &palette)
{
    using Style = TimelineSprites::Style;
    const QColor outline = color.darker(160);
    switch (style) {
    case Style::Hollow:
    case Style::SyntheticHollow:
        // No known loss: a small ring, so it does not claim a size it does not have.
        p.setBrush(palette.color(QPalette::Base));
        p.setPen(QPen(color.darker(120), 1.6, style == Style::Hollow ? Qt::SolidLine : Qt::DotLine));
        p.drawEllipse(QPointF(0, 0), r, r);
        break;
    case Style::Synthetic:
        // Synthetic data must never pass for real: pale fill, hatching and a dashed outline.
        p.setPen(Qt::NoPen);
        p.setBrush(withAlpha(color, 90));
        p.drawEllipse(QPointF(0, 0), r, r);
        p.setBrush(QBrush(outline, Qt::BDiagPattern));
        p.setPen(QPen(outline, 1.3, Qt::DashLine));
        p.drawEllipse(QPointF(0, 0), r, r);
        break;
    case Style::Filled:
    case Style::PartlySynthetic: // a bin with some synthetic incidents: real fill, dashed outline
        p.setBrush(withAlpha(color, 215));
        p.setPen(style == Style::Filled ? QPen(outline, 1) : QPen(outline.darker(130), 1.5, Qt::DashLine));
        p.drawEllipse(QPointF(0, 0), r, r);
        break;
    }
}

} // namespace

void TimelineSprites::clear()
{
    m_marks.clear();
    m_badges.clear();
}

const QImage &TimelineSprites::mark(
    int colorIndex, const QColor &color, double radius, Style style, const QPalette &palette, qreal dpr)
{
    const auto halfPixels = static_cast<quint64>(std::lround(radius * 2));
    const auto dprKey = static_cast<quint64>(std::lround(dpr * 100));
    const quint64 key =
        static_cast<quint64>(colorIndex) | halfPixels << 24 | static_cast<quint64>(style) << 36 | dprKey << 40;
    if (const auto it = m_marks.constFind(key); it != m_marks.cend()) {
        return *it;
    }
    if (m_marks.size() >= kMaxCached) {
        m_marks.clear();
    }
    const double r = static_cast<double>(halfPixels) / 2;
    const double side = 2 * std::ceil(r + 2); // room for the outline; the centre falls on a pixel corner
    QImage image = blankImage(QSizeF(side, side), dpr);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(side / 2, side / 2);
    paintMark(p, color, r, style, palette);
    p.end();
    return *m_marks.insert(key, image);
}

const QImage &TimelineSprites::badge(int count, bool synthetic, const QFont &font, const QPalette &palette, qreal dpr)
{
    const quint64 key = static_cast<quint64>(count) | static_cast<quint64>(synthetic) << 31 |
                        static_cast<quint64>(std::lround(dpr * 100)) << 32;
    if (const auto it = m_badges.constFind(key); it != m_badges.cend()) {
        return *it;
    }
    if (m_badges.size() >= kMaxCached) {
        m_badges.clear();
    }
    // At most four characters, so a badge fits over its bin: 999, 1.2k, 12k.
    const QString label = count < 1000    ? QString::number(count)
                          : count < 10000 ? u"%1k"_s.arg(count / 1000.0, 0, 'f', 1)
                                          : u"%1k"_s.arg(count / 1000);
    const QFontMetricsF metrics(font);
    const double h = std::ceil(metrics.height()) + 1; // as TimelineRenderer::badgeHeight()
    const double w = std::max(h, std::ceil(metrics.horizontalAdvance(label)) + 6);
    QImage image = blankImage(QSizeF(w, h), dpr);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    // Light on light themes and dark on dark ones, so counts do not outweigh the coloured marks; bins with
    // synthetic incidents use the colours that mark synthetic records everywhere else.
    const QColor ink = synthetic ? text::syntheticForeground() : palette.color(QPalette::Text);
    p.setPen(QPen(withAlpha(ink, 110), 1));
    p.setBrush(synthetic ? text::syntheticBackground() : withAlpha(palette.color(QPalette::Base), 235));
    p.drawRoundedRect(QRectF(0.5, 0.5, w - 1, h - 1), (h - 1) / 2, (h - 1) / 2);
    p.setPen(ink);
    p.setFont(font);
    p.drawText(QRectF(0, 0, w, h), Qt::AlignCenter, label);
    p.end();
    return *m_badges.insert(key, image);
}

} // namespace awb::ui
