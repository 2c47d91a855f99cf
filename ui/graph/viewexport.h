// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ui/graph/canvasrenderer.h"

#include <QStringList>

namespace awb::ui {

/** The picture formats of the view: png, svg, pdf. */
QStringList viewPictureFormats();
/** The graph formats: graphml, gexf, dot (report::exportGraph). */
QStringList viewGraphFormats();

/**
 * Writes the whole drawn view to @p path as a picture (the drawing at full detail with its legend: PNG at up to
 * 8,000 pixels a side, SVG, or PDF on an A4 landscape page) or as a graph file with the drawn positions. Files are
 * written whole or not at all (QSaveFile).
 */
Result<void> exportView(const QString &path,
                        const QString &format,
                        const graph::Snapshot &snapshot,
                        const explore::Drawn &drawn,
                        const CanvasScene &scene,
                        const RenderOptions &options);

} // namespace awb::ui
