// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QUrl>

class QMimeData;

namespace awb::ui {

/** What a drop of files on the main window does: at most one file is acted on, the rest are named. */
struct DropPlan
{
    QString caseFile;   // a case file (*.awbcase) to open, as File ▸ Open Case… would
    QString importFile; // else the file to preselect in File ▸ Import…'s dialog
    QStringList leftOut;
};

/**
 * Whether the window takes a drag of @p mime: only when it holds local, regular files and nothing else, so a
 * link from a browser or a folder shows the "no drop" cursor instead of failing after the drop.
 */
bool acceptsDrop(const QMimeData *mime);

/**
 * Plans a drop of @p urls (all local files, see acceptsDrop()). A case file wins over other files: the case is
 * what the user works in, and importing into a case just opened (before looking at it) would surprise. Of
 * several import files the first goes to the dialog: each file needs its own format and column choices, which
 * the dialog shows one file at a time, so queuing the rest silently would hide those choices.
 */
DropPlan planDrop(const QList<QUrl> &urls);

} // namespace awb::ui
