// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

namespace awb::ui {

class ChartsPanel;
class IncidentBrowser;
class TimelineView;

/** The overviews of the filtered record: the timeline, with its lane switch, and the charts. */
class OverviewTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewTabs)

public:
    explicit OverviewTabs(IncidentBrowser *browser, QWidget *parent = nullptr);

    TimelineView *timeline() const { return m_timeline; }

    ChartsPanel *charts() const { return m_charts; }

private:
    void refresh();
    void refreshTimeline();
    void refreshCharts();

    bool m_timelineStale = true; // a hidden tab is brought up to date when it is shown
    bool m_chartsStale = true;

    IncidentBrowser *m_browser;
    TimelineView *m_timeline = nullptr;
    ChartsPanel *m_charts = nullptr;
};

} // namespace awb::ui
