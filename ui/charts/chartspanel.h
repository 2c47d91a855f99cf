// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/query/incidentsummary.h"

#include <QString>
#include <QWidget>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QTabWidget;

namespace awb::ui {

class GroupPalette;

namespace charts {
class CountryChart;
class CumulativeLossChart;
class YearLossChart;
struct CountryTotals;
} // namespace charts

/**
 * Charts of the incidents the current filter shows: loss per year stacked by group, incidents and loss by
 * victim country, and the cumulative loss over time. Clicking a bar asks to narrow the filter.
 */
class ChartsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPanel)

public:
    explicit ChartsPanel(QWidget *parent = nullptr);
    ~ChartsPanel() override;

    /** Redraws every chart for @p incidents; losses count for each incident's primary group. */
    void setIncidents(const std::vector<IncidentSummary> &incidents,
                      const GroupPalette &palette,
                      const std::map<GroupId, QString> &groupNames);
    /** How many countries the country chart shows before Other (10 by default; at least 1). */
    void setTopCountries(int n);

    int topCountries() const { return m_topCountries; }

signals:
    /** A bar of the loss-per-year chart: its year and group (nullopt for the unattributed incidents). */
    void yearClicked(int year, std::optional<GroupId> group);
    /** A bar of the country chart: the country's code, "" for incidents without a country; never for Other. */
    void countryClicked(QString countryCode);

private:
    void updateCountryChart();

    QTabWidget *m_tabs = nullptr;
    charts::YearLossChart *m_yearChart = nullptr;
    charts::CountryChart *m_countryChart = nullptr;
    charts::CumulativeLossChart *m_cumulativeChart = nullptr;
    // Every country, so a new top N needs no second pass over the incidents.
    std::unique_ptr<charts::CountryTotals> m_countries;
    int m_incidentCount = 0;
    int m_topCountries = 10;
};

} // namespace awb::ui
