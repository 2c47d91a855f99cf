// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/timeline/timelineaxis.h"
#include "ui/timeline/timelinesprites.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QStaticText>

#include <optional>
#include <utility>
#include <vector>

class QPainter;

namespace awb::ui {

class TimelineFrame;
class TimelineLanes;
struct TimelineGeometry;

/** Everything one paint of the timeline needs, prepared by TimelineView. */
struct TimelineScene
{
    const TimelineGeometry *geometry = nullptr;
    const TimelineLanes *lanes = nullptr;
    const TimelineFrame *frame = nullptr;
    TimelineTicks ticks;
    std::optional<std::pair<qint64, qint64>> range;      // the selected range, inclusive days
    std::optional<std::pair<qint64, qint64>> rubberBand; // the range being dragged
    QString laneTitle;                                   // "Group", "Victim country", "Sector"
    QString totalText;                                   // "1,234 incidents"
};

/**
 * Paints a TimelineScene. Keeps what is costly to rebuild per frame: elided lane labels and pre-rendered marks
 * and count badges.
 */
class TimelineRenderer
{
public:
    /** Fill colours by colour index (TimelineLanes::colorGroups()). */
    void setColors(std::vector<QColor> colors);
    /** Drops cached text, e.g. after a font, palette or lane change. */
    void invalidate();

    void paint(QPainter &painter, const QPalette &palette, const QFont &font, const TimelineScene &scene);
    void paintEmpty(QPainter &painter, const QPalette &palette, const QRect &rect, const QString &text);

    static constexpr int kAxisHeight = 40;
    /** The width of a bin for marks up to @p maxRadius: room for the mark and for its count badge. */
    static double binWidth(const QFont &font, double maxRadius);
    static double badgeHeight(const QFont &font);

private:
    void prepare(const QFont &font, const TimelineScene &scene);
    void drawLanes(QPainter &painter, const QPalette &palette, const TimelineScene &scene) const;
    void drawGrid(QPainter &painter, const QPalette &palette, const TimelineScene &scene) const;
    void drawBand(QPainter &painter, const QPalette &palette, const TimelineScene &scene, const QRect &area) const;
    void drawSpans(QPainter &painter, const QPalette &palette, const TimelineScene &scene) const;
    void drawMarks(QPainter &painter, const QPalette &palette, const TimelineScene &scene);
    void drawAxis(QPainter &painter, const QPalette &palette, const TimelineScene &scene) const;
    void drawLabels(QPainter &painter, const QPalette &palette, const TimelineScene &scene) const;
    QColor colorOf(int index) const;
    void prepareColors(const QPalette &palette);

    std::vector<QColor> m_colors;
    std::vector<QColor> m_shownColors; // m_colors as they read on m_colorsBase (lighter on dark themes)
    QColor m_colorsBase;
    QFont m_font;
    bool m_fontsReady = false; // a default QFont can equal the widget's: compare only once set
    QFont m_smallFont;
    QFont m_badgeFont;
    std::vector<QStaticText> m_labels; // elided lane labels
    std::vector<QStaticText> m_counts; // lane event counts
    int m_labelsWidth = -1;
    TimelineSprites m_sprites;
};

} // namespace awb::ui
