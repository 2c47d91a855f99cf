// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/timeline/timelineevent.h"

#include <QString>

#include <map>
#include <vector>

namespace awb::ui {

struct TimelineLane;

// QToolTip renders rich text, so these build HTML; every piece of case text goes through toHtmlEscaped().

/** Title, dates, loss, group, country, sector and the synthetic mark of one incident. */
QString timelineIncidentToolTip(const TimelineEvent &event, const std::map<GroupId, QString> &groupNames);

/** The count, date span, total loss, groups and largest incidents of the bin [@p first, @p first + @p count). */
QString timelineBinToolTip(const std::vector<TimelineEvent> &events,
                           const TimelineLane &lane,
                           int first,
                           int count,
                           const std::map<GroupId, QString> &groupNames);

/** "2021-03-05", or "2021-03-05 – 2021-03-09" for a span. */
QString timelineDateText(qint64 startDay, qint64 endDay);

} // namespace awb::ui
