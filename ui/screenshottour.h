// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace awb::ui {

class MainWindow;

/**
 * Walks the real main window through the views the user guide shows (table and timeline, timeline by country,
 * each chart) and saves each as a PNG in a directory, so the screenshots in docs/ are produced, never drawn.
 * Returns the files written.
 */
Result<QStringList> takeScreenshots(MainWindow &window, const QString &directory);

} // namespace awb::ui
