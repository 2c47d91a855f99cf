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

private:
    std::map<GroupId, QColor> m_colors;
};

} // namespace awb::ui
