// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelinerenderer.h"

#include "ui/style/grouppalette.h"
#include "ui/timeline/timelineframe.h"
#include "ui/timeline/timelinelanes.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kContextRow = 18; // the upper row of the axis: years above months, months above days
constexpr int kLabelPadding = 8;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

/** @p a with a fraction @p t of @p b: an opaque tint, cheaper to fill than a translucent one. */
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + t * (b.redF() - a.redF())),
                            static_cast<float>(a.greenF() + t * (b.greenF() - a.greenF())),
                            static_cast<float>(a.blueF() + t * (b.blueF() - a.blueF())));
}

/** A colour for lines and text that stays readable on @p palette's base, light or dark. */
QColor gridColor(const QPalette &palette, int alpha)
{
    return withAlpha(palette.color(QPalette::Text), alpha);
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}

QFont badgeFont(const QFont &font)
{
    QFont badge = smallFont(font);
    badge.setBold(true);
    return badge;
}

} // namespace

double TimelineRenderer::badgeHeight(const QFont &font)
{
    return std::ceil(QFontMetricsF(badgeFont(font)).height()) + 1;
}

double TimelineRenderer::binWidth(const QFont &font, double maxRadius)
{
    const QFontMetricsF metrics(badgeFont(font));
    const double widestBadge = std::max(metrics.horizontalAdvance(u"999"_s), metrics.horizontalAdvance(u"9.9k"_s)) + 6;
    return std::max(2 * maxRadius + 4, std::ceil(widestBadge) + 2);
}

void TimelineRenderer::setColors(std::vector<QColor> colors)
{
    m_colors = std::move(colors);
    m_shownColors.clear();
    m_colorsBase = QColor();
    m_sprites.clear();
}

void TimelineRenderer::prepareColors(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (base == m_colorsBase && m_shownColors.size() == m_colors.size()) {
        return;
    }
    m_colorsBase = base;
    m_shownColors.clear();
    for (const QColor &color : m_colors) {
        m_shownColors.push_back(GroupPalette::onBackground(color, base));
    }
    m_sprites.clear();
}

void TimelineRenderer::invalidate()
{
    m_labels.clear();
    m_counts.clear();
    m_labelsWidth = -1;
    m_sprites.clear();
}

QColor TimelineRenderer::colorOf(int index) const
{
    return index >= 0 && index < static_cast<int>(m_shownColors.size()) ? m_shownColors[index]
                                                                        : GroupPalette::unattributed();
}

void TimelineRenderer::prepare(const QFont &font, const TimelineScene &scene)
{
    if (!m_fontsReady || font != m_font) {
        invalidate();
        m_fontsReady = true;
        m_font = font;
        m_smallFont = smallFont(font);
        m_badgeFont = badgeFont(font);
    }
    const std::vector<TimelineLane> &lanes = scene.lanes->lanes();
    const int width = scene.geometry->labels.width() - 2 * kLabelPadding;
    if (width == m_labelsWidth && m_labels.size() == lanes.size()) {
        return;
    }
    m_labelsWidth = width;
    m_labels.clear();
    m_counts.clear();
    const QFontMetrics metrics(m_font);
    const QLocale locale;
    for (const TimelineLane &lane : lanes) {
        QStaticText label(metrics.elidedText(lane.label, Qt::ElideRight, width));
        label.setTextFormat(Qt::PlainText);
        label.prepare(QTransform(), m_font);
        m_labels.push_back(label);
        QStaticText count(locale.toString(lane.size()));
        count.setTextFormat(Qt::PlainText);
        count.prepare(QTransform(), m_smallFont);
        m_counts.push_back(count);
    }
}

void TimelineRenderer::paintEmpty(QPainter &painter, const QPalette &palette, const QRect &rect, const QString &text)
{
    painter.fillRect(rect, palette.color(QPalette::Base));
    painter.setPen(palette.color(QPalette::Disabled, QPalette::Text));
    painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, text);
}

void TimelineRenderer::paint(QPainter &painter, const QPalette &palette, const QFont &font, const TimelineScene &scene)
{
    prepare(font, scene);
    prepareColors(palette);
    const TimelineGeometry &g = *scene.geometry;
    painter.save();
    painter.setClipRect(g.plot);
    drawLanes(painter, palette, scene);
    drawGrid(painter, palette, scene);
    drawBand(painter, palette, scene, g.plot);
    drawSpans(painter, palette, scene);
    drawMarks(painter, palette, scene);
    painter.restore();
    drawAxis(painter, palette, scene);
    drawLabels(painter, palette, scene);
}

void TimelineRenderer::drawLanes(QPainter &painter, const QPalette &palette, const TimelineScene &scene) const
{
    // Every pixel of the plot is filled once: a frame is mostly memory bandwidth.
    const TimelineGeometry &g = *scene.geometry;
    const QColor base = palette.color(QPalette::Base);
    const QColor alternate = palette.color(QPalette::AlternateBase);
    QVarLengthArray<QLine, 64> separators;
    int bottom = g.plot.top();
    for (int l = scene.frame->firstLane(); l <= scene.frame->lastLane(); ++l) {
        const QRect lane(g.plot.left(), g.laneTop(l), g.plot.width(), g.laneHeight);
        painter.fillRect(lane, l % 2 == 1 ? alternate : base);
        separators.append(QLine(lane.left(), lane.bottom(), lane.right(), lane.bottom()));
        bottom = lane.bottom() + 1;
    }
    if (bottom <= g.plot.bottom()) {
        painter.fillRect(QRect(g.plot.left(), bottom, g.plot.width(), g.plot.bottom() - bottom + 1), base);
    }
    painter.setPen(QPen(gridColor(palette, 28), 0));
    painter.drawLines(separators.data(), static_cast<int>(separators.size()));
}

void TimelineRenderer::drawGrid(QPainter &painter, const QPalette &palette, const TimelineScene &scene) const
{
    const TimelineGeometry &g = *scene.geometry;
    QVarLengthArray<QLine, 64> lines;
    const auto drawAt = [&](const std::vector<TimelineTick> &ticks, const QColor &color) {
        lines.clear();
        for (const TimelineTick &tick : ticks) {
            const int x = qRound(g.xOfDay(static_cast<double>(tick.day)));
            lines.append(QLine(x, g.plot.top(), x, g.plot.bottom()));
        }
        painter.setPen(QPen(color, 0));
        painter.drawLines(lines.data(), static_cast<int>(lines.size()));
    };
    drawAt(scene.ticks.major, gridColor(palette, 30));
    drawAt(scene.ticks.context, gridColor(palette, 70));
}

void TimelineRenderer::drawBand(QPainter &painter,
                                const QPalette &palette,
                                const TimelineScene &scene,
                                const QRect &area) const
{
    const TimelineGeometry &g = *scene.geometry;
    const QColor highlight = palette.color(QPalette::Highlight);
    const auto bandRect = [&g, &area](std::pair<qint64, qint64> range) {
        const double x0 = g.xOfDay(static_cast<double>(range.first));
        const double x1 = g.xOfDay(static_cast<double>(range.second + 1));
        return QRectF(x0, area.top(), x1 - x0, area.height());
    };
    if (scene.range) {
        const QRectF band = bandRect(*scene.range);
        painter.fillRect(band, withAlpha(highlight, 36));
        painter.fillRect(QRectF(band.left(), band.top(), 1, band.height()), withAlpha(highlight, 140));
        painter.fillRect(QRectF(band.right() - 1, band.top(), 1, band.height()), withAlpha(highlight, 140));
    }
    if (scene.rubberBand) {
        painter.fillRect(bandRect(*scene.rubberBand), withAlpha(highlight, 60));
    }
}

void TimelineRenderer::drawSpans(QPainter &painter, const QPalette &palette, const TimelineScene &scene) const
{
    for (const TimelineSpan &span : scene.frame->spans()) {
        const QColor color = colorOf(span.color);
        const QRect rect = span.rect.toAlignedRect();
        painter.fillRect(rect, withAlpha(color, span.synthetic ? 60 : 120));
        if (span.synthetic) {
            painter.fillRect(rect, QBrush(color.darker(160), Qt::BDiagPattern));
        }
        if (span.selected) {
            painter.setPen(QPen(palette.color(QPalette::Highlight), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect.adjusted(-1, -1, 0, 0));
        }
    }
}

void TimelineRenderer::drawMarks(QPainter &painter, const QPalette &palette, const TimelineScene &scene)
{
    const qreal dpr = painter.device()->devicePixelRatioF();
    const TimelineMark *selected = nullptr;
    for (const TimelineMark &mark : scene.frame->marks()) {
        using Style = TimelineSprites::Style;
        Style style = mark.hollow ? Style::Hollow : Style::Filled;
        if (mark.synthetic || (mark.partlySynthetic && mark.hollow)) {
            style = mark.hollow ? Style::SyntheticHollow : Style::Synthetic;
        } else if (mark.partlySynthetic) {
            style = Style::PartlySynthetic;
        }
        const QImage &sprite = m_sprites.mark(mark.color, colorOf(mark.color), mark.radius, style, palette, dpr);
        const double half = sprite.width() / dpr / 2;
        painter.drawImage(QPointF(std::round(mark.center.x() - half), std::round(mark.center.y() - half)), sprite);
        if (mark.selected) {
            selected = &mark;
        }
    }
    if (selected != nullptr) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        const double r = selected->radius + 3;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette.color(QPalette::Base), 4.5));
        painter.drawEllipse(selected->center, r, r);
        painter.setPen(QPen(palette.color(QPalette::Highlight), 2.5));
        painter.drawEllipse(selected->center, r, r);
    }
    // Badges go over every mark, so a neighbour's mark never hides a count.
    for (const TimelineMark &mark : scene.frame->marks()) {
        if (mark.aggregated()) {
            // Centred over the mark's top edge: no wider than a bin, so neighbouring counts never collide.
            const bool synthetic = mark.synthetic || mark.partlySynthetic;
            const QImage &badge = m_sprites.badge(mark.count, synthetic, m_badgeFont, palette, dpr);
            const double w = badge.width() / dpr;
            const double h = badge.height() / dpr;
            const double top = std::max(mark.center.y() - mark.radius - h + 1,
                                        static_cast<double>(scene.geometry->laneTop(mark.lane)) + 1);
            painter.drawImage(QPointF(std::round(mark.center.x() - w / 2), std::round(top)), badge);
        }
    }
}

void TimelineRenderer::drawAxis(QPainter &painter, const QPalette &palette, const TimelineScene &scene) const
{
    const TimelineGeometry &g = *scene.geometry;
    const QRect &axis = g.axis;
    painter.fillRect(axis, palette.color(QPalette::Window));
    painter.fillRect(QRect(axis.left(), axis.bottom(), axis.width(), 1), gridColor(palette, 90));
    drawBand(painter, palette, scene, axis);
    painter.save();
    painter.setClipRect(axis);
    const QColor tickColor = gridColor(palette, 110);
    for (const qint64 day : scene.ticks.minor) {
        painter.fillRect(QRect(qRound(g.xOfDay(static_cast<double>(day))), axis.bottom() - 3, 1, 3), tickColor);
    }
    const bool twoRows = !scene.ticks.context.empty();
    const int labelTop = twoRows ? axis.top() + kContextRow : axis.top();
    painter.setFont(m_smallFont);
    painter.setPen(palette.color(QPalette::WindowText));
    for (const TimelineTick &tick : scene.ticks.major) {
        const double x0 = g.xOfDay(static_cast<double>(tick.day));
        const double x1 = g.xOfDay(static_cast<double>(nextBoundary(tick.day, scene.ticks.unit)));
        painter.fillRect(QRect(qRound(x0), axis.bottom() - 7, 1, 7), tickColor);
        // A week is labelled at its Monday; longer periods (and single days) in their middle.
        const QRectF cell(x0, labelTop, x1 - x0, axis.bottom() - labelTop);
        if (scene.ticks.unit == TimelineTickUnit::Week) {
            painter.drawText(cell.adjusted(4, 0, 200, 0), Qt::AlignLeft | Qt::AlignVCenter, tick.label);
        } else {
            painter.drawText(cell, Qt::AlignCenter, tick.label);
        }
    }
    // Context labels stick to the left edge while their period is in view, and are pushed out by the next one.
    QFont bold = m_smallFont;
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetrics metrics(bold);
    for (std::size_t i = 0; i < scene.ticks.context.size(); ++i) {
        const TimelineTick &tick = scene.ticks.context[i];
        const double start = g.xOfDay(static_cast<double>(tick.day));
        const double end = g.xOfDay(static_cast<double>(nextBoundary(tick.day, scene.ticks.contextUnit)));
        const int width = metrics.horizontalAdvance(tick.label);
        double x = std::max(start, static_cast<double>(g.plot.left())) + 5;
        x = std::min(x, end - width - 5);
        painter.fillRect(QRect(qRound(start), axis.top(), 1, axis.height()), tickColor);
        painter.drawText(QRectF(x, axis.top(), width + 1, kContextRow), Qt::AlignLeft | Qt::AlignVCenter, tick.label);
    }
    painter.restore();
}

void TimelineRenderer::drawLabels(QPainter &painter, const QPalette &palette, const TimelineScene &scene) const
{
    const TimelineGeometry &g = *scene.geometry;
    const QRect corner(g.labels.left(), g.axis.top(), g.labels.width(), g.axis.height());
    painter.fillRect(g.labels, palette.color(QPalette::Window));
    painter.fillRect(corner, palette.color(QPalette::Window));
    painter.fillRect(QRect(g.labels.right(), corner.top(), 1, g.labels.bottom() - corner.top() + 1),
                     gridColor(palette, 90));
    painter.fillRect(QRect(corner.left(), corner.bottom(), corner.width(), 1), gridColor(palette, 90));

    QFont bold = m_smallFont;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette.color(QPalette::WindowText));
    painter.drawText(corner.adjusted(kLabelPadding, 2, -kLabelPadding, -corner.height() / 2),
                     Qt::AlignLeft | Qt::AlignVCenter, scene.laneTitle);
    painter.setFont(m_smallFont);
    painter.setPen(palette.color(QPalette::PlaceholderText));
    painter.drawText(corner.adjusted(kLabelPadding, corner.height() / 2 - 2, -kLabelPadding, -2),
                     Qt::AlignLeft | Qt::AlignVCenter, scene.totalText);

    painter.save();
    painter.setClipRect(g.labels);
    const QFontMetrics metrics(m_font);
    const QFontMetrics small(m_smallFont);
    const bool twoLines = g.laneHeight >= metrics.height() + small.height() + 4;
    const int textHeight = twoLines ? metrics.height() + small.height() : metrics.height();
    for (int l = scene.frame->firstLane(); l <= scene.frame->lastLane(); ++l) {
        const int top = g.laneTop(l);
        const int y = top + (g.laneHeight - textHeight) / 2;
        if (l % 2 == 1) {
            painter.fillRect(QRect(g.labels.left(), top, g.labels.width() - 1, g.laneHeight),
                             mix(palette.color(QPalette::Window), palette.color(QPalette::Text), 0.04));
        }
        painter.setFont(m_font);
        painter.setPen(scene.lanes->lanes()[l].unknown ? palette.color(QPalette::PlaceholderText)
                                                       : palette.color(QPalette::WindowText));
        painter.drawStaticText(g.labels.left() + kLabelPadding, y, m_labels[l]);
        if (twoLines) {
            painter.setFont(m_smallFont);
            painter.setPen(palette.color(QPalette::PlaceholderText));
            painter.drawStaticText(g.labels.left() + kLabelPadding, y + metrics.height(), m_counts[l]);
        }
        painter.fillRect(QRect(g.labels.left(), top + g.laneHeight - 1, g.labels.width(), 1), gridColor(palette, 28));
    }
    painter.restore();
}

} // namespace awb::ui
