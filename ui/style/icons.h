// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStringList>
#include <QStringView>

/**
 * Action icons. The desktop's icon theme wins where it has a standard (freedesktop) name, so KDE and GNOME users
 * see their own icons; everything else comes from our SVG line icons (ui/style/icons/), drawn in the palette's
 * text colour at the exact device pixel size, so they are crisp on any screen and readable in dark mode.
 * Names starting "awb-" (domain actions without a freedesktop name) are always ours.
 */
namespace awb::ui::icons {

/** The icon for @p name: the icon theme's when it has one, else ours, else a null icon. */
QIcon get(QStringView name);
/** Our own icon for @p name, ignoring the icon theme; a null icon when we have none. */
QIcon builtin(QStringView name);
/** Every name we ship an icon for. */
QStringList builtinNames();

} // namespace awb::ui::icons
