// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartspanel.h"

#include "ui/charts/chartdata.h"
#include "ui/charts/countrychart.h"
#include "ui/charts/cumulativelosschart.h"
#include "ui/charts/yearlosschart.h"
#include "ui/style/grouppalette.h"

#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_yearChart(new charts::YearLossChart(m_tabs))
    , m_countryChart(new charts::CountryChart(m_tabs))
    , m_cumulativeChart(new charts::CumulativeLossChart(m_tabs))
    , m_countries(std::make_unique<charts::CountryTotals>())
{
    setObjectName(u"chartsPanel"_s);
    m_tabs->setObjectName(u"chartsTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_yearChart, tr("Loss per Year"));
    m_tabs->addTab(m_countryChart, tr("By Country"));
    m_tabs->addTab(m_cumulativeChart, tr("Cumulative Loss"));
    m_yearChart->findChild<QWidget *>(u"lossByYearChartView"_s)->setAccessibleName(tr("Loss per year"));
    m_countryChart->findChild<QWidget *>(u"byCountryChartView"_s)->setAccessibleName(tr("Loss by country"));
    m_cumulativeChart->findChild<QWidget *>(u"cumulativeLossChartView"_s)->setAccessibleName(tr("Cumulative loss"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_yearChart, &charts::YearLossChart::yearClicked, this, &ChartsPanel::yearClicked);
    connect(m_countryChart, &charts::CountryChart::countryClicked, this, &ChartsPanel::countryClicked);
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::setIncidents(const std::vector<IncidentSummary> &incidents,
                               const GroupPalette &palette,
                               const std::map<GroupId, QString> &groupNames)
{
    m_incidentCount = static_cast<int>(incidents.size());
    m_yearChart->setData(charts::lossByYearAndGroup(incidents), palette, groupNames, m_incidentCount);
    *m_countries = charts::countryTotals(incidents);
    updateCountryChart();
    m_cumulativeChart->setData(charts::cumulativeLoss(incidents), m_incidentCount);
}

void ChartsPanel::setTopCountries(int n)
{
    n = std::max(n, 1);
    if (n == m_topCountries) {
        return;
    }
    m_topCountries = n;
    updateCountryChart();
}

void ChartsPanel::updateCountryChart()
{
    m_countryChart->setData(charts::topCountries(*m_countries, m_topCountries), m_incidentCount);
}

} // namespace awb::ui
