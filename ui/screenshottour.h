// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QRect>
#include <QString>
#include <QStringList>

#include <utility>

class QPixmap;
class QWidget;

namespace awb::ui {

class MainWindow;

/**
 * Walks the real main window through every view the user guide (docs/guide/) shows — the window on first start,
 * filters, the timeline, an incident's competing attributions, charts, the graph with a trace and a cluster
 * explanation, the menus, the import and report dialogs, a second read-only window — and saves each as a PNG in a
 * directory, so the screenshots in docs/ are produced, never drawn. Returns the files written.
 * Run it on the demo case under a display that can grab the screen (xvfb), as scripts/screenshots does.
 */
Result<QStringList> takeScreenshots(MainWindow &window, const QString &directory);

namespace tour {

/** Saves grabs into one directory and remembers what it wrote; shared by the two halves of the tour. */
class Shooter
{
public:
    explicit Shooter(QString directory)
        : m_directory(std::move(directory))
    {}

    /** Saves what @p widget paints (its own pixels: other windows on top do not matter). */
    bool save(QWidget *widget, const QString &name);
    /** Saves a rectangle of the screen, popups included: for open menus, which a widget grab leaves out. */
    bool saveScreen(const QRect &rect, const QString &name);

    const QStringList &written() const { return m_written; }

private:
    bool store(const QPixmap &pixmap, const QString &name);

    QString m_directory;
    QStringList m_written;
};

/** Lets layouts, charts and posted events land before a grab; at least @p ms milliseconds. */
void settle(int ms = 0);

/** The graph half of the tour (screenshottourgraph.cpp): neighbourhood, Harmony trace, cluster explanation, path. */
bool takeGraphShots(MainWindow &window, Shooter &shooter);

} // namespace tour

} // namespace awb::ui
