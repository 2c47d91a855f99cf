// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/explore/exploration.h"

#include <QJsonObject>
#include <QStringList>

namespace awb::explore {

/**
 * A view as the JSON object a case stores for a named view. Nodes are named by Snapshot::nodeName, which survives
 * a reload; a cluster, whose number changes when the case is clustered again, is named by one of its member
 * addresses ("cluster-of:ADDRESS"), so it comes back as the cluster that address is in then.
 */
QJsonObject viewToJson(const graph::Snapshot &snapshot, const ViewState &view);

struct LoadedView
{
    ViewState view;
    QStringList missing; // node names the case no longer has
};

/** Reads a stored view back; InvalidInput when the object is not a view of this format. */
Result<LoadedView> viewFromJson(const graph::Snapshot &snapshot, const QJsonObject &json);

} // namespace awb::explore
