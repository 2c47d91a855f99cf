// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/neighbourhood.h"
#include "core/layout/forcelayout.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace awb::report {

/** The graph export formats (issue #5 §6), by the names `awb-cli graph --format` takes. */
QStringList graphFormats(); // json, dot, graphml, gexf

/**
 * A drawn neighbourhood with its positions as @p format, every label escaped for that format: DOT quoted
 * strings, XML (GraphML, GEXF) with characters XML cannot hold replaced by U+FFFD, or JSON. Flows carry their
 * amount in base units and in whole units of their asset; synthetic nodes say so.
 */
QByteArray exportGraph(const graph::Snapshot &snapshot,
                       const graph::ViewGraph &graph,
                       const std::vector<layout::Point> &positions,
                       const QString &format);

/** The same, laid out first by the force layout with @p seed (the same seed, the same drawing). */
QByteArray
exportLaidOutGraph(const graph::Snapshot &snapshot, const graph::ViewGraph &graph, quint64 seed, const QString &format);

} // namespace awb::report
