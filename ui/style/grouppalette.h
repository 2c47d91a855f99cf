// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/records.h"

#include <QColor>

#include <map>
#include <optional>
#include <vector>

namespace awb::ui {

/**
 * One colour per actor group, the same in the timeline, the charts and the legend. Colours come from a
 * qualitative palette that stays distinguishable for common colour-vision deficiencies (Okabe–Ito, then
 * Tol's muted scheme); groups are ordered by id, so a group keeps its colour while the case is edited.
 */
class GroupPalette
{
public:
    GroupPalette() = default;
    explicit GroupPalette(const std::vector<ActorGroup> &groups);

    /** The group's colour; unattributed incidents (no group) are grey. */
    QColor color(std::optional<GroupId> group) const;
    static QColor unattributed();

    /**
     * @p color as drawn on @p background: unchanged on light backgrounds; on dark ones lightened until it has a
     * 3:1 contrast (WCAG's minimum for graphics), so the palette's dark blues and purples stay visible.
     */
    static QColor onBackground(const QColor &color, const QColor &background);
    /** The WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
    static double contrastRatio(const QColor &a, const QColor &b);

private:
    std::map<GroupId, QColor> m_colors;
};

} // namespace awb::ui
