// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelinetooltip.h"

#include "ui/displaytext.h"
#include "ui/timeline/timelinelanes.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

/** The strings of this file, in the context lupdate files them under. */
struct TooltipTr
{
    Q_DECLARE_TR_FUNCTIONS(awb::ui::TimelineView)
};

constexpr int kTopTitles = 5;
constexpr int kTopGroups = 3;

QString lossText(double lossUsd)
{
    return lossUsd < 0 ? TooltipTr::tr("unknown") : text::usd(std::llround(lossUsd));
}

QString row(const QString &label, const QString &escapedValue)
{
    return u"<tr><td style=\"padding-right:8px\">"_s + label.toHtmlEscaped() + u"</td><td>"_s + escapedValue +
           u"</td></tr>"_s;
}

QString groupsRow(const std::vector<TimelineEvent> &events,
                  const TimelineLane &lane,
                  int first,
                  int count,
                  const std::map<GroupId, QString> &groupNames)
{
    std::map<std::optional<GroupId>, int> counts;
    for (int p = first; p < first + count; ++p) {
        ++counts[events[lane.event[p]].group];
    }
    std::vector<std::pair<std::optional<GroupId>, int>> sorted(counts.begin(), counts.end());
    std::ranges::stable_sort(sorted, std::ranges::greater{}, &std::pair<std::optional<GroupId>, int>::second);
    QStringList parts;
    for (int i = 0; i < std::min(kTopGroups, static_cast<int>(sorted.size())); ++i) {
        parts << TooltipTr::tr("%1 (%2)")
                     .arg(TimelineLanes::groupLabel(groupNames, sorted[i].first))
                     .arg(sorted[i].second);
    }
    if (static_cast<int>(sorted.size()) > kTopGroups) {
        parts << TooltipTr::tr("%n more", nullptr, static_cast<int>(sorted.size()) - kTopGroups);
    }
    return row(TooltipTr::tr("Groups:"), parts.join(u", "_s).toHtmlEscaped());
}

} // namespace

QString timelineDateText(qint64 startDay, qint64 endDay)
{
    const QString start = QDate::fromJulianDay(startDay).toString(Qt::ISODate);
    if (endDay <= startDay) {
        return start;
    }
    return TooltipTr::tr("%1 – %2").arg(start, QDate::fromJulianDay(endDay).toString(Qt::ISODate));
}

QString timelineIncidentToolTip(const TimelineEvent &event, const std::map<GroupId, QString> &groupNames)
{
    QString html = u"<p><b>"_s + event.title.toHtmlEscaped() + u"</b></p>"_s;
    if (event.synthetic) {
        html += u"<p><b>"_s + text::syntheticMark().toHtmlEscaped() + u"</b> — "_s +
                text::syntheticExplanation().toHtmlEscaped() + u"</p>"_s;
    }
    html += u"<table>"_s;
    html += row(TooltipTr::tr("Date:"), timelineDateText(event.startDay, event.endDay).toHtmlEscaped());
    html += row(TooltipTr::tr("Loss:"), lossText(event.lossUsd).toHtmlEscaped());
    html += row(TooltipTr::tr("Group:"), TimelineLanes::groupLabel(groupNames, event.group).toHtmlEscaped());
    html += row(TooltipTr::tr("Country:"),
                (event.country.isEmpty() ? TooltipTr::tr("unknown") : text::country(event.country)).toHtmlEscaped());
    html += row(TooltipTr::tr("Sector:"),
                (event.sector.isEmpty() ? TooltipTr::tr("unknown") : event.sector).toHtmlEscaped());
    html += u"</table>"_s;
    return html;
}

QString timelineBinToolTip(const std::vector<TimelineEvent> &events,
                           const TimelineLane &lane,
                           int first,
                           int count,
                           const std::map<GroupId, QString> &groupNames)
{
    qint64 from = lane.start[first];
    qint64 to = lane.end[first];
    double total = 0;
    int unknown = 0;
    int synthetic = 0;
    std::array<int, kTopTitles> top{}; // positions, largest loss first
    int topCount = 0;
    for (int p = first; p < first + count; ++p) {
        to = std::max(to, lane.end[p]);
        if (lane.loss[p] < 0) {
            ++unknown;
        } else {
            total += events[lane.event[p]].lossUsd;
        }
        synthetic += lane.synthetic[p];
        // Insertion into the short list of the largest losses: a bin can hold thousands of incidents.
        int i = std::min(topCount, kTopTitles - 1);
        if (topCount == kTopTitles && lane.loss[top[i]] >= lane.loss[p]) {
            continue;
        }
        for (; i > 0 && lane.loss[top[i - 1]] < lane.loss[p]; --i) {
            top[i] = top[i - 1];
        }
        top[i] = p;
        topCount = std::min(topCount + 1, kTopTitles);
    }

    QString html = u"<p><b>"_s + TooltipTr::tr("%n incident(s)", nullptr, count).toHtmlEscaped() + u"</b></p>"_s;
    if (synthetic > 0) {
        html +=
            u"<p><b>"_s + text::syntheticMark().toHtmlEscaped() + u"</b> — "_s +
            TooltipTr::tr("%n of them synthetic (generated, not real case data)", nullptr, synthetic).toHtmlEscaped() +
            u"</p>"_s;
    }
    html += u"<table>"_s;
    html += row(TooltipTr::tr("Dates:"), timelineDateText(from, to).toHtmlEscaped());
    QString totalText = text::usd(std::llround(total));
    if (unknown > 0) {
        totalText = TooltipTr::tr("%1 (%n with unknown loss)", nullptr, unknown).arg(totalText);
    }
    html += row(TooltipTr::tr("Total loss:"), totalText.toHtmlEscaped());
    html += groupsRow(events, lane, first, count, groupNames);
    html += u"</table><p>"_s + TooltipTr::tr("Largest:").toHtmlEscaped();
    for (int i = 0; i < topCount; ++i) {
        const TimelineEvent &e = events[lane.event[top[i]]];
        const QString line = TooltipTr::tr("%1 — %2").arg(text::marked(e.title, e.synthetic), lossText(e.lossUsd));
        html += u"<br>• "_s + line.toHtmlEscaped();
    }
    if (count > topCount) {
        html += u"<br>"_s + TooltipTr::tr("… and %n more", nullptr, count - topCount).toHtmlEscaped();
    }
    html += u"</p>"_s;
    return html;
}

} // namespace awb::ui
