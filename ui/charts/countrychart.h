// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartdata.h"
#include "ui/charts/chartpage.h"

class QBarSet;

namespace awb::ui::charts {

/**
 * Incidents and loss per victim country, top N plus Other: two horizontal bars per country, the incident count
 * on the bottom axis and the loss on the top one.
 */
class CountryChart final : public ChartPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryChart)

public:
    explicit CountryChart(QWidget *parent = nullptr);

    /** Shows @p data, aggregated from @p incidentCount incidents. */
    void setData(CountryTotals data, int incidentCount);

    /** "KR — South Korea", "Unknown" or "Other (12 countries)", as plain text. */
    QString rowLabel(std::size_t row) const;
    /** "KR — South Korea · $1.2B · 5 incidents" (plain text) for data.rows[@p row]. */
    QString toolTip(std::size_t row) const;

signals:
    /** A country's bar was clicked: its code, or "" for the incidents without a country. */
    void countryClicked(QString countryCode);

protected:
    void render() override;

private:
    /** The row of the bar at @p index: the axis lists the rows bottom up, so the largest is on top. */
    std::size_t rowAt(int index) const;
    void handleClick(int index);
    /** Clicks and tooltips for @p set; a pale bar for Other when @p hasOther. */
    void connectSet(QBarSet *set, bool hasOther);

    CountryTotals m_data;
    int m_incidentCount = 0;
};

} // namespace awb::ui::charts
