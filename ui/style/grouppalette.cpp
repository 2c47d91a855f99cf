// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/style/grouppalette.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace awb::ui {

namespace {

// Okabe & Ito (2008) without black, then Paul Tol's "muted" scheme.
constexpr std::array<QRgb, 16> kColors{
    0xffe69f00, 0xff56b4e9, 0xff009e73, 0xfff0e442, 0xff0072b2, 0xffd55e00, 0xffcc79a7, 0xff332288,
    0xff88ccee, 0xff44aa99, 0xff117733, 0xff999933, 0xffddcc77, 0xffcc6677, 0xff882255, 0xffaa4499,
};

} // namespace

GroupPalette::GroupPalette(const std::vector<ActorGroup> &groups)
{
    std::vector<GroupId> ids;
    ids.reserve(groups.size());
    for (const ActorGroup &g : groups) {
        ids.push_back(g.id);
    }
    std::ranges::sort(ids);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        QColor c = QColor::fromRgb(kColors[i % kColors.size()]);
        // Past the palette, darken each further round so repeated hues stay apart.
        if (const auto round = static_cast<int>(i / kColors.size()); round > 0) {
            c = c.darker(100 + 35 * round);
        }
        m_colors[ids[i]] = c;
    }
}

QColor GroupPalette::color(std::optional<GroupId> group) const
{
    if (!group) {
        return unattributed();
    }
    const auto it = m_colors.find(*group);
    return it == m_colors.end() ? unattributed() : it->second;
}

QColor GroupPalette::unattributed()
{
    return QColor::fromRgb(0xff9e9e9e);
}

namespace {

double relativeLuminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double GroupPalette::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor GroupPalette::onBackground(const QColor &color, const QColor &background)
{
    if (background.lightness() >= 128 || contrastRatio(color, background) >= 3.0) {
        return color; // the palette was chosen for light backgrounds; an HSL round trip would shift it
    }
    QColor c = color.toHsl();
    for (int step = 0; step < 20 && contrastRatio(c, background) < 3.0; ++step) {
        // Lighter in HSL keeps the hue, so a group is still recognisably "its" colour.
        c.setHslF(c.hslHueF(), c.hslSaturationF(), std::min(1.0f, c.lightnessF() + 0.04f), c.alphaF());
    }
    return c.toRgb();
}

} // namespace awb::ui
