// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browser/overviewtabs.h"

#include "ui/browser/incidentbrowser.h"
#include "ui/charts/chartspanel.h"
#include "ui/timeline/timelineview.h"

#include <QButtonGroup>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

OverviewTabs::OverviewTabs(IncidentBrowser *browser, QWidget *parent)
    : QTabWidget(parent)
    , m_browser(browser)
{
    setObjectName(u"overviewTabs"_s);
    setDocumentMode(true);

    auto *timelinePage = new QWidget(this);
    auto *layout = new QVBoxLayout(timelinePage);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *lanesLabel = new QLabel(tr("Lanes:"), timelinePage);
    bar->addWidget(lanesLabel);
    auto *lanes = new QButtonGroup(timelinePage);
    const std::pair<QString, TimelineView::LaneMode> modes[] = {{tr("&Group"), TimelineView::LaneMode::Group},
                                                                {tr("Co&untry"), TimelineView::LaneMode::Country},
                                                                {tr("Sec&tor"), TimelineView::LaneMode::Sector}};
    for (const auto &[text, mode] : modes) {
        auto *button = new QRadioButton(text, timelinePage);
        button->setObjectName(u"timelineLanes%1"_s.arg(static_cast<int>(mode)));
        button->setChecked(mode == TimelineView::LaneMode::Group);
        lanes->addButton(button, static_cast<int>(mode));
        bar->addWidget(button);
    }
    bar->addStretch(1);
    auto *hint =
        new QLabel(tr("Drag the date strip to filter by dates · wheel or +/− to zoom · Home to fit"), timelinePage);
    hint->setEnabled(false); // a quiet hint, not a control
    bar->addWidget(hint);
    auto *fit = new QToolButton(timelinePage);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show the whole record (Home)"));
    bar->addWidget(fit);
    layout->addLayout(bar);
    m_timeline = new TimelineView(timelinePage);
    m_timeline->setObjectName(u"timelineView"_s);
    layout->addWidget(m_timeline, 1);
    addTab(timelinePage, tr("Timeline"));

    m_charts = new ChartsPanel(this);
    m_charts->setObjectName(u"chartsPanel"_s);
    addTab(m_charts, tr("Charts"));

    connect(lanes, &QButtonGroup::idClicked, this,
            [this](int mode) { m_timeline->setLaneMode(static_cast<TimelineView::LaneMode>(mode)); });
    connect(fit, &QToolButton::clicked, m_timeline, &TimelineView::zoomToFit);
    connect(m_browser, &IncidentBrowser::resultChanged, this, &OverviewTabs::refresh);
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (currentWidget() == m_charts && m_chartsStale) {
            refreshCharts();
        } else if (currentWidget() != m_charts && m_timelineStale) {
            refreshTimeline();
        }
    });
}

void OverviewTabs::refresh()
{
    m_timelineStale = m_chartsStale = true;
    if (currentWidget() == m_charts) {
        refreshCharts();
    } else {
        refreshTimeline();
    }
}

void OverviewTabs::refreshTimeline()
{
    m_timelineStale = false;
    m_timeline->setEvents(m_browser->timelineEvents(), m_browser->palette(), m_browser->groupNames());
    const IncidentFilter &f = m_browser->filter();
    if (f.from || f.to) {
        const QDate from = f.from ? QDate::fromString(*f.from, Qt::ISODate) : QDate(1900, 1, 1);
        const QDate to = f.to ? QDate::fromString(*f.to, Qt::ISODate) : QDate(2200, 12, 31);
        m_timeline->setSelectedRange(std::pair{from, to});
    } else {
        m_timeline->setSelectedRange(std::nullopt);
    }
}

void OverviewTabs::refreshCharts()
{
    m_chartsStale = false;
    std::vector<IncidentSummary> kept;
    kept.reserve(m_browser->result().incidents.size());
    for (const IncidentSummary *s : m_browser->result().incidents) {
        kept.push_back(*s);
    }
    m_charts->setIncidents(kept, m_browser->palette(), m_browser->groupNames());
}

} // namespace awb::ui
